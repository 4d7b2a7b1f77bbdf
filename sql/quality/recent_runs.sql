-- The last runs and their quality-gate outcome, newest first, for `byline quality`.
with recent as (
    select * from runs order by started_at desc limit $n_runs
),

failed as (
    select run_id, string_agg(expectation || ' (' || observed_value || ')', ', ' order by expectation) as failed
    from validation_results
    where success = false and run_id in (select run_id from recent)
    group by run_id
)

select
    r.run_id,
    r.started_at,
    r.validation_outcome,
    coalesce(r.n_parsed, 0) as n_parsed,
    coalesce(r.n_rejected, 0) as n_rejected,
    coalesce(r.n_quarantined, 0) as n_quarantined,
    coalesce(r.n_published, 0) as n_published,
    r.message,
    f.failed
from recent as r
left join failed as f using (run_id)
order by r.started_at desc
