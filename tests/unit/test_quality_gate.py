"""The quality gate on real DuckDB files with real Great Expectations validation."""

from __future__ import annotations

from dataclasses import replace
from datetime import UTC, date, datetime, timedelta

import pytest
from test_quality_staging import articles, stage

from byline.publish import HeldRun, publish_run
from byline.quality import gate, validate_run
from byline.quality.suites import SUITES, build_suite, load_rules
from byline.store import connect


@pytest.fixture
def con(tmp_path):
    con = connect(tmp_path / "byline.duckdb")
    yield con
    con.close()


def _validate(con, run_id="r1", n_files=None, n_rejected=0, min_rows=50):
    n_staged = con.execute("select count(*) from staging.articles where run_id = ?", [run_id]).fetchone()[0]
    return validate_run(
        con, run_id, n_files=n_files if n_files is not None else n_staged, n_rejected=n_rejected,
        min_rows_for_batch_rules=min_rows,
    )


def _quarantined(con, run_id="r1") -> dict[str, list[str]]:
    """Articles withheld whole: source path -> the rules they failed."""
    rows = con.execute(
        "select source_path, failed_rules from quarantine where run_id = ? and row_table = 'articles'", [run_id]
    ).fetchall()
    return {path: rules for path, rules in rows}


def _withheld_rows(con, run_id="r1") -> list[tuple]:
    """Single author or image rows withheld: (row_table, source path, position, failed rules)."""
    return con.execute(
        "select row_table, source_path, position, failed_rules from quarantine"
        " where run_id = ? and row_table <> 'articles' order by all", [run_id]
    ).fetchall()


def test_article_dated_in_future_is_quarantined(con):
    batch = articles(3)
    batch[0] = replace(batch[0], published_date=date.today() + timedelta(days=30))
    batch[1] = replace(batch[1], published_date=None, published_at=datetime.now(UTC) + timedelta(days=3))
    stage(con, "r1", batch)

    verdict = _validate(con)

    assert verdict.passed and verdict.outcome == "passed"
    assert verdict.n_rows == 3 and verdict.n_quarantined == 2
    assert _quarantined(con) == {batch[0].path: ["published_not_in_future"], batch[1].path: ["published_not_in_future"]}
    assert publish_run(con, "r1") == 1
    assert con.execute("select source_path from articles").fetchall() == [(batch[2].path,)]
    statuses = dict(con.execute("select path, status from raw_files").fetchall())
    assert statuses == {batch[0].path: "quarantined", batch[1].path: "quarantined", batch[2].path: "published"}


def test_a_date_one_day_ahead_passes_because_dates_are_local_to_the_source(con):
    stage(con, "r1", articles(1, published_date=date.today() + timedelta(days=1)))
    assert _validate(con).n_quarantined == 0


ROW_FAULTS = [
    ({"body": "Too short to be an article."}, "body_min_words"),
    ({"body": "   "}, "body_present"),
    ({"title": None}, "title_present"),
    ({"title": "News"}, "title_length_5_to_300"),
    ({"title": "x" * 301}, "title_length_5_to_300"),
    ({"url": "/news/relative"}, "url_absolute_http"),
    ({"url": "ftp://example.com/a"}, "url_absolute_http"),
    ({"published_date": date(1899, 12, 31)}, "published_not_before_1900"),
    ({"language": "xx"}, "language_iso_639_1"),
    ({"language": None}, "language_present"),
]


# A byline position that is not a person's name: withheld alone, the article published without it.
AUTHOR_ROW_FAULTS = [
    (("Jane Doe", "The Associated Press"), 2, "authors_not_agency_or_publisher"),
    (("Example Times",), 1, "authors_not_agency_or_publisher"),
    (("jane.doe@example.com", "Ann Poe"), 1, "authors_no_email"),
    (("J" * 120, "Jane Doe"), 1, "author_name_length_2_to_100"),
]


