"""Callers inject "today": a date after it is not plausible while another is, in both formats."""

from __future__ import annotations

from datetime import date

import pytest

from byline.model import ParsedArticle
from byline.parse import parse_bytes

PARAGRAPHS = [
    "The relay satellite settled into its planned orbit after a three-week cruise, mission controllers said.",
    "Engineers will spend the next month testing its radios before it starts carrying traffic for crews.",
    "The spacecraft fired its main engine for just under nine minutes to be captured by lunar gravity.",
]


def as_text(today: date | None) -> ParsedArticle:
    lines = ["Lunar relay satellite reaches its parking orbit", "Published Mar 14, 2031", "Updated Jan 2, 2020",
             "", *PARAGRAPHS]
    return parse_bytes("\n".join(lines).encode(), "story.txt", today=today)


def as_html(today: date | None) -> ParsedArticle:
    body = "".join(f"<p>{p}</p>" for p in PARAGRAPHS)
    page = (
        '<html><head><meta property="article:published_time" content="2031-03-14T09:00:00+00:00">'
        '<meta name="date" content="2020-01-02"><title>Lunar relay satellite reaches its parking orbit</title>'
        f"</head><body><article><h1>Lunar relay satellite reaches its parking orbit</h1>{body}</article></body></html>"
    )
    return parse_bytes(page.encode(), "story.html", url_hint="https://example.com/space/relay", today=today)


@pytest.mark.parametrize("parse", [as_text, as_html], ids=["text", "html"])
def test_a_date_after_the_injected_today_gives_way(parse) -> None:
    assert parse(date(2026, 1, 1)).published_date == date(2020, 1, 2)


@pytest.mark.parametrize("parse", [as_text, as_html], ids=["text", "html"])
def test_the_same_date_is_plausible_once_today_has_passed_it(parse) -> None:
    assert parse(date(2031, 6, 1)).published_date == date(2031, 3, 14)
