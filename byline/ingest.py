"""One ingest batch: read and parse its files, then write them to staging in the plan's order.

parse_files is the pure half: file references in, one FileResult per file out. It needs nothing
but read access to the files, so it can run in this machine's parser pool or on a cluster worker.
stage_parsed is the other half and runs where the single DuckDB writer is.
"""

from __future__ import annotations

import dataclasses
import itertools
import threading
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path

import duckdb

from byline.archives import stage_batch_with_archives
from byline.batch import PARSE_CHUNK, FileResult, ParseJob, WorkerPool, chunked, parse_jobs, shared_pool
from byline.discovery import ReadPlan
from byline.kill_points import kill_point
from byline.manifest import cached_manifest, url_for
from byline.parse import PARSER_VERSION
from byline.sources import SourceFile
from byline.staging import StagedCounts
from byline.store import Store
from byline.warc import ArchiveReader, is_archive, read_archive

# A batch holding a crawl archive is staged this many results at a time: an archive of any size fits in memory.
STAGE_SLICE = 2000
# Article records of one archive that one cluster task parses and returns.
ARCHIVE_WINDOW = 2000


@dataclass(frozen=True)
class Batch:
    """The files one task reads: references only (paths, sizes, mtimes), never their bytes."""

    run_id: str
    number: int  # position in the run's plan: batches are staged in this order
    files: tuple[SourceFile, ...]
    manifest: str | None = None

    @property
    def has_archives(self) -> bool:
        return any(map(_streamed, self.files))


def _streamed(source: SourceFile) -> bool:
    """An archive read record by record; a refused one is recorded like any refused file."""
    return is_archive(source.path) and not source.refusal


@dataclass(frozen=True)
class ArchiveWindow:
    """A cluster task's share of one archive: its article records number first to first + count - 1."""

    archive: SourceFile
    first: int
    count: int


def parse_window(window: ArchiveWindow, pool: WorkerPool | None = None, timeout: float | None = None) -> list[FileResult]:
    """The window's records, and the archive's own result if the archive ends in the window.
    With a pool, the records are parsed there under the time limit; without one, here."""
    job = ParseJob.of(window.archive, window.archive.path, None)
    if pool is None:
        return list(read_archive(job, window.first, window.count))
    return list(pool.parse_archive(ArchiveReader(job, window.first, window.count), PARSE_CHUNK, timeout))


def cluster_work(batches: Sequence[Batch], ended: set[str], window: int) -> Iterator[tuple[Batch, Batch | ArchiveWindow]]:
    """Each batch's share of work for cluster tasks, in plan order: its files between archives as one
    smaller batch, each archive as windows of records, until the caller adds the archive to `ended`."""
    for batch in batches:
        files: list[SourceFile] = []
        for source in batch.files:
            if not _streamed(source):
                files.append(source)
                continue
            if files:
                yield batch, dataclasses.replace(batch, files=tuple(files))
                files = []
            for first in itertools.count(0, window):
                if source.path in ended:
                    break
                yield batch, ArchiveWindow(source, first, window)
        if files:
            yield batch, dataclasses.replace(batch, files=tuple(files))


def batches_of(plan: ReadPlan, run_id: str, size: int, manifest: str | None) -> list[Batch]:
    return [Batch(run_id, n, tuple(files), manifest) for n, files in enumerate(plan.batches(size))]


def parse_files(files: Sequence[SourceFile], manifest: str | None, pool: WorkerPool | None = None,
                timeout: float | None = None) -> Iterator[FileResult]:
    """Read, hash and parse each file, in order, as the results are asked for; bad input becomes a
    FileResult with a reason, never an error. With a pool, under its time limit or `timeout`."""
    urls = cached_manifest(manifest).urls
    jobs = [ParseJob.of(f, f.path, url_for(urls, Path(f.path), Path(f.root))) for f in files]
    return parse_jobs(jobs, pool, PARSE_CHUNK, timeout)


def stage_parsed(con: duckdb.DuckDBPyConnection, batch: Batch, results: Sequence[FileResult]) -> StagedCounts:
    """Write a parsed batch to staging and the file ledger, in one transaction."""
    return stage_batch_with_archives(con, results, batch.files, batch.run_id, PARSER_VERSION)


def ingest_batch(store: Store, batch: Batch) -> list[FileResult]:
    """Parse the batch in this machine's parser pool, then stage it once the batches before it are staged.

    Two batches may be in flight at once (one parsing while the other stages); waiting for its
    turn keeps the outcome the same as a one-by-one run: the first path with some bytes owns them.
    A batch of files is parsed before its turn; one holding an archive streams it, parsing and
    staging STAGE_SLICE records at a time in its turn. Returns the batch's rejected files, for the log.
    """
    rejected: list[FileResult] = []
    try:
        # an archive's record count is unknown until it is read: give it every worker
        pool = shared_pool(store.settings.workers, None if batch.has_archives else len(batch.files))
        results = parse_files(batch.files, batch.manifest, pool)
        if not batch.has_archives:
            results = list(results)
        kill_point("parse")
        _turns(batch.run_id).wait_for(batch.number)
        with store.connect() as con:
            for part in chunked(results, STAGE_SLICE):
                stage_parsed(con, batch, part)
                rejected += [r for r in part if r.reason]
        kill_point("stage")
    finally:
        _turns(batch.run_id).done(batch.number)
    return rejected


class _Turns:
    """Batch n may stage once every batch before it has staged (or given up)."""

    def __init__(self) -> None:
        self._next = 0
        self._changed = threading.Condition()

    def wait_for(self, number: int) -> None:
        with self._changed:
            self._changed.wait_for(lambda: self._next >= number)

    def done(self, number: int) -> None:
        with self._changed:
            self._next = max(self._next, number + 1)
            self._changed.notify_all()


_runs: dict[str, _Turns] = {}  # a few bytes per run, for the life of the process
_runs_lock = threading.Lock()


def _turns(run_id: str) -> _Turns:
    with _runs_lock:
        return _runs.setdefault(run_id, _Turns())
