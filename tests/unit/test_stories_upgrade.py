"""Copies of one page saved several times are one story; an upgraded database re-signs and relinks."""

from __future__ import annotations

import pytest
from test_stories_link import _body, _insert, _story
from test_stories_unicode import RUSSIAN

from byline import store
from byline.store import connect
from byline.stories.link import link_run
from byline.stories.minhash import SIGNATURE_VERSION


@pytest.fixture
def con(tmp_path):
    con = connect(tmp_path / "byline.duckdb")
    yield con
    con.close()


def test_copies_of_one_page_saved_three_times_are_one_story_counting_two_duplicates(con):
    # Every line of a page saved three times recurs on three pages of its site: it must still not
    # be taken for the site's template and left out before signing.
    page = {"domain": "ledger.example", "url": "https://ledger.example/port-strike"}
    for article_id in ("c1", "c2", "c3"):
        _insert(con, article_id, "port_e1_wire", "r1", **page)
    _insert(con, "other", "fire_e1_wire", "r1", domain="ledger.example", url="https://ledger.example/fire")

    result = link_run(con, "r1")

    assert result.linked == 3 and result.duplicates == 2
    assert _story(con, "c1") == _story(con, "c2") == _story(con, "c3") != _story(con, "other")
    row = con.execute("select n_articles, n_duplicates from stories where story_id = 'st_c1'").fetchone()
    assert row == (3, 2)


def test_identical_copies_are_one_story_even_when_their_dates_read_weeks_apart(con):
    _insert(con, "a1", "port_e1_wire", "r1", published_date="2024-03-01")
    _insert(con, "a2", "port_e1_wire", "r1", published_date="2024-04-20")
    link_run(con, "r1")
    assert _story(con, "a1") == _story(con, "a2")


def test_a_run_re_signs_articles_signed_by_an_older_version_and_links_them(con):
    _insert(con, "old", "ru", "r1", body=RUSSIAN)
    link_run(con, "r1")
    # What a database signed by version 1 holds: no shingles for a Cyrillic body.
    con.execute(
        "update article_signatures set signature_version = 1, n_shingles = 0,"
        " minhash = list_transform(minhash, lambda x: 4294967295::uinteger)"
    )
    _insert(con, "new", "ru", "r2", body=RUSSIAN)
    _insert(con, "other", "port_e1_wire", "r2")

    result = link_run(con, "r2")

    assert result.signed == 3 and result.linked == 1
    assert _story(con, "old") == _story(con, "new") != _story(con, "other")
    versions = con.execute("select distinct signature_version from article_signatures").fetchall()
    assert versions == [(SIGNATURE_VERSION,)]
    assert link_run(con, "r2").signed == 2  # renewed once, then only the run's own


def test_a_database_of_schema_3_upgrades_with_its_rows(tmp_path, monkeypatch):
    path = tmp_path / "old.duckdb"
    all_files = store.schema_files()
    monkeypatch.setattr(store, "schema_files", lambda: [f for f in all_files if int(f.name[:3]) <= 3])
    con = connect(path)
    _insert(con, "a1", "port_e1_wire", "r1", body=_body("port_e1_wire"))
    con.execute("insert into article_signatures values ('a1', 0, [], 'r1', now())")
    con.execute("insert into quarantine (article_id, run_id, failed_rules, failures, quarantined_at)"
                " values ('q1', 'r1', ['body_min_words'], '[]', now())")
    con.close()
    monkeypatch.setattr(store, "schema_files", lambda: all_files)

    con = connect(path)

    assert con.execute("select max(version) from schema_version").fetchone()[0] >= 4
    assert con.execute("select credit, story_id from articles").fetchone() == (None, None)
    assert con.execute("select signature_version from article_signatures").fetchone() == (1,)
    assert con.execute("select row_table, position from quarantine").fetchone() == ("articles", None)
    missing = con.execute(
        "select table_name, column_name from duckdb_columns() where schema_name = 'main' and comment is null"
        " and table_name in ('articles', 'quarantine', 'article_signatures', 'stories')"
    ).fetchall()
    assert missing == []
    con.close()
