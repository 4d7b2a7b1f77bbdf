"""Analysts read a copy: a reader of the pipeline's database blocks the writer, a reader of the copy does not."""

from __future__ import annotations

import subprocess
import sys
import time
from pathlib import Path

import duckdb
import pytest

from byline.snapshot import analyst_copy_path, refresh_analyst_copy
from byline.store import connect
from flows.ingest_articles import ingest_articles

# An analyst's session in another process: counts articles, waits for a line on stdin, counts again.
READER = """
import sys, duckdb
con = duckdb.connect(sys.argv[1], read_only=True)
print(con.execute("select count(*) from articles").fetchone()[0], flush=True)
sys.stdin.readline()
print(con.execute("select count(*) from articles").fetchone()[0], flush=True)
"""


class Reader:
    def __init__(self, db: Path) -> None:
        self.proc = subprocess.Popen(
            [sys.executable, "-c", READER, str(db)], stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True
        )
        self.first_count = int(self.proc.stdout.readline())  # the connection is open from here on

    def count_again(self) -> int:
        out, _ = self.proc.communicate("go\n", timeout=60)
        assert self.proc.returncode == 0
        return int(out.strip())


def story(i: int) -> str:
    return (
        f"Ferry operator adds route number {i} to the northern islands\n\n"
        f"By Tomas Berg\nPublished Apr 2, 2024\n\n"
        f"The ferry operator said on Monday that route {i} to the northern islands will run twice a day "
        f"from May, after residents asked for a faster link to the mainland hospital and schools.\n\n"
        f"The company will lease {i + 2} vessels for the service and review the timetable in the autumn, "
        f"according to a statement published on its website after the council meeting.\n"
    )


def test_a_reader_of_the_pipeline_database_blocks_the_writer(tmp_path):
    db = tmp_path / "byline.duckdb"
    connect(db).close()
    reader = Reader(db)
    try:
        started = time.perf_counter()
        with pytest.raises(duckdb.IOException, match="lock"):
            connect(db)
        assert time.perf_counter() - started < 5  # it fails at once, it does not wait
    finally:
        assert reader.count_again() == 0


def test_refresh_swaps_the_copy_while_a_reader_keeps_the_old_one(tmp_path):
    db = tmp_path / "byline.duckdb"
    con = connect(db)
    con.execute("insert into articles (article_id, title) values ('a1', 'First article')")
    copy = refresh_analyst_copy(con, db)
    con.close()
    assert copy == analyst_copy_path(db) == tmp_path / "byline.analytics.duckdb"
    reader = Reader(copy)
    con = connect(db)
    con.execute("insert into articles (article_id, title) values ('a2', 'Second article')")

    refresh_analyst_copy(con, db)
    con.close()

    assert reader.count_again() == reader.first_count == 1
    with duckdb.connect(str(copy), read_only=True) as fresh:
        assert fresh.execute("select count(*) from articles").fetchone() == (2,)
        comment = fresh.execute(
            "select comment from duckdb_columns() where table_name = 'articles' and column_name = 'article_id'"
        ).fetchone()[0]
        assert comment.startswith("Stable id")
    assert not list(tmp_path.glob(".*.tmp*"))


@pytest.mark.slow
def test_ingest_succeeds_while_an_analyst_holds_the_copy_open(prefect_harness, tmp_path):
    source, db = tmp_path / "raw", tmp_path / "byline.duckdb"
    source.mkdir()
    for i in range(3):
        (source / f"story-{i}.txt").write_text(story(i))
    ingest_articles(sources=[str(source)], db_path=str(db), workers=1)
    reader = Reader(analyst_copy_path(db))
    for i in range(3, 5):
        (source / f"story-{i}.txt").write_text(story(i))

    summary = ingest_articles(sources=[str(source)], db_path=str(db), workers=1)

    assert (summary.outcome, summary.n_published) == ("passed", 2)
    assert reader.count_again() == reader.first_count == 3
    with duckdb.connect(str(analyst_copy_path(db)), read_only=True) as fresh:
        tables = {name for (name,) in fresh.execute("show tables").fetchall()}
        assert fresh.execute("select count(*) from articles").fetchone() == (5,)
    assert {"articles", "article_authors", "runs", "quarantine", "validation_results", "stories"} <= tables
    assert "raw_files" not in tables
