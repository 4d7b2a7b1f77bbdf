-- A held run published after review: counts read back from what the publish wrote; returns its summary.
-- Only a held run (outcome failed) changes: a second call finds it forced and changes nothing.
update runs set
    validation_outcome = 'forced',
    n_published = (select count(*) from articles where run_id = $run_id),
    n_quarantined = (select count(distinct source_path) from quarantine where run_id = $run_id),
    message = 'published after review: ' || coalesce(message, ''),
    forced_by = $forced_by,
    forced_at = now()
where run_id = $run_id
  and validation_outcome = 'failed'
returning run_id, n_discovered, n_unchanged, n_parsed, n_duplicate, n_rejected,
          n_quarantined, n_published, validation_outcome, message
