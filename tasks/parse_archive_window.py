"""Task: read and parse a window of one archive's records where it runs (a cluster worker)."""

from __future__ import annotations

from prefect import task
from prefect.cache_policies import NO_CACHE

from byline.batch import FileResult
from byline.ingest import ArchiveWindow, parse_window


# A worker that dies mid-window has the window rescheduled by the cluster; retries cover the rest.
@task(name="parse-archive-window", cache_policy=NO_CACHE, retries=2, retry_delay_seconds=[2, 5])
def parse_archive_window(window: ArchiveWindow) -> list[FileResult]:
    return parse_window(window)
