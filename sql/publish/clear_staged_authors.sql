delete from staging.article_authors where run_id = $run_id
