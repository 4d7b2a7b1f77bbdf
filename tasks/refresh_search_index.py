"""Task: rebuild the full-text search index over published articles."""

from __future__ import annotations

from prefect import task
from prefect.cache_policies import NO_CACHE

from byline.search import build_index
from byline.store import connect


@task(name="refresh-search-index", cache_policy=NO_CACHE, retries=2, retry_delay_seconds=[2, 5])
def refresh_search_index(db_path: str) -> int:
    con = connect(db_path)
    try:
        return build_index(con)
    finally:
        con.close()
