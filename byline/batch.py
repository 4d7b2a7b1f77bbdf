"""Read, hash and parse many raw files, in worker processes with a time limit per file.

Workers run plain byline code (no Prefect), started with `spawn` so that they never inherit the
orchestrator's threads. One pool serves a whole run (shared_pool); files go to it in chunks to keep IPC cheap.
A chunk that runs past the time limit is parsed again one file per task, so that the file that
hangs is found: it becomes a `timeout` reject and pebble kills and replaces its worker (lexbor's C
code cannot be interrupted by a signal, so a hung worker must go). Workers die with the process
that started them (see byline.lifeline).
"""

from __future__ import annotations

import contextlib
import itertools
import multiprocessing
import os
import threading
from collections import deque
from collections.abc import Callable, Iterable, Iterator
from concurrent.futures import TimeoutError as FutureTimeout
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from pebble import ProcessExpired, ProcessPool

from byline.lifeline import die_with_parent
from byline.model import ParsedArticle, Rejected
from byline.parse import MAX_BYTES, detect_format, parse_bytes, strip_gz
from byline.reading import NotReadable, read_and_hash
from byline.settings import get_settings
from byline.sources import SourceFile, is_url

__all__ = ["PARSE_CHUNK", "FileResult", "ParseJob", "WorkerPool", "can_start_processes", "chunked", "cluster_worker_pool", "parse_jobs", "process_file", "read_and_hash", "shared_pool", "worker_pool"]


@dataclass(frozen=True, slots=True)
class ParseJob:
    path: str  # as the ledger records it (see byline.sources.ledger_path)
    name: str  # as reported: relative to its root for `byline parse`, absolute for ingest
    url_hint: str | None = None
    refusal: str | None = None  # set by discovery when the file must not be read
    refusal_detail: str | None = None
    root: str | None = None  # the file is read only if it is still inside this folder when opened
    fs_path: str | None = None  # the name to open, when `path` escapes bytes that are not UTF-8

    @classmethod
    def of(cls, source: SourceFile, name: str, url_hint: str | None) -> ParseJob:
        return cls(source.path, name, url_hint, source.refusal, source.detail, source.root, source.fs_path)


@dataclass(frozen=True, slots=True)
class FileResult:
    path: str
    name: str
    size: int
    sha256: str | None
    format: str | None
    article: ParsedArticle | None = None
    reason: str | None = None  # set when rejected
    detail: str | None = None
    stage: str | None = None  # discover, read or parse, when rejected
    fetched_at: datetime | None = None  # archive records: when the crawler fetched the page
    archive: Any = None  # a WARC archive's own result: its byline.warc.ArchiveTally

    @property
    def article_id(self) -> str | None:
        return self.sha256[:16] if self.sha256 and self.article else None


def _read(job: ParseJob) -> tuple[bytes, str, int]:
    """A local file (opened safely, see byline.reading) or an object-store URL, read and hashed."""
    if not is_url(job.path):
        return read_and_hash(job.fs_path or job.path, job.root)
    from byline.remote import read_and_hash as read_object

    try:
        return read_object(job.path, MAX_BYTES)
    except OSError as exc:
        raise NotReadable("unreadable", exc.strerror or str(exc)) from exc


def process_file(job: ParseJob) -> FileResult:
    """Never raises for bad input: every failure becomes a FileResult with a reason."""
    if job.refusal:
        return FileResult(job.path, job.name, 0, None, None, reason=job.refusal, detail=job.refusal_detail, stage="discover")
    try:
        data, sha, size = _read(job)
    except NotReadable as refused:
        return FileResult(job.path, job.name, 0, None, None, reason=refused.reason, detail=f"{job.name}: {refused.detail}", stage="read")
    if size > MAX_BYTES:
        detail = f"{job.name}: {size:,} bytes is more than the {MAX_BYTES:,} byte limit"
        return FileResult(job.path, job.name, size, sha, None, reason="too_large", detail=detail, stage="read")
    fmt = detect_format(strip_gz(job.name), data[:2048]) if data else None
    try:
        article = parse_bytes(data, job.name, url_hint=job.url_hint)
    except Rejected as rejected:
        return FileResult(job.path, job.name, size, sha, fmt, reason=rejected.reason, detail=rejected.detail, stage="parse")
    except RecursionError:
        return FileResult(job.path, job.name, size, sha, fmt, reason="parse_error", detail=f"{job.name}: nesting too deep to parse", stage="parse")
    except MemoryError:
        return FileResult(job.path, job.name, size, sha, fmt, reason="too_large", detail=f"{job.name}: ran out of memory parsing it", stage="parse")
    except Exception as exc:  # a parser bug must not sink the run; the file is recorded with the error
        detail = f"{job.name}: parser error {type(exc).__name__}: {exc}"[:500]
        return FileResult(job.path, job.name, size, sha, fmt, reason="parse_error", detail=detail, stage="parse")
    return FileResult(job.path, job.name, size, sha, article.format, article=article)


