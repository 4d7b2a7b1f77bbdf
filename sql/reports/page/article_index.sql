-- The $top most recent articles with what the page's search box matches and shows.
select
    article_id,
    coalesce(title, '(untitled)') as title,
    coalesce(publisher, domain, 'unknown') as publisher,
    coalesce(published_date, published_at::date) as day,
    story_id,
    left(coalesce(body, ''), 400) as excerpt
from articles
order by day desc nulls last, article_id
limit $top
