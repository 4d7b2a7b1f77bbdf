"""The ingest flow: raw article files in, validated articles published to DuckDB."""

from __future__ import annotations

from typing import Annotated

from prefect import flow
from prefect.states import Failed, State
from prefect.task_runners import ThreadPoolTaskRunner
from pydantic import Field, StringConstraints

from byline.runs import RunSummary
from byline.store import Store
from flows.cluster import ingest_on_cluster
from flows.one_writer import one_writer
from tasks.discover import discover_files
from tasks.ingest_batch import ingest_batch
from tasks.link_stories import link_stories
from tasks.open_run import open_run
from tasks.publish import publish_staged
from tasks.repair import repair_dead_runs
from tasks.snapshot import refresh_analyst_copy
from tasks.summarize import summarize_run
from tasks.validate import validate_staged

# A folder, file or glob; never empty, which would mean the working directory.
Source = Annotated[str, StringConstraints(min_length=1, pattern=r"\S")]


# Two batch tasks at a time: one parses in the worker pool while the other stages.
@flow(name="ingest_articles", task_runner=ThreadPoolTaskRunner(max_workers=2))
def ingest_articles(
    sources: Annotated[list[Source], Field(min_length=1)],
    db_path: str | None = None,
    manifest: str | None = None,
    reparse: bool = False,
    batch_size: int | None = None,
    workers: int | None = None,
    cluster: str | None = None,
) -> RunSummary | State:
    """Discover → parse and stage each batch → validate → publish → summarize. A held run ends Failed ("Held").

    With `cluster` (or BYLINE_DASK_ADDRESS), a Dask scheduler's address, batches are parsed there.
    """
    store = Store.from_env(db_path=db_path, batch_size=batch_size, workers=workers, dask_address=cluster)
    with one_writer(store):
        repair_dead_runs(store)  # finish what dead runs left half-done
        run_id = open_run(store)
        batches = discover_files(store, run_id, sources, manifest, reparse)
        if store.settings.dask_address:
            ingest_on_cluster(store, batches, store.settings.dask_address)
        else:
            ingest_batch.map(store, batches).result()
        verdict = validate_staged(store, run_id)
        if verdict.passed and (n_published := publish_staged(store, run_id)):
            link_stories(store, run_id, n_published)
        summary = summarize_run(store, run_id)
        if batches:
            refresh_analyst_copy(store)
    return summary if verdict.passed else Failed(name="Held", message=summary.next_step(), data=summary)
