"""Task: write the static report page next to the database, from the analyst views."""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path

from prefect import task
from prefect.cache_policies import NO_CACHE

from byline.report import collect, render_page, write_page
from byline.store import connect


def report_path(db_path: str) -> Path:
    return Path(db_path).resolve().parent / "report" / "index.html"


@task(name="write-report-page", cache_policy=NO_CACHE, retries=2, retry_delay_seconds=[2, 5])
def write_report_page(db_path: str) -> str:
    con = connect(db_path, read_only=True)
    try:
        data = collect(con, datetime.now(UTC))
    finally:
        con.close()
    return str(write_page(render_page(data, Path(db_path).name), report_path(db_path)))
