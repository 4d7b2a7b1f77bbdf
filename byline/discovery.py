"""Decide which listed files need reading: new, changed, unfinished, or all of them on --reparse."""

from __future__ import annotations

import os
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from datetime import UTC, datetime

import duckdb
import pyarrow as pa

from byline.manifest import cached_manifest, manifest_refusal
from byline.sources import SourceFile, ledger_path, list_sources
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


def manifest_entry(manifest: str | None) -> SourceFile | None:
    """The manifest as a refused file when some of it cannot be used, so that the ledger says why."""
    if manifest is None:
        return None
    detail = manifest_refusal(cached_manifest(manifest))
    if detail is None:
        return None
    path = os.path.abspath(manifest)
    try:
        stat = os.stat(path)
        size, mtime = stat.st_size, stat.st_mtime
    except OSError:
        size, mtime = 0, 0.0
    key = ledger_path(path)
    return SourceFile(key, ledger_path(os.path.dirname(path)), size, mtime, "bad_manifest", f"{key}: {detail}")


def plan_reads(
    con: duckdb.DuckDBPyConnection,
    sources: Iterable[str],
    ignore_globs: Iterable[str],
    reparse: bool,
    manifest: str | None = None,
) -> ReadPlan:
    """List the sources and keep the files the ledger (raw_files) has not finished with."""
    listed = {f.path: f for f in list_sources(sources, ignore_globs)}
    if entry := manifest_entry(manifest):
        listed[entry.path] = entry
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
