"""Task: list the sources and plan which files this run must read."""

from __future__ import annotations

from prefect import get_run_logger, task
from prefect.cache_policies import NO_CACHE

from byline.discovery import ReadPlan, plan_reads
from byline.kill_points import kill_point
from byline.settings import get_settings
from byline.store import connect


@task(name="discover", cache_policy=NO_CACHE)
def discover_files(db_path: str, sources: list[str], reparse: bool = False, manifest: str | None = None) -> ReadPlan:
    con = connect(db_path)
    try:
        plan = plan_reads(con, sources, get_settings().ignore_globs, reparse, manifest)
    finally:
        con.close()
    kill_point("discover")
    get_run_logger().info("%d files found, %d to read, %d unchanged", plan.n_listed, len(plan.to_read), plan.n_unchanged)
    return plan
