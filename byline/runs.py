"""Run identity, the run's record in `runs`, and the summary shown to engineers (CLI and Prefect artifact)."""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import UTC, datetime

import duckdb

from byline.store import run


def new_run_id() -> str:
    return f"{datetime.now(UTC):%Y%m%dT%H%M%S}-{uuid.uuid4().hex[:6]}"


@dataclass(frozen=True)
class RunSummary:
    run_id: str
    n_discovered: int
    n_unchanged: int
    n_parsed: int
    n_duplicate: int
    n_rejected: int
    n_quarantined: int
    n_published: int
    outcome: str
    message: str
    db_path: str = ""

    @property
    def held(self) -> bool:
        return self.outcome == "failed"

    def next_step(self) -> str:
        """What an engineer does about a held run: review, then publish it on purpose."""
        db = f" --db {self.db_path}" if self.db_path else ""
        return (
            f"Run {self.run_id} was held back, nothing of it was published: {self.message}. "
            f"Review its staged rows (`byline quality{db}`, table staging.articles), then publish it with "
            f"`byline ingest --force-publish {self.run_id}{db}` or the publish-held-run deployment: "
            f"`prefect deployment run publish_held_run/publish-held-run -p run_id={self.run_id}`."
        )

    def to_markdown(self, title: str = "byline ingest run") -> str:
        rows = [
            ("files discovered", self.n_discovered),
            ("unchanged, skipped", self.n_unchanged),
            ("parsed and staged", self.n_parsed),
            ("duplicates", self.n_duplicate),
            ("rejected", self.n_rejected),
            ("quarantined", self.n_quarantined),
            ("published", self.n_published),
        ]
        lines = [f"### {title} `{self.run_id}`", "", "| outcome | files |", "|---|---:|"]
        lines += [f"| {label} | {count} |" for label, count in rows]
        lines += ["", f"**Quality gate:** {self.outcome}" + (f": {self.message}" if self.message else "")]
        if self.db_path:
            lines.append(f"**Database:** `{self.db_path}`")
        if self.held:
            lines += ["", f"**Next step:** {self.next_step()}"]
        return "\n".join(lines)


def open_run(con: duckdb.DuckDBPyConnection, run_id: str, flow_run_id: str | None) -> None:
    """Drop what dead runs left in staging, then record this run as started."""
    run(con, "ingest/clear_abandoned_staging")
    run(con, "ingest/start_run", [run_id, flow_run_id])


def record_plan(con: duckdb.DuckDBPyConnection, run_id: str, n_discovered: int, n_unchanged: int) -> None:
    run(con, "runs/record_plan", {"run_id": run_id, "n_discovered": n_discovered, "n_unchanged": n_unchanged})


def files_read(con: duckdb.DuckDBPyConnection, run_id: str) -> tuple[int, int]:
    """(files the run read, files it rejected), from the ledger."""
    return run(con, "runs/files_read", {"run_id": run_id}).fetchone()


def record_verdict(con: duckdb.DuckDBPyConnection, run_id: str, outcome: str, message: str) -> None:
    run(con, "runs/record_verdict", {"run_id": run_id, "outcome": outcome, "message": message})


def finish_run(con: duckdb.DuckDBPyConnection, run_id: str, db_path: str = "") -> RunSummary:
    """Close the run's record with counts read back from the database; returns its summary."""
    row = run(con, "runs/finish_run", {"run_id": run_id}).fetchone()
    return RunSummary(*row, db_path=db_path)


def why_not_publishable(con: duckdb.DuckDBPyConnection, run_id: str) -> str | None:
    """None when the run is held back and may be published after review; otherwise why not, in a sentence."""
    row = run(con, "runs/run_state", {"run_id": run_id}).fetchone()
    if row is None:
        return f"no run {run_id!r} in this database; `byline quality` lists the runs"
    outcome, finished, forced_by, forced_at = row
    if outcome == "failed":
        return None
    if outcome == "forced":
        return f"run {run_id} was already published after review by {forced_by or 'someone'} at {forced_at:%Y-%m-%d %H:%M} UTC; nothing to do"
    if not finished:
        return f"run {run_id} has not finished (it is running, or it died and the next ingest reads its files again); only a held run can be published"
    return f"run {run_id} was not held back (its outcome is {outcome}); only a run a batch rule held back can be published this way"


def mark_forced(con: duckdb.DuckDBPyConnection, run_id: str, forced_by: str, db_path: str = "") -> RunSummary | None:
    """Record that a held run was published after review; its updated summary, or None if it was not held."""
    row = run(con, "runs/record_forced_publish", {"run_id": run_id, "forced_by": forced_by}).fetchone()
    return RunSummary(*row, db_path=db_path) if row else None
