-- Runs that died (never finished) and were not repaired yet, oldest first, with whether their
-- publish transaction committed: some raw file of theirs went live or to quarantine.
select
    r.run_id,
    exists (
        select 1 from raw_files as f
        where f.last_run = r.run_id and f.status in ('published', 'quarantined')
    ) as publish_committed
from runs as r
where r.finished_at is null
  and r.validation_outcome is distinct from 'abandoned'
order by r.started_at
