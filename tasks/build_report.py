"""Task: write the static report page next to the database, from the analyst views."""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path

from prefect import task
from prefect.cache_policies import NO_CACHE

from byline.report import collect, render_page, write_page
from byline.store import Store
from tasks.retry import RETRY_DELAYS, database_io_failed


def report_path(db_path: Path) -> Path:
    return db_path.resolve().parent / "report" / "index.html"


@task(name="write-report-page", cache_policy=NO_CACHE, retries=2, retry_delay_seconds=RETRY_DELAYS, retry_condition_fn=database_io_failed)
def write_report_page(store: Store) -> str:
    with store.connect() as con:  # the flow holds the file read-write already
        data = collect(con, datetime.now(UTC))
    return str(write_page(render_page(data, store.db_path.name), report_path(store.db_path)))
