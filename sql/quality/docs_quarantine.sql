-- A sample of one run's quarantined articles and why, for the data docs.
select article_id, title, source_path, failed_rules, failures::varchar as failures
from quarantine
where run_id = $run_id
order by article_id
limit $n_rows
