"""Task: read and parse one batch where it runs (a cluster worker); its results come back to the writer."""

from __future__ import annotations

from prefect import task
from prefect.cache_policies import NO_CACHE

from byline.batch import FileResult, cluster_worker_pool
from byline.ingest import Batch, parse_files


# A worker that dies mid-batch has the batch rescheduled by the cluster; retries cover the rest.
@task(name="parse-batch", cache_policy=NO_CACHE, retries=2, retry_delay_seconds=[2, 5])
def parse_batch(batch: Batch, timeout: float) -> list[FileResult]:
    """`timeout`: the flow's limit per file, in seconds, which the worker's own settings may not know."""
    return list(parse_files(batch.files, batch.manifest, cluster_worker_pool(), timeout))
