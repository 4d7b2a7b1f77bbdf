"""The report flow: analyst views, search index, the static report page, and the analysts' copy."""

from __future__ import annotations

from prefect import flow

from tasks.build_report import write_report_page
from tasks.refresh_report_views import refresh_report_views
from tasks.refresh_search_index import refresh_search_index
from tasks.snapshot import refresh_analyst_copy


@flow(name="build_reports")
def build_reports(db_path: str = "data/byline.duckdb") -> str:
    """Refresh the views in sql/reports/ and the search index, write <db dir>/report/index.html,
    and copy the fresh views to the analysts' copy. Returns the page's path."""
    refresh_report_views(db_path)
    refresh_search_index(db_path)
    page = write_report_page(db_path)
    refresh_analyst_copy(db_path)
    return page
