"""Run identity and the run summary shown to engineers (CLI and Prefect artifact)."""

from __future__ import annotations

import uuid
from dataclasses import asdict, dataclass
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

    @classmethod
    def of(cls, run_id: str, plan, staged, verdict, n_published: int, db_path: str = "") -> RunSummary:
        """From a ReadPlan, the StagedCounts and the quality gate's Verdict."""
        return cls(
            run_id=run_id,
            n_discovered=plan.n_listed,
            n_unchanged=plan.n_unchanged,
            n_parsed=staged.staged,
            n_duplicate=staged.duplicates,
            n_rejected=staged.rejected,
            n_quarantined=verdict.n_quarantined,
            n_published=n_published,
            outcome=verdict.outcome,
            message=verdict.message,
            db_path=db_path,
        )

    def to_markdown(self) -> str:
        rows = [
            ("files discovered", self.n_discovered),
            ("unchanged, skipped", self.n_unchanged),
            ("parsed and staged", self.n_parsed),
            ("duplicates", self.n_duplicate),
            ("rejected", self.n_rejected),
            ("quarantined", self.n_quarantined),
            ("published", self.n_published),
        ]
        lines = [f"### byline ingest run `{self.run_id}`", "", "| outcome | files |", "|---|---:|"]
        lines += [f"| {label} | {count} |" for label, count in rows]
        lines += ["", f"**Quality gate:** {self.outcome}" + (f": {self.message}" if self.message else "")]
        if self.db_path:
            lines.append(f"**Database:** `{self.db_path}`")
        return "\n".join(lines)


def open_run(con: duckdb.DuckDBPyConnection, run_id: str, flow_run_id: str | None) -> None:
    """Drop what dead runs left in staging, then record this run as started."""
    run(con, "ingest/clear_abandoned_staging")
    run(con, "ingest/start_run", [run_id, flow_run_id])


def finish_run(con: duckdb.DuckDBPyConnection, summary: RunSummary) -> None:
    params = {k: v for k, v in asdict(summary).items() if k != "db_path"}
    run(con, "ingest/finish_run", params)


class UnknownRun(LookupError):
    pass


def mark_forced(con: duckdb.DuckDBPyConnection, run_id: str, n_published: int) -> RunSummary:
    """Record that a held run was published after review, and return its updated summary."""
    row = run(con, "ingest/record_forced_publish", [n_published, run_id]).fetchone()
    if row is None:
        raise UnknownRun(f"no run {run_id!r} in this database; `byline quality` lists the runs")
    return RunSummary(*row)
