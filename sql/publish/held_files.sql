-- How many of the run's staged files a failed batch rule held back (publishing them needs force).
select count(*)
from raw_files
where status = 'held'
  and path in (select source_path from staging.articles where run_id = $run_id)
