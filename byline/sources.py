"""Find raw files under the configured sources: folders, single files or glob patterns.

Paths never escape their root: a symlink that resolves outside the folder it was found in is
reported as skipped, with its reason, instead of being read.
"""

from __future__ import annotations

import fnmatch
import glob
import os
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path


@dataclass(frozen=True, slots=True)
class SourceFile:
    path: str  # absolute, as found (not resolved through symlinks)
    root: str  # the folder it was found under; manifest keys are relative to it
    size: int
    mtime: float  # seconds since the epoch
    refusal: str | None = None  # outside_root or unreadable: the file must not be read
    detail: str | None = None
    etag: str | None = None  # object stores only (see byline.remote)

    @property
    def relative(self) -> str:
        return os.path.relpath(self.path, self.root)


class SourceNotFound(ValueError):
    pass


def _is_ignored(name: str, ignore_globs: Iterable[str]) -> bool:
    return any(fnmatch.fnmatch(name, pattern) for pattern in ignore_globs)


def _glob_root(pattern: str) -> Path:
    """The deepest folder of a glob pattern that has no wildcard in it."""
    parts = Path(pattern).parts
    fixed = []
    for part in parts:
        if glob.has_magic(part):
            break
        fixed.append(part)
    return Path(*fixed) if fixed else Path(".")


def _expand(source: str) -> Iterator[tuple[Path, Path]]:
    """(file, root) pairs for one source argument."""
    path = Path(source).expanduser()
    if glob.has_magic(source):
        root = _glob_root(source).absolute()
        for match in sorted(glob.glob(source, recursive=True)):
            if os.path.isfile(match):
                yield Path(match).absolute(), root
        return
    if path.is_dir():
        root = path.absolute()
        for dirpath, dirnames, filenames in os.walk(root):
            dirnames[:] = sorted(d for d in dirnames if not d.startswith("."))
            for name in sorted(filenames):
                yield Path(dirpath, name), root
        return
    if path.is_file():
        yield path.absolute(), path.absolute().parent
        return
    raise SourceNotFound(f"{source}: no such file or folder, and no file matches it as a glob pattern")


def _is_url(source: str) -> bool:
    """An object-store URL (s3://, gs://, ...): byline.remote lists it."""
    from byline.remote import is_url

    return is_url(source)


def list_sources(sources: Iterable[str], ignore_globs: Iterable[str] = ()) -> Iterator[SourceFile]:
    """Every raw file under `sources`, once each, in a stable order. Files that must not be read
    (they resolve outside their root, or cannot be stat'ed) come with a `refusal` reason."""
    ignore_globs = tuple(ignore_globs)
    seen: set[str] = set()
    for source in sources:
        if _is_url(source):
            from byline.remote import list_objects

            for remote in list_objects(source, ignore_globs):
                if remote.path not in seen:
                    seen.add(remote.path)
                    yield remote
            continue
        for file, root in _expand(source):
            key = str(file)
            if key in seen or _is_ignored(file.name, ignore_globs):
                continue
            seen.add(key)
            try:
                stat = os.lstat(file)
            except OSError as exc:
                yield SourceFile(key, str(root), 0, 0.0, "unreadable", f"{key} cannot be read: {exc.strerror}")
                continue
            real_root, real = os.path.realpath(root), os.path.realpath(file)
            if os.path.commonpath([real, real_root]) != real_root:
                detail = f"{key} resolves to {real}, outside the source folder {root}; it was not read"
                yield SourceFile(key, str(root), stat.st_size, stat.st_mtime, "outside_root", detail)
                continue
            if file.is_symlink():
                stat = os.stat(file)
            yield SourceFile(key, str(root), stat.st_size, stat.st_mtime)
