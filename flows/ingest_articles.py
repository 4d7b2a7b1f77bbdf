"""The ingest flow: raw article files in, validated articles published to DuckDB."""

from __future__ import annotations

from collections.abc import Iterator
from concurrent.futures import Executor

from prefect import flow
from prefect.futures import PrefectFuture
from prefect.utilities.annotations import opaque, quote

from byline.batch import FileResult, worker_pool
from byline.discovery import ReadPlan
from byline.quality import warm_up as warm_up_quality_gate
from byline.runs import RunSummary
from byline.settings import SAMPLES_DIR
from byline.sources import SourceFile
from byline.staging import StagedCounts
from byline.store import kept_open
from tasks.discover import discover_files
from tasks.link_stories import link_stories
from tasks.open_run import open_run
from tasks.parse import parse_batch
from tasks.publish import publish_staged
from tasks.repair import repair_dead_runs
from tasks.snapshot import refresh_analyst_copy
from tasks.stage import stage_batch
from tasks.summarize import summarize_run
from tasks.validate import validate_staged


class BatchHeldBack(RuntimeError):
    """The run's batch failed a batch-level quality rule; nothing of it was published."""

    def __init__(self, summary: RunSummary) -> None:
        super().__init__(summary.message)
        self.summary = summary


def parsed_batches(
    plan: ReadPlan, batch_size: int, manifest: str | None, pool: Executor | None
) -> Iterator[tuple[list[SourceFile], PrefectFuture[list[FileResult]]]]:
    """Parse batch k+1 while batch k is being staged; at most two batches are in memory.

    Batches go to tasks wrapped in quote/opaque: Prefect would otherwise walk every file and
    parsed article looking for futures, which costs more than staging them.
    """
    pending = None
    for files in plan.batches(batch_size):
        parsing = parse_batch.submit(quote(files), manifest, pool)
        if pending:
            yield pending
        pending = (files, parsing)
    if pending:
        yield pending


@flow(name="ingest_articles")
def ingest_articles(
    sources: list[str] | None = None,
    db_path: str = "data/byline.duckdb",
    manifest: str | None = None,
    reparse: bool = False,
    batch_size: int = 1000,
    workers: int = 0,
) -> RunSummary:
    """Discover → parse → load to staging → validate → publish → summarize."""
    with kept_open(db_path):  # one checkpoint per run, not one per task
        repair_dead_runs(db_path)
        run_id = open_run(db_path)
        plan = discover_files(db_path, sources or [str(SAMPLES_DIR)], reparse, manifest)
        if plan.to_read:
            warm_up_quality_gate()  # its 5-20 s import overlaps with parsing
        staged = StagedCounts()
        with worker_pool(workers, len(plan.to_read)) as pool:
            for files, parsing in parsed_batches(plan, batch_size, manifest, pool):
                staged += stage_batch(db_path, run_id, quote(files), opaque(parsing))
            verdict = validate_staged(db_path, run_id, n_files=len(plan.to_read), n_rejected=staged.rejected)
            published = publish_staged(db_path, run_id) if verdict.passed else 0
            if published:
                link_stories(db_path, run_id, pool)
        summary = summarize_run(db_path, RunSummary.of(run_id, plan, staged, verdict, published, db_path))
        if plan.to_read:
            refresh_analyst_copy(db_path)
    if not verdict.passed:
        raise BatchHeldBack(summary)
    return summary
