"""Create or replace the analyst views, one per file in sql/reports/."""

from __future__ import annotations

from pathlib import Path

import duckdb

from byline.settings import SQL_DIR
from byline.store import run


def view_files() -> list[Path]:
    return sorted((SQL_DIR / "reports").glob("*.sql"))


def view_name(path: Path) -> str:
    return f"report_{path.stem}"


def refresh_views(con: duckdb.DuckDBPyConnection) -> list[str]:
    """Run every view file; returns the views' names."""
    for path in view_files():
        run(con, f"reports/{path.stem}")
    return [view_name(path) for path in view_files()]
