"""Task: read and parse one batch where it runs (a cluster worker); its results come back to the writer."""

from __future__ import annotations

from prefect import task
from prefect.cache_policies import NO_CACHE

from byline.batch import FileResult
from byline.ingest import Batch, parse_files


# A worker that dies mid-batch has the batch rescheduled by the cluster; retries cover the rest.
@task(name="parse-batch", cache_policy=NO_CACHE, retries=2, retry_delay_seconds=[2, 5])
def parse_batch(batch: Batch) -> list[FileResult]:
    return list(parse_files(batch.files, batch.manifest))
