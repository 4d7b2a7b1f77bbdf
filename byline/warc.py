"""WARC and WARC.gz archives as sources: each HTTP 200 response with an HTML payload is one raw article.

Archives are streamed with FastWARC, one record at a time; no archive and no record beyond the
parser's size limit is held in memory. A record's identity is `<archive>#<offset>` (the byte offset of
the record in the file as stored), so reading an archive again names its records the same way.
Every other record is counted in the archive's tally. Damage (a truncated file, a corrupt gzip
member) ends the reading: the records before it are kept and the archive is rejected naming the
offset after which nothing could be read.

Reading an archive (ArchiveReader, in the process that owns the archive) is split from parsing its
records (parse_record, anywhere: records are plain data), so a parser pool can parse an archive's
records in parallel, under the time limit, while the reader streams on.

HTTP is decoded here, not by FastWARC: its automatic decoding stops the whole iteration at a brotli
body, and a bomb must be refused at the parser's size limit, which `byline.parse.gunzip` does.
"""

from __future__ import annotations

import codecs
import dataclasses
import hashlib
import io
import zlib
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from typing import IO

import brotli
from fastwarc.stream_io import ChunkedReader
from fastwarc.warc import ArchiveIterator, HeaderMap, WarcRecord, WarcRecordType

from byline.batch import FileResult, ParseJob
from byline.model import ParsedArticle, Rejected
from byline.parse import MAX_BYTES, gunzip
from byline.parse.decode import looks_binary
from byline.parse.html.encoding import browser_codec
from byline.reading import READ_CHUNK
from byline.remote import open_object
from byline.sources import is_url

ARCHIVE_SUFFIXES = (".warc", ".warc.gz")
HTML_TYPES = ("text/html", "application/xhtml+xml")
HTTP_HEADER_ROOM = 64 * 1024  # room for the HTTP headers in front of a payload of MAX_BYTES
# A page is published before it is fetched; a day of slack covers a date written in the publisher's zone.
DATE_SLACK = timedelta(days=1)


def is_archive(name: str) -> bool:
    return name.lower().endswith(ARCHIVE_SUFFIXES)


def record_path(archive: str, offset: int) -> str:
    return f"{archive}#{offset}"


@dataclass(frozen=True, slots=True)
class ArchiveTally:
    """What an archive's records were. Only `n_articles` records became raw files."""

    n_records: int = 0
    n_articles: int = 0
    n_requests: int = 0
    n_metadata: int = 0
    n_non_200: int = 0
    n_non_html: int = 0
    n_other: int = 0
    damaged_at: int | None = None

    def plus(self, field: str) -> ArchiveTally:
        return dataclasses.replace(self, n_records=self.n_records + 1, **{field: getattr(self, field) + 1})


@dataclass(frozen=True, slots=True)
class HttpResponse:
    status: int | None
    content_type: str  # the media type alone, lower case
    charset: str | None
    payload: bytes  # as sent: still chunked and content-encoded
    transfer_encoding: str
    content_encoding: str


def _open(path: str) -> IO[bytes]:
    return open_object(path) if is_url(path) else open(path, "rb")


def read_http(block: bytes) -> HttpResponse:
    """Split a response record's block into status, headers and payload."""
    headers = HeaderMap()
    consumed = headers.parse(io.BytesIO(block))
    media, _, params = (headers.get("Content-Type") or "").partition(";")
    charset = None
    for param in params.split(";"):
        key, _, value = param.partition("=")
        if key.strip().lower() == "charset":
            charset = value.strip().strip("\"'") or None
    return HttpResponse(
        headers.status_code,
        media.strip().lower(),
        charset,
        block[consumed:],
        (headers.get("Transfer-Encoding") or "").lower(),
        (headers.get("Content-Encoding") or "identity").strip().lower(),
    )


def _bounded(chunks_out: bytes, name: str) -> bytes:
    if len(chunks_out) > MAX_BYTES:
        raise Rejected("too_large", f"{name}: the payload decodes to more than {MAX_BYTES} bytes")
    return chunks_out


def decode_payload(response: HttpResponse, name: str) -> bytes:
    """The payload as the server meant it: de-chunked, then content-decoded, never past MAX_BYTES."""
    payload = response.payload
    if "chunked" in response.transfer_encoding:
        try:
            payload = ChunkedReader(io.BytesIO(payload)).read(MAX_BYTES + 1)
        except OSError as exc:
            raise Rejected("corrupt_http", f"{name}: the chunked transfer encoding is broken ({exc})") from exc
    encoding = response.content_encoding
    if encoding in ("identity", "none", ""):
        return _bounded(payload, name)
    if encoding in ("gzip", "x-gzip"):
        return gunzip(payload, name)
    if encoding == "deflate":
        try:
            return _bounded(zlib.decompressobj().decompress(payload, MAX_BYTES + 1), name)
        except zlib.error as exc:
            raise Rejected("corrupt_http", f"{name}: the deflate body is corrupt ({exc})") from exc
    if encoding == "br":
        return _unbrotli(payload, name)
    raise Rejected("undecodable", f"{name}: content encoding {encoding!r} is not one byline reads (gzip, deflate, br)")


