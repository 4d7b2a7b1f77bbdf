-- One page of a run's published articles to sign, in article_id order after $after (keyset paging).
select article_id, coalesce(domain, publisher) as site, coalesce(body, '') as body
from articles
where run_id = $run_id and article_id > $after
order by article_id
limit $page_size
