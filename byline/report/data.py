"""What the report page shows, read from the analyst views."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime
from decimal import Decimal
from typing import Any

import duckdb

from byline.store import run

TOP_PUBLISHERS = 6
TOP_WIRE_PUBLISHERS = 12
TOP_STORIES = 10
RUNS_SHOWN = 40
ARTICLES_SEARCHABLE = 2000  # the page's search box covers the most recent articles only


@dataclass(frozen=True)
class Table:
    """Rows of one query with their column names."""

    columns: tuple[str, ...]
    rows: tuple[tuple[Any, ...], ...]

    def records(self) -> list[dict[str, Any]]:
        """JSON-ready rows: dates as ISO strings, decimals as floats."""
        return [{c: _plain(v) for c, v in zip(self.columns, row, strict=True)} for row in self.rows]


@dataclass(frozen=True)
class ReportData:
    generated_at: datetime
    summary: Table
    articles_over_time: Table
    wire_share: Table
    top_stories: Table
    quality_history: Table
    article_index: Table


def _plain(value: Any) -> Any:
    if isinstance(value, datetime | date):
        return value.isoformat()
    if isinstance(value, Decimal):
        return float(value)
    if isinstance(value, list | tuple):
        return [_plain(v) for v in value]
    return value


def _table(con: duckdb.DuckDBPyConnection, name: str, top: int | None = None) -> Table:
    cursor = run(con, f"reports/page/{name}", {"top": top} if top is not None else None)
    columns = tuple(d[0] for d in cursor.description)
    return Table(columns, tuple(cursor.fetchall()))


def collect(con: duckdb.DuckDBPyConnection, generated_at: datetime) -> ReportData:
    """Read the page's data; the views must exist (see refresh_views)."""
    return ReportData(
        generated_at=generated_at,
        summary=_table(con, "summary"),
        articles_over_time=_table(con, "articles_over_time", TOP_PUBLISHERS),
        wire_share=_table(con, "wire_share", TOP_WIRE_PUBLISHERS),
        top_stories=_table(con, "top_stories", TOP_STORIES),
        quality_history=_table(con, "quality_history", RUNS_SHOWN),
        article_index=_table(con, "article_index", ARTICLES_SEARCHABLE),
    )
