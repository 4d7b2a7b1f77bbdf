"""The staged batch as pandas DataFrames for GX, one part at a time, with helper columns for rules GX cannot state.

Row rules see the run in parts of at most `part_rows` articles, so the gate's memory does not grow
with the run. Batch rules see every article, narrowed to the few flags they judge.
"""

from __future__ import annotations

import math
from collections.abc import Iterator

import duckdb
import pandas as pd
import pyarrow as pa

from byline.parse.agencies import canonical_agency
from byline.store import registered, run


def is_agency(name: str) -> bool:
    """True when a credited 'author' is really a wire agency (the publisher is compared in SQL)."""
    return canonical_agency(name) is not None


def prepare(con: duckdb.DuckDBPyConnection, run_id: str) -> pd.DataFrame:
    """Stage the gate's view of the run's articles and author rows in temporary tables for `parts`.

    Returns every staged article as only the boolean flags the batch rules judge, one row each.
    """
    names = [name for (name,) in run(con, "quality/staged_author_names", {"run_id": run_id}).fetchall()]
    agency_names = pa.table({"name": pa.array([n for n in names if is_agency(n)], pa.string())})
    run(con, "quality/gate_articles", {"run_id": run_id})
    with registered(con, agency_names=agency_names):
        run(con, "quality/gate_authors", {"run_id": run_id})
    return run(con, "quality/gate_batch_columns").df()


def parts(con: duckdb.DuckDBPyConnection, run_id: str, n_rows: int, part_rows: int) -> Iterator[dict[str, pd.DataFrame]]:
    """Each part of the run: suite name -> its rows. An article and its child rows share a part."""
    n_parts = max(1, math.ceil(n_rows / part_rows))
    for part in range(n_parts):
        params = {"n_parts": n_parts, "part": part}
        yield {
            "articles": run(con, "quality/gate_articles_part", params).df(),
            "article_authors": run(con, "quality/gate_authors_part", params).df(),
            "article_images": run(con, "quality/gate_images_part", {"run_id": run_id, **params}).df(),
        }


def run_counts(n_files: int, n_rejected: int) -> pd.DataFrame:
    """The one-row table the runs suite checks: the run's file counts and rejected share."""
    share = n_rejected / n_files if n_files else 0.0
    return pd.DataFrame({"n_files": [n_files], "n_rejected": [n_rejected], "rejected_share": [share]})
