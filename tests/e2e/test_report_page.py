"""The report page, built by `byline report` (the build_reports flow), in headless Chromium: charts drawn, search works,
nothing fetched from the network, no console errors."""

from __future__ import annotations

import re
from datetime import date, timedelta
from pathlib import Path

import pytest

from byline.store import connect
from byline.stories.link import link_run

TEXTS = Path(__file__).resolve().parent.parent / "data" / "story_pairs" / "texts"
SOURCE_LINE = re.compile(r"Source : (.+?) – https://(\S+?)/")


def _build_database(db: Path) -> None:
    """Wire texts and their copies spread over outlets and days, linked into stories, with two runs."""
    con = connect(db)
    for i, path in enumerate(sorted(TEXTS.glob("*.txt"))):
        title, body = path.read_text(encoding="utf-8").split("\n", 1)
        outlet = SOURCE_LINE.search(body)  # scraped copies name their outlet; bodies keep its clutter
        con.execute(
            "insert into articles (article_id, title, publisher, domain, agency, published_date, body, run_id) "
            "values (?, ?, ?, ?, ?, ?, ?, ?)",
            [
                path.stem,
                title,
                outlet.group(1) if outlet else "Wire Service",
                outlet.group(2) if outlet else "wire.example",
                None if i % 7 == 0 else "AP",
                date(2024, 3, 1) + timedelta(days=i % 9),
                body.strip(),
                "r1" if i % 2 else "r2",
            ],
        )
    con.execute(
        "insert into runs (run_id, started_at, n_published, n_rejected, n_quarantined, validation_outcome) values"
        " ('r1', '2024-03-10 08:00:00+00', 22, 1, 0, 'passed'), ('r2', '2024-03-11 08:00:00+00', 22, 0, 2, 'forced')"
    )
    con.execute(
        "insert into validation_results (run_id, suite, expectation, expectation_type, level, success, evaluated_at)"
        " values ('r2', 'articles', 'share_with_date', 'expect_column_mean_to_be_between', 'batch', false, now())"
    )
    link_run(con, "r1")
    link_run(con, "r2")
    con.close()


@pytest.mark.browser
@pytest.mark.slow
def test_report_page_renders_charts_and_search_offline(tmp_path: Path, prefect_harness, chromium):
    from click.testing import CliRunner

    from byline.cli import main

    db = tmp_path / "byline.duckdb"
    _build_database(db)
    result = CliRunner().invoke(main, ["report", "--db", str(db)])  # runs the build_reports flow
    assert result.exit_code == 0, result.output
    page_path = Path(result.stdout.strip().splitlines()[-1])
    assert page_path == tmp_path / "report" / "index.html"

    errors: list[str] = []
    requests: list[str] = []
    page = chromium.new_page(viewport={"width": 1280, "height": 900})
    page.on("console", lambda m: errors.append(m.text) if m.type == "error" else None)
    page.on("pageerror", lambda e: errors.append(str(e)))
    page.on("request", lambda r: requests.append(r.url))
    page.goto(page_path.as_uri())
    page.wait_for_selector("body[data-ready=true]", timeout=10_000)

    for chart in ("chart-articles", "chart-wire", "chart-stories", "chart-quality"):
        assert page.get_attribute(f"#{chart}", "data-rendered") == "true", chart
    assert page.locator("#chart-articles svg rect").count() >= 9
    assert page.locator("#chart-wire svg rect").count() >= 4
    assert page.locator("#chart-stories li").count() == 10
    assert page.locator("#chart-quality svg rect").count() >= 4
    assert page.locator("#summary dd").first.inner_text() == "44"

    page.fill("#search", "labor court pickets appeal")
    first = page.locator("#results li").first
    assert (
        first.locator(".story-title")
        .inner_text()
        .startswith("Labor court orders Halvik dockworkers back")
    )
    assert page.locator("#results mark").count() > 0
    page.screenshot(path=str(tmp_path / "report.png"), full_page=True)

    assert errors == []
    assert all(url.startswith(("file:", "data:", "about:")) for url in requests), requests
