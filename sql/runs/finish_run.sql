-- Close a run with its counts read back from what it wrote; returns its summary.
-- Discovery's counts and the gate's outcome were recorded on the row as they happened.
update runs set
    finished_at = now(),
    n_parsed = (
        select count(*) from raw_files
        where last_run = $run_id and status in ('staged', 'held', 'published', 'quarantined', 'superseded')
    ),
    n_duplicate = (select count(*) from raw_files where last_run = $run_id and status = 'duplicate'),
    n_rejected = (select count(*) from rejects where run_id = $run_id),
    n_quarantined = (select count(distinct source_path) from quarantine where run_id = $run_id),
    n_published = (select count(*) from articles where run_id = $run_id)
where run_id = $run_id
returning run_id, n_discovered, n_unchanged, n_parsed, n_duplicate, n_rejected,
          n_quarantined, n_published, validation_outcome, message
