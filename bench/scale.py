"""Scale benchmark: pages per second through the whole ingest flow, locally and on Dask, from files, a WARC and S3.

    .venv/bin/python bench/scale.py --pages 400

One process runs every configuration side by side, each into a fresh database: the local process
pool, then a Dask cluster on loopback with 1 and with 2 workers (`dask scheduler` and `dask worker
--nworkers 1 --nthreads 1`), over the same pages as loose HTML files, as one WARC.gz, and as objects
in a local S3 endpoint (a moto server). Pages are ../shared/bench/html when present, else our
samples, each copy made distinct so that every page is an article of its own.

Also printed: the writer's ceiling (stage, validate and publish alone, in articles per second, no
parsing), and peak memory (RSS, sampled every 50 ms) of the flow process and of each parser
process, for one WARC of N pages and one of 10x N, as a CC-NEWS archive holds tens of thousands:
memory must stay flat as the corpus grows (`--memory-only` measures this alone).
"""

from __future__ import annotations

import argparse
import dataclasses
import os
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path[:0] = [str(ROOT), str(ROOT / "tests" / "sources"), str(ROOT / "tests" / "cluster")]
os.environ.update(PREFECT_SERVER_ANALYTICS_ENABLED="false", DO_NOT_TRACK="1", PREFECT_LOGGING_LEVEL="WARNING",
                  PREFECT_SERVER_EPHEMERAL_STARTUP_TIMEOUT_SECONDS="600")

import psutil  # noqa: E402
from warcs import Page, crawl_records, pages_in, write_warc  # noqa: E402

SHARED_PAGES = ROOT.parent / "shared" / "bench" / "html"
DASK = str(Path(sys.executable).with_name("dask"))
# Batches of 200 files: the local pool starts from 200 files a batch, and 400 pages make two batches,
# one for each of two cluster workers.
BATCH_SIZE = 200
ARCHIVES = 4  # the WARC corpus is split in this many archives


def corpus(n: int) -> list[Page]:
    source = pages_in(SHARED_PAGES) if SHARED_PAGES.is_dir() else pages_in(ROOT / "samples" / "html")
    return [Page(f"{p.url}?copy={i}", p.html + b"<!-- copy %d -->" % i)
            for i, p in ((i, source[i % len(source)]) for i in range(n))]


def _is_pool_worker(process: psutil.Process) -> bool:
    try:
        return "spawn_main" in " ".join(process.cmdline())
    except psutil.Error:
        return False


class PeakMemory:
    """Peak RSS of this process and of each other process watched, sampled in a thread."""

    def __init__(self, extra_pids: list[int] = ()) -> None:
        self.extra = list(extra_pids)
        self.flow = 0
        self.workers: dict[int, int] = {}
        self._stop = threading.Event()

    def __enter__(self) -> PeakMemory:
        self._thread = threading.Thread(target=self._sample, daemon=True)
        self._thread.start()
        return self

    def __exit__(self, *exc) -> None:
        self._stop.set()
        self._thread.join()

    def _sample(self) -> None:
        me = psutil.Process()
        while not self._stop.wait(0.05):
            self.flow = max(self.flow, me.memory_info().rss)
            pids = self.extra + [c.pid for c in me.children(recursive=True) if _is_pool_worker(c)]
            for pid in pids:
                try:
                    rss = psutil.Process(pid).memory_info().rss
                except psutil.Error:
                    continue
                self.workers[pid] = max(self.workers.get(pid, 0), rss)

    def describe(self) -> str:
        workers = sorted(self.workers.values(), reverse=True)
        shown = ", ".join(f"{w >> 20}" for w in workers[:4]) or "-"
        return f"flow {self.flow >> 20} MB, parsers {shown} MB"


def warm_every_worker(address: str, db: Path) -> None:
    """One file per batch, so that the samples' batches reach every worker: a warm-up of one batch
    reaches one, and the first HTML run on two workers measured 21 pages/s against 74-79 after it."""
    from flows.ingest_articles import ingest_articles

    ingest_articles(sources=[str(ROOT / "samples")], db_path=str(db), batch_size=1, cluster=address)


def ingest(sources: list[str], db: Path, **options) -> tuple[float, object]:
    from flows.ingest_articles import ingest_articles

    summary = ingest_articles(sources=sources, db_path=str(db), batch_size=BATCH_SIZE, **options)
    import duckdb

    with duckdb.connect(str(db), read_only=True) as con:
        seconds = con.execute("select epoch(finished_at) - epoch(started_at) from runs where run_id = ?",
                              [summary.run_id]).fetchone()[0]
    return seconds, summary


