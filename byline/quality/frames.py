"""The staged batch as pandas DataFrames for GX, with helper columns for rules GX cannot state."""

from __future__ import annotations

import re

import duckdb
import pandas as pd

from byline.parse.agencies import canonical_agency
from byline.store import run

_EMAIL = re.compile(r"[^@\s]+@[^@\s]+\.[A-Za-z]{2,}")


def is_agency_or_publisher(name: str, publisher: str | None) -> bool:
    """True when a credited 'author' is really a wire agency or the outlet itself."""
    if canonical_agency(name) is not None:
        return True
    # pandas hands a missing publisher over as NaN, not None
    return isinstance(publisher, str) and name.casefold().strip() == publisher.casefold().strip()


def has_email(name: str) -> bool:
    return _EMAIL.search(name) is not None


def staged_articles(con: duckdb.DuckDBPyConnection, run_id: str) -> pd.DataFrame:
    """The run's staged articles with every column the articles suite looks at."""
    frame = run(con, "quality/staged_articles", {"run_id": run_id}).df()
    authors = [list(a) if a is not None else [] for a in frame["authors"]]
    publishers = frame["publisher"].tolist()
    frame["n_agency_authors"] = [
        sum(is_agency_or_publisher(name, pub) for name in names) for names, pub in zip(authors, publishers, strict=True)
    ]
    frame["n_email_authors"] = [sum(has_email(name) for name in names) for names in authors]
    return frame


def staged_authors(con: duckdb.DuckDBPyConnection, run_id: str) -> pd.DataFrame:
    return run(con, "quality/staged_authors", {"run_id": run_id}).df()


def staged_images(con: duckdb.DuckDBPyConnection, run_id: str) -> pd.DataFrame:
    return run(con, "quality/staged_images", {"run_id": run_id}).df()


def run_counts(n_files: int, n_rejected: int) -> pd.DataFrame:
    """The one-row table the runs suite checks: the run's file counts and rejected share."""
    share = n_rejected / n_files if n_files else 0.0
    return pd.DataFrame({"n_files": [n_files], "n_rejected": [n_rejected], "rejected_share": [share]})
