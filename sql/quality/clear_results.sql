-- Forget an earlier validation of this run before validating it again.
delete from validation_results where run_id = $run_id
