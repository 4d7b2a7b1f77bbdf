"""Parse one raw article file: detect its format, decode it, hand it to the format's parser.

`parse_bytes` is the one entry point. It raises `Rejected` with a stable reason code for input
that cannot become an article; it never raises anything else for bad input.
"""

from __future__ import annotations

import zlib
from datetime import date

from byline.model import ParsedArticle, Rejected
from byline.parse.decode import decode_text, looks_binary

# Bump when a parser change alters output; stored with every article (reparse with --reparse).
PARSER_VERSION = "0.1.0"
# Larger files are not articles; refuse before parsing. Parsing costs up to ~30x the size in memory
# (docs in README: "Limits"), so this also bounds a worker's memory.
MAX_BYTES = 8 * 1024 * 1024

HTML_SUFFIXES = (".html", ".htm", ".xhtml")
TEXT_SUFFIXES = (".txt", ".text")


def strip_gz(name: str) -> str:
    return name[:-3] if name.lower().endswith(".gz") else name


def gunzip(data: bytes, name: str) -> bytes:
    """Decompress a gzipped file, refusing bombs and truncated archives with a reason."""
    try:
        decompressor = zlib.decompressobj(16 + zlib.MAX_WBITS)
        out = decompressor.decompress(data, MAX_BYTES + 1)
    except zlib.error as exc:
        raise Rejected("corrupt_gzip", f"{name}: {exc}") from exc
    if len(out) > MAX_BYTES:
        raise Rejected("too_large", f"{name}: decompresses to more than {MAX_BYTES} bytes")
    if not decompressor.eof:
        raise Rejected("corrupt_gzip", f"{name}: the gzip stream is truncated")
    return out


def detect_format(name: str, data: bytes) -> str | None:
    """'html' or 'text' from the file name, or by sniffing when it has no extension; None if unsupported."""
    lower = strip_gz(name).lower()
    if lower.endswith(HTML_SUFFIXES):
        return "html"
    if lower.endswith(TEXT_SUFFIXES):
        return "text"
    if "." in lower.rsplit("/", 1)[-1]:
        return None
    head = data[:2048].lstrip().lower()
    if head.startswith((b"<!doctype html", b"<html", b"<?xml")) or b"<body" in head or b"<head" in head:
        return "html"
    return "text"


def parse_bytes(data: bytes, name: str, url_hint: str | None = None, *, today: date | None = None) -> ParsedArticle:
    """Parse the bytes of one raw file named `name` (used for format detection and messages).

    `today` is the day dates are judged against (a date after it is not yet plausible); None means the clock's.
    """
    if name.lower().endswith(".gz") or data[:2] == b"\x1f\x8b":
        data = gunzip(data, name)
    if not data.strip():
        raise Rejected("empty", f"{name}: the file is empty or only whitespace")
    if len(data) > MAX_BYTES:
        raise Rejected("too_large", f"{name}: {len(data)} bytes is more than the {MAX_BYTES} byte limit")
    if looks_binary(data):
        raise Rejected("binary", f"{name}: the file holds binary data, not article text or HTML")
    fmt = detect_format(name, data)
    if fmt is None:
        supported = ", ".join(HTML_SUFFIXES + TEXT_SUFFIXES)
        raise Rejected("unsupported_format", f"{name}: not an article format byline reads ({supported}, optionally .gz)")
    if fmt == "html":
        from byline.parse.html import parse_html

        return parse_html(data, url_hint=url_hint, today=today)
    from byline.parse.text import parse_text

    return parse_text(decode_text(data, name), url_hint=url_hint, today=today)


def parse_file(path: str, url_hint: str | None = None, *, today: date | None = None) -> ParsedArticle:
    with open(path, "rb") as fh:
        data = fh.read(MAX_BYTES + 1)
    return parse_bytes(data, path, url_hint, today=today)


__all__ = ["PARSER_VERSION", "parse_bytes", "parse_file", "detect_format", "gunzip", "MAX_BYTES"]
