"""Read one raw file safely: only a regular file still inside its source folder when opened.

Discovery checks each path, but a file can be swapped between discovery and reading (for a
symlink to a file elsewhere, or for a FIFO). So the file is opened without following a final
symlink and without blocking, and the opened descriptor itself is checked: a regular file, whose
real path (/proc/self/fd) is inside the real source folder. Only then is it read.
"""

from __future__ import annotations

import errno
import hashlib
import os
import stat
from typing import BinaryIO

from byline.parse import MAX_BYTES

READ_CHUNK = 1 << 20
_FLAGS = os.O_RDONLY | getattr(os, "O_NOFOLLOW", 0) | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_CLOEXEC", 0)


class NotReadable(Exception):
    """The file was not read: `reason` is the reject code, `detail` says why."""

    def __init__(self, reason: str, detail: str) -> None:
        super().__init__(detail)
        self.reason, self.detail = reason, detail


def _refuse_special(path: str) -> None:
    """Refuse a FIFO or device without opening it (opening one can block, or act on the device)."""
    try:
        mode = os.stat(path).st_mode
    except OSError:
        return  # open() below says why
    if not stat.S_ISREG(mode):
        raise NotReadable("not_a_regular_file", "not a regular file when read (a FIFO, device or folder); it was not opened")


def _open(path: str, root: str | None) -> int:
    """A descriptor on `path`; a symlink found here is followed only to a file inside `root`.

    The descriptor is checked again after opening (_check): the path may change in between.
    """
    _refuse_special(path)
    try:
        return os.open(path, _FLAGS)
    except OSError as exc:
        if exc.errno != errno.ELOOP:
            raise NotReadable("unreadable", exc.strerror or str(exc)) from exc
    real = os.path.realpath(path)  # a symlink, followed once by hand so that its target is checked below
    try:
        return os.open(real, _FLAGS)
    except OSError as exc:
        reason = "broken_symlink" if exc.errno in (errno.ENOENT, errno.ELOOP) else "unreadable"
        raise NotReadable(reason, f"a symlink that cannot be followed ({exc.strerror})") from exc


def _check(fd: int, root: str | None) -> None:
    """Raise NotReadable unless the open file is a regular file inside `root`."""
    mode = os.fstat(fd).st_mode
    if not stat.S_ISREG(mode):
        raise NotReadable("not_a_regular_file", "not a regular file when opened (a FIFO, device or folder); it was not read")
    if root is None:
        return
    try:
        real = os.readlink(f"/proc/self/fd/{fd}")
    except OSError:  # no /proc (not Linux): discovery's check is the only one
        return
    real_root = os.path.realpath(root)
    if os.path.commonpath([real, real_root]) != real_root:
        raise NotReadable("outside_root", f"resolved to {real} when opened, outside the source folder {root}; it was not read")


def read_and_hash(path: str, root: str | None = None) -> tuple[bytes, str, int]:
    """The first MAX_BYTES + 1 bytes (enough to refuse a huge file), the SHA-256 of all of them, the size."""
    fd = _open(path, root)
    try:
        _check(fd, root)
        os.set_blocking(fd, True)
        with os.fdopen(fd, "rb", closefd=False) as fh:
            return hash_stream(fh, MAX_BYTES)
    except OSError as exc:
        raise NotReadable("unreadable", exc.strerror or str(exc)) from exc
    finally:
        os.close(fd)


def hash_stream(fh: BinaryIO, max_bytes: int) -> tuple[bytes, str, int]:
    """The first max_bytes + 1 bytes of a stream (enough to refuse a huge one), the SHA-256 of all, the size."""
    digest = hashlib.sha256()
    kept = bytearray()
    size = 0
    while chunk := fh.read(READ_CHUNK):
        digest.update(chunk)
        size += len(chunk)
        if len(kept) <= max_bytes:
            kept += chunk[: max_bytes + 1 - len(kept)]
    return bytes(kept), digest.hexdigest(), size
