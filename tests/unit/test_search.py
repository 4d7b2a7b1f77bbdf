"""Full-text search: BM25 ranking over a real DuckDB file, snippets, and the `byline search` command."""

from __future__ import annotations

from pathlib import Path

import pytest
from click.testing import CliRunner

from byline.cli import main
from byline.search import build_index, index_is_current, search, snippet
from byline.store import connect

TEXTS = Path(__file__).resolve().parent.parent / "data" / "story_pairs" / "texts"
WIRE = sorted(p for p in TEXTS.glob("*_wire.txt"))


@pytest.fixture(scope="module")
def db(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """Every wire text from the labelled story set, one article each, titled by its first line."""
    path = tmp_path_factory.mktemp("search") / "byline.duckdb"
    con = connect(path)
    for p in WIRE:
        title, body = p.read_text(encoding="utf-8").split("\n", 1)
        con.execute(
            "insert into articles (article_id, title, publisher, body, run_id) values (?, ?, 'Wire', ?, 'r1')",
            [p.stem, title, body.strip()],
        )
    build_index(con)
    con.close()
    return path


@pytest.mark.parametrize(
    ("query", "expected"),
    [
        ("labor court orders dockworkers back", "port_e1u_wire"),
        ("strike ends deal night-shift premium", "port_e2_wire"),
        ("power line caused the fire", "fire_e2_wire"),
        ("measles schools bar unvaccinated students", "measles_e2_wire"),
        ("jury verdict guilty bribes", "trial_e2_wire"),
        ("lander crashed engine descent", "moon_e2_wire"),
        ("Ruiz housing bubble lawmakers", "bank_e2_wire"),
        ("magnitude 5.9", "quake_e2_wire"),
    ],
)
def test_the_article_about_the_query_ranks_first(db: Path, query: str, expected: str):
    con = connect(db, read_only=True)
    try:
        hits = search(con, query, limit=5)
    finally:
        con.close()
    assert hits and hits[0].article_id == expected, [h.article_id for h in hits]
    assert hits[0].score > hits[-1].score or len(hits) == 1


def test_queries_are_bound_not_spliced(db: Path):
    con = connect(db, read_only=True)
    try:
        search(con, "'); drop table articles; --", limit=3)
        assert con.execute("select count(*) from articles").fetchone()[0] == len(WIRE)
    finally:
        con.close()


def test_index_knows_when_it_is_behind(tmp_path: Path):
    con = connect(tmp_path / "byline.duckdb")
    assert not index_is_current(con)
    con.execute("insert into articles (article_id, title, body) values ('a', 'Title', 'Body text here')")
    build_index(con)
    assert index_is_current(con)
    con.execute("insert into articles (article_id, title, body) values ('b', 'Other', 'More text')")
    assert not index_is_current(con)
    con.close()


def test_snippet_is_the_sentence_with_most_query_words():
    body = "The weather was mild. Talks with Lavrov in Moscow ran late. Markets were calm."
    assert snippet(body, "Moscow talks") == "Talks with Lavrov in Moscow ran late."


def test_long_snippets_are_cut_around_the_first_match():
    body = "word " * 100 + "Moscow " + "word " * 100 + "."
    got = snippet(body, "moscow", width=60)
    assert "Moscow" in got and got.startswith("…") and got.endswith("…") and len(got) <= 62


def test_search_command_prints_ranked_results_with_publisher_and_date(db: Path):
    result = CliRunner().invoke(main, ["search", "aftershock Valdora", "--db", str(db), "--limit", "2"])
    assert result.exit_code == 0, result.output
    assert result.output.startswith("1. Aftershock rattles Valdora a week after deadly quake")
    assert "Wire · undated · score" in result.output


def test_search_command_explains_a_missing_database(tmp_path: Path):
    result = CliRunner().invoke(main, ["search", "anything", "--db", str(tmp_path / "none.duckdb")])
    assert result.exit_code != 0 and "run `byline ingest" in result.output


def test_search_reads_the_analysts_copy_while_an_ingest_holds_the_database(db: Path, tmp_path: Path):
    import shutil
    import subprocess
    import sys

    from byline.snapshot import analyst_copy_path

    pipeline = tmp_path / "byline.duckdb"
    shutil.copy(db, pipeline)
    shutil.copy(db, analyst_copy_path(pipeline))
    holder = subprocess.Popen(
        [
            sys.executable,
            "-c",
            f"import duckdb, time; c = duckdb.connect({str(pipeline)!r}); print('ok', flush=True); "
            "time.sleep(60)",
        ],
        stdout=subprocess.PIPE,
        text=True,
    )
    try:
        assert holder.stdout.readline().strip() == "ok"
        result = CliRunner().invoke(
            main, ["search", "aftershock Valdora", "--db", str(pipeline), "--limit", "1"]
        )
    finally:
        holder.kill()
        holder.wait()
    assert result.exit_code == 0, result.output
    assert "searching the analysts' copy" in result.output
    assert "1. Aftershock rattles Valdora a week after deadly quake" in result.output


def test_scores_equal_the_fts_extensions_own_bm25(db: Path):
    from byline.search import load_fts
    from byline.store import run

    con = connect(db, read_only=True)
    try:
        load_fts(con)
        for query in ("dockworkers strike", "magnitude 5.9 aftershock", "Ruiz housing"):
            ours = [
                (r[0], round(r[1], 9))
                for r in run(con, "search/query", {"query": query, "limit": 50}).fetchall()
            ]
            theirs = con.execute(
                "select article_id, round(score, 9) from (select article_id, "
                "fts_main_articles.match_bm25(article_id, ?) as score from articles) "
                "where score is not null order by score desc, article_id limit 50",
                [query],
            ).fetchall()
            assert ours == theirs, query
    finally:
        con.close()
