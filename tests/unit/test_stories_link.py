"""Linking runs of articles into stories in a real DuckDB file."""

from __future__ import annotations

import contextlib
from concurrent.futures import ProcessPoolExecutor
from datetime import date
from multiprocessing import get_context
from pathlib import Path

import duckdb
import pytest

from byline.store import connect
from byline.stories.link import link_run

PAIRS = Path(__file__).resolve().parent.parent / "data" / "story_pairs" / "texts"


def _body(name: str) -> str:
    # Wire texts: headline, blank line, paragraphs; the body is everything after the headline.
    return (PAIRS / f"{name}.txt").read_text(encoding="utf-8").split("\n", 1)[1].strip()


def _insert(con: duckdb.DuckDBPyConnection, article_id: str, name: str, run_id: str, **fields) -> None:
    body = fields.pop("body") if "body" in fields else _body(name)
    row = {"article_id": article_id, "body": body, "run_id": run_id, "title": name} | fields
    cols = ", ".join(row)
    con.execute(f"insert into articles ({cols}) values ({', '.join('?' * len(row))})", list(row.values()))


@pytest.fixture
def con(tmp_path: Path):
    con = connect(tmp_path / "byline.duckdb")
    yield con
    con.close()


def _story(con: duckdb.DuckDBPyConnection, article_id: str) -> str:
    return con.execute("select story_id from articles where article_id = ?", [article_id]).fetchone()[0]


def test_copies_in_one_run_share_a_story_and_other_events_stay_apart(con):
    _insert(con, "a1", "port_e1_wire", "r1", publisher="Wire", agency="AP")
    _insert(con, "a2", "port_e1u_wire", "r1", publisher="Herald", agency="AP")
    _insert(con, "a3", "port_e2_wire", "r1", publisher="Wire", agency="AP")
    result = link_run(con, "r1")
    assert result.signed == 3 and result.linked == 2
    assert _story(con, "a1") == _story(con, "a2") == "st_a1"
    assert _story(con, "a3") == "st_a3"
    row = con.execute(
        "select n_articles, n_publishers, agencies, article_ids from stories where story_id = 'st_a1'"
    ).fetchone()
    assert row[0] == 2 and row[1] == 2 and row[2] == ["AP"] and sorted(row[3]) == ["a1", "a2"]


def test_a_later_run_is_matched_against_everything_published_before(con):
    _insert(con, "a1", "fire_e1_wire", "r1")
    _insert(con, "b1", "trial_e1_wire", "r1")
    link_run(con, "r1")
    _insert(con, "z9", "fire_e1u_wire", "r2")
    result = link_run(con, "r2")
    assert result.signed == 1 and result.linked == 1
    assert _story(con, "z9") == "st_a1"
    assert con.execute("select n_articles from stories where story_id = 'st_a1'").fetchone()[0] == 2
    assert con.execute("select count(*) from article_signatures").fetchone()[0] == 3


def test_matches_published_weeks_apart_stay_separate_stories(con):
    _insert(con, "a1", "quake_e1_wire", "r1", published_date=date(2024, 8, 2))
    _insert(con, "a2", "quake_e1u_wire", "r1", published_date=date(2024, 9, 20))
    link_run(con, "r1")
    assert _story(con, "a1") != _story(con, "a2")


def test_missing_date_and_title_are_filled_from_siblings_with_provenance(con):
    # trial_e1u says "on Monday"; its sibling was published on Monday 2024-02-05.
    _insert(
        con,
        "a1",
        "trial_e1_wire",
        "r1",
        published_date=date(2024, 2, 5),
        date_source="text:published",
        title="Trial opens",
        title_source="text",
    )
    _insert(con, "a2", "trial_e1u_wire", "r1", title=None)
    result = link_run(con, "r1")
    assert result.dates_filled == 1 and result.titles_filled == 1
    row = con.execute(
        "select published_date, date_source, title, title_source from articles where article_id = 'a2'"
    ).fetchone()
    assert row == (date(2024, 2, 5), "story", "Trial opens", "story")
    kept = con.execute("select date_source, title_source from articles where article_id = 'a1'").fetchone()
    assert kept == ("text:published", "text")


def test_relinking_the_same_run_changes_nothing(con):
    _insert(con, "a1", "moon_e1_wire", "r1")
    _insert(con, "a2", "moon_e2_wire", "r1")
    link_run(con, "r1")
    before = con.execute("select * exclude (updated_at) from stories order by story_id").fetchall()
    link_run(con, "r1")
    assert con.execute("select * exclude (updated_at) from stories order by story_id").fetchall() == before
    assert con.execute("select count(*) from story_lsh_bands").fetchone()[0] == 2 * 64


