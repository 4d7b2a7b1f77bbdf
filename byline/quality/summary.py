"""The validation summary as markdown, for the Prefect artifact of the validate task."""

from __future__ import annotations

import duckdb

from byline.quality.gate import Verdict
from byline.store import run


def _mark(success: bool | None) -> str:
    return {True: "pass", False: "**FAIL**", None: "skipped"}[success]


def validation_markdown(con: duckdb.DuckDBPyConnection, run_id: str, verdict: Verdict) -> str:
    rows = run(con, "quality/run_results", {"run_id": run_id}).fetchall()
    lines = [
        f"### Quality gate for run `{run_id}`: {verdict.outcome}",
        "",
        verdict.message,
        "",
        f"{verdict.n_rows} staged articles audited, {verdict.n_quarantined} quarantined, "
        f"in {verdict.seconds:.2f} s.",
        "",
        "| result | suite | expectation | level | column | observed | unexpected | examples |",
        "|---|---|---|---|---|---:|---:|---|",
    ]
    for suite, name, level, column, success, observed, _, unexpected, examples in rows:
        shown = ", ".join(f"`{v}`" for v in (examples or [])[:3])
        lines.append(
            f"| {_mark(success)} | {suite} | {name} | {level} | {column or ''} | {observed} "
            f"| {unexpected if unexpected is not None else ''} | {shown} |"
        )
    return "\n".join(lines)
