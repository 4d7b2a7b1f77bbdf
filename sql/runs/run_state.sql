-- Where a run stands, for publish-held-run's guard: its outcome, whether it finished, who forced it.
select validation_outcome, finished_at is not null as finished, forced_by, forced_at
from runs
where run_id = $run_id
