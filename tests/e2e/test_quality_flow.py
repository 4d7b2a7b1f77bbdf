"""The quality gate inside the real ingest flow: quarantine, the validation artifact, held and forced runs."""

from __future__ import annotations

from pathlib import Path

import duckdb
from click.testing import CliRunner

from byline.cli.quality import quality
from flows.ingest_articles import ingest_articles
from flows.publish_held_run import publish_held_run


def story(i: int, published: str | None = "Mar 5, 2024") -> str:
    dateline = f"Published {published}\n" if published else ""
    return (
        f"Library board opens reading room number {i} in the old town\n\n"
        f"By Erik Lund\n{dateline}\n"
        f"The library board opened reading room {i} in the old town on Saturday, after two years of "
        f"repairs to the roof, the windows and the heating paid for by the city and private donors.\n\n"
        f"Visitors can borrow {i + 40} newly restored manuscripts from next week, the board said in a "
        f"statement, and guided tours will start in June for schools and local history groups.\n"
    )


def ingest(source: Path, db: Path):
    return ingest_articles(sources=[str(source)], db_path=str(db), workers=1)


def test_flow_quarantines_an_article_dated_in_the_future_and_reports_it(prefect_harness, tmp_path):
    source, db = tmp_path / "raw", tmp_path / "data" / "byline.duckdb"
    source.mkdir()
    for i in range(3):
        (source / f"story-{i}.txt").write_text(story(i))
    (source / "from-the-future.txt").write_text(story(9, published="Mar 5, 2091"))

    summary = ingest(source, db)

    assert (summary.outcome, summary.n_published, summary.n_quarantined) == ("passed", 3, 1)
    with duckdb.connect(str(db), read_only=True) as con:
        quarantined = con.execute("select source_path, failed_rules, published_date from quarantine").fetchall()
        status = con.execute("select status, reason from raw_files where path like '%from-the-future.txt'").fetchone()
        n_results = con.execute("select count(*) from validation_results").fetchone()[0]
    assert quarantined[0][0].endswith("from-the-future.txt")
    assert quarantined[0][1] == ["published_not_in_future"]
    assert str(quarantined[0][2]) == "2091-03-05"
    assert status == ("quarantined", "published_not_in_future")
    assert n_results > 20
    docs = (db.parent / "docs" / "index.html").read_text()
    assert "published_not_in_future" in docs and "from-the-future.txt" in docs
    assert _artifact_markdown("quality-gate").count("published_not_in_future") >= 1

    shown = CliRunner().invoke(quality, ["--db", str(db), "--runs", "5"])
    assert shown.exit_code == 0, shown.output
    assert summary.run_id in shown.output and "published_not_in_future (0.7500)" in shown.output


def test_run_failing_a_batch_rule_is_held_then_force_published(prefect_harness, tmp_path, monkeypatch):
    monkeypatch.setenv("BYLINE_MIN_ROWS_FOR_BATCH_RULES", "5")
    source, db = tmp_path / "raw", tmp_path / "byline.duckdb"
    source.mkdir()
    for i in range(6):
        (source / f"story-{i}.txt").write_text(story(i, published=None if i < 3 else "Mar 5, 2024"))

    held = ingest_articles(sources=[str(source)], db_path=str(db), workers=1, return_state=True)

    assert held.is_failed() and held.name == "Held"
    assert "batch rule share_with_date failed: observed 0.50 < 0.80" in held.message

    with duckdb.connect(str(db), read_only=True) as con:
        run_id, outcome = con.execute("select run_id, validation_outcome from runs").fetchone()
        assert outcome == "failed"
        assert f"byline ingest --force-publish {run_id}" in held.message
        assert f"publish-held-run -p run_id={run_id}" in held.message
        assert con.execute("select count(*) from articles").fetchone() == (0,)
        assert con.execute("select count(*) from staging.articles").fetchone() == (6,)
        assert con.execute("select distinct status from raw_files").fetchall() == [("held",)]

    forced = publish_held_run(run_id, db_path=str(db))

    assert (forced.outcome, forced.n_published) == ("forced", 6)
    with duckdb.connect(str(db), read_only=True) as con:
        assert con.execute("select count(*) from articles").fetchone() == (6,)
        assert con.execute("select count(*) from staging.articles").fetchone() == (0,)


def _artifact_markdown(key: str) -> str:
    from prefect.client.orchestration import get_client
    from prefect.client.schemas.filters import ArtifactFilter, ArtifactFilterKey

    with get_client(sync_client=True) as client:
        artifacts = client.read_artifacts(artifact_filter=ArtifactFilter(key=ArtifactFilterKey(any_=[key])))
    assert artifacts, f"no artifact with key {key}"
    return str(artifacts[-1].data)
