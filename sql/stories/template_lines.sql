-- inputs: template_sites (site), a slice of sql/stories/batch_sites.sql's rows, registered by the caller.
-- Lines that recur verbatim on at least $min_articles pages of one site (domain, else publisher)
-- among the given sites: page template such as newsletter prompts and subscription pitches,
-- not story text. A page is its URL (else its body): copies of one page saved several times repeat
-- all of their text, which makes it their story, not their site's template. Only each site's
-- $recent most recently published articles are read, so the cost stays bounded as the corpus
-- grows. The ranking carries ids only; bodies are read for the chosen few.
with recent as (
    select s.site, a.article_id
    from articles as a
    join template_sites as s on coalesce(a.domain, a.publisher) = s.site
    qualify row_number() over (
        partition by s.site order by a.ingested_at desc nulls last, a.article_id
    ) <= $recent
),

lines as (
    -- Each article's distinct non-blank lines, built as a list first: a filter on an unnested
    -- expression would split the whole body again for every line.
    select r.site, coalesce(a.url, md5(coalesce(a.body, ''))) as page, unnest(list_distinct(list_filter(
        list_transform(string_split(coalesce(a.body, ''), chr(10)), x -> trim(x)), x -> x <> ''
    ))) as line
    from recent as r
    join articles as a using (article_id)
)

select site, line
from lines
group by site, line
having count(distinct page) >= $min_articles
order by site, line
