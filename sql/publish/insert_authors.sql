insert into article_authors (article_id, position, name)
select article_id, position, name
from staging.article_authors
where run_id = $run_id
  and article_id in (select article_id from publish_batch)