def process_chunk(jobs: list[ParseJob]) -> list[FileResult]:
    return [result for job in jobs for result in process_source(job)]


def _why_gave_up(name: str, error: BaseException, timeout: float) -> tuple[str, str]:
    if isinstance(error, FutureTimeout):
        return "timeout", f"{name}: parsing took longer than the {timeout:g} s limit (BYLINE_PARSE_TIMEOUT); the worker was replaced"
    return "parse_error", f"{name}: the parser process died ({error}); the worker was replaced"


def _gave_up(job: ParseJob, error: BaseException, timeout: float) -> FileResult:
    """The result for a file whose worker was stopped (time limit) or died (killed, out of memory)."""
    reason, detail = _why_gave_up(job.name, error, timeout)
    return FileResult(job.path, job.name, 0, None, None, reason=reason, detail=detail, stage="parse")


def _record_gave_up(record: Any, error: BaseException, timeout: float) -> FileResult:
    """The same for an archive record; it keeps its fetch time, which names it in the ledger."""
    reason, detail = _why_gave_up(f"{record.path} ({record.uri})", error, timeout)
    return record.result(reason, detail, "parse")


def chunked(items: Iterable, size: int) -> Iterator[list]:
    it = iter(items)
    while chunk := list(itertools.islice(it, size)):
        yield chunk


def start_worker(parent_pid: int) -> None:
    """Bind the worker to its parent, and import the parsers before the first file's time limit starts."""
    die_with_parent(parent_pid)
    import byline.parse.html
    import byline.parse.text  # noqa: F401


def process_source(job: ParseJob) -> list[FileResult]:
    """A file's one result, or a WARC archive's: one per HTML response record, then the archive's own."""
    if _is_archive(job):
        from byline.warc import read_archive

        return list(read_archive(job))
    return [process_file(job)]


def parse_records(records: list) -> list[FileResult]:
    """A chunk of an archive's records (byline.warc.ArchiveRecord), parsed in a worker."""
    from byline.warc import parse_record

    return [parse_record(record) for record in records]


def _is_archive(job: ParseJob) -> bool:
    return not job.refusal and job.name.lower().endswith((".warc", ".warc.gz"))


def default_workers() -> int:
    return max(1, len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else os.cpu_count() or 1)


# Starting a worker costs about a second; below this many files one worker is enough.
MIN_FILES_FOR_POOL = 200
CHUNKS_PER_WORKER = 4
# Files (or archive records) per task sent to a worker: keeps IPC cheap, and a timed-out chunk small to redo.
PARSE_CHUNK = 16


class WorkerPool:
    """A pebble process pool with the time limit of one file, and Executor.map for other work."""

    def __init__(self, workers: int, timeout: float | None = None) -> None:
        self._timeout = timeout
        self.workers = workers
        self._pool = ProcessPool(
            workers,
            context=multiprocessing.get_context("spawn"),
            initializer=start_worker,
            initargs=(os.getpid(),),
        )
        # A worker bound to its parent with PR_SET_PDEATHSIG is killed when the *thread* that started
        # it ends, and pebble starts the first workers in the thread of the first call. So they are
        # started by a thread of the pool's own, which lives until the pool is closed.
        self._closed = threading.Event()
        started = threading.Event()
        threading.Thread(target=self._keep_workers, args=(started,), name="byline-parser-pool", daemon=True).start()
        started.wait()

    def _keep_workers(self, started: threading.Event) -> None:
        try:
            self._pool.schedule(os.getpid).result()
        finally:
            started.set()
        self._closed.wait()

    @property
    def timeout(self) -> float:
        """Seconds a file may take: as given, else BYLINE_PARSE_TIMEOUT as it is now (the pool outlives runs)."""
        return self._timeout or get_settings().parse_timeout

    def map(self, fn: Callable, items: Iterable, chunksize: int = 1) -> Iterator:
        return self._pool.map(fn, items, chunksize=chunksize).result()

    def parse(self, jobs: Iterable[ParseJob], chunksize: int, timeout: float | None = None) -> Iterator[FileResult]:
        """Files parsed in chunks, results in order; a chunk past the time limit is parsed again file by file.
        `timeout` overrides the pool's limit for these files (a cluster task brings its flow's)."""
        return self._in_order(jobs, chunksize, process_chunk, process_file, _gave_up, timeout or self.timeout)

    def parse_archive(self, reader: Any, chunksize: int, timeout: float | None = None) -> Iterator[FileResult]:
        """An archive's records (from a byline.warc.ArchiveReader) parsed like files while the archive
        streams on, then the archive's own result if it ends within the reader's window."""
        from byline.warc import parse_record

        yield from self._in_order(reader, chunksize, parse_records, parse_record, _record_gave_up, timeout or self.timeout)
        if reader.result is not None:
            yield reader.result

    def _in_order(self, items: Iterable, chunksize: int, run_chunk: Callable, run_one: Callable,
                  gave_up: Callable, timeout: float) -> Iterator[FileResult]:
        # A few chunks per worker in flight: workers stay busy, and memory stays bounded however long the input.
        chunks = chunked(items, chunksize)
        in_flight: deque = deque()

        def submit_next() -> None:
            if chunk := next(chunks, None):
                in_flight.append((chunk, self._pool.schedule(run_chunk, (chunk,), timeout=timeout)))

        for _ in range(CHUNKS_PER_WORKER * self.workers):
            submit_next()
        while in_flight:
            chunk, future = in_flight.popleft()
            try:
                results = future.result()
            except (FutureTimeout, ProcessExpired):
                results = list(self._one_by_one(chunk, run_one, gave_up, timeout))
            submit_next()
            yield from results

    def _one_by_one(self, items: list, run_one: Callable, gave_up: Callable, timeout: float) -> Iterator[FileResult]:
        futures = [self._pool.schedule(run_one, (item,), timeout=timeout) for item in items]
        for item, future in zip(items, futures, strict=True):
            try:
                yield future.result()
            except (FutureTimeout, ProcessExpired) as error:
                yield gave_up(item, error, timeout)

    def close(self) -> None:
        self._pool.stop()
        self._pool.join(timeout=10)
        self._closed.set()


