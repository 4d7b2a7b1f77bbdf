"""Crawler manifests: JSONL or CSV with `file` and `url` columns, giving each raw file's source URL.

A manifest is a hint, so a defect in it never stops a run: rows that cannot be used are set aside
with the reason (Manifest.problems), and the files they name are parsed without a crawler URL.
Discovery records the manifest as rejected with those reasons (see manifest_refusal).
"""

from __future__ import annotations

import contextlib
import csv
import functools
import io
import json
from dataclasses import dataclass, field
from pathlib import Path

from byline.parse.decode import bom_encoding
from byline.sources import is_url

MAX_URL_CHARS = 4096  # browsers and servers refuse longer URLs; a longer one is not a page address
# The csv module refuses fields over 131,072 bytes; a long field is read, then judged as a URL.
CSV_FIELD_LIMIT = 64 * 1024 * 1024
PROBLEMS_SHOWN = 10


@dataclass(frozen=True)
class Manifest:
    urls: dict[str, str] = field(default_factory=dict)
    problems: list[str] = field(default_factory=list)  # one line each: what was set aside, and why


def _decode(data: bytes) -> str:
    """UTF-8, or UTF-16/32 with a byte-order mark; anything else raises ValueError with the reason."""
    encoding = bom_encoding(data)
    if encoding:
        return data.decode(encoding)
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError as exc:
        raise ValueError(
            f"it is not UTF-8 (byte 0x{data[exc.start]:02x} at offset {exc.start}); save it as UTF-8"
        ) from exc


def _url_problem(url: object) -> str | None:
    """Why `url` cannot be a source URL, or None when it can."""
    if not isinstance(url, str):
        return f"the url is a {type(url).__name__}, not text"
    if len(url) > MAX_URL_CHARS:
        return f"the url is {len(url):,} characters long, more than {MAX_URL_CHARS:,}"
    if any(ord(c) < 32 or ord(c) == 127 for c in url):
        return "the url holds control characters (such as NUL)"
    return None


def _rows(text: str, csv_format: bool) -> tuple[list[tuple[int, object]], list[str]]:
    """(line number, row) pairs and the problems met while reading them."""
    if csv_format:
        limit = csv.field_size_limit()
        csv.field_size_limit(max(limit, CSV_FIELD_LIMIT))
        rows: list[tuple[int, object]] = []
        try:
            reader = csv.DictReader(io.StringIO(text, newline=""))
            try:
                if "file" not in (reader.fieldnames or []):
                    raise ValueError(f"its header {reader.fieldnames!r} has no 'file' column")
                for row in reader:
                    rows.append((reader.line_num, row))
            except csv.Error as exc:
                return rows, [f"line {reader.line_num}: unreadable CSV ({exc}); the rest of the file was not read"]
        finally:
            csv.field_size_limit(limit)
        return rows, []
    rows, problems = [], []
    for number, line in enumerate(text.splitlines(), 1):
        if not line.strip():
            continue
        try:
            rows.append((number, json.loads(line)))
        except (json.JSONDecodeError, RecursionError) as exc:
            problems.append(f"line {number}: not JSON ({getattr(exc, 'msg', 'nested too deep')})")
    return rows, problems


def read_manifest(path: str | Path | None) -> Manifest:
    """The usable rows of the manifest at `path`, keyed by `file` as written, and what was set aside."""
    if path is None:
        return Manifest()
    path = str(path)
    try:
        text = _decode(_read_bytes(path))
        rows, problems = _rows(text, path.lower().endswith(".csv"))
    except (OSError, ValueError) as exc:
        reason = exc.strerror if isinstance(exc, OSError) else str(exc)
        return Manifest(problems=[f"the manifest cannot be used: {reason}"])
    urls: dict[str, str] = {}
    for number, row in rows:
        if not isinstance(row, dict):
            problems.append(f"line {number}: a JSON {type(row).__name__}, not an object with 'file' and 'url'")
            continue
        file, url = row.get("file"), row.get("url")
        if not isinstance(file, str) or not file:
            problems.append(f"line {number}: no 'file' (text) in the row")
            continue
        if url is None or (isinstance(url, str) and not url.strip()):
            continue
        why = _url_problem(url)
        if why:
            problems.append(f"line {number}: {why}; {file} is read without a crawler URL")
            continue
        urls[file] = url.strip()
    if rows and not urls and all(not isinstance(r, dict) or "file" not in r for _, r in rows):
        return Manifest(problems=["the manifest cannot be used: no row has a 'file' column"])
    return Manifest(urls, problems)


def load_manifest(path: str | Path | None) -> dict[str, str]:
    """Map each manifest `file` (as written, relative or absolute) to its `url`. Other columns are ignored."""
    return read_manifest(path).urls


def manifest_refusal(manifest: Manifest) -> str | None:
    """The detail recorded for a manifest with problems: how many, and the first few."""
    if not manifest.problems:
        return None
    shown = "; ".join(manifest.problems[:PROBLEMS_SHOWN])
    more = len(manifest.problems) - PROBLEMS_SHOWN
    return shown + (f"; and {more} more" if more > 0 else "")


def _read_bytes(path: str) -> bytes:
    """A local file, or an object-store URL (s3://bucket/manifest.jsonl) read through fsspec."""
    if is_url(path):
        import fsspec

        with fsspec.open(path, "rb") as fh:
            return fh.read()
    return Path(path).read_bytes()


def cached_manifest(path: str | None) -> Manifest:
    """The manifest at `path`, read again only when it changes: the batches of a run share one read,
    and a process that outlives runs (a cluster worker, a notebook) sees an edited manifest."""
    if path is None:
        return Manifest()
    return _read_version(str(path), _version(str(path)))


@functools.lru_cache(maxsize=4)
def _read_version(path: str, version: tuple | None) -> Manifest:
    return read_manifest(path)


def _version(path: str) -> tuple | None:
    """What changes when the file does: size and mtime, or an object's ETag; None when it cannot be told."""
    try:
        if is_url(path):
            import fsspec

            fs, key = fsspec.core.url_to_fs(path)
            fs.invalidate_cache(key)
            info = fs.info(key)
            return (info.get("ETag") or info.get("etag"), info.get("size"), str(info.get("LastModified") or info.get("mtime")))
        stat = Path(path).stat()
        return (stat.st_mtime_ns, stat.st_size)
    except (OSError, ValueError):
        return None


def url_for(manifest: dict[str, str], path: Path, root: Path | None) -> str | None:
    """The manifest URL for `path`, keyed by its path relative to `root`, its absolute path or its name."""
    if not manifest:
        return None
    keys = [str(path), path.name]
    if root is not None:
        with contextlib.suppress(ValueError):
            keys.insert(0, path.relative_to(root).as_posix())
    for key in keys:
        if key in manifest:
            return manifest[key]
    return None

