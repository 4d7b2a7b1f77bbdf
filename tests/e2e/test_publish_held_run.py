"""publish-held-run acts only on a held run: anything else ends Failed at once and changes nothing."""

from __future__ import annotations

from pathlib import Path

import duckdb
import pytest

from flows.ingest_articles import ingest_articles
from flows.publish_held_run import publish_held_run


def story(i: int, dated: bool) -> str:
    dateline = "Published Mar 5, 2024\n" if dated else ""
    return (
        f"Museum reopens gallery number {i} after the winter floods\n\n"
        f"By Ana Silva\n{dateline}\n"
        f"The city museum reopened gallery {i} on Friday, after the winter floods damaged its floor, "
        f"its lighting and part of the collection kept in the basement storerooms.\n\n"
        f"Restorers saved {i + 30} paintings, the director said, and the remaining works will return "
        f"to the walls over the summer once the humidity has been brought under control.\n"
    )


def runs_row(db: Path, run_id: str) -> tuple:
    with duckdb.connect(str(db), read_only=True) as con:
        return con.execute(
            "select validation_outcome, n_published, message, forced_by, forced_at is not null from runs where run_id = ?",
            [run_id],
        ).fetchone()


def n_articles(db: Path) -> int:
    with duckdb.connect(str(db), read_only=True) as con:
        return con.execute("select count(*) from articles").fetchone()[0]


@pytest.fixture
def held_run(prefect_harness, tmp_path: Path, monkeypatch) -> tuple[Path, str]:
    """A run of six articles, three undated: the share_with_date batch rule holds it back."""
    monkeypatch.setenv("BYLINE_MIN_ROWS_FOR_BATCH_RULES", "5")
    source, db = tmp_path / "raw", tmp_path / "byline.duckdb"
    source.mkdir()
    for i in range(6):
        (source / f"story-{i}.txt").write_text(story(i, dated=i >= 3))
    state = ingest_articles(sources=[str(source)], db_path=str(db), workers=1, return_state=True)
    assert state.name == "Held"
    return db, state.result(raise_on_failure=False).run_id


def test_held_run_is_published_once_and_says_who_forced_it(held_run) -> None:
    db, run_id = held_run

    first = publish_held_run(run_id, forced_by="reviewer ana", db_path=str(db), return_state=True)
    again = publish_held_run(run_id, forced_by="reviewer bo", db_path=str(db), return_state=True)

    assert first.is_completed() and first.result().n_published == 6
    outcome, n_published, message, forced_by, forced_at = runs_row(db, run_id)
    assert (outcome, n_published, forced_by, forced_at) == ("forced", 6, "reviewer ana", True)
    assert message.count("published after review") == 1
    assert again.is_failed() and "already published after review by reviewer ana" in again.message
    assert n_articles(db) == 6


def test_a_run_that_passed_is_refused_and_left_as_it_was(prefect_harness, tmp_path: Path) -> None:
    source, db = tmp_path / "raw", tmp_path / "byline.duckdb"
    source.mkdir()
    for i in range(3):
        (source / f"story-{i}.txt").write_text(story(i, dated=True))
    passed = ingest_articles(sources=[str(source)], db_path=str(db), workers=1)
    before = runs_row(db, passed.run_id)

    state = publish_held_run(passed.run_id, db_path=str(db), return_state=True)

    assert state.is_failed() and "was not held back (its outcome is passed)" in state.message
    assert runs_row(db, passed.run_id) == before == ("passed", 3, before[2], None, False)
    unknown = publish_held_run("20990101T000000-abcdef", db_path=str(db), return_state=True)
    assert unknown.is_failed() and "no run '20990101T000000-abcdef'" in unknown.message
