-- The run's staged author rows, as the article_authors suite checks them.
select article_id, position, name
from staging.article_authors
where run_id = $run_id
order by article_id, position
