"""One writer at a time on the DuckDB file, across every deployment that writes it.

DuckDB lets one process write a file. Each flow that writes holds a slot of one Prefect global
concurrency limit for its database work, so an ingest, a report refresh and a forced publish
queue for the file instead of failing on its lock. `byline setup` creates the limit; a server
without it gets it created on first use.
"""

from __future__ import annotations

import contextlib
from collections.abc import Iterator

from prefect.client.orchestration import get_client
from prefect.client.schemas.actions import GlobalConcurrencyLimitCreate
from prefect.concurrency.sync import concurrency
from prefect.exceptions import ObjectAlreadyExists, ObjectNotFound
from prefect.runtime import deployment

from byline.store import Store

DUCKDB_WRITER_LIMIT = "byline-duckdb-writer"
LEASE_SECONDS = 60  # renewed while the flow runs; a killed run's slot frees itself after this long (60 s at least)


def ensure_writer_limit() -> None:
    with get_client(sync_client=True) as client:
        try:
            client.read_global_concurrency_limit_by_name(DUCKDB_WRITER_LIMIT)
        except ObjectNotFound:
            with contextlib.suppress(ObjectAlreadyExists):  # another run created it meanwhile
                client.create_global_concurrency_limit(GlobalConcurrencyLimitCreate(name=DUCKDB_WRITER_LIMIT, limit=1))


@contextlib.contextmanager
def one_writer(store: Store) -> Iterator[None]:
    """Hold the database's writer slot (deployment runs), and the file itself, for the block.

    Waits while another deployment's run holds the slot, then for the file's lock as every open
    does. A run started by hand (`byline ingest`) takes no slot: it waits for the file's lock alone.
    """
    if deployment.get_id() is None:
        with store.held_open():
            yield
        return
    ensure_writer_limit()
    with concurrency(DUCKDB_WRITER_LIMIT, occupy=1, lease_duration=LEASE_SECONDS, strict=True,
                     raise_on_lease_renewal_failure=False), store.held_open():
        yield
