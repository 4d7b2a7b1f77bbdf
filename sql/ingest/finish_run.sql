-- Close a run with its counts and the quality gate's outcome.
update runs set
    finished_at = now(),
    n_discovered = $n_discovered,
    n_unchanged = $n_unchanged,
    n_parsed = $n_parsed,
    n_duplicate = $n_duplicate,
    n_rejected = $n_rejected,
    n_quarantined = $n_quarantined,
    n_published = $n_published,
    validation_outcome = $outcome,
    message = $message
where run_id = $run_id;
