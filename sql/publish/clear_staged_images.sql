delete from staging.article_images where run_id = $run_id
