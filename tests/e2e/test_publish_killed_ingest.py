"""A real `byline ingest` killed with SIGKILL in the middle of publishing changes nothing published,
and the next real run publishes the batch. Uses the BYLINE_KILL_AT test hook of byline.publish.

Only the killed run needs its own process; the runs before and after are the same flow, run here.
"""

from __future__ import annotations

import os
import signal
import subprocess
import sys
from pathlib import Path

import duckdb
import pytest

from flows.ingest_articles import ingest_articles

ROOT = Path(__file__).resolve().parents[2]
PUBLISHED = ("articles", "article_authors", "article_images")


def story(i: int, day: int = 5) -> str:
    return (
        f"Harbour board approves plan number {i} for the east quay\n\n"
        f"By Maria Lopez\nPublished Mar {day}, 2024\n\n"
        f"The harbour board voted on Tuesday to approve plan {i} for the east quay, after months of "
        f"debate among dockworkers, shipping firms and residents of the old town.\n\n"
        f"The plan covers {i + 12} cranes and a new rail siding, and will be reviewed again next year, "
        f"according to a statement released by the board after a long public consultation.\n"
    )


def byline_ingest(source: Path, db: Path, **env: str) -> subprocess.CompletedProcess:
    """`byline ingest` in its own process, reporting to the test's Prefect server."""
    from prefect.settings import PREFECT_API_URL

    environment = {**os.environ, "PREFECT_API_URL": PREFECT_API_URL.value(), **env}
    command = [str(Path(sys.executable).with_name("byline")), "ingest", str(source), "--db", str(db), "--workers", "1"]
    return subprocess.run(command, cwd=ROOT, env=environment, capture_output=True, text=True, timeout=600)


def published_state(db: Path) -> dict[str, list[tuple]]:
    with duckdb.connect(str(db)) as con:  # a writer: replays the WAL the killed process left
        return {t: con.execute(f"select * from {t} order by all").fetchall() for t in PUBLISHED}


@pytest.mark.slow
def test_ingest_killed_while_publishing_leaves_published_tables_and_next_run_publishes(prefect_harness, tmp_path):
    source, db = tmp_path / "raw", tmp_path / "byline.duckdb"
    source.mkdir()
    for i in range(4):
        (source / f"story-{i}.txt").write_text(story(i))
    ingest_articles(sources=[str(source)], db_path=str(db), workers=1)
    before = published_state(db)
    assert len(before["articles"]) == 4

    changed = source / "story-0.txt"
    changed.write_text(story(0, day=6))
    os.utime(changed, (changed.stat().st_atime, changed.stat().st_mtime + 5))
    for i in range(4, 7):
        (source / f"story-{i}.txt").write_text(story(i))
    killed = byline_ingest(source, db, BYLINE_KILL_AT="publish:after_articles")

    assert killed.returncode == -signal.SIGKILL, killed.stderr[-2000:]
    assert published_state(db) == before

    recovered = ingest_articles(sources=[str(source)], db_path=str(db), workers=1)

    assert recovered.n_published == 4  # the changed file and the three new ones
    after = published_state(db)
    assert len(after["articles"]) == 7
    with duckdb.connect(str(db), read_only=True) as con:
        assert con.execute("select count(*) from articles where source_path = ? and published_date = '2024-03-06'",
                           [str(changed)]).fetchone() == (1,)
        assert con.execute("select distinct status from raw_files").fetchall() == [("published",)]
        assert con.execute("select count(*) from staging.articles").fetchone() == (0,)
