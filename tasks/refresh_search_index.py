"""Task: rebuild the full-text search index over published articles."""

from __future__ import annotations

from prefect import task
from prefect.cache_policies import NO_CACHE

from byline.search import build_index
from byline.store import Store
from tasks.retry import RETRY_DELAYS, database_io_failed


@task(name="refresh-search-index", cache_policy=NO_CACHE, retries=2, retry_delay_seconds=RETRY_DELAYS, retry_condition_fn=database_io_failed)
def refresh_search_index(store: Store) -> int:
    with store.connect() as con:
        return build_index(con)
