"""Publish a run that a batch-level quality rule held back, once an engineer has reviewed it."""

from __future__ import annotations

from prefect import flow

from byline.runs import RunSummary
from tasks.link_stories import link_stories
from tasks.publish import publish_staged
from tasks.snapshot import refresh_analyst_copy
from tasks.summarize import record_forced_publish


@flow(name="publish_held_run")
def publish_held_run(run_id: str, db_path: str = "data/byline.duckdb") -> RunSummary:
    """Publish the held run's rows that pass the row-level rules; the run is marked 'forced'."""
    published = publish_staged(db_path, run_id, force=True)
    if published:
        link_stories(db_path, run_id)
    summary = record_forced_publish(db_path, run_id, published)
    refresh_analyst_copy(db_path)
    return summary
