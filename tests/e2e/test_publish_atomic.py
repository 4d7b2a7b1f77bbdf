"""A publish killed half-way (SIGKILL) leaves the published tables exactly as before; the next run publishes.

Uses the test hook of byline.publish: BYLINE_KILL_AT=publish:<point> makes the process kill itself
at that point of the publish transaction.
"""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import textwrap
from pathlib import Path

import duckdb
import pytest

ROOT = Path(__file__).resolve().parents[2]
PUBLISHED = ("articles", "article_authors", "article_images")


def published_state(db: Path) -> dict[str, list[tuple]]:
    con = duckdb.connect(str(db))  # a writer: replays the WAL the killed process left
    try:
        return {t: con.execute(f"select * from {t} order by all").fetchall() for t in PUBLISHED}
    finally:
        con.close()


# Stages a run as the ingest flow does, then publishes it; the batch replaces one published file.
STAGE_AND_PUBLISH = textwrap.dedent(
    """
    import sys
    sys.path.insert(0, {unit!r})
    from dataclasses import replace
    from test_quality_staging import articles, stage
    from byline.publish import publish_run
    from byline.store import connect

    con = connect({db!r})
    first = articles(4, captions=("A caption.",))
    if sys.argv[1] == "first":
        stage(con, "r1", first)
        publish_run(con, "r1")
    if sys.argv[1] == "second":
        changed = replace(first[0], body=first[0].body + " Changed.", authors=("Ann Poe",))
        stage(con, "r2", [changed] + articles(3, prefix="/raw/new", captions=("New caption.",)))
    if sys.argv[1] in ("second", "publish_again"):
        print(publish_run(con, "r2"))
    con.close()
    """
)


@pytest.mark.parametrize("point", ["before_commit"])  # the real ingest test kills after_articles
def test_publish_killed_at_any_point_leaves_published_tables_as_before(tmp_path, point):
    db = tmp_path / "byline.duckdb"
    script = tmp_path / "publish.py"
    script.write_text(STAGE_AND_PUBLISH.format(unit=str(ROOT / "tests" / "unit"), db=str(db)))
    run = [sys.executable, str(script)]
    subprocess.run([*run, "first"], check=True, cwd=ROOT)
    before = published_state(db)

    killed = subprocess.run([*run, "second"], cwd=ROOT, env={**os.environ, "BYLINE_KILL_AT": f"publish:{point}"})

    assert killed.returncode == -signal.SIGKILL
    assert published_state(db) == before
    con = duckdb.connect(str(db))
    assert con.execute("select count(*) from staging.articles where run_id = 'r2'").fetchone() == (4,)
    con.close()
    # The staged rows survived the kill: publishing the run again completes it.
    again = subprocess.run([*run, "publish_again"], cwd=ROOT, capture_output=True, text=True, check=True)
    assert again.stdout.strip() == "4"
    after = published_state(db)
    assert len(after["articles"]) == 7 and after != before
