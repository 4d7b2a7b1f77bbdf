-- The run's staged image captions, one part of them, as the article_images suite checks them.
select article_id, position, caption, credit
from staging.article_images
where run_id = $run_id
  and hash(article_id) % $n_parts = $part
order by article_id, position
