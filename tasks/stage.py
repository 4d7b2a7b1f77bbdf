"""Task: load one parsed batch into staging and the file ledger."""

from __future__ import annotations

from prefect import task
from prefect.cache_policies import NO_CACHE

from byline.batch import FileResult
from byline.kill_points import kill_point
from byline.parse import PARSER_VERSION
from byline.sources import SourceFile
from byline.staging import StagedCounts
from byline.staging import stage_batch as write_batch
from byline.store import connect


@task(name="stage-batch", cache_policy=NO_CACHE, retries=2, retry_delay_seconds=[2, 5])
def stage_batch(db_path: str, run_id: str, files: list[SourceFile], results: list[FileResult]) -> StagedCounts:
    con = connect(db_path)
    try:
        counts = write_batch(con, results, {f.path: f for f in files}, run_id, PARSER_VERSION)
    finally:
        con.close()
    kill_point("stage")
    # Prefect's record of the parse task holds this list until a full garbage collection, which can
    # be dozens of batches later; the batch is in the database now, so its articles can go.
    results.clear()
    return counts
