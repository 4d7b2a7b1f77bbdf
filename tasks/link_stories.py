"""Task: link the run's published articles into stories and fill their gaps from siblings."""

from __future__ import annotations

from concurrent.futures import Executor

from prefect import get_run_logger, task
from prefect.cache_policies import NO_CACHE

from byline.store import connect
from byline.stories.link import link_run


@task(name="link-stories", cache_policy=NO_CACHE, retries=2, retry_delay_seconds=[2, 5])
def link_stories(db_path: str, run_id: str, pool: Executor | None = None) -> int:
    """Returns how many of the run's articles share a story with another article.

    The search index is rebuilt by the build_reports flow, which runs after each ingest: a full
    rebuild costs a pass over every article, too much to add to every ingest.
    """
    con = connect(db_path)
    try:
        result = link_run(con, run_id, pool)
    finally:
        con.close()
    get_run_logger().info(
        "signed %d articles; %d linked to a story with other copies; %d stories touched; "
        "filled %d dates and %d titles from siblings",
        result.signed,
        result.linked,
        result.stories,
        result.dates_filled,
        result.titles_filled,
    )
    return result.linked
