delete from staging.articles where run_id = $run_id
