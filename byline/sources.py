"""Find raw files under the configured sources: folders, single files or glob patterns.

Every entry found is reported, readable or not. What must not be read comes with a refusal
reason instead: a symlink that resolves outside the folder it was found in (outside_root), a
dangling or looping symlink (broken_symlink), a FIFO, device, socket or linked folder
(not_a_regular_file), and a file or folder that cannot be listed or stat'ed (unreadable).
A FIFO or a device is never opened: opening a FIFO blocks, and a device reads forever.

File names that are not UTF-8 are kept: the ledger shows their undecodable bytes as \\xNN
(see ledger_path), and the file is read through its real name (SourceFile.fs_path).
"""

from __future__ import annotations

import errno
import fnmatch
import glob
import os
import stat
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path


@dataclass(frozen=True, slots=True)
class SourceFile:
    path: str  # absolute, as found (not resolved through symlinks), printable: see ledger_path
    root: str  # the folder it was found under; manifest keys are relative to it
    size: int
    mtime: float  # seconds since the epoch
    refusal: str | None = None  # the file must not be read: see the module docstring
    detail: str | None = None
    fs_path: str | None = None  # the name to open, when `path` had to escape bytes that are not UTF-8
    etag: str | None = None  # object stores only (see byline.remote)

    @property
    def relative(self) -> str:
        return os.path.relpath(self.path, self.root)


class SourceNotFound(ValueError):
    pass


def ledger_path(path: str) -> str:
    """`path` as text that can be stored: bytes that are not UTF-8 (surrogate escapes) become \\xNN."""
    try:
        path.encode("utf-8")
    except UnicodeEncodeError:
        return os.fsencode(path).decode("utf-8", errors="backslashreplace")
    return path


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


@dataclass(frozen=True, slots=True)
class _Unlistable:
    """A folder os.walk could not list: the files in it are recorded as one unreadable entry."""

    path: Path
    error: OSError


def _expand(source: str) -> Iterator[tuple[Path | _Unlistable, Path]]:
    """(entry, root) pairs for one source argument; entries are files, links and other non-folders."""
    path = Path(source).expanduser()
    if glob.has_magic(source):
        root = _glob_root(source).absolute()
        for match in sorted(glob.glob(source, recursive=True)):
            if not os.path.isdir(match) or os.path.islink(match):
                yield Path(match).absolute(), root
        return
    if path.is_dir():
        root = path.absolute()
        unlistable: list[OSError] = []
        for dirpath, dirnames, filenames in os.walk(root, onerror=unlistable.append):
            while unlistable:
                error = unlistable.pop()
                yield _Unlistable(Path(error.filename), error), root
            linked = [d for d in dirnames if os.path.islink(os.path.join(dirpath, d))]
            dirnames[:] = sorted(d for d in dirnames if not d.startswith(".") and d not in linked)
            for name in sorted(filenames + linked):
                yield Path(dirpath, name), root
        for error in unlistable:  # the root itself, or the last folder walked
            yield _Unlistable(Path(error.filename), error), root
        return
    if path.is_file() or path.is_symlink():
        yield path.absolute(), path.absolute().parent
        return
    raise SourceNotFound(f"{source}: no such file or folder, and no file matches it as a glob pattern")


def _describe(file: Path, root: Path) -> SourceFile:
    """A SourceFile for one entry, with a refusal when it must not be read."""
    key, fs_path = ledger_path(str(file)), str(file)
    extra = {"fs_path": fs_path} if key != fs_path else {}

    def refused(reason: str, detail: str, size: int = 0, mtime: float = 0.0) -> SourceFile:
        return SourceFile(key, ledger_path(str(root)), size, _storable(mtime), reason, f"{key} {detail}", **extra)

    try:
        link = os.lstat(file)
    except OSError as exc:
        return refused("unreadable", f"cannot be read: {exc.strerror}")
    real_root, real = os.path.realpath(root), os.path.realpath(file)
    if os.path.commonpath([real, real_root]) != real_root:
        detail = f"resolves to {ledger_path(real)}, outside the source folder {ledger_path(str(root))}; it was not read"
        return refused("outside_root", detail, link.st_size, link.st_mtime)
    try:
        target = os.stat(file)
    except OSError as exc:
        what = "is a symlink loop" if exc.errno == errno.ELOOP else "is a symlink to nothing (dangling)"
        return refused("broken_symlink", f"{what}; it was not read", 0, link.st_mtime)
    if not stat.S_ISREG(target.st_mode):
        kind = _kind(target.st_mode)
        return refused("not_a_regular_file", f"is {kind}, not a regular file; it was not opened", 0, target.st_mtime)
    return SourceFile(key, ledger_path(str(root)), target.st_size, _storable(target.st_mtime), **extra)


# Timestamps outside years 1970-9999 cannot be stored (or even turned into a datetime); such a
# file is still read, with its mtime clamped.
_LAST_STORABLE_MTIME = 253402300799.0


def _storable(mtime: float) -> float:
    return min(max(mtime, 0.0), _LAST_STORABLE_MTIME)


def _kind(mode: int) -> str:
    if stat.S_ISDIR(mode):
        return "a folder behind a symlink (folders behind links are not followed)"
    if stat.S_ISFIFO(mode):
        return "a FIFO (named pipe)"
    if stat.S_ISCHR(mode) or stat.S_ISBLK(mode):
        return "a device"
    if stat.S_ISSOCK(mode):
        return "a socket"
    return "not a regular file"


def is_url(source: str) -> bool:
    """True for fsspec URLs other than plain local paths (file:// is read as a local path)."""
    protocol, sep, _ = source.partition("://")
    return bool(sep) and protocol.isalnum() and protocol != "file"


def list_sources(sources: Iterable[str], ignore_globs: Iterable[str] = ()) -> Iterator[SourceFile]:
    """Every entry under `sources`, once each, in a stable order. Entries that must not be read
    (see the module docstring) come with a `refusal` reason."""
    ignore_globs = tuple(ignore_globs)
    seen: set[str] = set()
    for source in sources:
        if is_url(source):
            from byline.remote import list_objects

            for remote in list_objects(source, ignore_globs):
                if remote.path not in seen:
                    seen.add(remote.path)
                    yield remote
            continue
        for entry, root in _expand(source):
            if isinstance(entry, _Unlistable):
                key = ledger_path(str(entry.path))
                if key not in seen:
                    seen.add(key)
                    detail = f"{key} is a folder that cannot be listed ({entry.error.strerror}); its files were not read"
                    yield SourceFile(key, ledger_path(str(root)), 0, 0.0, "unreadable", detail, str(entry.path))
                continue
            key = str(entry)
            if key in seen or _is_ignored(entry.name, ignore_globs):
                continue
            seen.add(key)
            yield _describe(entry, root)
