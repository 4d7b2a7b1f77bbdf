"""The analysts' copy: the published tables written to a second DuckDB file, swapped in atomically.

In DuckDB a process holding the database file, even read-only, locks out a writer in another
process. So analysts never open the pipeline's database: they open byline.analytics.duckdb next
to it, which this module rebuilds after each publish in a temporary file and moves into place
with os.replace. A reader that has the old copy open keeps reading it; new readers get the new one.
"""

from __future__ import annotations

import os
from pathlib import Path

import duckdb

from byline.store import run

# What analysts get: published tables and the pipeline's records of itself, plus every view (the
# reports of sql/reports), copied as a table so it needs none of the tables left out here.
TABLES = (
    "articles", "article_authors", "article_images", "stories",
    "runs", "rejects", "quarantine", "validation_results",
)
COPY_ALIAS = "analyst_copy"


def analyst_copy_path(db_path: str | Path) -> Path:
    """data/byline.duckdb -> data/byline.analytics.duckdb."""
    db_path = Path(db_path)
    return db_path.with_name(f"{db_path.stem}.analytics{db_path.suffix or '.duckdb'}")


def refresh_analyst_copy(con: duckdb.DuckDBPyConnection, db_path: str | Path) -> Path:
    """Write the published tables of `con` (the database at db_path) to a new file, then atomically
    replace the analysts' copy with it."""
    target = analyst_copy_path(db_path)
    tmp = target.with_name(f".{target.name}.{os.getpid()}.tmp")
    _remove(tmp)
    try:
        objects = run(con, "publish/analyst_tables", {"names": list(TABLES)}).fetchall()
        names = [name for name, _, _ in objects]
        columns = run(con, "publish/analyst_column_comments", {"names": names}).fetchall()
        # ATTACH and DDL take no bound parameters; the path and names are ours, quoted below.
        con.execute(f"attach {_literal(str(tmp))} as {COPY_ALIAS}")
        try:
            for name, _, comment in objects:
                con.execute(f"create table {COPY_ALIAS}.{_ident(name)} as select * from main.{_ident(name)}")
                if comment:
                    con.execute(f"comment on table {COPY_ALIAS}.{_ident(name)} is {_literal(comment)}")
            for table, column, comment in columns:
                con.execute(
                    f"comment on column {COPY_ALIAS}.{_ident(table)}.{_ident(column)} is {_literal(comment)}"
                )
            con.execute(f"checkpoint {COPY_ALIAS}")
        finally:
            con.execute(f"detach {COPY_ALIAS}")
    except BaseException:
        _remove(tmp)
        raise
    os.replace(tmp, target)
    return target


def _remove(path: Path) -> None:
    for p in (path, path.with_name(path.name + ".wal")):
        p.unlink(missing_ok=True)


def _ident(name: str) -> str:
    return '"' + name.replace('"', '""') + '"'


def _literal(text: str) -> str:
    return "'" + text.replace("'", "''") + "'"
