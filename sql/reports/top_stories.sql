-- Answers: which stories were carried by the most outlets, and which outlets carried them?
-- One row per story with at least one article, most outlets first.
create or replace view report_top_stories as
with copies as (
    select
        story_id,
        coalesce(publisher, domain, 'unknown') as publisher,
        min(coalesce(published_at, published_date::timestamptz)) as published
    from articles
    where story_id is not null
    group by all
),

outlets as (
    select story_id, list(publisher order by published nulls last, publisher) as outlets
    from copies
    group by story_id
),

ranked as (
    select
        rank() over (order by s.n_publishers desc, s.n_articles desc) as story_rank,
        s.story_id,
        s.headline,
        s.first_published_at,
        s.n_publishers,
        s.n_articles,
        s.agencies,
        o.outlets
    from stories as s
    join outlets as o using (story_id)
)

select * from ranked
order by story_rank, first_published_at desc nulls last, story_id;
