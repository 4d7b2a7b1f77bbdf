"""Crawler manifests: JSONL or CSV with `file` and `url` columns, giving each raw file's source URL."""

from __future__ import annotations

import contextlib
import csv
import functools
import json
from pathlib import Path
from typing import IO


def load_manifest(path: str | Path | None) -> dict[str, str]:
    """Map each manifest `file` (as written, relative or absolute) to its `url`. Other columns are ignored."""
    if path is None:
        return {}
    rows: list[dict] = []
    with _open_text(str(path)) as fh:
        if str(path).lower().endswith(".csv"):
            rows = list(csv.DictReader(fh))
        else:
            for number, line in enumerate(fh, 1):
                if line.strip():
                    try:
                        rows.append(json.loads(line))
                    except json.JSONDecodeError as exc:
                        raise ValueError(f"{path}:{number}: not a JSON object ({exc.msg})") from exc
    if rows and "file" not in rows[0]:
        raise ValueError(f"{path}: the manifest needs a 'file' column (and a 'url' column)")
    return {str(row["file"]): row["url"] for row in rows if row.get("file") and row.get("url")}


def _open_text(path: str) -> IO[str]:
    """A local file, or an object-store URL (s3://bucket/manifest.jsonl) read through fsspec."""
    from byline.remote import is_url

    if is_url(path):
        import fsspec

        return fsspec.open(path, "rt", encoding="utf-8", newline="").open()
    return open(path, encoding="utf-8", newline="")


@functools.lru_cache(maxsize=4)
def cached_manifest(path: str | None) -> dict[str, str]:
    """The manifest at `path`, read once per process (batches of one run share it)."""
    return load_manifest(path)


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
