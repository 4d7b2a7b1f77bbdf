"""Create or replace the analyst views, one per file in sql/reports/.

A file may start with `-- requires: table, ...`; its view is built only when those tables exist
(validation_results, for instance, arrives with the quality gate) and dropped otherwise.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path

import duckdb

from byline.settings import SQL_DIR
from byline.store import run, sql

_REQUIRES = re.compile(r"^--\s*requires:\s*(.+)$", re.MULTILINE)


@dataclass(frozen=True, slots=True)
class ViewsRefreshed:
    created: tuple[str, ...]
    skipped: tuple[str, ...]  # views whose required tables are missing


def view_files() -> list[Path]:
    return sorted((SQL_DIR / "reports").glob("*.sql"))


def view_name(path: Path) -> str:
    return f"report_{path.stem}"


def required_tables(text: str) -> list[str]:
    return [t.strip() for m in _REQUIRES.findall(text) for t in m.split(",") if t.strip()]


def refresh_views(con: duckdb.DuckDBPyConnection) -> ViewsRefreshed:
    tables = {r[0] for r in con.execute("select table_name from duckdb_tables()").fetchall()}
    created, skipped = [], []
    for path in view_files():
        name = f"reports/{path.stem}"
        if all(t in tables for t in required_tables(sql(name))):
            run(con, name)
            created.append(view_name(path))
        else:
            con.execute(f"drop view if exists {view_name(path)}")  # name from our own file name
            skipped.append(view_name(path))
    return ViewsRefreshed(tuple(created), tuple(skipped))
