"""Task: close the run's record and publish its summary as a Prefect artifact."""

from __future__ import annotations

from prefect import task
from prefect.artifacts import create_markdown_artifact
from prefect.cache_policies import NO_CACHE

from byline.runs import RunSummary, finish_run, mark_forced
from byline.store import connect


@task(name="summarize", cache_policy=NO_CACHE, retries=2, retry_delay_seconds=[2, 5])
def summarize_run(db_path: str, summary: RunSummary) -> RunSummary:
    con = connect(db_path)
    try:
        finish_run(con, summary)
    finally:
        con.close()
    create_markdown_artifact(key="ingest-summary", markdown=summary.to_markdown(), description="byline ingest run")
    return summary


@task(name="record-forced-publish", cache_policy=NO_CACHE, retries=2, retry_delay_seconds=[2, 5])
def record_forced_publish(db_path: str, run_id: str, n_published: int) -> RunSummary:
    con = connect(db_path)
    try:
        summary = mark_forced(con, run_id, n_published)
    finally:
        con.close()
    create_markdown_artifact(key="ingest-summary", markdown=summary.to_markdown(), description="byline forced publish")
    return summary
