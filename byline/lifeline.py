"""Child processes die with the process that started them, even when it is killed with SIGKILL.

The OOM killer, or kill -9, gives a process no chance to stop its children: parser workers would
live on holding memory. A worker asks the kernel to kill it when its parent dies
(PR_SET_PDEATHSIG, Linux), and checks once that the parent is not already gone.
"""

from __future__ import annotations

import contextlib
import ctypes
import ctypes.util
import os
import signal

PR_SET_PDEATHSIG = 1


def die_with_parent(parent_pid: int) -> None:
    """Run first in a child process: it gets SIGKILL when the thread that started it ends."""
    with contextlib.suppress(OSError, AttributeError):
        libc = ctypes.CDLL(ctypes.util.find_library("c") or "libc.so.6", use_errno=True)
        libc.prctl(PR_SET_PDEATHSIG, signal.SIGKILL)
    if os.getppid() != parent_pid:  # the parent died before the request was made
        os._exit(1)
