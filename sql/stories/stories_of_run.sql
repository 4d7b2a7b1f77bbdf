-- Stories that list an article of run $run_id: a republished article (after --reparse) may leave
-- its old story, whose row must then be rebuilt.
with listed as (
    select story_id, unnest(article_ids) as article_id
    from stories
)

select distinct l.story_id
from listed as l
join articles as a using (article_id)
where a.run_id = $run_id
order by l.story_id
