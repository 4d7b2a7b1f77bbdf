"""Reading WARC archives record by record: what becomes an article, what is counted, what is rejected."""

from __future__ import annotations

import zlib
from datetime import timedelta
from pathlib import Path

import pytest
from fastwarc.warc import WarcRecordType
from warcs import FETCHED, crawl_records, pages_in, record, response, write_warc

from byline.batch import ParseJob, WorkerPool, parse_jobs, process_source
from byline.parse import MAX_BYTES, parse_file
from byline.warc import read_archive, record_path

SAMPLES = Path(__file__).resolve().parents[2] / "samples" / "html"
PAGES = pages_in(SAMPLES)


def read(path: Path):
    *records, archive = process_source(ParseJob(str(path), str(path)))
    return records, archive


def test_each_html_response_is_an_article_and_every_other_record_is_counted(tmp_path):
    offsets = write_warc(tmp_path / "crawl.warc.gz", crawl_records(PAGES))
    records, archive = read(tmp_path / "crawl.warc.gz")
    # warcinfo, then request + response per page; after the first page a redirect and an image
    assert [r.path for r in records] == [record_path(str(tmp_path / "crawl.warc.gz"), offsets[i]) for i in (2, 6, 8)]
    tally = archive.archive
    assert (tally.n_records, tally.n_articles, tally.n_requests, tally.n_metadata, tally.n_non_200, tally.n_non_html) == (9, 3, 3, 1, 1, 1)
    assert archive.reason is None and all(r.fetched_at >= FETCHED for r in records)


def test_gzip_brotli_and_chunked_payloads_parse_as_the_page_itself(tmp_path):
    # crawl_records sends the pages plain, gzip + chunked, and brotli
    write_warc(tmp_path / "crawl.warc", crawl_records(PAGES), gz=False)
    records, _ = read(tmp_path / "crawl.warc")
    for page, result in zip(PAGES, records, strict=True):
        expected = parse_file(str(SAMPLES / page.url.rsplit("/", 1)[1]), url_hint=page.url)
        assert result.article.to_json() == expected.to_json()
        assert result.article.url == page.url


def test_charset_from_content_type_outranks_the_pages_meta(tmp_path):
    html = "<html><head><meta charset='utf-8'><title>Zürich öffnet Straßen</title></head><body><article>"
    html += "<h1>Zürich öffnet Straßen</h1>" + "<p>Die Stadt Zürich öffnet am Montag drei Straßen für Velos und Fußgänger.</p>" * 8
    html += "</article></body></html>"
    block = response("https://zeitung.example/zuerich", html.encode("cp1252"), content_type="text/html; charset=windows-1252")
    write_warc(tmp_path / "latin.warc.gz", [block])
    [result], _ = read(tmp_path / "latin.warc.gz")
    assert result.article.title == "Zürich öffnet Straßen"


def test_a_publication_date_after_the_fetch_is_dropped(tmp_path):
    page = PAGES[0]  # published 2024-03-14
    write_warc(tmp_path / "early.warc.gz", [response(page.url, page.html, FETCHED.replace(year=2024, month=1))])
    [result], _ = read(tmp_path / "early.warc.gz")
    assert result.article.published_at is None and result.article.published_date is None
    assert result.article.title  # the article itself is kept


def gzip_bomb(size: int) -> bytes:
    compressor = zlib.compressobj(1, zlib.DEFLATED, 16 + zlib.MAX_WBITS)
    chunk = b"<p>" + b"a" * (1 << 20)
    return b"".join(compressor.compress(chunk) for _ in range(size >> 20)) + compressor.flush()


