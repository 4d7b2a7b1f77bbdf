"""One catalogue of chrome words: a block named as other content is read neither for metadata nor for the body."""

from __future__ import annotations

import pytest

from byline.parse.html import parse_html

STORY = " ".join(["The council met on Tuesday and agreed the flood plan after a long debate in the chamber."] * 5)
OTHER = "Readers write that the plan came far too late for the houses by the river, and that it costs too much."


@pytest.mark.parametrize("marker", ["related-posts", "commentList", "sidebar_widget", "teaser-list", "more-stories"])
def test_a_block_of_other_content_gives_no_byline_and_no_body(marker: str) -> None:
    page = (
        "<html><head><title>Council agrees flood plan</title></head><body><article><h1>Council agrees flood plan</h1>"
        f'<p>{STORY}</p></article><div class="{marker}"><p class="byline">By Tom Other</p><p>{OTHER}</p></div>'
        "</body></html>"
    )
    article = parse_html(page.encode(), url_hint="https://example.com/news/flood-plan")
    assert article.authors == ()
    if not marker.startswith(("teaser", "more")):  # those may be the article's own lead: kept in the body
        assert OTHER not in article.body
