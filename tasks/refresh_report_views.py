"""Task: create or replace the analyst views in sql/reports/."""

from __future__ import annotations

from prefect import get_run_logger, task
from prefect.cache_policies import NO_CACHE

from byline.report import refresh_views
from byline.store import connect


@task(name="refresh-report-views", cache_policy=NO_CACHE, retries=2, retry_delay_seconds=[2, 5])
def refresh_report_views(db_path: str) -> list[str]:
    con = connect(db_path)
    try:
        views = refresh_views(con)
    finally:
        con.close()
    get_run_logger().info("refreshed %d report views", len(views))
    return views
