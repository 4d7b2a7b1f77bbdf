"""The quality gate: audit a run's staged batch, quarantine failing rows, hold the run on batch failures."""

from __future__ import annotations

import json
import time
from collections import defaultdict
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any

import duckdb
import pandas as pd
import pyarrow as pa

from byline.quality import frames
from byline.quality.gx_run import RowKey, RuleResult, merge_parts, run_rules
from byline.quality.suites import SUITES, Rule, load_rules
from byline.store import registered, run, transaction

BATCH_SUITES = ("articles", "runs")
PART_ROWS = 20_000  # articles checked at once by the row rules: bounds the gate's memory on any run size


@dataclass(frozen=True)
class Verdict:
    passed: bool  # False when a batch-level rule failed: nothing of the run is published
    outcome: str  # "passed" | "failed" | "forced" | "nothing_to_validate"
    message: str  # e.g. "batch rule share_with_date failed: observed 0.62 < 0.80"
    n_rows: int  # staged article rows audited
    n_quarantined: int  # articles withheld whole: an article row failed a row-level rule
    n_rows_withheld: int = 0  # author and image rows withheld alone; their articles were published without them
    failed_rules: tuple[str, ...] = ()  # every rule that failed, row-level or batch-level
    seconds: float = 0.0  # time spent validating, GX import included


def validate_run(
    con: duckdb.DuckDBPyConnection, run_id: str, *, n_files: int, n_rejected: int, min_rows_for_batch_rules: int
) -> Verdict:
    """Validate the run's staged rows; write validation_results and quarantine; mark held files on failure."""
    started = time.perf_counter()
    rules = _load_suites()
    flags = frames.prepare(con, run_id)
    n_rows = len(flags)
    judge = n_rows >= min_rows_for_batch_rules
    too_few = f"{n_rows} rows < {min_rows_for_batch_rules}"
    if n_rows:
        results, failures = _check_parts(con, run_id, n_rows, rules)
    else:
        results = [RuleResult.skipped(r, "no rows") for r in _of_level(rules["articles"], "row")]
        failures = _row_failures([], {})
    results += _check_batch(rules["articles"], flags, judge, too_few)
    results += _check_batch(
        rules["runs"], frames.run_counts(n_files, n_rejected), n_files >= min_rows_for_batch_rules,
        f"{n_files} files < {min_rows_for_batch_rules}",
    )
    # in the order of the reviewed suites: suite by suite, each rule where its file has it
    order = {(r.suite, r.name): i for i, r in enumerate(r for suite in SUITES for r in rules[suite])}
    results.sort(key=lambda result: order[result.rule.suite, result.rule.name])

    batch_failed = [r for r in results if r.rule.level == "batch" and r.success is False]
    held_because = _batch_message(batch_failed) if batch_failed else None
    _record(con, run_id, results, failures, hold_message=held_because)

    failed_rules = tuple(dict.fromkeys(r.rule.name for r in results if r.success is False))
    whole = failures["row_table"] == "articles"
    n_quarantined, n_rows_withheld = int(whole.sum()), int((~whole).sum())
    if held_because:
        outcome, message = "failed", held_because
    elif n_rows == 0:
        outcome, message = "nothing_to_validate", "nothing staged to validate"
    else:
        outcome, message = "passed", _pass_message(n_rows, results, n_quarantined, n_rows_withheld)
    return Verdict(
        passed=held_because is None,
        outcome=outcome,
        message=message,
        n_rows=n_rows,
        n_quarantined=n_quarantined,
        n_rows_withheld=n_rows_withheld,
        failed_rules=failed_rules,
        seconds=round(time.perf_counter() - started, 3),
    )


def _check_parts(
    con: duckdb.DuckDBPyConnection, run_id: str, n_rows: int, rules: dict[str, tuple[Rule, ...]]
) -> tuple[list[RuleResult], pd.DataFrame]:
    """Row rules, part by part: each rule's results merged over the parts, and the failing articles."""
    by_rule: dict[tuple[str, str], list[RuleResult]] = defaultdict(list)
    failures = []
    for part in frames.parts(con, run_id, n_rows, PART_ROWS):
        results = [r for suite, frame in part.items() for r in _check_rows(suite, rules[suite], frame)]
        for result in results:
            by_rule[result.rule.suite, result.rule.name].append(result)
        found = _row_failures(results, part)
        # child rows without a staged article cannot be quarantined; the article_authors suite still reports them
        failures.append(found[found["article_id"].isin(set(part["articles"]["article_id"]))])
    return [merge_parts(results) for results in by_rule.values()], pd.concat(failures, ignore_index=True)


