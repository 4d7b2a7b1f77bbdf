"""The reviewed suites in expectations/*.json, read into rules and built into GX ExpectationSuites."""

from __future__ import annotations

import json
import uuid
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from byline.settings import EXPECTATIONS_DIR

# Suites in the order the gate runs them; each file is named for its suite.
SUITES = ("articles", "article_authors", "article_images", "runs")
LEVELS = ("row", "batch")
# GX ids derive from suite and rule name, so rebuilding a suite gives the same ids every run.
_ID_NAMESPACE = uuid.UUID("6f1c1f4e-8a55-4b7c-9d0e-2b7e1d9a4c10")


@dataclass(frozen=True)
class Rule:
    """One expectation as reviewed in expectations/<suite>.json."""

    suite: str
    name: str  # stable, e.g. body_min_words; used in validation_results and quarantine
    level: str  # "row": failing rows are quarantined; "batch": failing holds the run
    type: str  # GX expectation type, e.g. expect_column_values_to_be_between
    kwargs: dict[str, Any]
    observe: tuple[str, ...] = ()  # columns shown as the observed values of a failing row
    why: str = ""

    @property
    def column(self) -> str | None:
        if "column" in self.kwargs:
            return self.kwargs["column"]
        columns = self.kwargs.get("column_list")
        return ",".join(columns) if columns else None

    @property
    def gx_id(self) -> str:
        return str(uuid.uuid5(_ID_NAMESPACE, f"{self.suite}/{self.name}"))


def load_rules(suite: str, directory: Path = EXPECTATIONS_DIR) -> tuple[Rule, ...]:
    """Read and check one suite file; errors name the file and the rule at fault."""
    path = directory / f"{suite}.json"
    data = json.loads(path.read_text(encoding="utf-8"))
    rules = []
    for item in data["expectations"]:
        rule = Rule(
            suite=suite,
            name=item["name"],
            level=item["level"],
            type=item["type"],
            kwargs=dict(item["kwargs"]),
            observe=tuple(item.get("observe", ())),
            why=item.get("why", ""),
        )
        if rule.level not in LEVELS:
            raise ValueError(f"{path}: rule {rule.name!r} has level {rule.level!r}; use one of {LEVELS}")
        rules.append(rule)
    names = [r.name for r in rules]
    if len(set(names)) != len(names):
        raise ValueError(f"{path}: rule names must be unique, got {sorted(names)}")
    return tuple(rules)


def build_suite(name: str, rules: tuple[Rule, ...]):
    """A GX ExpectationSuite holding `rules`, each tagged with its name and level in meta."""
    import great_expectations as gx
    from great_expectations.expectations.registry import get_expectation_impl

    suite = gx.ExpectationSuite(name=name)
    for rule in rules:
        expectation_class = get_expectation_impl(rule.type)
        expectation = expectation_class(**rule.kwargs, meta={"name": rule.name, "level": rule.level})
        suite.add_expectation(expectation)
        expectation.id = rule.gx_id
    return suite
