"""Task: rebuild the analysts' copy (published tables and report views) and the data docs, once per run."""

from __future__ import annotations

from prefect import get_run_logger, task
from prefect.cache_policies import NO_CACHE

from byline.docs import build_docs
from byline.report import refresh_views
from byline.snapshot import refresh_analyst_copy as write_analyst_copy
from byline.store import Store
from tasks.retry import RETRY_DELAYS, database_io_failed


@task(name="refresh-analyst-copy", cache_policy=NO_CACHE, retries=2, retry_delay_seconds=RETRY_DELAYS, retry_condition_fn=database_io_failed)
def refresh_analyst_copy(store: Store) -> str:
    with store.connect() as con:
        refresh_views(con)  # the copy carries every report view as a table
        path = write_analyst_copy(con, store.db_path)
        docs = build_docs(con, store.settings.docs_dir)
    log = get_run_logger()
    log.info("analysts' copy refreshed: %s", path)
    log.info("data docs: %s", docs)
    return str(path)
