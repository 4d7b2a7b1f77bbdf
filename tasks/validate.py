"""Task: audit the run's staged batch with the quality gate and publish its markdown summary."""

from __future__ import annotations

from prefect import get_run_logger, task
from prefect.artifacts import create_markdown_artifact
from prefect.cache_policies import NO_CACHE

from byline.quality import Verdict, validate_run
from byline.quality.summary import validation_markdown
from byline.runs import files_read, record_verdict
from byline.store import Store
from tasks.retry import RETRY_DELAYS, database_io_failed


@task(name="validate", cache_policy=NO_CACHE, retries=3, retry_delay_seconds=RETRY_DELAYS, retry_condition_fn=database_io_failed)
def validate_staged(store: Store, run_id: str) -> Verdict:
    with store.connect() as con:
        n_files, n_rejected = files_read(con, run_id)
        verdict = validate_run(
            con,
            run_id,
            n_files=n_files,
            n_rejected=n_rejected,
            min_rows_for_batch_rules=store.settings.min_rows_for_batch_rules,
        )
        record_verdict(con, run_id, verdict.outcome, verdict.message)
        markdown = validation_markdown(con, run_id, verdict)
    create_markdown_artifact(key="quality-gate", markdown=markdown, description=f"byline quality gate, run {run_id}")
    get_run_logger().info("quality gate %s in %.2f s: %s", verdict.outcome, verdict.seconds, verdict.message)
    return verdict
