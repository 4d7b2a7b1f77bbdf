"""When a task that touches the database is worth retrying: only when the file could not be opened or written."""

from __future__ import annotations

import duckdb

from byline.store import DatabaseBusy


def database_io_failed(task, task_run, state) -> bool:
    """A lock held too long or an I/O error: retry. Any other failure rolled back and would fail again."""
    try:
        state.result()
    except (duckdb.IOException, DatabaseBusy, OSError):
        return True
    except Exception:
        return False
    return False


# Pauses before each retry of a database task: a short lock passes, a long one fails the run.
RETRY_DELAYS = [2, 5, 15]
