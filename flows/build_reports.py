"""The report flow: analyst views, search index, and the static report page."""

from __future__ import annotations

from prefect import flow

from tasks.build_report import write_report_page
from tasks.refresh_report_views import refresh_report_views
from tasks.refresh_search_index import refresh_search_index


@flow(name="build_reports")
def build_reports(db_path: str = "data/byline.duckdb") -> str:
    """Refresh the views in sql/reports/ and the search index, then write <db dir>/report/index.html."""
    refresh_report_views(db_path)
    refresh_search_index(db_path)
    return write_report_page(db_path)
