"""Task: rebuild the analysts' copy of the published tables and swap it in atomically."""

from __future__ import annotations

from prefect import get_run_logger, task
from prefect.cache_policies import NO_CACHE

from byline.snapshot import refresh_analyst_copy as write_analyst_copy


def _io_error(task, task_run, state) -> bool:
    try:
        state.result()
    except OSError:
        return True
    except Exception:
        return False
    return False


@task(name="refresh-analyst-copy", cache_policy=NO_CACHE, retries=2, retry_delay_seconds=[2, 10], retry_condition_fn=_io_error)
def refresh_analyst_copy(db_path: str) -> str:
    path = write_analyst_copy(db_path)
    get_run_logger().info("analysts' copy refreshed: %s", path)
    return str(path)
