"""Task: close the run's record and publish its summary as a Prefect artifact."""

from __future__ import annotations

from prefect import task
from prefect.artifacts import create_markdown_artifact
from prefect.cache_policies import NO_CACHE
from prefect.events import emit_event
from prefect.runtime import flow_run

from byline.runs import RunSummary, finish_run, mark_forced
from byline.store import Store
from tasks.retry import RETRY_DELAYS, database_io_failed


@task(name="summarize", cache_policy=NO_CACHE, retries=3, retry_delay_seconds=RETRY_DELAYS, retry_condition_fn=database_io_failed)
def summarize_run(store: Store, run_id: str) -> RunSummary:
    with store.connect() as con:
        summary = finish_run(con, run_id, str(store.db_path))
    create_markdown_artifact(key="ingest-summary", markdown=summary.to_markdown(), description="byline ingest run")
    announce_published(summary)
    return summary


@task(name="record-forced-publish", cache_policy=NO_CACHE, retries=3, retry_delay_seconds=RETRY_DELAYS, retry_condition_fn=database_io_failed)
def record_forced_publish(store: Store, run_id: str, forced_by: str | None) -> RunSummary:
    """Mark the held run forced, saying who published it (by default: this flow run)."""
    who = forced_by or f"flow run {flow_run.get_name()} ({flow_run.get_id()})"
    with store.connect() as con:
        summary = mark_forced(con, run_id, who, str(store.db_path))
    if summary is None:
        raise RuntimeError(f"run {run_id} stopped being held while it was published; see `byline quality`")
    create_markdown_artifact(
        key="forced-publish",
        markdown=summary.to_markdown("byline forced publish of run") + f"\n**Forced by:** {who}",
        description=f"byline forced publish, run {run_id}",
    )
    announce_published(summary)
    return summary


PUBLISHED_EVENT = "byline.articles.published"  # reports-after-ingest runs on it (prefect.yaml)


def announce_published(summary: RunSummary) -> None:
    """Tell Prefect that articles went live, so the reports are rebuilt; a run that published nothing says nothing."""
    if summary.n_published:
        emit_event(
            event=PUBLISHED_EVENT,
            resource={"prefect.resource.id": f"byline.run.{summary.run_id}", "byline.database": summary.db_path},
            payload={"n_published": summary.n_published, "outcome": summary.outcome},
        )
