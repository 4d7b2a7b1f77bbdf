-- The batch's captions, but for the rows the quality gate withheld (they stay in quarantine).
insert into article_images (article_id, position, caption, credit)
select i.article_id, i.position, i.caption, i.credit
from staging.article_images as i
where i.run_id = $run_id
  and i.article_id in (select article_id from publish_batch)
  and not exists (
      select 1 from quarantine as q
      where q.run_id = $run_id and q.row_table = 'article_images'
        and q.article_id = i.article_id and q.position = i.position
  )
