"""One table of zones and plausible bounds: text lines and HTML metadata read the same moment and day."""

from __future__ import annotations

from datetime import date, timedelta

import pytest

from byline.parse import parse_bytes
from byline.parse.date_tables import EARLIEST_PLAUSIBLE, is_plausible

PARAGRAPHS = [
    "The state government approved the new metro line on Monday after a meeting that lasted most of the day.",
    "Work on the line is due to start next year and to take about four years, officials said.",
    "Commuters on the crowded western corridor have asked for a faster link to the city centre for a decade.",
]
TODAY = date(2026, 1, 1)


def as_text(stamp: str, extra: str = ""):
    lines = ["State approves new metro line for western suburbs", f"Published {stamp}", *([extra] if extra else []),
             "", *PARAGRAPHS]
    return parse_bytes("\n".join(lines).encode(), "story.txt", today=TODAY)


def as_html(stamp: str, extra: str = ""):
    body = "".join(f"<p>{p}</p>" for p in PARAGRAPHS)
    other = f'<meta name="date" content="{extra}">' if extra else ""
    page = (
        f'<html><head><meta property="article:published_time" content="{stamp}">{other}'
        "<title>State approves new metro line for western suburbs</title></head><body><article>"
        f"<h1>State approves new metro line for western suburbs</h1>{body}</article></body></html>"
    )
    return parse_bytes(page.encode(), "story.html", url_hint="https://example.in/city/metro-line", today=TODAY)


@pytest.mark.parametrize("parse", [as_text, as_html], ids=["text", "html"])
@pytest.mark.parametrize(
    ("stamp", "offset"),
    [("September 18, 2023 14:05 IST", 5.5), ("September 18, 2023 14:05 BST", 1), ("September 18, 2023 14:05 ET", -4)],
)
def test_a_zone_abbreviation_means_one_offset_in_both_formats(parse, stamp: str, offset: float) -> None:
    article = parse(stamp)
    assert article.published_at.utcoffset() == timedelta(hours=offset)
    assert article.published_date == date(2023, 9, 18)


@pytest.mark.parametrize("parse", [as_text, as_html], ids=["text", "html"])
def test_a_date_before_the_plausible_floor_gives_way_in_both_formats(parse) -> None:
    article = parse("1990-05-02", "2021-05-02")
    assert article.published_date == date(2021, 5, 2)


def test_plausible_bounds() -> None:
    assert not is_plausible(EARLIEST_PLAUSIBLE - timedelta(days=1), TODAY)
    assert is_plausible(TODAY + timedelta(days=1), TODAY) and not is_plausible(TODAY + timedelta(days=2), TODAY)


def _header_html(line: str):
    body = "".join(f"<p>{p}</p>" for p in PARAGRAPHS)
    page = (
        "<html><head><title>State approves new metro line for western suburbs</title></head><body><article>"
        f"<h1>State approves new metro line for western suburbs</h1><p>{line}</p>{body}</article></body></html>"
    )
    return parse_bytes(page.encode(), "story.html", url_hint="https://example.com/city/metro-line", today=TODAY)


def _header_text(line: str):
    lines = ["State approves new metro line for western suburbs", line, "", *PARAGRAPHS]
    return parse_bytes("\n".join(lines).encode(), "story.txt", today=TODAY)


@pytest.mark.parametrize("parse", [_header_text, _header_html], ids=["text", "html"])
@pytest.mark.parametrize(
    ("line", "day"),
    [("Veröffentlicht am 2. März 2023", date(2023, 3, 2)), ("Publicado el 5 de agosto de 2022", date(2022, 8, 5)),
     ("Published September 18, 2023", date(2023, 9, 18))],
)
def test_a_printed_date_reads_the_same_in_both_formats(parse, line: str, day: date) -> None:
    assert parse(line).published_date == day
