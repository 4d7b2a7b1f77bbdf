-- Answers: who writes the most, for how many outlets, and over what span of days?
-- One row per credited person, most articles first.
create or replace view report_top_authors as
with credits as (
    select
        aa.name,
        a.article_id,
        coalesce(a.publisher, a.domain, 'unknown') as publisher,
        coalesce(a.published_date, a.published_at::date) as day
    from article_authors as aa
    join articles as a using (article_id)
),

per_author as (
    select
        name,
        count(distinct article_id) as n_articles,
        count(distinct publisher) as n_publishers,
        list(distinct publisher order by publisher) as publishers,
        min(day) as first_day,
        max(day) as last_day
    from credits
    group by name
),

ranked as (
    select
        rank() over (order by n_articles desc) as author_rank,
        *
    from per_author
)

select * from ranked
order by author_rank, name;
