-- A run that died before publishing is undone: its files are read again by the next run, which
-- records their rejects anew ($run_id).
delete from rejects where run_id = $run_id
