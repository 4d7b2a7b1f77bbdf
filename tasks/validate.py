"""Task: audit the run's staged batch with the quality gate; publish a markdown summary and data docs."""

from __future__ import annotations

from prefect import get_run_logger, task
from prefect.artifacts import create_markdown_artifact
from prefect.cache_policies import NO_CACHE

from byline.docs import build_docs
from byline.kill_points import kill_point
from byline.quality import Verdict, validate_run
from byline.quality.summary import validation_markdown
from byline.settings import get_settings
from byline.store import connect


@task(name="validate", cache_policy=NO_CACHE)
def validate_staged(db_path: str, run_id: str, n_files: int, n_rejected: int) -> Verdict:
    settings = get_settings(db_path=db_path)
    con = connect(db_path)
    try:
        verdict = validate_run(
            con,
            run_id,
            n_files=n_files,
            n_rejected=n_rejected,
            min_rows_for_batch_rules=settings.min_rows_for_batch_rules,
        )
        markdown = validation_markdown(con, run_id, verdict)
        docs = build_docs(con, settings.data_dir / "docs")
    finally:
        con.close()
    kill_point("validate")
    create_markdown_artifact(key="quality-gate", markdown=markdown, description=f"byline quality gate, run {run_id}")
    log = get_run_logger()
    log.info("quality gate %s in %.2f s: %s", verdict.outcome, verdict.seconds, verdict.message)
    log.info("data docs: %s", docs)
    return verdict
