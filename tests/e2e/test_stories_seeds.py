"""Story linking on the shared seed articles and our own story samples, through the parser and a real
database, and through the ingest flow."""

from __future__ import annotations

import gzip
import re
import shutil
from datetime import date, datetime
from pathlib import Path

import duckdb
import pytest

from byline.parse import parse_bytes
from byline.settings import SAMPLES_DIR
from byline.store import connect
from byline.stories.link import link_run

SAMPLES = SAMPLES_DIR / "stories"
NP_COPY = "000_ecf77212905a3bd8.txt"  # National Post's scraped copy of an AP story, Sep 18, 2023
AP_COPY = "004_a563b48d31400b26.txt"  # AP's own, updated copy: undated, says "on Monday"


def _stated_day(text: str) -> date | None:
    """The 'Published Sep 18, 2023' line of a scraped page, for when the parser does not read it yet."""
    m = re.search(r"^Published (\w{3} \d{1,2}, \d{4})", text, re.MULTILINE)
    return datetime.strptime(m.group(1), "%b %d, %Y").date() if m else None


def _publish(con: duckdb.DuckDBPyConnection, files: list[Path], run_id: str) -> None:
    for path in files:
        data = path.read_bytes()
        parsed = parse_bytes(data, path.name)
        day, source = parsed.published_date, parsed.date_source
        if day is None and (day := _stated_day(data.decode("utf-8"))):
            source = "text:published"
        con.execute(
            "insert into articles (article_id, title, title_source, published_date, date_source, publisher, "
            "agency, body, source_path, run_id) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            [
                path.name,
                parsed.title,
                parsed.title_source,
                day,
                source,
                parsed.publisher,
                parsed.agency,
                parsed.body,
                str(path),
                run_id,
            ],
        )


def _stories(con: duckdb.DuckDBPyConnection) -> dict[str, str]:
    return dict(con.execute("select article_id, story_id from articles").fetchall())


def test_seed_copies_are_one_story_and_same_topic_samples_stay_apart(seeds_dir: Path, tmp_path: Path):
    con = connect(tmp_path / "byline.duckdb")
    _publish(con, [seeds_dir / NP_COPY, seeds_dir / AP_COPY, *sorted(SAMPLES.glob("*.txt"))], "r1")
    link_run(con, "r1")
    story = _stories(con)
    assert story[NP_COPY] == story[AP_COPY]
    assert story["wang_sullivan_malta_wire.txt"] == story["wang_sullivan_malta_copy.txt"]
    groups = {
        story[NP_COPY],
        story["wang_sullivan_malta_wire.txt"],
        story["wang_putin_kremlin_copy.txt"],
        story["lavrov_beijing_wire.txt"],
        story["sullivan_kyiv_wire.txt"],
    }
    assert len(groups) == 5, story


def test_ap_copy_gets_the_monday_its_text_names_from_its_syndicated_sibling(seeds_dir: Path, tmp_path: Path):
    con = connect(tmp_path / "byline.duckdb")
    _publish(con, [seeds_dir / NP_COPY, seeds_dir / AP_COPY], "r1")
    link_run(con, "r1")
    got = con.execute(
        "select article_id, published_date, date_source from articles order by article_id"
    ).fetchall()
    assert got[0][:2] == (NP_COPY, date(2023, 9, 18)) and got[0][2] != "story"
    assert got[1] == (AP_COPY, date(2023, 9, 18), "story")


def test_a_seed_arriving_in_a_later_run_joins_the_story_of_the_earlier_copy(seeds_dir: Path, tmp_path: Path):
    con = connect(tmp_path / "byline.duckdb")
    _publish(con, [seeds_dir / NP_COPY, *sorted(SAMPLES.glob("*.txt"))], "r1")
    link_run(con, "r1")
    _publish(con, [seeds_dir / AP_COPY], "r2")
    result = link_run(con, "r2")
    assert result.linked == 1
    story = _stories(con)
    assert story[AP_COPY] == story[NP_COPY]
    row = con.execute(
        "select n_articles, article_ids from stories where story_id = ?", [story[NP_COPY]]
    ).fetchone()
    assert row[0] == 2 and set(row[1]) == {NP_COPY, AP_COPY}


@pytest.mark.slow
def test_ingest_flow_links_the_seed_copies_into_one_story(seeds_dir: Path, tmp_path: Path, prefect_harness):
    from flows.ingest_articles import ingest_articles

    raw = tmp_path / "raw"
    raw.mkdir()
    for path in [seeds_dir / NP_COPY, seeds_dir / AP_COPY, *SAMPLES.glob("*.txt")]:
        shutil.copy(path, raw / path.name)
    db = tmp_path / "byline.duckdb"
    ingest_articles(sources=[str(raw)], db_path=str(db), workers=1)
    con = connect(db, read_only=True)
    by_file = dict(
        con.execute(
            "select regexp_extract(source_path, '[^/]+$'), story_id from articles where story_id is not null"
        ).fetchall()
    )
    assert len(by_file) == 7
    assert by_file[NP_COPY] == by_file[AP_COPY]
    assert by_file["wang_putin_kremlin_copy.txt"] != by_file[NP_COPY]
    shared = con.execute("select count(*) from stories where n_articles = 2").fetchone()[0]
    assert shared == 2  # the seeds, and the Malta wire with its syndicated copy
    ap = con.execute(
        "select published_date, date_source from articles where source_path like ?", [f"%{AP_COPY}"]
    ).fetchone()
    assert ap == (date(2023, 9, 18), "story")
    con.close()


@pytest.mark.slow
def test_ingest_flow_makes_one_page_saved_three_times_one_story_with_two_duplicates(tmp_path: Path, prefect_harness):
    from flows.ingest_articles import ingest_articles

    page = (SAMPLES_DIR / "html" / "harbour_crane_collapse.html").read_bytes()
    raw = tmp_path / "raw"
    raw.mkdir()
    # Three saves whose bytes differ: as fetched, gzipped, fetched again with the crawler's note.
    (raw / "crane.html").write_bytes(page)
    (raw / "crane_archived.html.gz").write_bytes(gzip.compress(page))
    (raw / "crane_refetched.html").write_bytes(page + b"\n<!-- fetched again -->\n")
    db = tmp_path / "byline.duckdb"
    summary = ingest_articles(sources=[str(raw)], db_path=str(db), workers=1)
    assert summary.n_published == 3
    con = connect(db, read_only=True)
    stories = con.execute("select n_articles, n_duplicates from stories").fetchall()
    assert stories == [(3, 2)]
    assert con.execute("select count(distinct story_id) from articles").fetchone() == (1,)
    con.close()
