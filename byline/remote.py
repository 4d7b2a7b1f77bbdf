"""Object storage as a source: any fsspec URL (s3://, gs://, az://, ...), a prefix or a glob on one.

Listing reads what the store's list call returns, page by page (size, ETag, last-modified), and never
opens an object: the ledger compares those three to decide what changed. Credentials and the endpoint
are whatever fsspec and the store's library read (for S3: AWS_* variables, AWS_ENDPOINT_URL, ~/.aws).
"""

from __future__ import annotations

import fnmatch
import glob
import posixpath
import time
from collections.abc import Iterable, Iterator
from datetime import datetime
from typing import IO, Any

import fsspec
from fsspec.core import url_to_fs

from byline.reading import hash_stream
from byline.sources import SourceFile, SourceNotFound


def _etag(info: dict[str, Any]) -> str | None:
    # S3 says ETag, Azure etag, GCS md5Hash/etag: each changes when the object's bytes do.
    value = info.get("ETag") or info.get("etag") or info.get("md5Hash")
    return str(value).strip('"') if value else None


def _mtime(info: dict[str, Any]) -> float:
    value = info.get("LastModified") or info.get("last_modified") or info.get("updated") or info.get("mtime")
    if isinstance(value, datetime):
        return value.timestamp()
    if isinstance(value, str):
        return datetime.fromisoformat(value.replace("Z", "+00:00")).timestamp()
    return float(value or 0.0)


def _root(fs: fsspec.AbstractFileSystem, path: str) -> str:
    """The prefix a listing is relative to: the part of a glob before its first wildcard."""
    parts = path.split("/")
    fixed = []
    for part in parts:
        if glob.has_magic(part):
            break
        fixed.append(part)
    return fs.unstrip_protocol("/".join(fixed).rstrip("/"))


def _listed(fs: fsspec.AbstractFileSystem, path: str) -> dict[str, dict[str, Any]]:
    fs.invalidate_cache()  # a listing cached by an earlier run in this process would hide changes
    if glob.has_magic(path):
        return fs.glob(path, detail=True)
    if fs.isfile(path):
        return {path: fs.info(path)}
    return fs.find(path, detail=True)


def list_objects(source: str, ignore_globs: Iterable[str] = ()) -> Iterator[SourceFile]:
    """Every object under the URL `source`, with size, last-modified and ETag from the listing.

    A store that refuses the listing yields one refused entry for the source itself, so the run goes
    on with its other sources and the refusal is in the ledger (and retried next run).
    """
    fs, path = url_to_fs(source)
    root = _root(fs, path)
    try:
        listing = _listed(fs, path)
    except PermissionError as exc:
        detail = f"{source}: the store refused to list it ({exc}); check the credentials' list permission"
        yield SourceFile(source, source, 0, time.time(), "unlistable", detail)
        return
    except FileNotFoundError as exc:
        raise SourceNotFound(f"{source}: no such bucket or object ({exc})") from exc
    for key in sorted(listing):
        info = listing[key]
        if info.get("type") == "directory" or any(fnmatch.fnmatch(posixpath.basename(key), p) for p in ignore_globs):
            continue
        yield SourceFile(fs.unstrip_protocol(key), root, int(info.get("size") or 0), _mtime(info), etag=_etag(info))


def open_object(url: str) -> IO[bytes]:
    """A streaming binary reader for the object at `url`, read in ranges, never whole."""
    return fsspec.open(url, "rb").open()


def read_and_hash(url: str, max_bytes: int) -> tuple[bytes, str, int]:
    """Like batch.read_and_hash for an object: its first max_bytes + 1 bytes, SHA-256 of all, size."""
    try:
        with open_object(url) as fh:
            return hash_stream(fh, max_bytes)
    except FileNotFoundError as exc:
        raise FileNotFoundError(2, "the object was deleted after it was listed") from exc
    except PermissionError as exc:
        raise PermissionError(13, f"the store refused to read it ({exc})") from exc
