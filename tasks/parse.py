"""Task: read, hash and parse one batch of files, in the run's worker processes."""

from __future__ import annotations

from pathlib import Path

from prefect import get_run_logger, task
from prefect.cache_policies import NO_CACHE

from byline.batch import FileResult, ParseJob, WorkerPool, parse_jobs
from byline.kill_points import kill_point
from byline.manifest import cached_manifest, url_for
from byline.sources import SourceFile


@task(name="parse-batch", cache_policy=NO_CACHE)
def parse_batch(files: list[SourceFile], manifest_path: str | None, pool: WorkerPool | None) -> list[FileResult]:
    manifest = cached_manifest(manifest_path)
    jobs = [ParseJob.of(f, f.path, url_for(manifest, Path(f.path), Path(f.root))) for f in files]
    results = list(parse_jobs(jobs, pool))
    kill_point("parse")
    logger = get_run_logger()
    for r in results:
        if r.reason:
            logger.warning("rejected %s (%s): %s", r.path, r.reason, r.detail)
    return results