def start_cluster(n_workers: int) -> tuple[str, list[subprocess.Popen]]:
    from conftest import free_port
    from distributed import Client

    port = free_port()
    address = f"tcp://127.0.0.1:{port}"
    quiet = {"stdout": subprocess.DEVNULL, "stderr": subprocess.DEVNULL, "cwd": ROOT}
    procs = [subprocess.Popen([DASK, "scheduler", "--host", "127.0.0.1", "--port", str(port), "--no-dashboard"], **quiet)]
    time.sleep(2)
    can_fork = {**quiet, "env": {**os.environ, "DASK_DISTRIBUTED__WORKER__DAEMON": "False"}}  # see README
    procs += [subprocess.Popen([DASK, "worker", address, "--nworkers", "1", "--nthreads", "1", "--no-dashboard",
                                "--host", "127.0.0.1"], **can_fork) for _ in range(n_workers)]
    with Client(address, timeout=60) as client:
        client.wait_for_workers(n_workers, timeout=180)
        # Every worker imports what a batch needs before the clock starts: a warm-up ingest reaches one worker only.
        client.run(_import_parsing)
    return address, procs


def _import_parsing(dask_worker) -> None:
    import importlib

    for module in ("prefect.task_engine", "byline.ingest", "byline.parse.html", "byline.parse.text"):
        importlib.import_module(module)
    from byline.batch import can_start_processes, shared_pool

    if can_start_processes():  # the worker's parser processes start, importing the parsers (see cluster_worker_pool)
        shared_pool(dask_worker.state.nthreads)


def stop(procs: list[subprocess.Popen]) -> None:
    for p in procs:
        p.terminate()
    for p in procs:
        p.wait(30)


