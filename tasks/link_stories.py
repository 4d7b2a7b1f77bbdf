"""Task: link the run's published articles into stories and fill their gaps from siblings."""

from __future__ import annotations

from prefect import get_run_logger, task
from prefect.cache_policies import NO_CACHE

from byline.batch import shared_pool
from byline.store import Store
from byline.stories.link import link_run
from tasks.retry import RETRY_DELAYS, database_io_failed


@task(name="link-stories", cache_policy=NO_CACHE, retries=2, retry_delay_seconds=RETRY_DELAYS, retry_condition_fn=database_io_failed)
def link_stories(store: Store, run_id: str, n_articles: int) -> int:
    """Returns how many of the run's articles share a story with another article.

    Bodies are signed in this process's parser pool when the run is big enough to want one. The
    search index is rebuilt by the build_reports flow, which runs after each ingest that publishes:
    a full rebuild costs a pass over every article, too much to add to every ingest.
    """
    with store.connect() as con:
        result = link_run(con, run_id, shared_pool(store.settings.workers, n_articles))
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
