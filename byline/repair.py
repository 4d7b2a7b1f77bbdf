"""Finish what dead runs left half-done, from the database's own state (run at the start of each run).

A run killed after its publish committed has live articles that were never linked into stories,
and an analysts' copy that does not show them; one killed before has quarantine and
validation_results rows for articles that never went live: it is undone, its rejects dropped
and all its files read again (sql/ingest/files_to_read.sql), as if it had never run. Either way its `runs` row is left unfinished, and a refresh of the analysts' copy killed
half-way leaves temporary files. This module repairs each of these, and is a no-op when nothing died.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

import duckdb

from byline.report import refresh_views
from byline.snapshot import analyst_copy_path, refresh_analyst_copy
from byline.store import run, transaction
from byline.stories.link import link_run


@dataclass(frozen=True)
class Repairs:
    dead_runs: tuple[str, ...] = ()
    relinked: tuple[str, ...] = ()  # dead runs whose published articles were linked into stories
    cleared: tuple[str, ...] = ()  # dead runs whose quarantine and validation rows were dropped
    temp_files: tuple[str, ...] = ()
    copy_refreshed: bool = False

    @property
    def any(self) -> bool:
        return bool(self.dead_runs or self.temp_files or self.copy_refreshed)


def repair_dead_runs(con: duckdb.DuckDBPyConnection) -> tuple[list[str], list[str], list[str]]:
    """Link the stories of dead runs that published, clear the verdicts of those that did not,
    and record on each run's row what of it is live. Returns (dead, relinked, cleared) run ids."""
    dead, relinked, cleared = [], [], []
    for run_id, publish_committed in run(con, "repair/dead_runs").fetchall():
        dead.append(run_id)
        if publish_committed:
            link_run(con, run_id)
            relinked.append(run_id)
        else:
            with transaction(con):
                run(con, "quality/clear_quarantine", {"run_id": run_id})
                run(con, "quality/clear_results", {"run_id": run_id})
                run(con, "repair/clear_dead_run_rejects", {"run_id": run_id})
            cleared.append(run_id)
        run(con, "repair/record_dead_run", {"run_id": run_id, "publish_committed": publish_committed})
    return dead, relinked, cleared


def leftover_temp_files(db_path: str | Path) -> list[Path]:
    """Temporary files of analysts' copies whose refresh was killed (see byline.snapshot)."""
    target = analyst_copy_path(db_path)
    return sorted(target.parent.glob(f".{target.name}.*.tmp")) + sorted(target.parent.glob(f".{target.name}.*.tmp.wal"))


def copy_is_stale(con: duckdb.DuckDBPyConnection, db_path: str | Path) -> bool:
    """Whether the analysts' copy misses what the database has published (or is missing)."""
    target = analyst_copy_path(db_path)
    expected = run(con, "repair/copy_fingerprint").fetchone()
    if not target.exists():
        return expected[0] > 0
    try:
        with duckdb.connect(str(target), read_only=True) as copy:
            return run(copy, "repair/copy_fingerprint").fetchone() != expected
    except duckdb.Error:  # unreadable or from an older schema: rebuild it
        return True


def repair(con: duckdb.DuckDBPyConnection, db_path: str | Path) -> Repairs:
    """Everything above, in order; the caller holds the database (no other run is writing)."""
    dead, relinked, cleared = repair_dead_runs(con)
    temp_files = leftover_temp_files(db_path)
    for path in temp_files:
        path.unlink(missing_ok=True)
    stale = copy_is_stale(con, db_path)
    if stale:
        refresh_views(con)  # the copy carries every report view as a table
        refresh_analyst_copy(con, db_path)
    return Repairs(tuple(dead), tuple(relinked), tuple(cleared), tuple(str(p) for p in temp_files), stale)
