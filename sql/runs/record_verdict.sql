-- The quality gate's outcome for a run: passed, failed (held back) or nothing_to_validate, and why.
update runs set
    validation_outcome = $outcome,
    message = $message
where run_id = $run_id