def start_s3(pages: list[Page]) -> tuple[str, subprocess.Popen]:
    import boto3
    from conftest import free_port, wait_for  # tests/sources/conftest.py

    port = free_port()
    endpoint = f"http://127.0.0.1:{port}"
    server = subprocess.Popen([sys.executable, "-m", "moto.server", "-H", "127.0.0.1", "-p", str(port)],
                              stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    wait_for(f"{endpoint}/moto-api/")
    os.environ.update(AWS_ENDPOINT_URL=endpoint, AWS_ACCESS_KEY_ID="bench", AWS_SECRET_ACCESS_KEY="bench",
                      AWS_DEFAULT_REGION="us-east-1")
    client = boto3.Session().client("s3")
    client.create_bucket(Bucket="bench")
    for i, page in enumerate(pages):
        client.put_object(Bucket="bench", Key=f"pages/{i:06d}.html", Body=page.html)
    return endpoint, server


def writer_ceiling(tmp: Path, pages: list[Page], copies: int) -> tuple[int, float, float, float]:
    """Stage, validate and publish already-parsed articles: (articles, stage s, validate s, publish s)."""
    from byline.batch import ParseJob, process_source
    from byline.ingest import Batch, stage_parsed
    from byline.publish import publish_run
    from byline.quality import validate_run
    from byline.runs import files_read, new_run_id, open_run
    from byline.sources import SourceFile
    from byline.store import Store

    warc = tmp / "ceiling.warc.gz"
    write_warc(warc, crawl_records(pages))
    parsed = [r for r in process_source(ParseJob(str(warc), str(warc))) if r.article]
    store = Store.from_env(db_path=tmp / "ceiling.duckdb")
    run_id = new_run_id()
    with store.held_open(), store.connect() as con:
        open_run(con, run_id, None)
        started = time.perf_counter()
        for c in range(copies):  # distinct paths and bytes: every copy is an article of its own
            results = [dataclasses.replace(r, path=f"{r.path}/{c}", sha256=f"{c:08x}{r.sha256[8:]}",
                                           article=dataclasses.replace(r.article, url=f"{r.article.url}&c={c}"))
                       for r in parsed]
            files = tuple(SourceFile(r.path, str(warc), r.size, r.fetched_at.timestamp()) for r in results)
            stage_parsed(con, Batch(run_id, c, files), results)
        staged = time.perf_counter()
        n_files, n_rejected = files_read(con, run_id)
        verdict = validate_run(con, run_id, n_files=n_files, n_rejected=n_rejected, min_rows_for_batch_rules=50)
        validated = time.perf_counter()
        n = publish_run(con, run_id, force=not verdict.passed)
        published = time.perf_counter()
    return n, staged - started, validated - staged, published - validated


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--pages", type=int, default=400)
    parser.add_argument("--growth", type=int, default=10, help="the memory check's larger corpus, in multiples")
    parser.add_argument("--ceiling-copies", type=int, default=20, help="copies of the pages staged for the writer's ceiling")
    parser.add_argument("--ceiling-only", action="store_true", help="measure the writer's ceiling alone")
    parser.add_argument("--memory-only", action="store_true", help="measure memory growth alone")
    args = parser.parse_args()
    tmp = Path(tempfile.mkdtemp(prefix="byline-scale-"))
    if args.ceiling_only:
        return print_ceiling(tmp, corpus(args.pages), args.ceiling_copies)
    os.environ.setdefault("PREFECT_HOME", str(tmp / "prefect"))
    if args.memory_only:
        return print_memory_growth(tmp, args.pages, args.growth)
    pages = corpus(args.pages)
    html = tmp / "html"
    html.mkdir()
    for i, page in enumerate(pages):
        (html / f"{i:06d}.html").write_bytes(page.html)
    warc = tmp / "warc"
    for a in range(ARCHIVES):
        write_warc(warc / f"crawl-{a}.warc.gz", crawl_records(pages[a::ARCHIVES]))
    endpoint, s3 = start_s3(pages)
    print(f"{len(pages)} pages ({'../shared/bench/html' if SHARED_PAGES.is_dir() else 'samples'}); "
          f"{ARCHIVES} WARCs of {sum(f.stat().st_size for f in warc.iterdir()) >> 10} KiB; S3 at {endpoint}; {os.cpu_count()} cores; "
          f"load {os.getloadavg()[0]:.1f}")

    kinds = {"html": [str(html)], "warc": [str(warc)], "s3": ["s3://bench/pages/"]}
    ingest([str(ROOT / "samples" / "html")], tmp / "warm.duckdb", workers=1)  # Prefect's server and the gate's imports, once
    print(f"{'pages/s in the flow':<24}" + "".join(f"{k:>10}" for k in kinds) + "   peak memory (warc)")
    try:
        for label, workers in (("local pool (2 processes)", 0), ("dask, 1 worker", 1), ("dask, 2 workers", 2)):
            address, procs = start_cluster(workers) if workers else (None, [])
            try:
                if address:  # a worker's first Prefect task costs seconds: not part of the measure
                    warm_every_worker(address, tmp / f"warm-{workers}.duckdb")
                row, memory = [], ""
                for kind, sources in kinds.items():
                    extra = [c.pid for p in procs[1:] for c in psutil.Process(p.pid).children(recursive=True)]
                    with PeakMemory(extra) as peak:
                        seconds, summary = ingest(sources, tmp / f"{label[:5]}-{workers}-{kind}.duckdb",
                                                  workers=2 if not workers else None, cluster=address)
                    row.append(summary.n_parsed / seconds)
                    if kind == "warc":
                        memory = peak.describe()
                print(f"{label:<24}" + "".join(f"{r:>10.1f}" for r in row) + f"   {memory}")
            finally:
                stop(procs)
    finally:
        s3.terminate()

    print_memory_growth(tmp, args.pages, args.growth)
    print_ceiling(tmp, pages, args.ceiling_copies)


def print_memory_growth(tmp: Path, n_pages: int, growth: int) -> None:
    """Peak memory ingesting one archive of n_pages, then one of growth times as many."""
    for n in (n_pages, n_pages * growth):
        archive = tmp / f"one-{n}" / "crawl.warc.gz"
        write_warc(archive, crawl_records(corpus(n)))
        with PeakMemory() as peak:
            seconds, summary = ingest([str(archive)], tmp / f"growth-{n}.duckdb", workers=2)
        print(f"memory, one WARC of {n:>6} pages, local pool: {peak.describe()} ({summary.n_parsed / seconds:.1f} pages/s)")


def print_ceiling(tmp: Path, pages: list[Page], copies: int) -> None:
    n, stage, validate, publish = writer_ceiling(tmp, pages, copies)
    total = stage + validate + publish
    print(f"writer's ceiling: {n} articles staged in {stage:.1f}s ({n / stage:,.0f}/s), validated in {validate:.1f}s "
          f"({n / validate:,.0f}/s), published in {publish:.1f}s ({n / publish:,.0f}/s): {n / total:,.0f} articles/s")


if __name__ == "__main__":
    main()