def test_each_author_row_rule_withholds_the_name_that_breaks_it_and_publishes_the_article(con):
    faults = zip(articles(len(AUTHOR_ROW_FAULTS)), AUTHOR_ROW_FAULTS, strict=True)
    batch = [replace(a, authors=names) for a, (names, _, _) in faults]
    stage(con, "r1", batch)

    verdict = _validate(con)

    assert verdict.n_quarantined == 0 and verdict.n_rows_withheld == len(AUTHOR_ROW_FAULTS)
    faults = zip(batch, AUTHOR_ROW_FAULTS, strict=True)
    expected = [("article_authors", a.path, position, [rule]) for a, (_, position, rule) in faults]
    assert _withheld_rows(con) == sorted(expected)
    assert publish_run(con, "r1") == len(batch)
    authors = dict(con.execute("select source_path, authors from articles").fetchall())
    assert [authors[a.path] for a in batch] == [["Jane Doe"], [], ["Ann Poe"], ["Jane Doe"]]


def test_each_row_rule_quarantines_the_article_that_breaks_it_and_only_that_one(con):
    good = articles(2, prefix="/raw/good")
    faulty = [replace(a, **change) for a, (change, _) in zip(articles(len(ROW_FAULTS)), ROW_FAULTS, strict=True)]
    stage(con, "r1", good + faulty)

    verdict = _validate(con)

    quarantined = _quarantined(con)
    assert verdict.passed and verdict.n_quarantined == len(ROW_FAULTS)
    for article, (change, rule) in zip(faulty, ROW_FAULTS, strict=True):
        assert rule in quarantined[article.path], (change, quarantined[article.path])
    assert not any(a.path in quarantined for a in good)
    assert {rule for _, rule in ROW_FAULTS} <= set(verdict.failed_rules)


def test_quarantine_keeps_the_observed_values_of_each_failed_rule(con):
    batch = articles(1, body="Only five words in here.", url="ftp://x.org/a")
    stage(con, "r1", batch)
    _validate(con)
    failures = con.execute("select failures from quarantine").fetchone()[0]
    assert '"rule": "body_min_words", "observed": {"body_words": 5}' in failures
    assert '"url": "ftp://x.org/a"' in failures


def test_missing_url_and_staff_copy_pass(con):
    stage(con, "r1", articles(1, url=None, authors=()))
    assert _validate(con).n_quarantined == 0


def test_a_failing_author_row_is_withheld_alone_and_its_article_published_without_it(con):
    batch = articles(2)
    batch[0] = replace(batch[0], authors=("J" * 120, "Jane Doe"))
    stage(con, "r1", batch)

    verdict = _validate(con)

    assert verdict.n_quarantined == 0 and verdict.n_rows_withheld == 1
    assert "1 author or image rows withheld (author_name_length_2_to_100: 1)" in verdict.message
    assert _quarantined(con) == {}
    assert _withheld_rows(con) == [("article_authors", batch[0].path, 1, ["author_name_length_2_to_100"])]
    failures = con.execute("select failures from quarantine").fetchone()[0]
    assert '"observed": {"name": "' + "J" * 120 + '"}' in failures
    assert publish_run(con, "r1") == 2
    published = con.execute(
        "select authors, list(name order by position), list(position order by position) from articles"
        " join article_authors using (article_id) where source_path = ? group by all", [batch[0].path]
    ).fetchone()
    assert published == (["Jane Doe"], ["Jane Doe"], [2])
    assert con.execute("select status from raw_files where path = ?", [batch[0].path]).fetchone() == ("published",)


def test_a_failing_image_row_is_withheld_alone_and_the_article_keeps_its_other_captions(con):
    stage(con, "r1", articles(1, captions=("A boat in the harbour.", "", "The mayor speaks.")))

    verdict = _validate(con)

    assert verdict.n_quarantined == 0 and verdict.n_rows_withheld == 1
    assert _withheld_rows(con) == [("article_images", "/raw/a000000.txt", 2, ["caption_not_empty"])]
    assert publish_run(con, "r1") == 1
    captions = con.execute("select position, caption from article_images order by position").fetchall()
    assert captions == [(1, "A boat in the harbour."), (3, "The mayor speaks.")]


