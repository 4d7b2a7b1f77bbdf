"""The ingest flow end to end: real Prefect runs, a real DuckDB file, the real quality gate."""

from __future__ import annotations

import gzip
import os
from pathlib import Path

import duckdb
import pytest

from flows.ingest_articles import ingest_articles

PLACES = ["OSLO", "LIMA", "NAIROBI", "HANOI", "QUITO", "TUNIS", "RIGA", "DAKAR"]
TOPICS = [
    ("harbour authority approves a new container terminal", "dockworkers", "cranes"),
    ("city council votes to extend the night bus network", "commuters", "timetables"),
    ("farmers report a record apple harvest after a mild spring", "growers", "orchards"),
    ("national library opens a restored reading room to the public", "readers", "manuscripts"),
    ("regional airline adds winter flights to three island towns", "passengers", "runways"),
    ("water utility finishes replacing the old lead pipes downtown", "engineers", "pipes"),
    ("marathon organisers change the route after bridge repairs", "runners", "bridges"),
    ("university researchers map the nesting sites of sea turtles", "biologists", "beaches"),
]


def wire_story(i: int) -> str:
    """A wire story of our own, distinct for each i, in the AP wire copy layout."""
    place = PLACES[i % len(PLACES)]
    topic, people, things = TOPICS[i % len(TOPICS)]
    headline = f"{place.title()} {topic} (report {i})"
    paragraphs = [
        f"{place} (AP) — Officials in {place.title()} said on Tuesday that the {topic}, a decision "
        f"that {people} had awaited for {i + 3} months.",
        f"The plan covers {i + 12} {things} and will be reviewed again next year, according to a statement "
        f"released by the regional government after a long public consultation.",
        f"Local {people} welcomed the news, though some said the work on the {things} should have started "
        f"sooner and asked for regular updates on its cost.",
    ]
    return headline + "\n\n" + "\n\n".join(paragraphs) + "\n"


def write(folder: Path, name: str, content: str | bytes) -> Path:
    path = folder / name
    path.parent.mkdir(parents=True, exist_ok=True)
    if isinstance(content, str):
        content = content.encode("utf-8")
    path.write_bytes(content)
    return path


@pytest.fixture
def corpus(tmp_path: Path) -> Path:
    folder = tmp_path / "raw"
    for i in range(6):
        write(folder, f"wire/story-{i}.txt", wire_story(i))
    write(folder, "wire/story-6.txt.gz", gzip.compress(wire_story(6).encode()))
    write(folder, "copies/story-0-again.txt", wire_story(0))  # same bytes, another path
    write(folder, "bad/empty.txt", b"")
    write(folder, "bad/photo.txt", b"\xff\xd8\xff\xe0\x00\x10JFIF\x00" + bytes(range(256)) * 8)
    write(folder, "bad/latin1-garbage.txt", bytes(range(128, 256)) * 20)
    write(folder, "bad/truncated.html", b"<html><head><title>Cut off</title></head><body><div><p>Only a few words befo")
    return folder


def ingest(folder: Path, db: Path, **kwargs):
    return ingest_articles(sources=[str(folder)], db_path=str(db), workers=1, **kwargs)


def published_state(db: Path) -> list:
    with duckdb.connect(str(db), read_only=True) as con:
        return [
            con.execute(f"select * from {table} order by all").fetchall()
            for table in ("articles", "article_authors", "article_images")
        ]


def statuses(db: Path) -> dict[str, str]:
    with duckdb.connect(str(db), read_only=True) as con:
        rows = con.execute("select path, status from raw_files").fetchall()
    return {Path(p).name: s for p, s in rows}


