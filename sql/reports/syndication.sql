-- Answers: which outlets carry which agency's stories, how often they are first, and how long after
-- the first copy their own copy appears.
-- One row per agency and publisher. A story counts for an agency when any of its copies credits it;
-- the lag is hours between the story's first copy anywhere and this publisher's first copy.
create or replace view report_syndication as
with copies as (
    select
        a.story_id,
        coalesce(a.publisher, a.domain, 'unknown') as publisher,
        coalesce(a.published_at, a.published_date::timestamptz) as published
    from articles as a
    where a.story_id is not null
),

story_agencies as (
    select s.story_id, unnest(s.agencies) as agency
    from stories as s
    where len(s.agencies) > 0
),

first_copy as (
    select story_id, min(published) as first_published
    from copies
    group by story_id
),

outlet_copy as (
    select story_id, publisher, min(published) as published
    from copies
    group by story_id, publisher
),

lagged as (
    select
        sa.agency,
        o.publisher,
        o.story_id,
        o.published = f.first_published as was_first,
        date_diff('minute', f.first_published, o.published) / 60.0 as hours_after_first
    from outlet_copy as o
    join story_agencies as sa using (story_id)
    join first_copy as f using (story_id)
),

per_outlet as (
    select
        agency,
        publisher,
        count(*) as n_stories,
        count(*) filter (where was_first) as n_first,
        median(hours_after_first) as median_hours_after_first,
        max(hours_after_first) as max_hours_after_first
    from lagged
    group by agency, publisher
)

select * from per_outlet
order by agency, n_stories desc, publisher;
