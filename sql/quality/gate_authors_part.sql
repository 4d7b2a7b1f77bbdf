-- The run's staged author rows, one part of them, as the article_authors suite checks them.
select article_id, position, name
from staging.article_authors
where run_id = $run_id
  and hash(article_id) % $n_parts = $part
order by article_id, position
