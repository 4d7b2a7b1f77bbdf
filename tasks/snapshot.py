"""Task: rebuild the analysts' copy of the published tables and swap it in atomically; refresh the data docs."""

from __future__ import annotations

from prefect import get_run_logger, task
from prefect.cache_policies import NO_CACHE

from byline.docs import build_docs
from byline.settings import get_settings
from byline.snapshot import refresh_analyst_copy as write_analyst_copy
from byline.store import connect


def _io_error(task, task_run, state) -> bool:
    """Retry only when a file could not be written or moved."""
    try:
        state.result()
    except OSError:
        return True
    except Exception:
        return False
    return False


@task(
    name="refresh-analyst-copy",
    cache_policy=NO_CACHE,
    retries=2,
    retry_delay_seconds=[2, 10],
    retry_condition_fn=_io_error,
)
def refresh_analyst_copy(db_path: str) -> str:
    path = write_analyst_copy(db_path)
    con = connect(db_path)
    try:
        # after a forced publish the docs must show the run's final outcome, not the gate's verdict
        build_docs(con, get_settings(db_path=db_path).data_dir / "docs")
    finally:
        con.close()
    get_run_logger().info("analysts' copy refreshed: %s", path)
    return str(path)
