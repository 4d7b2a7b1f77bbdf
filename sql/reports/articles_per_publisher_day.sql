-- Answers: how many articles did each publisher publish on each day?
-- One row per publisher and publication day (the day as the source states it). Undated articles
-- are left out; publishers are named by outlet, else by domain.
create or replace view report_articles_per_publisher_day as
with dated as (
    select
        coalesce(publisher, domain, 'unknown') as publisher,
        coalesce(published_date, published_at::date) as day
    from articles
),

counted as (
    select publisher, day, count(*) as n_articles
    from dated
    where day is not null
    group by publisher, day
)

select publisher, day, n_articles
from counted
order by day, publisher;
