-- Lines that recur verbatim in at least $min_articles articles of one site (domain, else publisher)
-- among the sites in run $run_id: page template such as newsletter prompts and subscription pitches,
-- not story text. Only each site's $recent most recently published articles are read, so the cost
-- stays bounded as the corpus grows.
with sites as (
    select distinct coalesce(domain, publisher) as site
    from articles
    where run_id = $run_id and coalesce(domain, publisher) is not null
),

recent as (
    select
        s.site,
        a.article_id,
        a.body,
        row_number() over (
            partition by s.site order by a.ingested_at desc nulls last, a.article_id
        ) as recency
    from articles as a
    join sites as s on coalesce(a.domain, a.publisher) = s.site
),

lines as (
    select site, article_id, trim(unnest(string_split(coalesce(body, ''), chr(10)))) as line
    from recent
    where recency <= $recent
)

select site, line
from lines
where line <> ''
group by site, line
having count(distinct article_id) >= $min_articles
order by site, line
