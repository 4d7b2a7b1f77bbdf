"""Run a suite's rules on a DataFrame with Great Expectations and read back one result per rule.

GX is imported here, lazily: importing it costs seconds, and runs with nothing staged never need it.
Its SQL datasource does not work on DuckDB, so the gate validates a pandas DataFrame of the batch.
"""

from __future__ import annotations

import functools
import logging
import os
import threading
from dataclasses import dataclass
from typing import Any

import pandas as pd

from byline.quality.suites import Rule, build_suite

N_UNEXPECTED_VALUES = 10  # how many failing values validation_results keeps per rule

RowKey = tuple[str, int | None]  # article_id, and the position of an author or image row (None for an article)


@dataclass(frozen=True)
class RuleResult:
    """What one rule found in one batch."""

    rule: Rule
    success: bool | None  # None: skipped
    observed: float | None  # share of rows meeting a row-wise rule, or the aggregate for aggregate rules
    observed_text: str  # the observed value as stored in validation_results
    element_count: int | None
    unexpected_count: int | None
    unexpected_values: tuple[str, ...] = ()
    failing_rows: tuple[RowKey, ...] = ()  # (article_id, position) of each failing row (row-wise rules only)
    missing_count: int | None = None  # null rows, which row-wise rules leave out of their share

    @classmethod
    def skipped(cls, rule: Rule, why: str) -> RuleResult:
        return cls(rule, None, None, f"skipped: {why}", None, None)


_CONTEXT_LOCK = threading.Lock()


def warm_up() -> None:
    """Import GX and build its context in a background thread.

    The import costs 5-20 s; started before parsing, it overlaps with the parse workers instead
    of adding to the validate step.
    """
    threading.Thread(target=_context, name="gx-warm-up", daemon=True).start()


def _context():
    with _CONTEXT_LOCK:  # the warm-up thread and the validate task may ask at the same time
        return _build_context()


@functools.cache
def _build_context():
    os.environ.setdefault("GX_ANALYTICS_ENABLED", "false")
    os.environ.setdefault("TQDM_DISABLE", "1")  # GX's metric progress bars
    logging.getLogger("great_expectations").setLevel(logging.WARNING)  # its context chatter is not ours
    import great_expectations as gx
    from great_expectations.data_context.types.base import ProgressBarsConfig

    context = gx.get_context(mode="ephemeral")
    context.variables.progress_bars = ProgressBarsConfig(globally=False, metric_calculations=False)
    return context, context.data_sources.add_pandas("byline")


@functools.cache
def _batch_definition(asset_name: str):
    _, datasource = _context()
    return datasource.add_dataframe_asset(asset_name).add_batch_definition_whole_dataframe("whole")


def run_rules(asset_name: str, rules: tuple[Rule, ...], frame: pd.DataFrame) -> list[RuleResult]:
    """Validate `frame` against `rules`; failing rows are named by their article_id when it has one."""
    if not rules:
        return []
    _context()  # GX needs an active context before a suite can be built
    suite = build_suite(asset_name, rules)
    # Only the columns the rules look at: GX fingerprints the frame, and list columns make that slow.
    needed = [c for c in frame.columns if c == "article_id" or any(c in _columns(r) for r in rules)]
    batch = _batch_definition(asset_name).get_batch(batch_parameters={"dataframe": frame[needed]})
    # Failing rows are named only where there is an id to name them by; elsewhere counts suffice.
    # Author and image rows are named by their article and position, so one of them can be withheld.
    result_format: dict[str, Any] = {"result_format": "SUMMARY"}
    if "article_id" in frame.columns:
        keys = ["article_id", "position"] if "position" in frame.columns else ["article_id"]
        result_format = {"result_format": "COMPLETE", "unexpected_index_column_names": keys}
    validation = batch.validate(suite, result_format=result_format)
    by_name = {rule.name: rule for rule in rules}
    results = [_read(by_name[r.expectation_config.meta["name"]], r) for r in validation.results]
    return sorted(results, key=lambda r: rules.index(r.rule))


def _columns(rule: Rule) -> tuple[str, ...]:
    return (rule.kwargs["column"],) if "column" in rule.kwargs else tuple(rule.kwargs.get("column_list", ()))


def _read(rule: Rule, gx_result) -> RuleResult:
    if gx_result.exception_info and gx_result.exception_info.get("raised_exception"):
        message = gx_result.exception_info.get("exception_message")
        raise RuntimeError(f"expectation {rule.suite}/{rule.name} could not run: {message}")
    result = gx_result.result or {}
    element_count = result.get("element_count")
    unexpected_count = result.get("unexpected_count")
    if "observed_value" in result:  # aggregate expectation, e.g. expect_column_max_to_be_between
        observed = _as_float(result["observed_value"])
        text = str(result["observed_value"]) if observed is None else f"{observed:.4g}"
    else:  # row-wise expectation: the share of rows meeting it
        percent = result.get("unexpected_percent")
        observed = 1.0 - percent / 100.0 if percent is not None else 1.0
        text = f"{observed:.4f}"
    failing = tuple(
        (str(row["article_id"]), _position(row.get("position")))
        for row in result.get("unexpected_index_list") or ()
        if "article_id" in row
    )
    values = tuple(str(v) for v in (result.get("partial_unexpected_list") or ())[:N_UNEXPECTED_VALUES])
    return RuleResult(
        rule=rule,
        success=bool(gx_result.success),
        observed=observed,
        observed_text=text,
        element_count=element_count,
        unexpected_count=unexpected_count,
        unexpected_values=values,
        failing_rows=failing,
        missing_count=result.get("missing_count"),
    )


def merge_parts(parts: list[RuleResult]) -> RuleResult:
    """One row-wise rule's result over the whole run, from its results on each part of it."""
    ran = [p for p in parts if p.success is not None]
    if len(ran) <= 1:
        return ran[0] if ran else parts[0]
    elements = sum(p.element_count or 0 for p in ran)
    unexpected = sum(p.unexpected_count or 0 for p in ran)
    counted = elements - sum(p.missing_count or 0 for p in ran)
    observed = 1.0 - unexpected / counted if counted else 1.0
    return RuleResult(
        rule=ran[0].rule,
        success=all(p.success for p in ran),
        observed=observed,
        observed_text=f"{observed:.4f}",
        element_count=elements,
        unexpected_count=unexpected,
        unexpected_values=tuple(v for p in ran for v in p.unexpected_values)[:N_UNEXPECTED_VALUES],
        failing_rows=tuple(key for p in ran for key in p.failing_rows),
        missing_count=elements - counted,
    )


def _position(value: Any) -> int | None:
    """A row's position as GX reports it (a numpy or float number), None when the row has none."""
    if value is None or value != value:  # NaN
        return None
    return int(value)


def _as_float(value: Any) -> float | None:
    try:
        return float(value)
    except (TypeError, ValueError):
        return None
