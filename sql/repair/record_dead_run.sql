-- Make a dead run's row tell the truth: what of it is live ($run_id; $publish_committed).
update runs set
    n_published = (select count(*) from articles where run_id = $run_id),
    n_quarantined = (select count(*) from quarantine where run_id = $run_id),
    validation_outcome = 'abandoned',
    message = case
        when $publish_committed then
            'abandoned after its publish committed: its '
            || (select count(*) from articles where run_id = $run_id)
            || ' published articles are live; the next run linked their stories and refreshed the analysts'' copy'
        else 'abandoned before publishing: nothing of it went live; the next run read its files again'
    end
where run_id = $run_id
