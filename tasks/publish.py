"""Task: publish the run's staged articles that passed the quality gate, in one transaction."""

from __future__ import annotations

import duckdb
from prefect import get_run_logger, task
from prefect.cache_policies import NO_CACHE

from byline.publish import publish_run
from byline.store import connect


def _database_busy(task, task_run, state) -> bool:
    """Retry only when the database file could not be opened or locked; a failed publish rolled back."""
    try:
        state.result()
    except duckdb.IOException:
        return True
    except Exception:
        return False
    return False


@task(
    name="publish",
    cache_policy=NO_CACHE,
    retries=3,
    retry_delay_seconds=[2, 5, 15],
    retry_condition_fn=_database_busy,
)
def publish_staged(db_path: str, run_id: str, force: bool = False) -> int:
    con = connect(db_path)
    try:
        n_published = publish_run(con, run_id, force=force)
    finally:
        con.close()
    get_run_logger().info("published %d articles of run %s%s", n_published, run_id, " (forced)" if force else "")
    return n_published