def test_every_file_is_published_duplicate_or_rejected(prefect_harness, corpus: Path, tmp_path: Path) -> None:
    db = tmp_path / "byline.duckdb"
    summary = ingest(corpus, db)

    assert summary.n_discovered == 12
    assert summary.n_published == 7
    assert summary.n_duplicate == 1
    assert summary.n_rejected == 4
    found = statuses(db)
    assert len(found) == 12
    # The first path in sorted order keeps the bytes; the other copy points at it.
    assert (found["story-0-again.txt"], found["story-0.txt"]) == ("published", "duplicate")
    assert found["story-6.txt.gz"] == "published"
    assert {found[n] for n in ("empty.txt", "photo.txt", "latin1-garbage.txt", "truncated.html")} == {"rejected"}
    with duckdb.connect(str(db), read_only=True) as con:
        reasons = dict(con.execute("select regexp_extract(file, '[^/]+$'), reason from rejects").fetchall())
        assert reasons["empty.txt"] == "empty"
        assert reasons["photo.txt"] == "binary"
        assert reasons["latin1-garbage.txt"] in ("undecodable", "binary")
        assert reasons["truncated.html"] == "no_article"
        duplicate_of = con.execute("select duplicate_of from raw_files where status = 'duplicate'").fetchone()[0]
        assert duplicate_of.endswith("copies/story-0-again.txt")
        assert con.execute("select count(*) from articles where parser_version is null").fetchone() == (0,)
        run = con.execute("select n_published, n_rejected, finished_at is not null from runs").fetchone()
        assert run == (7, 4, True)


def test_rerun_over_same_files_changes_nothing(prefect_harness, corpus: Path, tmp_path: Path) -> None:
    db = tmp_path / "byline.duckdb"
    ingest(corpus, db)
    before = published_state(db)

    again = ingest(corpus, db)

    assert (again.n_parsed, again.n_published, again.n_rejected, again.n_duplicate) == (0, 0, 0, 0)
    assert again.n_unchanged == 12
    assert published_state(db) == before


def test_changed_file_is_parsed_again_and_replaces_its_article(prefect_harness, corpus: Path, tmp_path: Path) -> None:
    db = tmp_path / "byline.duckdb"
    ingest(corpus, db)
    story = corpus / "wire" / "story-3.txt"
    story.write_text(wire_story(3).replace("Tuesday", "Wednesday"), encoding="utf-8")
    os.utime(story, (story.stat().st_atime, story.stat().st_mtime + 5))

    summary = ingest(corpus, db)

    assert (summary.n_parsed, summary.n_published) == (1, 1)
    with duckdb.connect(str(db), read_only=True) as con:
        bodies = con.execute("select body from articles where source_path = ?", [str(story)]).fetchall()
    assert len(bodies) == 1 and "Wednesday" in bodies[0][0]


def test_reparse_parses_everything_without_new_rows(prefect_harness, corpus: Path, tmp_path: Path) -> None:
    db = tmp_path / "byline.duckdb"
    ingest(corpus, db)
    before = published_state(db)[0]

    summary = ingest(corpus, db, reparse=True)

    assert summary.n_parsed == 7
    after = published_state(db)[0]
    assert len(after) == len(before) == 7


def test_symlink_out_of_the_source_folder_is_refused_unread(prefect_harness, corpus: Path, tmp_path: Path) -> None:
    secret = write(tmp_path / "elsewhere", "secret.txt", wire_story(7))
    (corpus / "wire" / "link.txt").symlink_to(secret)
    db = tmp_path / "byline.duckdb"

    ingest(corpus, db)

    with duckdb.connect(str(db), read_only=True) as con:
        reject = con.execute("select stage, reason from rejects where file like '%link.txt'").fetchall()
        leaked = con.execute("select count(*) from articles where body like '%report 7%'").fetchone()[0]
    assert reject == [("discover", "outside_root")]
    assert leaked == 0


def test_seeds_become_articles_with_their_metadata(prefect_harness, seeds_dir: Path, tmp_path: Path) -> None:
    db = tmp_path / "byline.duckdb"
    summary = ingest(seeds_dir, db)

    assert summary.n_rejected == 0
    with duckdb.connect(str(db), read_only=True) as con:
        rows = con.execute(
            "select regexp_extract(source_path, '[^/]+$'), agency, dateline, url, publisher, authors "
            "from articles order by 1"
        ).fetchall()
    by_file = {r[0]: r[1:] for r in rows}
    np_copy = by_file["000_ecf77212905a3bd8.txt"]
    ap_copy = by_file["004_a563b48d31400b26.txt"]
    assert np_copy[:2] == ("AP", "BEIJING")
    assert np_copy[2].startswith("https://nationalpost.com/pmn/news-pmn/chinas-foreign-minister")
    assert np_copy[3] == "National Post"
    assert ap_copy[:3] == ("AP", "MOSCOW", None)
    assert np_copy[4] == [] and ap_copy[4] == []
