-- The last $top runs from runs alone, for databases without validation results yet.
select * from (
    select
        run_id,
        started_at,
        validation_outcome,
        n_published,
        n_rejected,
        n_quarantined,
        0 as n_failed_expectations,
        []::varchar[] as failed_expectations
    from runs
    order by started_at desc
    limit $top
)
order by started_at
