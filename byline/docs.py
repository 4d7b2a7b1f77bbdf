"""Data docs: a static HTML page of the quality gate's results that renders offline.

GX's own Data Docs load their CSS and JavaScript from a CDN, so byline renders its own page from
validation_results and quarantine: one self-contained index.html, styles inline, no scripts.
"""

from __future__ import annotations

import html
import os
from datetime import UTC, datetime
from pathlib import Path

import duckdb

from byline.quality.suites import SUITES, load_rules
from byline.store import run

N_RUNS = 20  # runs shown, newest first
N_QUARANTINE_ROWS = 25  # quarantined articles shown per run

_CSS = """
body { font: 15px/1.45 system-ui, sans-serif; margin: 2rem auto; max-width: 78rem; padding: 0 1rem; color: #222; }
h1 { font-size: 1.6rem; } h2 { margin-top: 2.5rem; border-bottom: 1px solid #ccc; } h3 { margin-top: 1.5rem; }
table { border-collapse: collapse; width: 100%; margin: .5rem 0 1rem; }
th, td { border: 1px solid #ddd; padding: .25rem .5rem; text-align: left; vertical-align: top; }
th { background: #f4f4f4; } td.num { text-align: right; font-variant-numeric: tabular-nums; }
.pass { color: #17692b; } .fail { color: #b00020; font-weight: bold; } .skip { color: #777; }
.outcome-failed { background: #fde8ea; } .outcome-passed { background: #e8f6ec; } .outcome-forced { background: #fff4d6; }
code { font-size: .9em; } .muted { color: #666; }
"""


def build_docs(con: duckdb.DuckDBPyConnection, out_dir: str | Path) -> Path:
    """Write out_dir/index.html from the database's quality records; returns its path."""
    out_dir = Path(out_dir)
    out_dir.mkdir(parents=True, exist_ok=True)
    page = render_page(con)
    target = out_dir / "index.html"
    tmp = out_dir / f".index.html.{os.getpid()}.tmp"
    tmp.write_text(page, encoding="utf-8")
    os.replace(tmp, target)  # a browser never reads a half-written page
    return target


def render_page(con: duckdb.DuckDBPyConnection) -> str:
    runs = run(con, "quality/docs_runs", {"n_runs": N_RUNS}).fetchall()
    parts = [
        "<!doctype html><html lang='en'><head><meta charset='utf-8'>",
        "<title>byline data docs</title>",
        f"<style>{_CSS}</style></head><body>",
        "<h1>byline data docs: the quality gate</h1>",
        f"<p class='muted'>Built {datetime.now(UTC):%Y-%m-%d %H:%M} UTC from validation_results and quarantine. "
        "Row rules quarantine failing articles; batch rules hold back the whole run.</p>",
        "<h2 id='runs'>Recent runs</h2>",
        _runs_table(runs),
    ]
    for run_row in runs:
        parts.append(_run_section(con, run_row))
    parts.append("<h2 id='suites'>Suites</h2>")
    parts.extend(_suite_section(suite) for suite in SUITES)
    parts.append("</body></html>")
    return "\n".join(parts)


def _runs_table(runs: list[tuple]) -> str:
    if not runs:
        return "<p>No run has been validated yet.</p>"
    rows = [
        "<table><thead><tr><th>run</th><th>validated</th><th>outcome</th><th>passed</th><th>failed</th>"
        "<th>skipped</th><th>quarantined</th><th>published</th><th>message</th></tr></thead><tbody>"
    ]
    for run_id, at, outcome, message, n_pass, n_fail, n_skip, n_quar, n_pub in runs:
        rows.append(
            f"<tr class='outcome-{_e(outcome)}'><td><a href='#run-{_e(run_id)}'><code>{_e(run_id)}</code></a></td>"
            f"<td>{at:%Y-%m-%d %H:%M:%S}</td><td>{_e(outcome)}</td><td class='num'>{n_pass}</td>"
            f"<td class='num'>{n_fail}</td><td class='num'>{n_skip}</td><td class='num'>{n_quar}</td>"
            f"<td class='num'>{'' if n_pub is None else n_pub}</td><td>{_e(message or '')}</td></tr>"
        )
    rows.append("</tbody></table>")
    return "\n".join(rows)


def _run_section(con: duckdb.DuckDBPyConnection, run_row: tuple) -> str:
    run_id, outcome = run_row[0], run_row[2]
    results = run(con, "quality/run_results", {"run_id": run_id}).fetchall()
    parts = [
        f"<h2 id='run-{_e(run_id)}'>Run <code>{_e(run_id)}</code>: {_e(outcome)}</h2>",
        "<table><thead><tr><th>result</th><th>suite</th><th>expectation</th><th>level</th><th>column</th>"
        "<th>observed</th><th>rows</th><th>unexpected</th><th>examples of unexpected values</th></tr></thead><tbody>",
    ]
    for suite, name, level, column, success, observed, n, unexpected, examples in results:
        css, label = {True: ("pass", "pass"), False: ("fail", "FAIL"), None: ("skip", "skipped")}[success]
        shown = ", ".join(f"<code>{_e(v)}</code>" for v in (examples or [])[:5])
        parts.append(
            f"<tr><td class='{css}'>{label}</td><td>{_e(suite)}</td><td>{_e(name)}</td><td>{_e(level)}</td>"
            f"<td>{_e(column or '')}</td><td class='num'>{_e(observed or '')}</td>"
            f"<td class='num'>{'' if n is None else n}</td><td class='num'>{'' if unexpected is None else unexpected}</td>"
            f"<td>{shown}</td></tr>"
        )
    parts.append("</tbody></table>")
    quarantined = run(con, "quality/docs_quarantine", {"run_id": run_id, "n_rows": N_QUARANTINE_ROWS}).fetchall()
    if quarantined:
        parts.append(f"<h3>Quarantined articles (first {N_QUARANTINE_ROWS})</h3>")
        parts.append(
            "<table><thead><tr><th>article_id</th><th>title</th><th>file</th><th>failed rules</th>"
            "<th>observed</th></tr></thead><tbody>"
        )
        for article_id, title, path, rules, failures in quarantined:
            parts.append(
                f"<tr><td><code>{_e(article_id)}</code></td><td>{_e(title or '')}</td><td>{_e(path or '')}</td>"
                f"<td>{_e(', '.join(rules))}</td><td><code>{_e(failures)}</code></td></tr>"
            )
        parts.append("</tbody></table>")
    return "\n".join(parts)


def _suite_section(suite: str) -> str:
    rules = load_rules(suite)
    parts = [
        f"<h3 id='suite-{_e(suite)}'>{_e(suite)} <span class='muted'>(expectations/{_e(suite)}.json)</span></h3>",
        "<table><thead><tr><th>expectation</th><th>level</th><th>type</th><th>column</th><th>why</th></tr>"
        "</thead><tbody>",
    ]
    for rule in rules:
        parts.append(
            f"<tr><td>{_e(rule.name)}</td><td>{_e(rule.level)}</td><td><code>{_e(rule.type)}</code></td>"
            f"<td>{_e(rule.column or '')}</td><td>{_e(rule.why)}</td></tr>"
        )
    parts.append("</tbody></table>")
    return "\n".join(parts)


def _e(value: object) -> str:
    return html.escape(str(value), quote=True)
