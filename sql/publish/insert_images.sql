insert into article_images (article_id, position, caption, credit)
select article_id, position, caption, credit
from staging.article_images
where run_id = $run_id
  and article_id in (select article_id from publish_batch)
