"""Read, hash and parse many raw files, in parallel worker processes.

Workers run plain byline code (no Prefect), started with `spawn` so that they never inherit the
orchestrator's threads. One pool serves a whole run (shared_pool); files go to it in chunks to keep IPC cheap.
"""

from __future__ import annotations

import contextlib
import hashlib
import itertools
import multiprocessing
import os
import threading
from collections.abc import Iterable, Iterator
from concurrent.futures import Executor, ProcessPoolExecutor
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from byline.model import ParsedArticle, Rejected
from byline.parse import MAX_BYTES, detect_format, parse_bytes, strip_gz

READ_CHUNK = 1 << 20


@dataclass(frozen=True, slots=True)
class ParseJob:
    path: str
    name: str  # as reported: relative to its root for `byline parse`, absolute for ingest
    url_hint: str | None = None
    refusal: str | None = None  # set by discovery when the file must not be read
    refusal_detail: str | None = None


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
    stage: str | None = None  # read or parse, when rejected
    fetched_at: datetime | None = None  # archive records: when the crawler fetched the page
    archive: Any = None  # a WARC archive's own result: its byline.warc.ArchiveTally

    @property
    def article_id(self) -> str | None:
        return self.sha256[:16] if self.sha256 and self.article else None


def read_and_hash(path: str) -> tuple[bytes, str, int]:
    """The first MAX_BYTES + 1 bytes (enough to refuse a huge file), the SHA-256 of all of them, the size."""
    if _is_url(path):
        from byline.remote import read_and_hash as read_object

        return read_object(path, MAX_BYTES)
    digest = hashlib.sha256()
    kept = bytearray()
    size = 0
    with open(path, "rb") as fh:
        while chunk := fh.read(READ_CHUNK):
            digest.update(chunk)
            size += len(chunk)
            if len(kept) <= MAX_BYTES:
                kept += chunk[: MAX_BYTES + 1 - len(kept)]
    return bytes(kept), digest.hexdigest(), size


def process_file(job: ParseJob) -> FileResult:
    """Never raises for bad input: every failure becomes a FileResult with a reason."""
    if job.refusal:
        return FileResult(job.path, job.name, 0, None, None, reason=job.refusal, detail=job.refusal_detail, stage="discover")
    try:
        data, sha, size = read_and_hash(job.path)
    except OSError as exc:
        return FileResult(job.path, job.name, 0, None, None, reason="unreadable", detail=f"{job.name}: {exc.strerror}", stage="read")
    fmt = detect_format(strip_gz(job.name), data[:2048]) if data else None
    try:
        article = parse_bytes(data, job.name, url_hint=job.url_hint)
    except Rejected as rejected:
        return FileResult(job.path, job.name, size, sha, fmt, reason=rejected.reason, detail=rejected.detail, stage="parse")
    except RecursionError:
        return FileResult(job.path, job.name, size, sha, fmt, reason="parse_error", detail=f"{job.name}: nesting too deep to parse", stage="parse")
    except Exception as exc:  # a parser bug must not sink the run; the file is recorded with the error
        detail = f"{job.name}: parser error {type(exc).__name__}: {exc}"[:500]
        return FileResult(job.path, job.name, size, sha, fmt, reason="parse_error", detail=detail, stage="parse")
    return FileResult(job.path, job.name, size, sha, article.format, article=article)


def _is_url(path: str) -> bool:
    from byline.remote import is_url

    return is_url(path)


def process_source(job: ParseJob) -> list[FileResult]:
    """A file's one result, or a WARC archive's: one per HTML response record, then the archive's own."""
    if not job.refusal and job.name.lower().endswith((".warc", ".warc.gz")):
        from byline.warc import read_archive

        return read_archive(job)
    return [process_file(job)]


def default_workers() -> int:
    return max(1, len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else os.cpu_count() or 1)


# Starting a worker costs about a second; below this many files one process is faster.
MIN_FILES_FOR_POOL = 200


@contextlib.contextmanager
def worker_pool(workers: int = 0, n_files: int | None = None) -> Iterator[Executor | None]:
    """A process pool for the block, or None to parse in this process.

    workers=0 means one per core; small runs (fewer than MIN_FILES_FOR_POOL files) stay in-process.
    """
    workers = workers or default_workers()
    if workers <= 1 or (n_files is not None and n_files < MIN_FILES_FOR_POOL):
        yield None
        return
    pool = _new_pool(workers)
    try:
        yield pool
    finally:
        pool.shutdown(cancel_futures=True)


_shared: dict[int, ProcessPoolExecutor] = {}
_shared_lock = threading.Lock()


def shared_pool(workers: int = 0, n_items: int | None = None) -> Executor | None:
    """This process's parser pool, started on first use and kept until the process exits, or None.

    An ingest's batches, and the story signing after them, share it: workers start once per run.
    None with one worker, or for fewer than MIN_FILES_FOR_POOL items while no pool is running yet.
    """
    workers = workers or default_workers()
    if workers <= 1:
        return None
    with _shared_lock:
        pool = _shared.get(workers)
        if pool is None and (n_items is None or n_items >= MIN_FILES_FOR_POOL):
            pool = _shared[workers] = _new_pool(workers)
        return pool


def _new_pool(workers: int) -> ProcessPoolExecutor:
    return ProcessPoolExecutor(workers, mp_context=multiprocessing.get_context("spawn"))


def parse_jobs(jobs: Iterable[ParseJob], pool: Executor | None, chunksize: int = 16) -> Iterator[FileResult]:
    """Results in the order of `jobs` (an archive's records in their order, in its place)."""
    if pool is None:
        return itertools.chain.from_iterable(map(process_source, jobs))
    return itertools.chain.from_iterable(pool.map(process_source, jobs, chunksize=chunksize))