def _load_suites() -> dict[str, tuple[Rule, ...]]:
    """Every suite's rules, read once per run.

    Batch rules need the whole run as one frame, which only the articles and runs suites have.
    """
    rules = {suite: load_rules(suite) for suite in SUITES}
    for suite, suite_rules in rules.items():
        if suite not in BATCH_SUITES and _of_level(suite_rules, "batch"):
            raise ValueError(f"expectations/{suite}.json: batch rules can judge only the {' and '.join(BATCH_SUITES)} suites")
    return rules


def _of_level(rules: tuple[Rule, ...], level: str) -> tuple[Rule, ...]:
    return tuple(r for r in rules if r.level == level)


def _check_rows(suite: str, rules: tuple[Rule, ...], frame: pd.DataFrame) -> list[RuleResult]:
    row_rules = _of_level(rules, "row")
    if frame.empty:
        return [RuleResult.skipped(r, "no rows") for r in row_rules]
    return run_rules(suite, row_rules, frame)


def _check_batch(rules: tuple[Rule, ...], frame: pd.DataFrame, judge: bool, why_not: str) -> list[RuleResult]:
    """Run a suite's batch rules on the whole run, when it is big enough to judge."""
    batch_rules = _of_level(rules, "batch")
    if not judge:
        return [RuleResult.skipped(r, why_not) for r in batch_rules]
    if not batch_rules:
        return []
    if frame.empty:
        return [RuleResult.skipped(r, "no rows") for r in batch_rules]
    return run_rules(batch_rules[0].suite, batch_rules, frame)


def _row_failures(results: list[RuleResult], frames_by_suite: dict[str, pd.DataFrame]) -> pd.DataFrame:
    """One row per failing staged row: which table and row it is, the rules it failed and its observed values.

    A failing article row withholds the article (row_table articles, no position); a failing author or
    image row withholds that row alone (row_table the suite, with its position).
    """
    by_row: dict[tuple[str, str, int | None], list[dict[str, Any]]] = defaultdict(list)
    for result in results:
        if result.rule.level != "row" or result.success is not False or not result.failing_rows:
            continue
        observed = _observed(frames_by_suite.get(result.rule.suite), result)
        for article_id, position in dict.fromkeys(result.failing_rows):
            failure = {"rule": result.rule.name, "observed": observed.get((article_id, position))}
            by_row[result.rule.suite, article_id, position].append(failure)
    return pd.DataFrame(
        {
            "row_table": [table for table, _, _ in by_row],
            "article_id": [article_id for _, article_id, _ in by_row],
            "position": pd.array([position for _, _, position in by_row], dtype="Int32"),
            "failed_rules": [[f["rule"] for f in fs] for fs in by_row.values()],
            "failures": [json.dumps(fs, default=str) for fs in by_row.values()],
        }
    )


def _observed(frame: pd.DataFrame | None, result: RuleResult) -> dict[RowKey, Any]:
    """(article_id, position) -> the failing row's values of the columns the rule names in `observe`."""
    columns = [c for c in result.rule.observe if frame is not None and c in frame.columns and c != "article_id"]
    if frame is None or not columns:
        return {}
    failing = set(result.failing_rows)
    has_position = "position" in frame.columns
    observed = {}
    for row in frame.loc[frame["article_id"].isin({a for a, _ in failing})].to_dict("records"):
        key = (row["article_id"], _plain(row["position"]) if has_position else None)
        if key in failing:
            observed[key] = {c: _plain(row[c]) for c in columns}
    return observed


def _plain(value: Any) -> Any:
    """A JSON-friendly form of a DataFrame cell (numpy scalars, arrays, missing values)."""
    if hasattr(value, "tolist"):
        return value.tolist()
    if value is None or (isinstance(value, float) and value != value) or value is pd.NA or value is pd.NaT:
        return None
    return value


