-- The run's staged articles as the quality gate sees them, kept in a temporary table that the gate
-- reads one part at a time: the columns the rules look at plus helper columns for rules Great
-- Expectations cannot state on raw values (word counts, dates against today, ids already published
-- from another path). Bodies stay in the database. `part_key` spreads articles over parts by
-- article_id, so every copy of one id falls in the same part and uniqueness is checked exactly.
create or replace temporary table gate_articles as
with staged as (
    select
        article_id,
        source_path,
        title,
        url,
        language,
        publisher,
        authors,
        credit,
        published_at,
        published_date,
        coalesce(regexp_matches(body, '\S'), false) as has_body,
        coalesce(word_count, 0) as body_words  -- the parser's count, the one analysts see
    from staging.articles
    where run_id = $run_id
),

clashes as (
    -- same bytes already published from another path; same path means a reparse or a changed file
    select distinct s.article_id
    from staged as s
    join articles as a on a.article_id = s.article_id
    where a.source_path is distinct from s.source_path
)

select
    hash(s.article_id) as part_key,
    s.article_id,
    s.source_path,
    s.title,
    s.url,
    s.language,
    s.publisher,
    s.authors,
    s.credit,
    s.published_at::varchar as published_at,
    s.published_date::varchar as published_date,
    s.has_body,
    s.body_words,
    s.title is not null as has_title,
    s.published_at is not null or s.published_date is not null as has_date,
    -- one day of grace: published_date is local to the source, which may be ahead of UTC
    coalesce(s.published_at > now() + interval 1 day, false)
        or coalesce(s.published_date > current_date + 1, false) as dated_in_future,
    coalesce(s.published_at < timestamptz '1900-01-01 00:00:00+00', false)
        or coalesce(s.published_date < date '1900-01-01', false) as dated_before_1900,
    c.article_id is not null as clashes_with_published,
    -- credit names the organisation only where no person is credited
    s.credit is not null and len(coalesce(s.authors, [])) > 0 as credit_beside_authors
from staged as s
left join clashes as c on c.article_id = s.article_id;
