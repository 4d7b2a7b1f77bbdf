"""Task: load one parsed batch into staging and the file ledger."""

from __future__ import annotations

from prefect import task
from prefect.cache_policies import NO_CACHE

from byline.archives import stage_batch_with_archives
from byline.batch import FileResult
from byline.parse import PARSER_VERSION
from byline.sources import SourceFile
from byline.staging import StagedCounts
from byline.store import connect


@task(name="stage-batch", cache_policy=NO_CACHE, retries=2, retry_delay_seconds=[2, 5])
def stage_batch(db_path: str, run_id: str, files: list[SourceFile], results: list[FileResult]) -> StagedCounts:
    con = connect(db_path)
    try:
        counts = stage_batch_with_archives(con, results, files, run_id, PARSER_VERSION)
    finally:
        con.close()
    # Prefect's record of the parse task holds this list until a full garbage collection, which can
    # be dozens of batches later; the batch is in the database now, so its articles can go.
    results.clear()
    return counts
