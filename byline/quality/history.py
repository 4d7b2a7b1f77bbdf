"""The last runs' quality-gate outcomes, as `byline quality` prints them."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

import duckdb

from byline.snapshot import analyst_copy_path
from byline.store import run


@dataclass(frozen=True)
class RunOutcome:
    run_id: str
    started_at: datetime
    outcome: str | None  # None: the run died before the gate, or is still running
    n_parsed: int
    n_rejected: int
    n_quarantined: int
    n_published: int
    message: str | None
    failed: str | None  # failed expectations with observed values, e.g. "body_min_words (0.9833)"


def recent_runs(con: duckdb.DuckDBPyConnection, n_runs: int) -> list[RunOutcome]:
    rows = run(con, "quality/recent_runs", {"n_runs": n_runs}).fetchall()
    return [RunOutcome(*row) for row in rows]


def open_for_reading(db_path: Path) -> tuple[duckdb.DuckDBPyConnection, Path]:
    """The pipeline's database read-only, or the analysts' copy when a running ingest holds the database."""
    try:
        return duckdb.connect(str(db_path), read_only=True), db_path
    except duckdb.IOException:
        copy = analyst_copy_path(db_path)
        if not copy.exists():
            raise
        return duckdb.connect(str(copy), read_only=True), copy
