-- The run's staged articles as the quality gate sees them: the columns the rules look at plus
-- helper columns for rules Great Expectations cannot state on raw values (word counts, dates
-- against today, ids already published from another path). Bodies stay in the database.
with staged as (
    select * from staging.articles where run_id = $run_id
),

clashes as (
    -- same bytes already published from another path; same path means a reparse or a changed file
    select distinct s.article_id
    from staged as s
    join articles as a on a.article_id = s.article_id
    where a.source_path is distinct from s.source_path
)

select
    s.article_id,
    s.source_path,
    s.title,
    s.url,
    s.language,
    s.publisher,
    s.authors,
    s.published_at::varchar as published_at,
    s.published_date::varchar as published_date,
    coalesce(trim(s.body), '') <> '' as has_body,
    len(regexp_extract_all(coalesce(s.body, ''), '\S+')) as body_words,
    s.published_at is not null or s.published_date is not null as has_date,
    -- one day of grace: published_date is local to the source, which may be ahead of UTC
    coalesce(s.published_at > now() + interval 1 day, false)
        or coalesce(s.published_date > current_date + 1, false) as dated_in_future,
    coalesce(s.published_at < timestamptz '1900-01-01 00:00:00+00', false)
        or coalesce(s.published_date < date '1900-01-01', false) as dated_before_1900,
    c.article_id is not null as clashes_with_published
from staged as s
left join clashes as c on c.article_id = s.article_id
order by s.article_id
