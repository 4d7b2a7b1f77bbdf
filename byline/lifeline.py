"""Child processes die with the process that started them, even when it is killed with SIGKILL.

The OOM killer, or kill -9, gives a process no chance to stop its children: parser workers and the
embedded Prefect server would live on, holding memory and a port. Two guards:

- a worker asks the kernel to kill it when its parent dies (PR_SET_PDEATHSIG, Linux): die_with_parent;
- a small watchdog process (start_watchdog) follows the ingest's descendants and kills those left
  behind when the ingest dies. It covers children byline does not start itself, such as the server.
"""

from __future__ import annotations

import contextlib
import ctypes
import ctypes.util
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

PR_SET_PDEATHSIG = 1
WATCH_INTERVAL = 0.5  # seconds between looks at the ingest's descendants


def die_with_parent(parent_pid: int) -> None:
    """Run first in a child process: it gets SIGKILL when the thread that started it ends."""
    with contextlib.suppress(OSError, AttributeError):
        libc = ctypes.CDLL(ctypes.util.find_library("c") or "libc.so.6", use_errno=True)
        libc.prctl(PR_SET_PDEATHSIG, signal.SIGKILL)
    if os.getppid() != parent_pid:  # the parent died before the request was made
        os._exit(1)


def _processes() -> dict[int, tuple[int, str]]:
    """pid -> (parent pid, start time) for every process, from /proc."""
    found = {}
    for entry in Path("/proc").iterdir():
        if not entry.name.isdigit():
            continue
        with contextlib.suppress(OSError, IndexError, ValueError):
            fields = (entry / "stat").read_text().rsplit(")", 1)[1].split()
            found[int(entry.name)] = (int(fields[1]), fields[19])
    return found


def descendants(pid: int, table: dict[int, tuple[int, str]]) -> dict[int, str]:
    """Every descendant of `pid`, with its start time (to tell it from a later process given the same pid)."""
    children: dict[int, list[int]] = {}
    for child, (parent, _) in table.items():
        children.setdefault(parent, []).append(child)
    found, todo = {}, list(children.get(pid, []))
    while todo:
        child = todo.pop()
        found[child] = table[child][1]
        todo += children.get(child, [])
    return found


def watch(pid: int) -> None:
    """Until `pid` dies, remember its descendants; then kill those still alive."""
    me = os.getpid()
    known: dict[int, str] = {}
    while os.path.exists(f"/proc/{pid}") and _state(pid) != "Z":
        known = {p: t for p, t in descendants(pid, _processes()).items() if p != me}
        time.sleep(WATCH_INTERVAL)
    table = _processes()
    for child, started in known.items():
        if table.get(child, (0, None))[1] == started:
            with contextlib.suppress(OSError):
                os.kill(child, signal.SIGKILL)


def _state(pid: int) -> str:
    try:
        return Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()[0]
    except (OSError, IndexError):
        return "X"


def start_watchdog() -> subprocess.Popen | None:
    """Start the watchdog of this process (Linux only), in its own session so that it outlives a
    kill of this process group. It exits by itself once this process is gone."""
    if not Path("/proc/self/stat").exists():
        return None
    return subprocess.Popen(
        [sys.executable, "-m", "byline.lifeline", str(os.getpid())],
        start_new_session=True,
        stdin=subprocess.DEVNULL,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )


if __name__ == "__main__":
    watch(int(sys.argv[1]))
