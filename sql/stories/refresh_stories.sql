-- Rebuild the stories rows for the registered touched_stories (story_id); ids merged away disappear.
delete from stories where story_id in (select story_id from touched_stories);
insert into stories by name
with members as (
    select
        a.story_id,
        a.article_id,
        a.title,
        a.publisher,
        a.agency,
        md5(coalesce(a.body, '')) as body_md5,
        coalesce(a.published_at, a.published_date::timestamptz) as published
    from articles as a
    semi join touched_stories using (story_id)
),

ranked as (
    select *, row_number() over (partition by story_id order by published nulls last, article_id) as position
    from members
)

select
    story_id,
    arg_min(title, position) filter (where title is not null) as headline,
    min(published) as first_published_at,
    count(*)::integer as n_articles,
    count(distinct publisher)::integer as n_publishers,
    list_sort(list(distinct agency) filter (where agency is not null)) as agencies,
    list(article_id order by position) as article_ids,
    now() as updated_at,
    (count(*) - count(distinct body_md5))::integer as n_duplicates
from ranked
group by story_id;
