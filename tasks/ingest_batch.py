"""Task: read, parse and stage one batch of files; its parsed articles never leave the task."""

from __future__ import annotations

from prefect import get_run_logger, task
from prefect.cache_policies import NO_CACHE

from byline.ingest import Batch
from byline.ingest import ingest_batch as parse_and_stage
from byline.store import Store
from tasks.retry import RETRY_DELAYS, database_io_failed


@task(name="ingest-batch", cache_policy=NO_CACHE, retries=3, retry_delay_seconds=RETRY_DELAYS, retry_condition_fn=database_io_failed)
def ingest_batch(store: Store, batch: Batch) -> int:
    """Returns how many files of the batch were rejected (each is in rejects with its reason)."""
    rejected = parse_and_stage(store, batch)
    logger = get_run_logger()
    for r in rejected:
        logger.warning("rejected %s (%s): %s", r.path, r.reason, r.detail)
    return len(rejected)
