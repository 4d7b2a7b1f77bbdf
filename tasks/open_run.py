"""Task: record the run's start, after clearing what dead runs left in staging."""

from __future__ import annotations

from prefect import task
from prefect.cache_policies import NO_CACHE
from prefect.runtime import flow_run

from byline.runs import new_run_id
from byline.runs import open_run as record_run_start
from byline.store import Store
from tasks.retry import RETRY_DELAYS, database_io_failed


@task(name="open-run", cache_policy=NO_CACHE, retries=3, retry_delay_seconds=RETRY_DELAYS, retry_condition_fn=database_io_failed)
def open_run(store: Store) -> str:
    run_id = new_run_id()
    with store.connect() as con:
        record_run_start(con, run_id, flow_run.get_id())
    return run_id
