"""The staged batch as pandas DataFrames for GX, with helper columns for rules GX cannot state."""

from __future__ import annotations

import duckdb
import pandas as pd
import pyarrow as pa

from byline.parse.agencies import canonical_agency
from byline.store import registered, run


def is_agency(name: str) -> bool:
    """True when a credited 'author' is really a wire agency (the publisher is compared in SQL)."""
    return canonical_agency(name) is not None


def staged_articles(con: duckdb.DuckDBPyConnection, run_id: str) -> pd.DataFrame:
    """The run's staged articles with every column the articles suite looks at."""
    names = [name for (name,) in run(con, "quality/staged_author_names", {"run_id": run_id}).fetchall()]
    agency_names = pa.table({"name": pa.array([n for n in names if is_agency(n)], pa.string())})
    with registered(con, agency_names=agency_names):
        return run(con, "quality/staged_articles", {"run_id": run_id}).df()


def staged_authors(con: duckdb.DuckDBPyConnection, run_id: str) -> pd.DataFrame:
    return run(con, "quality/staged_authors", {"run_id": run_id}).df()


def staged_images(con: duckdb.DuckDBPyConnection, run_id: str) -> pd.DataFrame:
    return run(con, "quality/staged_images", {"run_id": run_id}).df()


def run_counts(n_files: int, n_rejected: int) -> pd.DataFrame:
    """The one-row table the runs suite checks: the run's file counts and rejected share."""
    share = n_rejected / n_files if n_files else 0.0
    return pd.DataFrame({"n_files": [n_files], "n_rejected": [n_rejected], "rejected_share": [share]})
