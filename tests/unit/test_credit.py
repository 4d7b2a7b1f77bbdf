"""`credit`: the organisation credited where no person is, read the same way from text and from HTML."""

from __future__ import annotations

import pytest

from byline.model import ParsedArticle
from byline.parse import parse_bytes
from byline.parse.organisations import is_organisation

PARAGRAPHS = [
    "The county council approved the new flood barrier on Tuesday after a debate that lasted most of the day.",
    "Work on the barrier is due to start in the spring and to take about two years, the council said.",
    "Residents of the low-lying streets by the river have asked for better protection since the floods of 2019.",
]


def as_text(byline: str) -> ParsedArticle:
    lines = ["Council approves new flood barrier for river streets", byline, "", *PARAGRAPHS]
    return parse_bytes("\n".join(lines).encode(), "story.txt")


def as_html(byline: str) -> ParsedArticle:
    body = "".join(f"<p>{p}</p>" for p in PARAGRAPHS)
    page = (
        "<html><head><title>Council approves new flood barrier for river streets</title></head><body><article>"
        f'<h1>Council approves new flood barrier for river streets</h1><p class="byline">{byline}</p>'
        f"{body}</article></body></html>"
    )
    return parse_bytes(page.encode(), "story.html", url_hint="https://example.com/news/flood-barrier")


@pytest.mark.parametrize("parse", [as_text, as_html], ids=["text", "html"])
@pytest.mark.parametrize(
    ("byline", "authors", "credit"),
    [
        ("By Jane Roe", ("Jane Roe",), None),
        ("By Jane Roe, The Associated Press", ("Jane Roe",), None),
        ("By The Associated Press", (), "The Associated Press"),
        ("By Staff", (), "Staff"),
        ("By CNN", (), "CNN"),
        ("By Stiftung Warentest", (), "Stiftung Warentest"),
        ("By Anna Beck und Tom Roe", ("Anna Beck", "Tom Roe"), None),
    ],
)
def test_credit_names_the_organisation_only_where_no_person_is(parse, byline, authors, credit) -> None:
    article = parse(byline)
    assert (article.authors, article.credit) == (authors, credit)


def test_no_byline_leaves_credit_empty() -> None:
    text = "\n\n".join(["Council approves new flood barrier for river streets", *PARAGRAPHS])
    assert parse_bytes(text.encode(), "story.txt").credit is None


def test_credit_is_a_key_of_the_json_output() -> None:
    assert as_text("By Staff").to_json()["credit"] == "Staff"


@pytest.mark.parametrize("name", ["National Post", "News Desk", "CNN", "The Associated Press", "Redaktion", "example.com"])
def test_organisations_are_told_from_people(name: str) -> None:
    assert is_organisation(name)


@pytest.mark.parametrize("name", ["Jane Roe", "Jean-Luc Moreau", "Anna Schäfer", "Li Wei"])
def test_people_are_not_organisations(name: str) -> None:
    assert not is_organisation(name)


def test_a_picture_credit_is_no_author_credit() -> None:
    article = as_html("Bild © ARD")
    assert (article.authors, article.credit) == ((), None)
