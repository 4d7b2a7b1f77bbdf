"""Task: finish what the last dead runs left half-done (see byline.repair), before this run opens."""

from __future__ import annotations

from prefect import get_run_logger, task
from prefect.cache_policies import NO_CACHE

from byline.repair import Repairs, repair
from byline.store import Store
from tasks.retry import RETRY_DELAYS, database_io_failed


@task(name="repair-dead-runs", cache_policy=NO_CACHE, retries=3, retry_delay_seconds=RETRY_DELAYS, retry_condition_fn=database_io_failed)
def repair_dead_runs(store: Store) -> Repairs:
    with store.connect() as con:
        repairs = repair(con, store.db_path)
    if repairs.any:
        get_run_logger().warning(
            "repaired dead runs %s: stories linked for %s, verdicts cleared for %s; %d temporary files removed; "
            "analysts' copy %s",
            list(repairs.dead_runs), list(repairs.relinked), list(repairs.cleared), len(repairs.temp_files),
            "refreshed" if repairs.copy_refreshed else "up to date",
        )
    return repairs
