"""Properties of the plain-text parser on arbitrary input."""

from __future__ import annotations

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from byline.model import ParsedArticle, Rejected
from byline.parse.boilerplate import line_kind
from byline.parse.text import parse_text

FURNITURE = [
    "Advertisement 2",
    "This advertisement has not loaded yet, but your article continues below.",
    "Article content",
    ">>> Read full article>>>",
    "Share this article in your social network",
    "Comments",
    "Latest from Shopping Essentials",
    "More of AP’s Asia-Pacific coverage is available at https://apnews.com/hub/asia-pacific",
    "THIS CONTENT IS RESERVED FOR SUBSCRIBERS",
    "___",
]
SENTENCES = [
    "The council voted on Tuesday to approve the budget after a long debate.",
    "Officials said the bridge would reopen next week once repairs were complete.",
    "Prices rose 3 pct in the quarter, the company said in a statement.",
    "BEIJING (AP) — China's top diplomat began talks in Moscow on Monday.",
    "By the end of the year, exports had grown by a fifth, the ministry said.",
    "“We are not there yet,” the minister told reporters outside parliament.",
]
settings.register_profile("text", deadline=None, suppress_health_check=[HealthCheck.too_slow])
settings.load_profile("text")


def parse_or_none(text: str) -> ParsedArticle | None:
    try:
        return parse_text(text)
    except Rejected:
        return None


@given(st.text(max_size=3000))
def test_arbitrary_text_raises_nothing_but_rejected(text: str) -> None:
    parse_or_none(text)


@given(st.lists(st.sampled_from(SENTENCES + FURNITURE) | st.text(max_size=80), max_size=40).map("\n".join))
def test_line_soup_raises_nothing_but_rejected(text: str) -> None:
    parse_or_none(text)


@given(st.lists(st.sampled_from(SENTENCES + FURNITURE), min_size=1, max_size=40))
def test_body_never_holds_a_boilerplate_line(lines: list[str]) -> None:
    article = parse_or_none("\n".join(lines))
    if article is None:
        return
    for paragraph in article.body.split("\n\n"):
        assert paragraph not in FURNITURE
        assert line_kind(paragraph) not in ("drop", "trailer", "prompt", "related", "resume")


@given(st.lists(st.sampled_from(SENTENCES), min_size=2, max_size=20))
def test_real_paragraphs_stay_in_order(lines: list[str]) -> None:
    article = parse_or_none("\n".join(lines))
    assert article is not None
    body = article.body.split("\n\n")
    title_offset = len(lines) - len(body)
    assert body == lines[title_offset:]
