-- Forget an earlier verdict on this run before validating it again.
delete from quarantine where run_id = $run_id
