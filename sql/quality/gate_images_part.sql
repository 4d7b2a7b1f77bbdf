-- The run's staged image captions, as the article_images suite checks them.
select article_id, position, caption, credit
from staging.article_images
where run_id = $run_id
order by article_id, position
