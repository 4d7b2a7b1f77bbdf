"""Task: write one parsed batch to staging and the file ledger, in the flow's process (the one writer)."""

from __future__ import annotations

from prefect import get_run_logger, task
from prefect.cache_policies import NO_CACHE

from byline.batch import FileResult
from byline.ingest import Batch, stage_parsed
from byline.store import Store
from tasks.retry import RETRY_DELAYS, database_io_failed


@task(name="stage-batch", cache_policy=NO_CACHE, retries=3, retry_delay_seconds=RETRY_DELAYS, retry_condition_fn=database_io_failed)
def stage_batch(store: Store, batch: Batch, results: list[FileResult]) -> int:
    """Returns how many files of the batch were rejected (each is in rejects with its reason)."""
    with store.connect() as con:
        stage_parsed(con, batch, results)
    logger = get_run_logger()
    rejected = [r for r in results if r.reason]
    for r in rejected:
        logger.warning("rejected %s (%s): %s", r.path, r.reason, r.detail)
    return len(rejected)