def test_every_stories_column_has_a_comment(con):
    missing = con.execute(
        "select column_name from duckdb_columns() where table_name in ('stories', 'article_signatures', "
        "'story_lsh_bands') and comment is null"
    ).fetchall()
    assert missing == []


def _raw_body(name: str) -> str:
    # Scraped copies: headline line, then one paragraph or clutter line per line, as the page had it.
    return (PAIRS / f"{name}.txt").read_text(encoding="utf-8").split("\n", 1)[1]


def test_one_sites_page_template_does_not_make_its_different_stories_one(con):
    # Without the parser's boilerplate removal these National Ledger pages share their subscription
    # pitch; the lines the site repeats on every page are left out before signing.
    names = ["bank_e1_copy", "fire_e2_copy", "match_e2_copy", "moon_e2_copy", "quake_e1_copy", "tech_e2_copy"]
    for name in names:
        _insert(con, name, name, "r1", body=_raw_body(name), domain="nationalledger.example")
    _insert(con, "fire_wire", "fire_e2_wire", "r1", domain="wire.example")
    link_run(con, "r1")
    stories = {name: _story(con, name) for name in names}
    assert len(set(stories.values())) == len(names), stories
    assert _story(con, "fire_wire") == stories["fire_e2_copy"]


def test_a_republished_article_that_changed_leaves_its_old_story(con):
    _insert(con, "a1", "moon_e1_wire", "r1")
    _insert(con, "a2", "moon_e1_copy", "r1", body=_raw_body("moon_e1_copy"))
    link_run(con, "r1")
    assert _story(con, "a2") == "st_a1"
    # Reparsed under a new run: a2 is now a different story's text, and its story id was cleared.
    con.execute("delete from articles where article_id = 'a2'")
    _insert(con, "a2", "trial_e2_wire", "r2")
    link_run(con, "r2")
    assert _story(con, "a2") == "st_a2"
    assert con.execute("select article_ids from stories where story_id = 'st_a1'").fetchone()[0] == ["a1"]


def test_story_samples_link_the_syndicated_copy_and_keep_same_topic_stories_apart(con):
    from byline.parse import parse_bytes
    from byline.settings import SAMPLES_DIR

    for path in sorted((SAMPLES_DIR / "stories").glob("*.txt")):
        parsed = parse_bytes(path.read_bytes(), path.name)
        _insert(con, path.stem, path.stem, "r1", body=parsed.body, title=parsed.title)
    link_run(con, "r1")
    stories = dict(con.execute("select article_id, story_id from articles").fetchall())
    assert stories["wang_sullivan_malta_wire"] == stories["wang_sullivan_malta_copy"]
    assert len(set(stories.values())) == len(stories) - 1, stories


def test_signing_in_a_process_pool_gives_the_signatures_of_signing_in_process(tmp_path: Path):
    signatures = []
    for label, pool in (
        ("in_process", None),
        ("pool", ProcessPoolExecutor(2, mp_context=get_context("spawn"))),
    ):
        con = connect(tmp_path / f"{label}.duckdb")
        for n, name in enumerate(("port_e1_wire", "port_e1u_wire", "port_e2_wire")):
            _insert(con, f"a{n}", name, "r1", publisher="Wire")
        with pool or contextlib.nullcontext():
            result = link_run(con, "r1", pool)
        assert result.signed == 3 and result.linked == 2
        signatures.append(
            con.execute(
                "select article_id, n_shingles, minhash from article_signatures order by 1"
            ).fetchall()
        )
        con.close()
    assert signatures[0] == signatures[1] and len(signatures[0]) == 3


def test_template_lines_are_found_site_by_site_alike_in_slices(con, monkeypatch):
    import pyarrow as pa

    from byline.store import registered
    from byline.stories import link

    for site, pitch in (("ledger.example", "Subscribe to the Ledger for $1"), ("courier.example", "Get the Courier app")):
        for i in range(4):
            _insert(con, f"{site}-{i}", f"page {i}", "r1", domain=site, url=f"https://{site}/{i}",
                    body=f"Story number {i} from {site} about the harbour.\n{pitch}\nMore of story {i}.")
    batch = pa.table({"article_id": [r[0] for r in con.execute("select article_id from articles").fetchall()]})
    with registered(con, link_batch=batch):
        whole = link.template_lines(con)
        monkeypatch.setattr(link, "TEMPLATE_SITES_PER_QUERY", 1)
        sliced = link.template_lines(con)
    assert whole == sliced == {"ledger.example": frozenset({"Subscribe to the Ledger for $1"}),
                               "courier.example": frozenset({"Get the Courier app"})}
