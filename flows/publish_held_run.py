"""Publish a run that a batch-level quality rule held back, once an engineer has reviewed it."""

from __future__ import annotations

from prefect import flow
from prefect.states import Failed, State

from byline.runs import RunSummary
from byline.store import Store
from flows.one_writer import one_writer
from tasks.check_held_run import check_held_run
from tasks.link_stories import link_stories
from tasks.publish import publish_staged
from tasks.snapshot import refresh_analyst_copy
from tasks.summarize import record_forced_publish


@flow(name="publish_held_run")
def publish_held_run(run_id: str, forced_by: str | None = None, db_path: str | None = None) -> RunSummary | State:
    """Publish a held run's rows that pass the row-level rules and mark it 'forced', saying who did.
    Any run that is not held ends Failed at once, with the reason, and nothing changes."""
    store = Store.from_env(db_path=db_path)
    with one_writer(store):
        refusal = check_held_run(store, run_id)
        if refusal:
            return Failed(message=refusal)
        published = publish_staged(store, run_id, force=True)
        if published:
            link_stories(store, run_id, published)
        summary = record_forced_publish(store, run_id, forced_by)
        refresh_analyst_copy(store)
    return summary
