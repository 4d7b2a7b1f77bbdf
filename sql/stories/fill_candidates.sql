-- Articles of the registered touched_stories (story_id) missing a title or a date, with what their
-- siblings state themselves (values filled from a story earlier are not evidence).
with gaps as (
    select a.article_id, a.story_id, coalesce(a.body, '') as body, a.title, a.published_date
    from articles as a
    semi join touched_stories using (story_id)
    where a.title is null or a.published_date is null
),

siblings as (
    select
        g.article_id,
        list(s.title order by s.article_id)
            filter (where s.title is not null and s.title_source is distinct from 'story') as sibling_titles,
        list(s.published_date order by s.article_id)
            filter (where s.published_date is not null and s.date_source is distinct from 'story') as sibling_days
    from gaps as g
    join articles as s on s.story_id = g.story_id and s.article_id <> g.article_id
    group by g.article_id
)

select g.article_id, g.body, g.title, g.published_date, s.sibling_titles, s.sibling_days
from gaps as g
join siblings as s using (article_id)
order by g.article_id
