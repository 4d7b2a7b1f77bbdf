"""Parsing on a Dask cluster gives exactly a local run's result, even when a worker dies mid-batch."""

from __future__ import annotations

import sys
import threading
import time
from pathlib import Path

import duckdb
import psutil
import pytest

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "sources"))
from warcs import Page, crawl_records, pages_in, response, write_warc  # noqa: E402

from flows.ingest_articles import ingest_articles  # noqa: E402

SAMPLES = Path(__file__).resolve().parents[2] / "samples"


@pytest.fixture
def corpus(tmp_path: Path) -> Path:
    folder = tmp_path / "raw"
    pages = pages_in(SAMPLES / "html")
    # a WARC with 8 distinct crawls of the HTML samples, the text samples and bad files beside it
    crawls = [Page(f"{p.url}?c={c}", p.html + b"<!-- %d -->" % c) for c in range(8) for p in pages]
    write_warc(folder / "crawl.warc.gz", crawl_records(crawls))
    for path in sorted((SAMPLES / "text").glob("*.txt")):
        (folder / "text").mkdir(parents=True, exist_ok=True)
        (folder / "text" / path.name).write_bytes(path.read_bytes())
    (folder / "bad").mkdir()
    (folder / "bad" / "empty.html").write_bytes(b"")
    (folder / "bad" / "cut.warc.gz").write_bytes((folder / "crawl.warc.gz").read_bytes()[:3000])
    return folder


def outcome(db: Path) -> dict[str, list]:
    with duckdb.connect(str(db), read_only=True) as con:
        return {
            "articles": con.execute(
                "select * exclude (run_id, ingested_at, story_id) from articles order by article_id").fetchall(),
            "authors": con.execute("select * from article_authors order by all").fetchall(),
            "rejects": con.execute("select file, stage, reason, detail, sha256 from rejects order by all").fetchall(),
            "ledger": con.execute(
                "select path, size, sha256, format, status, reason, article_id, duplicate_of, superseded_by"
                " from raw_files order by path").fetchall(),
            "archives": con.execute("select * exclude (run_id, read_at) from archives order by path").fetchall(),
        }


def kill_a_worker_mid_batch(address: str, nannies: list, killed: list) -> None:
    """Wait until a parse batch is running on some worker, then SIGKILL that worker's process."""
    from distributed import Client

    with Client(address, timeout=30) as client:
        deadline = time.monotonic() + 120
        while time.monotonic() < deadline:
            busy = [w for w, tasks in client.processing().items() if tasks]
            if busy:
                pid = client.run(lambda: __import__("os").getpid(), workers=busy[:1])[busy[0]]
                psutil.Process(pid).kill()
                killed.append(pid)
                return
            time.sleep(0.05)


@pytest.mark.slow
def test_a_cluster_run_equals_a_local_run_even_when_a_worker_dies(prefect_harness, dask_cluster, corpus, tmp_path, monkeypatch):
    monkeypatch.setattr("flows.cluster.ARCHIVE_WINDOW", 5)  # the archive's 24 pages go out in five windows
    local = ingest_articles(sources=[str(corpus)], db_path=str(tmp_path / "local.duckdb"), workers=1, batch_size=4)
    killed: list[int] = []
    killer = threading.Thread(target=kill_a_worker_mid_batch, args=(dask_cluster.address, dask_cluster.workers, killed))
    killer.start()
    remote = ingest_articles(sources=[str(corpus)], db_path=str(tmp_path / "cluster.duckdb"), batch_size=4,
                             cluster=dask_cluster.address)
    killer.join()
    assert killed, "no batch was seen running on the cluster"
    assert (remote.n_published, remote.n_rejected) == (local.n_published, local.n_rejected)
    assert local.n_published >= 24 and local.n_rejected >= 2  # 8 crawls of 3 pages, text files; 2 bad files
    assert outcome(tmp_path / "cluster.duckdb") == outcome(tmp_path / "local.duckdb")


@pytest.mark.slow
def test_on_a_cluster_a_file_or_record_past_the_time_limit_is_a_timeout_and_the_rest_published(
        prefect_harness, dask_cluster, tmp_path, monkeypatch):
    folder = tmp_path / "raw"
    folder.mkdir()
    paragraph = b"<p>" + b"The harbour board met again and the minutes ran long. " * 40 + b"</p>"
    slow = b"<html><body><article><h1>Harbour minutes</h1>" + paragraph * 3_600 + b"</article></body></html>"  # ~1.2 s, under MAX_BYTES
    (folder / "slow.html").write_bytes(slow)
    pages = pages_in(SAMPLES / "html")
    write_warc(folder / "crawl.warc.gz", [response(pages[0].url, pages[0].html),
                                          response("https://harbour.example/minutes", slow + b"<!-- crawled -->")])
    monkeypatch.setenv("BYLINE_PARSE_TIMEOUT", "0.5")  # the flow's limit travels with its tasks to the workers
    summary = ingest_articles(sources=[str(folder)], db_path=str(tmp_path / "cluster.duckdb"), cluster=dask_cluster.address)
    with duckdb.connect(str(tmp_path / "cluster.duckdb"), read_only=True) as con:
        rejects = con.execute("select file, reason, detail from rejects order by file").fetchall()
    assert summary.n_published == 1
    assert [(file.rsplit("/", 1)[-1].split("#")[0], reason) for file, reason, _ in rejects] == [
        ("crawl.warc.gz", "timeout"), ("slow.html", "timeout")]
    assert all("0.5 s limit" in detail for *_, detail in rejects)
