"""Task: link the run's published articles into stories, fill gaps from siblings, refresh search."""

from __future__ import annotations

from prefect import get_run_logger, task
from prefect.cache_policies import NO_CACHE

from byline.search import build_index
from byline.store import connect
from byline.stories.link import link_run


@task(name="link-stories", cache_policy=NO_CACHE, retries=2, retry_delay_seconds=[2, 5])
def link_stories(db_path: str, run_id: str) -> int:
    """Returns how many of the run's articles share a story with another article."""
    con = connect(db_path)
    try:
        result = link_run(con, run_id)
        indexed = build_index(con)  # the search index follows every publish
    finally:
        con.close()
    get_run_logger().info(
        "signed %d articles; %d linked to a story with other copies; %d stories touched; "
        "filled %d dates and %d titles from siblings; search index covers %d articles",
        result.signed,
        result.linked,
        result.stories,
        result.dates_filled,
        result.titles_filled,
        indexed,
    )
    return result.linked
