"""Parse an ingest's batches on a Dask cluster; stage them here, in plan order, as the single writer.

Batches travel as file references (paths and URLs); each worker reads its files itself, from a
shared path or object storage. An archive is shared out in windows of records (ARCHIVE_WINDOW), so
no worker parses, and the flow never holds, a whole crawl archive. A few tasks per worker are in
flight at once, so the cluster stays busy while the flow stages. Each worker parses in a process of
its own under the run's time limit per file, as the local pool does; a daemonic worker cannot, and
is named in the log.
"""

from __future__ import annotations

from collections import deque
from collections.abc import Sequence

from prefect import get_run_logger
from prefect.utilities.annotations import quote
from prefect_dask import DaskTaskRunner

from byline.batch import can_start_processes
from byline.ingest import ARCHIVE_WINDOW, ArchiveWindow, Batch, cluster_work
from byline.store import Store
from tasks.parse_archive_window import parse_archive_window
from tasks.parse_batch import parse_batch
from tasks.stage_batch import stage_batch

TASKS_PER_WORKER = 2


def ingest_on_cluster(store: Store, batches: Sequence[Batch], address: str) -> int:
    """Parse every batch on the cluster at `address` and stage each; returns how many files were rejected."""
    rejected = 0
    ended: set[str] = set()  # archives whose last window has come back
    with DaskTaskRunner(address=address) as runner:
        n_workers = len(runner.client.scheduler_info().get("workers", {})) or 1
        warn_of_workers_without_time_limit(runner.client, store.settings.parse_timeout)
        work = cluster_work(batches, ended, ARCHIVE_WINDOW)
        in_flight: deque = deque()

        def submit_next() -> None:
            batch, unit = next(work, (None, None))
            if unit is not None:
                task, name = (parse_archive_window, "window") if isinstance(unit, ArchiveWindow) else (parse_batch, "batch")
                parameters = {name: unit, "timeout": store.settings.parse_timeout}
                in_flight.append((batch, unit, runner.submit(task, parameters=parameters)))

        for _ in range(TASKS_PER_WORKER * n_workers):
            submit_next()
        while in_flight:
            batch, unit, parsing = in_flight.popleft()
            results = parsing.result()
            if isinstance(unit, ArchiveWindow) and (not results or results[-1].archive is not None):
                ended.add(unit.archive.path)
            submit_next()
            if results:
                rejected += stage_batch(store, batch, quote(results))
    return rejected


def warn_of_workers_without_time_limit(client, timeout: float) -> None:
    """A worker started as a daemonic process (Dask's default under a nanny) parses in its own process,
    where a file that hangs the parser holds the worker until the task is cancelled."""
    daemonic = sorted(worker for worker, ok in client.run(can_start_processes).items() if not ok)
    if daemonic:
        get_run_logger().warning(
            "%d Dask worker(s) parse without the %g s time limit per file, being daemonic processes that may not"
            " start one: %s. Start workers with DASK_DISTRIBUTED__WORKER__DAEMON=False.",
            len(daemonic), timeout, ", ".join(daemonic))
