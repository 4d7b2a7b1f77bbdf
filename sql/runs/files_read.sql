-- How many files a run read, and how many of them it rejected: what the run-level rules judge.
select
    (select count(*) from raw_files where last_run = $run_id) as n_files,
    (select count(*) from rejects where run_id = $run_id) as n_rejected
