"""Test hook: die at a named point of a run, as a crash or the OOM killer would.

`BYLINE_KILL_AT=<point>` makes kill_point(<point>) send SIGKILL to the ingest's whole process
group (the flow process, its parser workers and the Prefect server it started) when the ingest
leads its own group, else to the process alone. Points are named where tests use them:
discover, parse, stage, stage:archive (an archive's records staged, the archive not yet recorded), validate, publish:<step>, link-stories, analyst-copy.
"""

from __future__ import annotations

import os
import signal


def kill_point(point: str) -> None:
    if os.environ.get("BYLINE_KILL_AT") != point:
        return
    if os.getpgid(0) == os.getpid():
        os.killpg(os.getpid(), signal.SIGKILL)
    os.kill(os.getpid(), signal.SIGKILL)
