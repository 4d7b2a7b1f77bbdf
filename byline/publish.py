"""Publish a validated run: move its passing staged rows into the published tables in one transaction.

Test hook: BYLINE_KILL_AT=publish:<point> makes the process SIGKILL itself at that point of the
transaction (points: after_delete, after_articles, before_commit). Tests use it to show that a
publish killed half-way leaves the published tables exactly as they were.
"""

from __future__ import annotations

import duckdb

from byline.kill_points import kill_point
from byline.store import run, transaction

KILL_POINTS = ("after_delete", "after_articles", "before_commit")


class HeldRun(Exception):
    """The run failed a batch-level rule; publish it only on purpose, with force."""


def publish_run(con: duckdb.DuckDBPyConnection, run_id: str, *, force: bool = False) -> int:
    """Publish the run's staged articles that passed the row-level rules; returns how many went live.

    A staged article replaces published ones with the same article_id (a reparse) or the same
    source_path (a changed file), with their authors and images. Quarantined articles are not
    published; an earlier version of the same file stays published. Staging rows of the run are
    removed. A held run (failed batch rule) raises HeldRun unless force=True.
    """
    n_held = run(con, "publish/held_files", {"run_id": run_id}).fetchone()[0]
    if n_held and not force:
        raise HeldRun(
            f"run {run_id} was held back by the quality gate ({n_held} files held); "
            f"see `byline quality`, then publish it anyway with `byline ingest --force-publish {run_id}`"
        )
    params = {"run_id": run_id}
    try:
        with transaction(con):
            run(con, "publish/select_batch", params)
            run(con, "publish/select_replaced")
            run(con, "publish/select_superseded", params)  # a page crawled again keeps its latest fetch
            run(con, "publish/retire_superseded")
            for table in ("authors", "images", "articles"):
                run(con, f"publish/delete_replaced_{table}")
            _kill_point("after_delete")
            n_published = run(con, "publish/insert_articles", params).fetchone()[0]
            _kill_point("after_articles")
            run(con, "publish/insert_authors", params)
            run(con, "publish/insert_images", params)
            run(con, "publish/mark_published")
            run(con, "publish/mark_superseded")
            run(con, "publish/mark_quarantined", params)
            for table in ("articles", "authors", "images"):
                run(con, f"publish/clear_staged_{table}", params)
            _kill_point("before_commit")
    finally:
        con.execute("drop table if exists publish_batch")
        con.execute("drop table if exists publish_replaced")
        con.execute("drop table if exists publish_superseded")
    return n_published


def _kill_point(point: str) -> None:
    """Test hook: die here, as a crash would, when BYLINE_KILL_AT names publish:<point>."""
    kill_point(f"publish:{point}")
