"""A real Dask cluster on loopback: one `dask scheduler` and two `dask worker` processes, started once per test process."""

from __future__ import annotations

import os
import socket
import subprocess
import sys
import time
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
DASK = str(Path(sys.executable).with_name("dask"))


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@dataclass(frozen=True)
class Cluster:
    address: str
    workers: list[subprocess.Popen]  # each a nanny that restarts its worker process if it dies


@pytest.fixture(scope="session")
def dask_cluster() -> Iterator[Cluster]:
    from distributed import Client

    address = f"tcp://127.0.0.1:{free_port()}"
    quiet = {"stdout": subprocess.DEVNULL, "stderr": subprocess.DEVNULL, "cwd": ROOT}
    # workers may start processes, so each parses under the time limit in a process of its own
    can_fork = {**quiet, "env": {**os.environ, "DASK_DISTRIBUTED__WORKER__DAEMON": "False"}}
    port = address.rsplit(":", 1)[1]
    scheduler = subprocess.Popen([DASK, "scheduler", "--host", "127.0.0.1", "--port", port, "--no-dashboard"], **quiet)
    workers = [
        subprocess.Popen([DASK, "worker", address, "--nworkers", "1", "--nthreads", "1", "--no-dashboard",
                          "--host", "127.0.0.1"], **can_fork)
        for _ in range(2)
    ]
    try:
        deadline = time.monotonic() + 120
        while True:
            try:
                with Client(address, timeout=10) as client:
                    client.wait_for_workers(2, timeout=max(1, deadline - time.monotonic()))
                break
            except OSError:
                if time.monotonic() > deadline:
                    raise
                time.sleep(0.5)
        yield Cluster(address, workers)
    finally:
        for process in [*workers, scheduler]:
            process.terminate()
        for process in [*workers, scheduler]:
            try:
                process.wait(15)
            except subprocess.TimeoutExpired:
                process.kill()
