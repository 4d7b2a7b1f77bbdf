"""Task: read and parse a window of one archive's records where it runs (a cluster worker)."""

from __future__ import annotations

from prefect import task
from prefect.cache_policies import NO_CACHE

from byline.batch import FileResult, cluster_worker_pool
from byline.ingest import ArchiveWindow, parse_window


# A worker that dies mid-window has the window rescheduled by the cluster; retries cover the rest.
@task(name="parse-archive-window", cache_policy=NO_CACHE, retries=2, retry_delay_seconds=[2, 5])
def parse_archive_window(window: ArchiveWindow, timeout: float) -> list[FileResult]:
    """`timeout`: the flow's limit per record, in seconds, which the worker's own settings may not know."""
    return parse_window(window, cluster_worker_pool(), timeout)
