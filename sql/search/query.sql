-- Articles matching $query, best BM25 score first, with what a result line shows.
with scored as (
    select
        a.article_id,
        fts_main_articles.match_bm25(a.article_id, $query) as score
    from articles as a
),

hits as (
    select article_id, score
    from scored
    where score is not null
    order by score desc, article_id
    limit $limit
)

select
    a.article_id,
    h.score,
    a.title,
    a.publisher,
    coalesce(a.published_date, a.published_at::date) as published_date,
    a.url,
    a.story_id,
    coalesce(a.body, '') as body
from hits as h
join articles as a using (article_id)
order by h.score desc, a.article_id