def test_bad_records_are_rejected_one_by_one_and_the_archive_goes_on(tmp_path):
    page = PAGES[0]
    huge = b"<html><body>" + b"<p>word </p>" * (200 * 1024 * 1024 // 12) + b"</body></html>"  # 200 MB payload
    bomb = gzip_bomb(MAX_BYTES * 3)
    headers = b"HTTP/1.1 200 OK\r\nContent-Type: text/html\r\nContent-Encoding: gzip\r\n\r\n"
    nested = b"<html><body>" + b"<div>" * 5_000 + b"deep" + b"</body></html>"
    blocks = [
        record(WarcRecordType.response, b"HTTP/1.1 200 OK\r\nContent-Type: text/html\r\n\r\n" + page.html),  # no URI
        response("https://big.example/huge", huge),
        record(WarcRecordType.response, headers + bomb, uri="https://bomb.example/zip"),
        response("https://bomb.example/nested", nested),
        response(page.url, page.html),
    ]
    write_warc(tmp_path / "bad.warc.gz", blocks)
    records, archive = read(tmp_path / "bad.warc.gz")
    assert [r.reason for r in records] == ["no_target_uri", "too_large", "too_large", "too_complex", None]
    assert records[-1].article.title and archive.reason is None


@pytest.mark.parametrize("damage", ["truncated", "corrupt_member"])
def test_a_damaged_archive_keeps_the_records_before_the_damage(tmp_path, damage):
    path = tmp_path / "damaged.warc.gz"
    offsets = write_warc(path, crawl_records(PAGES))
    data = bytearray(path.read_bytes())
    damaged_record = offsets[6]  # the second page's response
    if damage == "truncated":
        data = data[: damaged_record + 40]
    else:
        data[damaged_record + 30 : damaged_record + 60] = b"\x00" * 30
    path.write_bytes(bytes(data))
    records, archive = read(path)
    assert [r.path for r in records] == [record_path(str(path), offsets[2])]
    assert archive.reason == "corrupt_archive" and archive.archive.damaged_at in (offsets[5], damaged_record)
    assert f"byte {archive.archive.damaged_at}" in archive.detail


def test_records_are_named_by_offset_so_a_second_read_names_them_alike(tmp_path):
    write_warc(tmp_path / "crawl.warc.gz", crawl_records(PAGES, FETCHED - timedelta(days=1)))
    first, _ = read(tmp_path / "crawl.warc.gz")
    again, _ = read(tmp_path / "crawl.warc.gz")
    assert [(r.path, r.sha256) for r in first] == [(r.path, r.sha256) for r in again]


@pytest.mark.slow
def test_in_the_parser_pool_records_parse_alike_and_a_slow_one_is_a_timeout(tmp_path):
    paragraph = b"<p>" + b"The harbour board met again and the minutes ran long. " * 40 + b"</p>"
    slow = b"<html><body><article><h1>Harbour minutes</h1>" + paragraph * 3_800 + b"</article></body></html>"  # ~1.3 s
    write_warc(tmp_path / "crawl.warc.gz", [response(PAGES[0].url, PAGES[0].html),
                                            response("https://harbour.example/minutes", slow),
                                            response(PAGES[1].url, PAGES[1].html)])
    job = ParseJob(str(tmp_path / "crawl.warc.gz"), str(tmp_path / "crawl.warc.gz"))
    pool = WorkerPool(1, timeout=0.5)
    try:
        *records, archive = parse_jobs([job], pool, chunksize=2)
    finally:
        pool.close()
    in_process, _ = read(tmp_path / "crawl.warc.gz")

    assert [r.reason for r in records] == [None, "timeout", None]
    assert records[1].fetched_at == FETCHED and "0.5 s limit" in records[1].detail  # named in the ledger like the others
    assert [r.article.to_json() for r in records[::2]] == [r.article.to_json() for r in in_process[::2]]
    assert archive.archive.n_articles == 3 and archive.reason is None


@pytest.mark.parametrize("cut", [False, True])
def test_windows_of_records_add_up_to_the_whole_archive_and_its_result_comes_once(tmp_path, cut):
    path = tmp_path / "crawl.warc.gz"
    offsets = write_warc(path, crawl_records(PAGES * 3))  # 9 pages
    if cut:
        path.write_bytes(path.read_bytes()[: offsets[-1] + 40])  # damage in the last record
    job = ParseJob(str(path), str(path))
    whole = list(read_archive(job))
    windows = [list(read_archive(job, first, 2)) for first in range(0, 14, 2)]

    assert [r.path for w in windows for r in w] == [r.path for r in whole]
    assert [i for i, w in enumerate(windows) for r in w if r.archive is not None] == [len(whole[:-1]) // 2]
    assert windows[-1] == []  # past the end: nothing, not the archive's result again
