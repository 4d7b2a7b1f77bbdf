"""Build WARC archives from our own pages, as a crawler would write them (FastWARC's writer).

Also a command, to make an archive to try `byline ingest` on:

    .venv/bin/python tests/sources/warcs.py samples/html data/samples.warc.gz
    .venv/bin/python tests/sources/warcs.py ../shared/bench/html data/bench.warc.gz --copies 3

Each page becomes a request record and a response record (gzip or brotli content encoding, some
chunked), after a warcinfo record; a redirect and an image response stand in for what a crawl holds
besides articles. Each record is its own gzip member, as in Common Crawl's files.
"""

from __future__ import annotations

import argparse
import gzip
import io
import json
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from pathlib import Path

import brotli
from fastwarc.warc import WarcRecord, WarcRecordType

FETCHED = datetime(2026, 11, 20, 9, 30, tzinfo=UTC)


@dataclass(frozen=True)
class Page:
    url: str
    html: bytes


def http_response(
    body: bytes,
    *,
    status: str = "200 OK",
    content_type: str = "text/html; charset=utf-8",
    encoding: str | None = None,
    chunked: bool = False,
) -> bytes:
    """An HTTP/1.1 response as a crawler records it: headers, then the body as sent on the wire."""
    if encoding == "gzip":
        body = gzip.compress(body)
    elif encoding == "br":
        body = brotli.compress(body)
    headers = [f"HTTP/1.1 {status}", f"Content-Type: {content_type}"]
    if encoding:
        headers.append(f"Content-Encoding: {encoding}")
    if chunked:
        headers.append("Transfer-Encoding: chunked")
        half = len(body) // 2
        body = b"".join(b"%x\r\n%s\r\n" % (len(part), part) for part in (body[:half], body[half:]) if part) + b"0\r\n\r\n"
    else:
        headers.append(f"Content-Length: {len(body)}")
    return ("\r\n".join(headers) + "\r\n\r\n").encode("latin-1") + body


def record(rtype: WarcRecordType, block: bytes, *, uri: str | None = None, date: datetime = FETCHED,
           content_type: str = "application/http; msgtype=response") -> bytes:
    """One WARC record's bytes (uncompressed)."""
    rec = WarcRecord()
    rec.init_headers(rtype, content_length=len(block))
    rec.record_date = date
    if uri:
        rec.headers.append("WARC-Target-URI", uri)
    rec.headers.append("Content-Type", content_type)
    rec.set_bytes_content(block)
    out = io.BytesIO()
    rec.write(out)
    return out.getvalue()


def response(url: str, html: bytes, date: datetime = FETCHED, **http) -> bytes:
    return record(WarcRecordType.response, http_response(html, **http), uri=url, date=date)


def request(url: str, date: datetime = FETCHED) -> bytes:
    host = url.split("/")[2] if "://" in url else "example.test"
    block = f"GET /{url.split('/', 3)[-1]} HTTP/1.1\r\nHost: {host}\r\n\r\n".encode()
    return record(WarcRecordType.request, block, uri=url, date=date, content_type="application/http; msgtype=request")


def warcinfo() -> bytes:
    return record(WarcRecordType.warcinfo, b"software: byline tests\r\nformat: WARC File Format 1.1\r\n",
                  content_type="application/warc-fields")


def write_warc(path: Path, records: Iterable[bytes], *, gz: bool = True) -> list[int]:
    """Write the records (one gzip member each when gz); returns each record's byte offset."""
    offsets = []
    path.parent.mkdir(parents=True, exist_ok=True)
    with path.open("wb") as fh:
        for rec in records:
            offsets.append(fh.tell())
            fh.write(gzip.compress(rec, compresslevel=1) if gz else rec)
    return offsets


def crawl_records(pages: Iterable[Page], start: datetime = FETCHED) -> Iterator[bytes]:
    """A crawl of `pages`: warcinfo, then request and response per page, varied encodings, plus noise."""
    yield warcinfo()
    for i, page in enumerate(pages):
        date = start + timedelta(seconds=i)
        yield request(page.url, date)
        style = [{}, {"encoding": "gzip", "chunked": True}, {"encoding": "br"}][i % 3]
        yield response(page.url, page.html, date, **style)
        if i % 10 == 0:
            yield response(page.url + "?old", b"", date, status="301 Moved Permanently")
            yield response(page.url + ".png", b"\x89PNG\r\n\x1a\n" + bytes(64), date, content_type="image/png")


def pages_in(folder: Path, limit: int | None = None) -> list[Page]:
    """Every .html (or .html.gz) page under `folder`; its URL from truth.jsonl when the folder has one."""
    urls = {}
    truth = folder / "truth.jsonl"
    if truth.exists():
        for line in truth.read_text(encoding="utf-8").splitlines():
            row = json.loads(line)
            urls[row["file"]] = row.get("url")
    pages = []
    for path in sorted(folder.rglob("*")):
        if not path.name.endswith((".html", ".htm", ".html.gz")):
            continue
        rel = path.relative_to(folder).as_posix()
        data = path.read_bytes()
        if path.name.endswith(".gz"):
            data = gzip.decompress(data)
        pages.append(Page(urls.get(rel) or f"https://samples.byline.test/{rel.removesuffix('.gz')}", data))
        if limit and len(pages) >= limit:
            break
    return pages


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("folder", type=Path)
    parser.add_argument("out", type=Path)
    parser.add_argument("--copies", type=int, default=1, help="crawl the pages this many times (distinct URLs)")
    parser.add_argument("--limit", type=int)
    args = parser.parse_args()
    pages = pages_in(args.folder, args.limit)
    # Later copies differ by a comment, so each is an article of its own rather than a duplicate.
    crawl = [
        Page(p.url if c == 0 else f"{p.url}?copy={c}", p.html if c == 0 else p.html + b"<!-- copy %d -->" % c)
        for c in range(args.copies)
        for p in pages
    ]
    offsets = write_warc(args.out, crawl_records(crawl))
    print(f"{args.out}: {len(crawl)} pages, {len(offsets)} records, {args.out.stat().st_size} bytes")


if __name__ == "__main__":
    main()
