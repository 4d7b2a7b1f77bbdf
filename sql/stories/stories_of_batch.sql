-- inputs: link_batch (article_id), registered by the caller.
-- Stories that list an article of the batch: a republished article (after --reparse) or one signed
-- again may leave its old story, whose row must then be rebuilt.
with listed as (
    select story_id, unnest(article_ids) as article_id
    from stories
)

select distinct l.story_id
from listed as l
semi join link_batch using (article_id)
order by l.story_id
