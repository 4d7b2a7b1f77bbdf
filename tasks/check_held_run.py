"""Task: make sure a run is held back before publishing it by hand."""

from __future__ import annotations

from prefect import task
from prefect.cache_policies import NO_CACHE

from byline.runs import why_not_publishable
from byline.store import Store
from tasks.retry import RETRY_DELAYS, database_io_failed


@task(name="check-held-run", cache_policy=NO_CACHE, retries=3, retry_delay_seconds=RETRY_DELAYS, retry_condition_fn=database_io_failed)
def check_held_run(store: Store, run_id: str) -> str | None:
    """None when the run is held and may be published; otherwise why it may not."""
    with store.connect() as con:
        return why_not_publishable(con, run_id)
