"""Parse an ingest's batches on a Dask cluster; stage them here, in plan order, as the single writer.

Batches travel as file references (paths and URLs); each worker reads its files itself, from a
shared path or object storage. A few batches per worker are in flight at once, so the cluster
stays busy while the flow stages, and parsed articles never pile up in the flow's memory.
"""

from __future__ import annotations

from collections import deque
from collections.abc import Sequence

from prefect.utilities.annotations import quote
from prefect_dask import DaskTaskRunner

from byline.ingest import Batch
from byline.store import Store
from tasks.parse_batch import parse_batch
from tasks.stage_batch import stage_batch

BATCHES_PER_WORKER = 2


def ingest_on_cluster(store: Store, batches: Sequence[Batch], address: str) -> int:
    """Parse every batch on the cluster at `address` and stage each; returns how many files were rejected."""
    rejected = 0
    with DaskTaskRunner(address=address) as runner:
        n_workers = len(runner.client.scheduler_info().get("workers", {})) or 1
        waiting = iter(batches)
        in_flight: deque = deque()

        def submit_next() -> None:
            batch = next(waiting, None)
            if batch is not None:
                in_flight.append((batch, runner.submit(parse_batch, parameters={"batch": batch})))

        for _ in range(BATCHES_PER_WORKER * n_workers):
            submit_next()
        while in_flight:
            batch, parsing = in_flight.popleft()
            results = parsing.result()
            submit_next()
            rejected += stage_batch(store, batch, quote(results))
    return rejected