def _unbrotli(payload: bytes, name: str) -> bytes:
    decompressor = brotli.Decompressor()
    out = bytearray()
    try:
        out += decompressor.process(payload, output_buffer_limit=MAX_BYTES + 1)
        while not decompressor.is_finished() and len(out) <= MAX_BYTES and not decompressor.can_accept_more_data():
            out += decompressor.process(b"", output_buffer_limit=MAX_BYTES + 1 - len(out))
    except brotli.error as exc:
        raise Rejected("corrupt_http", f"{name}: the brotli body is corrupt ({exc})") from exc
    return _bounded(bytes(out), name)


def as_declared(html: bytes, charset: str | None) -> bytes:
    """The page re-encoded as UTF-8 behind a byte-order mark when HTTP declares another charset.

    A byte-order mark is what the HTML parser trusts first, so the header's charset outranks the
    page's own <meta>, as in a browser. Bytes that are valid UTF-8 stay as they are: servers often
    label UTF-8 pages with a legacy charset, and the parser already knows that case.
    """
    if not charset:
        return html
    codec = browser_codec(charset)
    if codec is None:
        return html
    try:
        html.decode("utf-8")
        return html
    except UnicodeDecodeError:
        pass
    text = html.decode(codec, errors="replace")
    return codecs.BOM_UTF8 + text.encode("utf-8")


def bound_by_fetch(article: ParsedArticle, fetched_at: datetime) -> ParsedArticle:
    """Drop a publication date later than the fetch: the page cannot have been published after it was read."""
    late_time = article.published_at is not None and _aware(article.published_at) > fetched_at + DATE_SLACK
    late_day = article.published_date is not None and article.published_date > (fetched_at + DATE_SLACK).date()
    if not (late_time or late_day):
        return article
    extras = {**article.extras, "date_after_fetch": str(article.published_at or article.published_date)}
    return dataclasses.replace(article, published_at=None, published_date=None, date_source=None, extras=extras)


def _aware(value: datetime) -> datetime:
    return value if value.tzinfo else value.replace(tzinfo=UTC)


def _parse_page(html: bytes, name: str, uri: str) -> ParsedArticle:
    if not html.strip():
        raise Rejected("empty", f"{name}: the response has an empty body")
    if looks_binary(html):
        raise Rejected("binary", f"{name}: the payload is binary data, though labelled HTML")
    from byline.parse.html import parse_html

    article = parse_html(html, url_hint=uri)
    return dataclasses.replace(article, url=uri)


@dataclass(frozen=True, slots=True)
class ArchiveRecord:
    """An HTML response record cut out of its archive: everything its parsing needs, and nothing of the archive."""

    path: str  # <archive>#<offset>
    uri: str | None
    fetched_at: datetime
    size: int  # the record's content length
    response: HttpResponse | None  # None when the payload is past the size limit: it is not carried

    def result(self, reason: str | None = None, detail: str | None = None, stage: str | None = None,
               sha: str | None = None, article: ParsedArticle | None = None) -> FileResult:
        return FileResult(self.path, self.path, self.size, sha, "html", article=article, reason=reason, detail=detail,
                          stage=stage, fetched_at=self.fetched_at)


def cut_record(archive: str, record: WarcRecord, block: bytes, response: HttpResponse) -> ArchiveRecord:
    too_large = len(block) > MAX_BYTES + HTTP_HEADER_ROOM
    return ArchiveRecord(record_path(archive, record.stream_pos), record.headers.get("WARC-Target-URI"),
                         _aware(record.record_date), record.content_length, None if too_large else response)


def parse_record(record: ArchiveRecord) -> FileResult:
    """One HTML response record as a FileResult named <archive>#<offset>, like a file's."""
    path = record.path
    if record.response is None:
        return record.result("too_large", f"{path}: a payload of {record.size} bytes is more than the {MAX_BYTES} byte limit", "read")
    if not record.uri:
        return record.result("no_target_uri", f"{path}: the response record has no WARC-Target-URI", "read")
    name = f"{path} ({record.uri})"
    sha = None
    try:
        html = decode_payload(record.response, name)
        sha = hashlib.sha256(html).hexdigest()
        article = bound_by_fetch(_parse_page(as_declared(html, record.response.charset), name, record.uri), record.fetched_at)
    except Rejected as rejected:
        return record.result(rejected.reason, rejected.detail, "parse", sha)
    except RecursionError:
        return record.result("parse_error", f"{name}: nesting too deep to parse", "parse", sha)
    except Exception as exc:  # a parser bug must not sink the archive; the record is recorded with the error
        return record.result("parse_error", f"{name}: parser error {type(exc).__name__}: {exc}"[:500], "parse", sha)
    return record.result(sha=sha, article=article)


