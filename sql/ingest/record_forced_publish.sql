-- A held run published after review ($1: articles published, $2: run_id); returns its summary.
update runs set
    n_published = $1,
    validation_outcome = 'forced',
    message = 'published after review: ' || coalesce(message, '')
where run_id = $2
returning run_id, n_discovered, n_unchanged, n_parsed, n_duplicate, n_rejected,
          n_quarantined, n_published, validation_outcome, message;
