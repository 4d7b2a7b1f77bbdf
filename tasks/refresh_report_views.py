"""Task: create or replace the analyst views in sql/reports/."""

from __future__ import annotations

from prefect import get_run_logger, task
from prefect.cache_policies import NO_CACHE

from byline.report import refresh_views
from byline.store import Store
from tasks.retry import RETRY_DELAYS, database_io_failed


@task(name="refresh-report-views", cache_policy=NO_CACHE, retries=2, retry_delay_seconds=RETRY_DELAYS, retry_condition_fn=database_io_failed)
def refresh_report_views(store: Store) -> list[str]:
    with store.connect() as con:
        views = refresh_views(con)
    get_run_logger().info("refreshed %d report views", len(views))
    return views