def test_an_article_failing_its_own_rule_is_withheld_whole_with_its_rows(con):
    stage(con, "r1", articles(1, body="short", captions=("",)))
    verdict = _validate(con)
    assert verdict.n_quarantined == 1 and verdict.n_rows_withheld == 1
    assert publish_run(con, "r1") == 0
    assert con.execute("select count(*) from article_images").fetchone() == (0,)
    assert con.execute("select status from raw_files").fetchone() == ("quarantined",)


def test_share_with_date_below_80_percent_holds_the_whole_run(con):
    batch = articles(60)
    batch = [replace(a, published_date=None) if i < 15 else a for i, a in enumerate(batch)]
    batch[20] = replace(batch[20], body="short")  # a row failure in a held run
    stage(con, "r1", batch)

    verdict = _validate(con)

    assert not verdict.passed and verdict.outcome == "failed"
    assert verdict.message == "batch rule share_with_date failed: observed 0.75 < 0.80"
    assert "share_with_date" in verdict.failed_rules
    held = con.execute("select distinct status, reason from raw_files").fetchall()
    assert held == [("held", verdict.message)]
    assert con.execute("select count(*) from staging.articles").fetchone() == (60,)  # inspectable
    with pytest.raises(HeldRun, match="--force-publish r1"):
        publish_run(con, "r1")
    assert con.execute("select count(*) from articles").fetchone() == (0,)

    assert publish_run(con, "r1", force=True) == 59  # forced: only what passed the row rules
    assert con.execute("select count(*) from staging.articles").fetchone() == (0,)
    assert dict(con.execute("select status, count(*) from raw_files group by all").fetchall()) == {
        "published": 59, "quarantined": 1,
    }


def test_share_with_title_below_95_percent_holds_the_run(con):
    stage(con, "r1", [replace(a, title=None) if i < 4 else a for i, a in enumerate(articles(50))])
    verdict = _validate(con)
    assert not verdict.passed
    assert verdict.message == "batch rule share_with_title failed: observed 0.92 < 0.95"


def test_share_of_rejected_files_above_20_percent_holds_the_run(con):
    stage(con, "r1", articles(50))
    verdict = _validate(con, n_files=70, n_rejected=20)
    assert not verdict.passed
    assert verdict.message == "batch rule share_rejected_max_20pct failed: observed 0.29 > 0.20"


def test_batch_rules_are_skipped_below_min_rows_and_recorded_as_skipped(con):
    stage(con, "r1", articles(10, published_date=None))
    verdict = _validate(con, n_files=40, n_rejected=30)
    assert verdict.passed
    skipped = con.execute(
        "select expectation, observed_value from validation_results where success is null and level = 'batch'"
    ).fetchall()
    assert sorted(skipped) == [
        ("share_rejected_max_20pct", "skipped: 40 files < 50"),
        ("share_with_date", "skipped: 10 rows < 50"),
        ("share_with_title", "skipped: 10 rows < 50"),
    ]


def test_every_expectation_of_every_suite_is_recorded_once_per_run(con):
    stage(con, "r1", articles(3, captions=("A caption.",)))
    _validate(con)
    _validate(con)  # validating again replaces the earlier verdict
    recorded = con.execute("select suite, expectation from validation_results where run_id = 'r1'").fetchall()
    expected = [(r.suite, r.name) for suite in SUITES for r in load_rules(suite)]
    assert sorted(recorded) == sorted(expected)


def test_nothing_staged_is_nothing_to_validate(con):
    verdict = _validate(con, n_files=0)
    assert verdict == replace(verdict, passed=True, outcome="nothing_to_validate", n_rows=0, n_quarantined=0)


