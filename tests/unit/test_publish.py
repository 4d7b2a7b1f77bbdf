"""Publishing a validated run: replacement rules, statuses, staging clean-up. Real DuckDB files."""

from __future__ import annotations

from dataclasses import replace

import pytest
from test_quality_staging import articles, stage

from byline.publish import publish_run
from byline.store import connect


@pytest.fixture
def con(tmp_path):
    con = connect(tmp_path / "byline.duckdb")
    yield con
    con.close()


def _published(con) -> list[tuple]:
    return con.execute("select article_id, source_path, title, run_id from articles order by source_path").fetchall()


def test_publish_moves_the_run_to_the_published_tables_and_empties_its_staging(con):
    batch = articles(3, captions=("Rescuers at the scene.",))
    stage(con, "r1", batch)
    assert publish_run(con, "r1") == 3
    assert len(_published(con)) == 3
    assert con.execute("select count(*) from article_authors").fetchone() == (3,)
    assert con.execute("select count(*) from article_images").fetchone() == (3,)
    for table in ("articles", "article_authors", "article_images"):
        assert con.execute(f"select count(*) from staging.{table}").fetchone() == (0,)
    assert con.execute("select distinct status from raw_files").fetchall() == [("published",)]
    assert con.execute("select count(*) from articles where ingested_at is null").fetchone() == (0,)


def test_a_reparse_replaces_the_article_with_the_same_id(con):
    first = articles(1, captions=("Old caption.",))
    stage(con, "r1", first)
    publish_run(con, "r1")
    stage(con, "r2", [replace(first[0], title="Council approves a better title", captions=(), raw=first[0].bytes_)])
    assert publish_run(con, "r2") == 1
    assert _published(con) == [(first[0].article_id, first[0].path, "Council approves a better title", "r2")]
    assert con.execute("select count(*) from article_images").fetchone() == (0,)


def test_a_changed_file_replaces_the_article_from_the_same_path_with_its_authors(con):
    first = articles(1, authors=("Jane Doe", "John Roe"))
    stage(con, "r1", first)
    publish_run(con, "r1")
    changed = replace(first[0], body=first[0].body + " Updated.", authors=("Ann Poe",))
    assert changed.article_id != first[0].article_id
    stage(con, "r2", [changed])
    publish_run(con, "r2")
    assert [row[0] for row in _published(con)] == [changed.article_id]
    assert con.execute("select article_id, name from article_authors").fetchall() == [(changed.article_id, "Ann Poe")]


def test_quarantined_rows_stay_out_and_an_earlier_good_version_stays_published(con):
    first = articles(2)
    stage(con, "r1", first)
    publish_run(con, "r1")
    broken = replace(first[0], body="now too short")
    stage(con, "r2", [broken])
    con.execute(
        "insert into quarantine by name select * exclude (fetched_at), ['body_min_words'] as failed_rules, '[]' as failures,"
        " now() as quarantined_at from staging.articles where run_id = 'r2'"
    )
    assert publish_run(con, "r2") == 0
    assert {row[0] for row in _published(con)} == {first[0].article_id, first[1].article_id}
    assert con.execute("select status, reason from raw_files where path = ?", [broken.path]).fetchone() == (
        "quarantined",
        "body_min_words",
    )
    assert con.execute("select count(*) from staging.articles").fetchone() == (0,)


def test_a_credit_is_staged_and_published_beside_an_empty_byline(con):
    stage(con, "r1", articles(1, authors=()))
    con.execute("update staging.articles set credit = 'Reuters Staff'")
    publish_run(con, "r1")
    assert con.execute("select authors, credit from articles").fetchone() == ([], "Reuters Staff")


def test_publishing_a_run_with_nothing_staged_publishes_nothing(con):
    assert publish_run(con, "nothing") == 0