def _kind(record: WarcRecord, response: HttpResponse | None) -> str:
    """The tally field for a record, or 'n_articles' for one that is read as an article."""
    rtype = record.record_type
    if rtype == WarcRecordType.request:
        return "n_requests"
    if rtype in (WarcRecordType.warcinfo, WarcRecordType.metadata):
        return "n_metadata"
    if rtype != WarcRecordType.response or response is None:
        return "n_other"
    if response.status != 200:
        return "n_non_200"
    if response.content_type not in HTML_TYPES:
        return "n_non_html"
    return "n_articles"


def _is_http(record: WarcRecord) -> bool:
    return (record.headers.get("Content-Type") or "").lower().startswith("application/http")


class ArchiveReader:
    """Iterates an archive's HTML response records; once exhausted, `result` is the archive's own FileResult
    (its tally, and the damage if the archive is cut short or corrupt).

    With `count`, only a window of the article records is yielded: numbers first to first + count - 1,
    so that several workers can share one archive. Every record before the window is still read (a
    compressed archive cannot be entered in the middle without an index). `result` then belongs to
    the one window the archive ends in, and stays None in the others.
    """

    def __init__(self, job: ParseJob, first: int = 0, count: int | None = None) -> None:
        self.job = job
        self.first, self.stop = first, None if count is None else first + count
        self.result: FileResult | None = None

    def __iter__(self) -> Iterator[ArchiveRecord]:
        job = self.job
        tally = ArchiveTally()
        damage: str | None = None
        last_good = 0
        try:
            with _open(job.path) as fh:
                for record in ArchiveIterator(fh, parse_http=False, auto_decode="none"):
                    offset = record.stream_pos
                    if record.record_id is None or record.headers.get("Content-Length") is None:
                        damage, tally = f"the record at byte {offset} has no complete header", dataclasses.replace(tally, damaged_at=offset)
                        break
                    block = record.reader.read(MAX_BYTES + HTTP_HEADER_ROOM + 1)
                    if len(block) < min(record.content_length, MAX_BYTES + HTTP_HEADER_ROOM + 1):
                        damage, tally = f"the record at byte {offset} is cut short", dataclasses.replace(tally, damaged_at=offset)
                        break
                    response = read_http(block) if record.record_type == WarcRecordType.response and _is_http(record) else None
                    kind = _kind(record, response)
                    tally = tally.plus(kind)
                    last_good = offset
                    if kind == "n_articles" and tally.n_articles > self.first:
                        yield cut_record(job.path, record, block, response)
                        if self.stop is not None and tally.n_articles >= self.stop:
                            return  # the window is full; the archive goes on in the next one
            if not damage and job.name.lower().endswith(".gz") and (cut := gzip_tail_damage(job.path, last_good)) is not None:
                damage, tally = f"the gzip member at byte {cut} is cut short or corrupt", dataclasses.replace(tally, damaged_at=cut)
        except FileNotFoundError:
            self._ended(_archive_result(job, tally, "unreadable", f"{job.name}: the archive was deleted after it was listed"), tally)
            return
        except OSError as exc:  # a corrupt gzip member or an unreadable block: keep what came before
            damage = f"nothing after the record at byte {last_good} can be read ({exc})"
            tally = dataclasses.replace(tally, damaged_at=last_good)
        if damage:
            detail = f"{job.name}: the archive is truncated or corrupt: {damage}; the {tally.n_records} records before it were read"
            self._ended(_archive_result(job, tally, "corrupt_archive", detail), tally)
        else:
            self._ended(_archive_result(job, tally), tally)

    def _ended(self, result: FileResult, tally: ArchiveTally) -> None:
        if tally.n_articles >= self.first:  # else the archive ended before this window began
            self.result = result


def read_archive(job: ParseJob, first: int = 0, count: int | None = None) -> Iterator[FileResult]:
    """A FileResult per HTML response record (of the window, see ArchiveReader), parsed in this process,
    then one for the archive itself if it ends in the window."""
    reader = ArchiveReader(job, first, count)
    yield from map(parse_record, reader)
    if reader.result is not None:
        yield reader.result


def gzip_tail_damage(path: str, last_offset: int) -> int | None:
    """Where the archive's gzip stream breaks after the member at last_offset, or None if it ends cleanly.

    FastWARC ends its iteration without an error at a member that is cut short; reading on from
    the last record's member, one megabyte at a time, tells a clean end from a cut.
    """
    with _open(path) as fh:
        fh.seek(last_offset)
        offset, data = last_offset, b""
        while True:
            data = data or fh.read(READ_CHUNK)
            if not data:
                return None
            member = zlib.decompressobj(16 + zlib.MAX_WBITS)
            consumed = 0
            try:
                while not member.eof:
                    member.decompress(data, READ_CHUNK)
                    consumed += len(data) - len(member.unconsumed_tail) - len(member.unused_data)
                    data = member.unconsumed_tail or (b"" if member.eof else fh.read(READ_CHUNK))
                    if not data and not member.eof:
                        return offset
            except zlib.error:
                return offset
            data = member.unused_data
            offset += consumed


def _archive_result(job: ParseJob, tally: ArchiveTally, reason: str | None = None, detail: str | None = None) -> FileResult:
    return FileResult(job.path, job.name, 0, None, "warc", reason=reason, detail=detail,
                      stage="read" if reason else None, archive=tally)
