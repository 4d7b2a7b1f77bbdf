"""Decide which listed files need reading: new, changed, unfinished, or all of them on --reparse."""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from datetime import UTC, datetime

import duckdb
import pyarrow as pa

from byline.sources import SourceFile, list_sources
from byline.store import registered, run


@dataclass(frozen=True)
class ReadPlan:
    to_read: list[SourceFile]
    n_listed: int

    @property
    def n_unchanged(self) -> int:
        return self.n_listed - len(self.to_read)

    def batches(self, size: int) -> Iterator[list[SourceFile]]:
        for start in range(0, len(self.to_read), size):
            yield self.to_read[start : start + size]


def plan_reads(
    con: duckdb.DuckDBPyConnection, sources: Iterable[str], ignore_globs: Iterable[str], reparse: bool
) -> ReadPlan:
    """List the sources and keep the files the ledger (raw_files) has not finished with."""
    listed = {f.path: f for f in list_sources(sources, ignore_globs)}
    listing = pa.table(
        {
            "path": pa.array(list(listed), pa.string()),
            "size": pa.array([f.size for f in listed.values()], pa.int64()),
            "mtime": pa.array([datetime.fromtimestamp(f.mtime, UTC) for f in listed.values()], pa.timestamp("us", tz="UTC")),
            "etag": pa.array([f.etag for f in listed.values()], pa.string()),
        }
    )
    with registered(con, listing=listing):
        paths = [row[0] for row in run(con, "ingest/files_to_read", [reparse]).fetchall()]
    return ReadPlan([listed[p] for p in paths], len(listed))
