"""The report flow: analyst views, search index and the static report page."""

from __future__ import annotations

from prefect import flow

from byline.store import Store
from flows.one_writer import one_writer
from tasks.build_report import write_report_page
from tasks.refresh_report_views import refresh_report_views
from tasks.refresh_search_index import refresh_search_index


@flow(name="build_reports")
def build_reports(db_path: str | None = None) -> str:
    """Refresh the views in sql/reports/ and the search index, and write <db dir>/report/index.html.
    Returns the page's path. (The analysts' copy is refreshed by the run that published.)"""
    store = Store.from_env(db_path=db_path)
    with one_writer(store):
        refresh_report_views(store)
        refresh_search_index(store)
        return write_report_page(store)