def _record(
    con: duckdb.DuckDBPyConnection,
    run_id: str,
    results: list[RuleResult],
    failures: pd.DataFrame,
    hold_message: str | None,
) -> None:
    """Write the verdict in one transaction, replacing any earlier verdict on the same run."""
    results_table = _results_table(results)
    failures_table = pa.table(
        {
            "row_table": pa.array(failures["row_table"].tolist(), pa.string()),
            "article_id": pa.array(failures["article_id"].tolist(), pa.string()),
            "position": pa.array([None if pd.isna(p) else int(p) for p in failures["position"]], pa.int32()),
            "failed_rules": pa.array(failures["failed_rules"].tolist(), pa.list_(pa.string())),
            "failures": pa.array(failures["failures"].tolist(), pa.string()),
        }
    )
    with registered(con, gate_results=results_table, gate_failures=failures_table), transaction(con):
        run(con, "quality/clear_quarantine", {"run_id": run_id})
        run(con, "quality/clear_results", {"run_id": run_id})
        run(con, "quality/insert_results", {"run_id": run_id})
        run(con, "quality/insert_quarantine", {"run_id": run_id})
        if hold_message is not None:
            run(con, "quality/hold_run", {"run_id": run_id, "message": hold_message})


def _results_table(results: list[RuleResult]) -> pa.Table:
    now = datetime.now(UTC)
    return pa.table(
        {
            "suite": pa.array([r.rule.suite for r in results], pa.string()),
            "expectation": pa.array([r.rule.name for r in results], pa.string()),
            "expectation_type": pa.array([r.rule.type for r in results], pa.string()),
            "level": pa.array([r.rule.level for r in results], pa.string()),
            "column_name": pa.array([r.rule.column for r in results], pa.string()),
            "success": pa.array([r.success for r in results], pa.bool_()),
            "observed_value": pa.array([r.observed_text for r in results], pa.string()),
            "element_count": pa.array([r.element_count for r in results], pa.int64()),
            "unexpected_count": pa.array([r.unexpected_count for r in results], pa.int64()),
            "unexpected_values": pa.array([list(r.unexpected_values) for r in results], pa.list_(pa.string())),
            "evaluated_at": pa.array([now] * len(results), pa.timestamp("us", tz="UTC")),
        }
    )


def _batch_message(failed: list[RuleResult]) -> str:
    return "; ".join(f"batch rule {r.rule.name} failed: observed {_comparison(r)}" for r in failed)


def _comparison(result: RuleResult) -> str:
    """e.g. '0.62 < 0.80' for a share below `mostly`, '0.25 > 0.20' for a value above its maximum."""
    kwargs = result.rule.kwargs
    observed = f"{result.observed:.2f}" if result.observed is not None else result.observed_text
    if "mostly" in kwargs:
        return f"{observed} < {kwargs['mostly']:.2f}"
    if kwargs.get("max_value") is not None:
        return f"{observed} > {kwargs['max_value']:.2f}"
    if kwargs.get("min_value") is not None:
        return f"{observed} < {kwargs['min_value']:.2f}"
    return observed


def _pass_message(n_rows: int, results: list[RuleResult], n_quarantined: int, n_rows_withheld: int) -> str:
    if not n_quarantined and not n_rows_withheld:
        return f"all {n_rows} staged articles passed"
    message = f"{n_rows - n_quarantined} of {n_rows} staged articles passed"
    if n_quarantined:
        message += f"; {n_quarantined} quarantined ({_failure_counts(results, ('articles',))})"
    if n_rows_withheld:
        children = ("article_authors", "article_images")
        message += f"; {n_rows_withheld} author or image rows withheld ({_failure_counts(results, children)})"
    return message


def _failure_counts(results: list[RuleResult], suites: tuple[str, ...]) -> str:
    """e.g. 'body_min_words: 24, title_length_5_to_300: 3' for the row rules of `suites` that failed."""
    return ", ".join(
        f"{r.rule.name}: {r.unexpected_count}"
        for r in results
        if r.rule.suite in suites and r.rule.level == "row" and r.success is False and r.unexpected_count
    )
