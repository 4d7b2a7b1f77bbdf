"""WARC archives through the ingest flow: recrawls are duplicates or replace the older fetch, damage is a reject."""

from __future__ import annotations

from datetime import timedelta
from pathlib import Path

import duckdb
import pytest
from fastwarc.warc import WarcRecordType
from warcs import FETCHED, Page, crawl_records, pages_in, record, response, write_warc

from byline.warc import record_path
from flows.ingest_articles import ingest_articles

SAMPLES = Path(__file__).resolve().parents[2] / "samples" / "html"


@pytest.mark.slow
def test_a_recrawl_is_a_duplicate_or_replaces_the_older_fetch(prefect_harness, tmp_path, monkeypatch):
    monkeypatch.setattr("byline.ingest.STAGE_SLICE", 1)  # each record staged on its own, as in a large archive
    pages = pages_in(SAMPLES)
    first = tmp_path / "crawls" / "crawl-1.warc.gz"
    a = write_warc(first, (response(p.url, p.html, FETCHED) for p in pages))
    db = tmp_path / "news.duckdb"
    run1 = ingest_articles(sources=[str(first)], db_path=str(db), workers=1)
    assert run1.n_published == 3

    week = FETCHED + timedelta(days=7)
    second = tmp_path / "crawls" / "crawl-2.warc.gz"
    b = write_warc(second, [
        response(pages[0].url, pages[0].html, week),  # same body: a duplicate
        response(pages[1].url, pages[1].html + b"<!-- corrected -->", week),  # changed body: replaces
        record(WarcRecordType.response, b"HTTP/1.1 200 OK\r\nContent-Type: text/html\r\n\r\n<p>x</p>"),  # no URI
    ])
    third = tmp_path / "crawls" / "crawl-3.warc.gz"
    others = [Page(p.url + "?edition=2", p.html + b"<!-- 2 -->") for p in pages]
    c = write_warc(third, crawl_records(others, week))
    third.write_bytes(third.read_bytes()[: c[6] + 50])  # cut inside the second page's response
    run2 = ingest_articles(sources=[str(tmp_path / "crawls")], db_path=str(db), workers=1)
    assert (run2.n_unchanged, run2.n_duplicate, run2.n_rejected) == (1, 1, 2)

    with duckdb.connect(str(db), read_only=True) as con:
        ledger = {row[0]: row[1:] for row in con.execute("select path, status, duplicate_of, superseded_by from raw_files").fetchall()}
        versions = con.execute("select source_path, fetched_at from articles where url = ?", [pages[1].url]).fetchall()
        rejects = dict(con.execute("select reason, detail from rejects where run_id = ?", [run2.run_id]).fetchall())
        damaged = con.execute("select damaged_at from archives where path = ?", [str(third)]).fetchone()[0]
        n_articles = con.execute("select count(*) from articles").fetchone()[0]
    a_path, b_path = (lambda i: record_path(str(first), a[i])), (lambda i: record_path(str(second), b[i]))
    assert ledger[b_path(0)] == ("duplicate", a_path(0), None)
    assert ledger[a_path(1)] == ("superseded", None, b_path(1))
    assert ledger[b_path(1)][0] == "published" and ledger[str(first)][0] == "archive"
    assert versions == [(b_path(1), week)]
    assert set(rejects) == {"no_target_uri", "corrupt_archive"} and f"byte {damaged}" in rejects["corrupt_archive"]
    assert n_articles == 3 + 1  # the first crawl, and the one page of the cut archive before its damage
