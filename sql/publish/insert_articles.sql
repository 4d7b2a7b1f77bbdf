-- Publish the batch's articles, stamped with the time they went live. By name: articles has
-- columns staging does not (story_id, filled in when stories are linked).
insert into articles by name
select s.* replace (now() as ingested_at)
from staging.articles as s
where s.run_id = $run_id
  and s.article_id in (select article_id from publish_batch)
