"""Task: publish the run's staged articles that passed the quality gate, in one transaction."""

from __future__ import annotations

from prefect import get_run_logger, task
from prefect.cache_policies import NO_CACHE

from byline.publish import publish_run
from byline.store import Store
from tasks.retry import RETRY_DELAYS, database_io_failed


@task(name="publish", cache_policy=NO_CACHE, retries=3, retry_delay_seconds=RETRY_DELAYS, retry_condition_fn=database_io_failed)
def publish_staged(store: Store, run_id: str, force: bool = False) -> int:
    with store.connect() as con:
        n_published = publish_run(con, run_id, force=force)
    get_run_logger().info("published %d articles of run %s%s", n_published, run_id, " (forced)" if force else "")
    return n_published
