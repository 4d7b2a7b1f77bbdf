"""The ledger side of WARC archives: their records are staged like files, the archives themselves
are recorded with their tally (and rejected, naming the offset, when they are damaged).

An archive's raw_files row has status `archive` once it has been read to its end, so an unchanged
archive is not read again; a damaged one is `rejected` with reason corrupt_archive.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Sequence
from datetime import UTC, datetime

import duckdb
import pyarrow as pa

from byline.batch import FileResult
from byline.kill_points import kill_point
from byline.model import ARROW_SCHEMAS
from byline.sources import SourceFile
from byline.staging import StagedCounts, stage_batch
from byline.store import registered, run, transaction

TALLY_COLUMNS = ("n_records", "n_articles", "n_requests", "n_metadata", "n_non_200", "n_non_html", "n_other", "damaged_at")


def record_sources(results: Sequence[FileResult], files: Sequence[SourceFile]) -> dict[str, SourceFile]:
    """A SourceFile for every result: the listed file, or for an archive record, one named after it."""
    sources = {f.path: f for f in files}
    for r in results:
        if r.path not in sources and r.fetched_at is not None:
            archive = r.path.rsplit("#", 1)[0]
            sources[r.path] = SourceFile(r.path, archive, r.size, r.fetched_at.timestamp())
    return sources


def record_archives(
    con: duckdb.DuckDBPyConnection, archives: Sequence[FileResult], sources: dict[str, SourceFile], run_id: str
) -> int:
    """Write the archives' tallies and ledger rows in one transaction; returns how many were rejected."""
    files, rejects, tallies = [], [], []
    for a in archives:
        source = sources[a.path]
        files.append(
            {
                "path": a.path,
                "size": source.size,
                "mtime": datetime.fromtimestamp(source.mtime, UTC),
                "etag": source.etag,
                "format": "warc",
                "status": "rejected" if a.reason else "archive",
                "reason": a.reason,
            }
        )
        if a.reason:
            rejects.append({"file": a.path, "stage": a.stage, "reason": a.reason, "detail": a.detail})
        tallies.append({"path": a.path, "run_id": run_id, **{c: getattr(a.archive, c) for c in TALLY_COLUMNS}})
    tables = {
        "batch_files": pa.Table.from_pylist(files, schema=ARROW_SCHEMAS["files"]),
        "batch_rejects": pa.Table.from_pylist(rejects, schema=ARROW_SCHEMAS["rejects"]),
        "batch_archives": pa.Table.from_pylist(tallies),
    }
    with transaction(con), registered(con, **tables):
        run(con, "ingest/record_rejects", [run_id])
        run(con, "ingest/record_files", [run_id])
        run(con, "ingest/record_archives")
    return len(rejects)


def stage_batch_with_archives(
    con: duckdb.DuckDBPyConnection,
    results: Sequence[FileResult],
    files: Sequence[SourceFile],
    run_id: str,
    parser_version: str,
) -> StagedCounts:
    """Stage a batch whose sources may include archives: records as files, then the archives' own rows.

    The archives are recorded after their records, so a crash in between reads the archive again
    next run (its records are staged again in place) instead of losing them.
    """
    archives = [r for r in results if r.archive is not None]
    others = [r for r in results if r.archive is None]
    sources = record_sources(others, files)
    counts = stage_batch(con, others, sources, run_id, parser_version)
    if not archives:
        return counts
    kill_point("stage:archive")
    return dataclasses.replace(counts, rejected=counts.rejected + record_archives(con, archives, sources, run_id))
