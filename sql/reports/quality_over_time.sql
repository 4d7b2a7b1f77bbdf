-- Answers: how did data quality move from run to run: the gate's verdict, what was published,
-- rejected and quarantined, and how many expectations failed?
-- One row per ingest run, oldest first.
create or replace view report_quality_over_time as
with expectations as (
    select
        run_id,
        count(*) filter (where success is not null) as n_evaluated,
        count(*) filter (where success = false) as n_failed,
        list(distinct expectation order by expectation) filter (where success = false) as failed
    from validation_results
    group by run_id
),

per_run as (
    select
        r.run_id,
        r.started_at,
        r.started_at::date as day,
        r.validation_outcome,
        r.n_parsed,
        r.n_published,
        r.n_rejected,
        r.n_quarantined,
        coalesce(e.n_evaluated, 0) as n_expectations,
        coalesce(e.n_failed, 0) as n_failed_expectations,
        coalesce(e.failed, []) as failed_expectations,
        case when e.n_evaluated > 0 then 1 - e.n_failed / e.n_evaluated end as expectation_pass_rate
    from runs as r
    left join expectations as e using (run_id)
)

select * from per_run
order by started_at, run_id;
