"""Task: list the sources and plan which files this run must read, in batches."""

from __future__ import annotations

from prefect import get_run_logger, task
from prefect.cache_policies import NO_CACHE

from byline.discovery import plan_reads
from byline.ingest import Batch, batches_of
from byline.quality import warm_up as warm_up_quality_gate
from byline.runs import record_plan
from byline.store import Store
from tasks.retry import RETRY_DELAYS, database_io_failed


@task(name="discover", cache_policy=NO_CACHE, retries=3, retry_delay_seconds=RETRY_DELAYS, retry_condition_fn=database_io_failed)
def discover_files(store: Store, run_id: str, sources: list[str], manifest: str | None, reparse: bool) -> list[Batch]:
    with store.connect() as con:
        plan = plan_reads(con, sources, store.settings.ignore_globs, reparse)
        record_plan(con, run_id, plan.n_listed, plan.n_unchanged)
    get_run_logger().info("%d files found, %d to read, %d unchanged", plan.n_listed, len(plan.to_read), plan.n_unchanged)
    if plan.to_read:
        warm_up_quality_gate()  # the gate's 5-20 s import overlaps with parsing instead of following it
    return batches_of(plan, run_id, store.settings.batch_size, manifest)
