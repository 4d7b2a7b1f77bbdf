-- A batch rule failed: mark the run's staged files as held, with the message saying which rule.
update raw_files
set status = 'held', reason = $message, updated_at = now()
where path in (select source_path from staging.articles where run_id = $run_id)
