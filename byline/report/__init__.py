"""The analyst views in sql/reports/ and the static report page built from them."""

from byline.report.data import ReportData, Table, collect
from byline.report.page import render_page, write_page
from byline.report.views import refresh_views

__all__ = ["ReportData", "Table", "collect", "refresh_views", "render_page", "write_page"]
