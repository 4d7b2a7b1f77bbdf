-- inputs: agency_names (name), registered by the caller: the author names of this run that
-- byline.parse.agencies recognises as wire agencies.
-- The run's staged author rows as the quality gate sees them, kept in a temporary table read one
-- part at a time, with helper columns for rules Great Expectations cannot state on raw values: a
-- name that is an agency or the outlet itself, a name that is an e-mail address.
create or replace temporary table gate_authors as
select
    hash(a.article_id) as part_key,
    a.article_id,
    a.position,
    a.name,
    a.name in (select name from agency_names)
        or coalesce(lower(trim(a.name)) = lower(trim(s.publisher)), false) as names_agency_or_publisher,
    coalesce(regexp_matches(a.name, '[^@\s]+@[^@\s]+\.[A-Za-z]{2,}'), false) as is_email
from staging.article_authors as a
left join staging.articles as s on s.article_id = a.article_id and s.run_id = a.run_id
where a.run_id = $run_id;
