-- The last $top runs' quality record, oldest first.
select * from (
    select
        run_id,
        started_at,
        validation_outcome,
        n_published,
        n_rejected,
        n_quarantined,
        n_failed_expectations,
        failed_expectations
    from report_quality_over_time
    order by started_at desc
    limit $top
)
order by started_at
