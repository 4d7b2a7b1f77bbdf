-- Staged rows of runs that died before finishing are dropped; their files are read again by this
-- run because their raw_files status is still 'staged'. Held runs finished, so their rows stay.
with abandoned as (select run_id from runs where finished_at is null)
delete from staging.article_authors where run_id in (select run_id from abandoned);
with abandoned as (select run_id from runs where finished_at is null)
delete from staging.article_images where run_id in (select run_id from abandoned);
with abandoned as (select run_id from runs where finished_at is null)
delete from staging.articles where run_id in (select run_id from abandoned);
update runs set message = 'abandoned: the process stopped before the run finished'
where finished_at is null and message is null;
