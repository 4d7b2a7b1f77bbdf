"""The analyst views in sql/reports/ against a small database whose answers are known."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import duckdb
import pytest

from byline.report import collect, refresh_views
from byline.report.page import page_json, render_page
from byline.report.views import view_files, view_name
from byline.store import connect

# Three outlets carry one AP story (s1) at 10:00, 13:00 and 16:00; Post also has staff copy,
# Times a Reuters story; one article has no publisher and no date.
FIXTURE = """
insert into runs (run_id, started_at, finished_at, n_parsed, n_published, n_rejected, n_quarantined,
                  validation_outcome) values
    ('r1', '2024-01-01 09:00:00+00', '2024-01-01 09:05:00+00', 5, 5, 1, 0, 'passed'),
    ('r2', '2024-01-02 09:00:00+00', '2024-01-02 09:05:00+00', 3, 0, 0, 1, 'failed');
insert into articles (article_id, title, publisher, domain, agency, published_at, published_date, body,
                      run_id, story_id) values
    ('a1', 'Port strike begins', 'Post', 'post.example', 'AP', '2024-01-01 10:00:00+00', '2024-01-01',
     'Dockworkers walked off the job.', 'r1', 's1'),
    ('a2', 'Dockers strike', 'Herald', 'herald.example', 'AP', '2024-01-01 13:00:00+00', '2024-01-01',
     'Dockworkers walked off the job.', 'r1', 's1'),
    ('a5', 'Strike at the port', 'Times', 'times.example', 'AP', '2024-01-01 16:00:00+00', '2024-01-01',
     'Dockworkers walked off the job.', 'r1', 's1'),
    ('a3', 'Council budget', 'Post', 'post.example', null, null, '2024-01-02',
     'The council passed its budget.', 'r1', 's2'),
    ('a4', 'Rates rise', 'Times', 'times.example', 'Reuters', '2024-01-02 08:00:00+00', '2024-01-02',
     'The central bank raised rates.', 'r1', 's3'),
    ('a6', null, null, 'example.org', null, null, null, 'A note without a date.', 'r1', 's4');
insert into article_authors values
    ('a1', 1, 'Ann Lee'), ('a2', 1, 'Ann Lee'), ('a4', 1, 'Ann Lee'), ('a4', 2, 'Cy Dee'), ('a3', 1, 'Bob Roy');
insert into stories (story_id, headline, first_published_at, n_articles, n_publishers, agencies, article_ids, updated_at) values
    ('s1', 'Port strike begins', '2024-01-01 10:00:00+00', 3, 3, ['AP'], ['a1', 'a2', 'a5'], now()),
    ('s2', 'Council budget', '2024-01-02 00:00:00+00', 1, 1, [], ['a3'], now()),
    ('s3', 'Rates rise', '2024-01-02 08:00:00+00', 1, 1, ['Reuters'], ['a4'], now()),
    ('s4', null, null, 1, 0, [], ['a6'], now());
insert into validation_results (run_id, suite, expectation, expectation_type, level, success, evaluated_at) values
    ('r1', 'articles', 'body_min_words', 'expect_column_values_to_be_between', 'row', true, now()),
    ('r1', 'articles', 'share_with_date', 'expect_column_mean_to_be_between', 'batch', true, now()),
    ('r2', 'articles', 'body_min_words', 'expect_column_values_to_be_between', 'row', false, now()),
    ('r2', 'articles', 'share_with_date', 'expect_column_mean_to_be_between', 'batch', true, now());
"""


@pytest.fixture
def con(tmp_path: Path):
    con = connect(tmp_path / "byline.duckdb")
    con.execute(FIXTURE)
    refresh_views(con)
    yield con
    con.close()


def rows(con: duckdb.DuckDBPyConnection, query: str) -> list[tuple]:
    return con.execute(query).fetchall()


def test_every_view_file_creates_the_view_named_for_it_with_a_header_and_ctes():
    for path in view_files():
        text = path.read_text(encoding="utf-8")
        assert f"create or replace view {view_name(path)} as" in text, path.name
        assert text.lstrip().startswith("--") and "Answers:" in text, path.name
        assert "\nwith " in text, path.name


def test_articles_per_publisher_per_day_leaves_out_undated_articles(con):
    assert rows(con, "select publisher, day::varchar, n_articles from report_articles_per_publisher_day") == [
        ("Herald", "2024-01-01", 1),
        ("Post", "2024-01-01", 1),
        ("Times", "2024-01-01", 1),
        ("Post", "2024-01-02", 1),
        ("Times", "2024-01-02", 1),
    ]


def test_top_authors_counts_articles_and_outlets(con):
    assert rows(
        con, "select author_rank, name, n_articles, n_publishers, publishers from report_top_authors"
    ) == [
        (1, "Ann Lee", 3, 3, ["Herald", "Post", "Times"]),
        (2, "Bob Roy", 1, 1, ["Post"]),
        (2, "Cy Dee", 1, 1, ["Times"]),
    ]


def test_wire_share_splits_each_publisher_by_agency_and_staff(con):
    got = rows(con, "select publisher, source, is_wire, n_articles, share from report_wire_share")
    assert got == [
        ("Post", "AP", True, 1, 0.5),
        ("Post", "staff", False, 1, 0.5),
        ("Times", "AP", True, 1, 0.5),
        ("Times", "Reuters", True, 1, 0.5),
        ("Herald", "AP", True, 1, 1.0),
        ("example.org", "staff", False, 1, 1.0),
    ]


def test_syndication_measures_hours_after_the_first_copy(con):
    got = rows(
        con,
        "select agency, publisher, n_stories, n_first, median_hours_after_first from report_syndication",
    )
    assert got == [
        ("AP", "Herald", 1, 0, 3.0),
        ("AP", "Post", 1, 1, 0.0),
        ("AP", "Times", 1, 0, 6.0),
        ("Reuters", "Times", 1, 1, 0.0),
    ]


def test_top_stories_lists_outlets_in_order_of_publication(con):
    first = rows(con, "select story_rank, story_id, n_publishers, outlets from report_top_stories limit 1")
    assert first == [(1, "s1", 3, ["Post", "Herald", "Times"])]


def test_quality_over_time_has_one_row_per_run_with_failed_expectations(con):
    got = rows(
        con,
        "select run_id, validation_outcome, n_published, n_expectations, n_failed_expectations, "
        "failed_expectations, expectation_pass_rate from report_quality_over_time",
    )
    assert got == [
        ("r1", "passed", 5, 2, 0, [], 1.0),
        ("r2", "failed", 0, 2, 1, ["body_min_words"], 0.5),
    ]


def test_page_data_is_embedded_so_no_article_text_can_close_the_script(con):
    con.execute("update articles set title = '</script><script>alert(1)</script>' where article_id = 'a1'")
    data = collect(con, dt.datetime(2024, 1, 3, tzinfo=dt.UTC))
    assert "</script><script>alert" not in page_json(data, "byline.duckdb")
    html = render_page(data, "byline.duckdb")
    assert "http://" not in html.replace("http://www.w3.org/2000/svg", "")
    assert "https://" not in html and "<script src" not in html


def test_report_command_explains_a_missing_database(tmp_path: Path):
    from click.testing import CliRunner

    from byline.cli import main

    result = CliRunner().invoke(main, ["report", "--db", str(tmp_path / "none.duckdb")])
    assert result.exit_code != 0 and "run `byline ingest" in result.output
