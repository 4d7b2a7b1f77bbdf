-- How many of the run's articles share their story with at least one other article, and how many
-- of those repeat the body of an earlier article of their story word for word (the same page saved
-- again; the story's first copy in its article_ids order is the original).
with members as (
    select
        a.article_id,
        a.run_id,
        row_number() over (
            partition by a.story_id, md5(coalesce(a.body, ''))
            order by list_position(s.article_ids, a.article_id)
        ) as copy_number
    from articles as a
    join stories as s using (story_id)
    where s.n_articles > 1
)

select count(*) as linked, count(*) filter (where copy_number > 1) as duplicates
from members
where run_id = $run_id
