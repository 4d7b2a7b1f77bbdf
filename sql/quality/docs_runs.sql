-- The last validated runs for the data docs, newest first. The gate's own verdict is derived from
-- validation_results; the run record's outcome (e.g. forced) wins once the run has finished.
with verdicts as (
    select
        run_id,
        max(evaluated_at) as evaluated_at,
        count(*) filter (where success) as n_passed,
        count(*) filter (where not success) as n_failed,
        count(*) filter (where success is null) as n_skipped,
        bool_or(level = 'batch' and not success) as batch_failed
    from validation_results
    group by run_id
),

quarantined as (
    select run_id, count(*) as n_quarantined from quarantine where row_table = 'articles' group by run_id
)

select
    v.run_id,
    v.evaluated_at,
    coalesce(r.validation_outcome, case when v.batch_failed then 'failed' else 'passed' end) as outcome,
    r.message,
    v.n_passed,
    v.n_failed,
    v.n_skipped,
    coalesce(q.n_quarantined, 0) as n_quarantined,
    r.n_published
from verdicts as v
left join runs as r using (run_id)
left join quarantined as q using (run_id)
order by v.evaluated_at desc
limit $n_runs
