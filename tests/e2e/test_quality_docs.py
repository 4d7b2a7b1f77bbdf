"""The data docs page in headless Chromium: it renders offline, fetches nothing, shows the failures."""

from __future__ import annotations

import sys
from dataclasses import replace
from datetime import date
from pathlib import Path

import pytest

from byline.docs import build_docs
from byline.quality import validate_run
from byline.store import connect

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "unit"))
from test_quality_staging import articles, stage  # noqa: E402


@pytest.fixture
def docs(tmp_path) -> Path:
    con = connect(tmp_path / "byline.duckdb")
    batch = articles(3)
    batch[0] = replace(batch[0], published_date=date(2091, 3, 5), title="A story from <the future>")
    stage(con, "r1", batch)
    validate_run(con, "r1", n_files=3, n_rejected=0, min_rows_for_batch_rules=50)
    page = build_docs(con, tmp_path / "docs")
    con.close()
    return page


@pytest.mark.browser
def test_data_docs_render_offline_with_failures_and_quarantine(docs: Path, chromium) -> None:
    fetched: list[str] = []
    errors: list[str] = []
    page = chromium.new_page()
    page.on("console", lambda m: errors.append(m.text) if m.type == "error" else None)

    def block_network(route):
        if not route.request.url.startswith("file://"):
            fetched.append(route.request.url)
            return route.abort()
        return route.continue_()

    page.route("**/*", block_network)
    page.goto(docs.as_uri())
    assert page.title() == "byline data docs"
    failed = page.locator("td.fail").first
    assert failed.is_visible()
    assert failed.evaluate("e => getComputedStyle(e).color") == "rgb(176, 0, 32)"  # our inline CSS applied
    run_section = page.locator("#run-r1")
    assert run_section.is_visible()
    table_text = page.locator("table").nth(1).inner_text()
    assert "published_not_in_future" in table_text
    assert page.get_by_text("A story from <the future>").is_visible()  # escaped, shown as text
    page.click("a[href='#run-r1']")
    assert page.evaluate("location.hash") == "#run-r1"
    assert fetched == []
    assert errors == []
