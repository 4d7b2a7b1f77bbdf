"""Task: record the run's start, after clearing what dead runs left in staging."""

from __future__ import annotations

from prefect import task
from prefect.cache_policies import NO_CACHE
from prefect.runtime import flow_run

from byline.runs import new_run_id
from byline.runs import open_run as record_run_start
from byline.store import connect


@task(name="open-run", cache_policy=NO_CACHE, retries=2, retry_delay_seconds=[2, 5])
def open_run(db_path: str) -> str:
    run_id = new_run_id()
    con = connect(db_path)
    try:
        record_run_start(con, run_id, flow_run.get_id())
    finally:
        con.close()
    return run_id
