"""Task: finish what the last dead runs left half-done (see byline.repair), before this run opens."""

from __future__ import annotations

from prefect import get_run_logger, task
from prefect.cache_policies import NO_CACHE

from byline.repair import Repairs, repair
from byline.store import connect


@task(name="repair-dead-runs", cache_policy=NO_CACHE, retries=2, retry_delay_seconds=[2, 5])
def repair_dead_runs(db_path: str) -> Repairs:
    con = connect(db_path)
    try:
        repairs = repair(con, db_path)
    finally:
        con.close()
    if repairs.any:
        get_run_logger().warning(
            "repaired dead runs %s: stories linked for %s, verdicts cleared for %s; %d temporary files removed; "
            "analysts' copy %s",
            list(repairs.dead_runs), list(repairs.relinked), list(repairs.cleared), len(repairs.temp_files),
            "refreshed" if repairs.copy_refreshed else "up to date",
        )
    return repairs