def _workers_for(workers: int, n_files: int | None) -> int:
    """workers=0 means one per core; below MIN_FILES_FOR_POOL files one worker is enough."""
    if n_files is not None and n_files < MIN_FILES_FOR_POOL:
        return 1
    return workers or default_workers()


@contextlib.contextmanager
def worker_pool(workers: int = 0, n_files: int | None = None, timeout: float | None = None) -> Iterator[WorkerPool | None]:
    """Worker processes for the block, or None when there is nothing to parse.

    Small runs (fewer than MIN_FILES_FOR_POOL files) get one worker, still a separate process, so
    that the time limit holds for them too.
    """
    if n_files == 0:
        yield None
        return
    pool = WorkerPool(_workers_for(workers, n_files), timeout)
    try:
        yield pool
    finally:
        pool.close()


_shared: dict[int, WorkerPool] = {}
_shared_lock = threading.Lock()


def shared_pool(workers: int = 0, n_items: int | None = None) -> WorkerPool | None:
    """This process's parser pool, started on first use and kept until the process exits, or None.

    An ingest's batches, and the story signing after them, share it: workers start once per run.
    A run with fewer than MIN_FILES_FOR_POOL files still parses in one worker, under the time
    limit; None only when there is nothing to do.
    """
    if n_items == 0:
        return None
    with _shared_lock:
        if _shared:  # a pool is running: use it, whatever its size
            return next(iter(_shared.values()))
        size = _workers_for(workers, n_items)
        pool = _shared[size] = WorkerPool(size)
        return pool


def can_start_processes() -> bool:
    """False in a daemonic process, which may not have children: a Dask worker under its nanny, unless
    started with DASK_DISTRIBUTED__WORKER__DAEMON=False."""
    return not multiprocessing.current_process().daemon


def cluster_worker_pool() -> WorkerPool | None:
    """This Dask worker's parser pool, one process per worker thread, so files parse under the time limit
    there as they do here; None where the worker may not start processes (see can_start_processes)."""
    if not can_start_processes():
        return None
    from distributed import get_worker

    return shared_pool(get_worker().state.nthreads)


def close_shared_pool() -> None:
    """Stop this process's parser pool. The next run starts a new one, whose workers inherit the
    environment as it is then (credentials for object stores, BYLINE_* settings)."""
    with _shared_lock:
        for pool in _shared.values():
            pool.close()
        _shared.clear()


def parse_jobs(jobs: Iterable[ParseJob], pool: WorkerPool | None, chunksize: int = PARSE_CHUNK,
               timeout: float | None = None) -> Iterator[FileResult]:
    """Results in the order of `jobs`, an archive's records in their order in its place, then the archive's
    own result. With a pool, files and archive records are parsed there under the time limit (`timeout`,
    else the pool's) while this process streams the archives; without one, everything is parsed here."""
    if pool is None:
        return itertools.chain.from_iterable(map(process_source, jobs))
    return _parse_in_pool(jobs, pool, chunksize, timeout)


def _parse_in_pool(jobs: Iterable[ParseJob], pool: WorkerPool, chunksize: int, timeout: float | None) -> Iterator[FileResult]:
    from byline.warc import ArchiveReader

    for is_archive, group in itertools.groupby(jobs, key=_is_archive):
        if not is_archive:
            yield from pool.parse(group, chunksize, timeout)
            continue
        for job in group:
            yield from pool.parse_archive(ArchiveReader(job), chunksize, timeout)