def test_same_bytes_published_from_another_path_is_a_clash_but_a_reparse_is_not(con):
    first = articles(2)
    stage(con, "r1", first)
    _validate(con)
    publish_run(con, "r1")
    copy_elsewhere = replace(first[0], path="/raw/elsewhere.txt", raw=first[0].bytes_)
    reparse = first[1]
    stage(con, "r2", [copy_elsewhere, reparse])
    _validate(con, run_id="r2")
    assert _quarantined(con, "r2") == {"/raw/elsewhere.txt": ["article_id_not_published_elsewhere"]}


def test_suites_build_with_stable_expectation_ids():
    first = build_suite("articles", load_rules("articles"))
    second = build_suite("articles", load_rules("articles"))
    assert [e.id for e in first.expectations] == [e.id for e in second.expectations]
    assert all(e.meta["name"] for e in first.expectations)


def _recorded(con, run_id="r1"):
    return con.execute(
        "select suite, expectation, success, observed_value, element_count, unexpected_count "
        "from validation_results where run_id = ? order by all", [run_id]
    ).fetchall()


def test_a_run_checked_in_parts_gets_the_verdict_of_one_whole_check(tmp_path, monkeypatch):
    batch = articles(60, captions=("A caption.",))
    batch = [replace(a, published_date=None) if i % 4 == 0 else a for i, a in enumerate(batch)]
    for i, (change, _) in enumerate(ROW_FAULTS):
        batch[i * 3 + 1] = replace(batch[i * 3 + 1], **change)
    batch[5] = replace(batch[5], authors=("J" * 120, "Jane Doe"))
    verdicts, recorded, quarantined = [], [], []
    for part_rows in (1000, 7):
        monkeypatch.setattr(gate, "PART_ROWS", part_rows)
        con = connect(tmp_path / f"parts_{part_rows}.duckdb")
        stage(con, "r1", batch)
        verdicts.append(replace(_validate(con), seconds=0.0))
        recorded.append(_recorded(con))
        quarantined.append((_quarantined(con), _withheld_rows(con)))
        con.close()
    assert verdicts[0] == verdicts[1] and verdicts[0].n_quarantined == len(ROW_FAULTS)
    assert verdicts[0].n_rows_withheld == 1
    assert recorded[0] == recorded[1]
    assert quarantined[0] == quarantined[1]


def test_checking_in_parts_still_finds_an_id_staged_twice(con, monkeypatch):
    monkeypatch.setattr(gate, "PART_ROWS", 3)
    batch = articles(12)
    stage(con, "r1", batch)
    twin = batch[4].article_id
    con.execute("update staging.articles set article_id = ? where source_path = ?", [twin, batch[9].path])
    _validate(con)
    assert "article_id_unique_in_batch" in _quarantined(con)[batch[4].path]
    assert "article_id_unique_in_batch" in _quarantined(con)[batch[9].path]


def test_batch_rules_on_a_suite_without_a_whole_run_frame_are_refused(con, tmp_path, monkeypatch):
    real = gate.load_rules

    def with_a_batch_rule_on_images(suite):
        rules = real(suite)
        return rules + (replace(rules[0], level="batch"),) if suite == "article_images" else rules

    monkeypatch.setattr(gate, "load_rules", with_a_batch_rule_on_images)
    with pytest.raises(ValueError, match="article_images.json: batch rules can judge only the articles and runs"):
        _validate(con)


def test_a_credit_beside_a_credited_person_is_quarantined_and_a_credit_alone_passes(con):
    batch = articles(2)
    batch[1] = replace(batch[1], authors=())
    stage(con, "r1", batch)
    con.execute("update staging.articles set credit = 'Associated Press'")
    _validate(con)
    assert _quarantined(con) == {batch[0].path: ["credit_only_without_authors"]}
    failures = con.execute("select failures from quarantine").fetchone()[0]
    assert '"credit": "Associated Press"' in failures
