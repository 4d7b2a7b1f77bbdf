"""URLs: registered domains offline, publisher names, titles from slugs, source footers."""

from __future__ import annotations

import pytest

from byline.parse.footers import Footer, read_footer
from byline.parse.urls import publisher_from_domain, registered_domain, title_from_url


@pytest.mark.parametrize(
    ("url", "domain"),
    [
        ("https://nationalpost.com/pmn/news-pmn/x", "nationalpost.com"),
        ("https://www.bbc.co.uk/news/world-europe-66850000", "bbc.co.uk"),
        ("http://news.example.com.au/a", "example.com.au"),
        ("https://atlanticledger.example/news/a", "atlanticledger.example"),
        (None, None),
        ("", None),
        ("not a url", None),
    ],
)
def test_registered_domain(url: str | None, domain: str | None) -> None:
    assert registered_domain(url) == domain


def test_publisher_from_known_domain_and_fallback() -> None:
    assert publisher_from_domain("nationalpost.com") == "National Post"
    assert publisher_from_domain("www.theguardian.com") == "The Guardian"
    assert publisher_from_domain("unknown-outlet.org") == "unknown-outlet.org"


@pytest.mark.parametrize(
    ("url", "title"),
    [
        (
            "https://nationalpost.com/pmn/news-pmn/chinas-foreign-minister-wang-yi-heads-to-moscow",
            "Chinas foreign minister wang yi heads to moscow",
        ),
        ("https://www.example.com/world/china-says-talks-went-well-2023-09-18/", "China says talks went well"),
        ("https://www.example.com/news/story.html?id=1", None),
        ("https://www.bbc.co.uk/news/world-europe-66850000", None),
        (None, None),
    ],
)
def test_title_from_url_slug(url: str | None, title: str | None) -> None:
    assert title_from_url(url) == title


@pytest.mark.parametrize(
    ("line", "footer"),
    [
        (
            "Copyright for syndicated content belongs to the linked Source : National Post – https://nationalpost.com/a/b",
            Footer("https://nationalpost.com/a/b", "National Post"),
        ),
        ("Source: The Guardian", Footer(None, "The Guardian")),
        ("Originally published at https://example.com/a/b.", Footer("https://example.com/a/b", None)),
        ("This article originally appeared on Example News.", Footer(None, "Example News")),
        ("https://example.com/news/a-b-c", Footer("https://example.com/news/a-b-c", None)),
    ],
)
def test_source_footer_forms(line: str, footer: Footer) -> None:
    assert read_footer(line) == footer


def test_prose_about_a_source_is_no_footer() -> None:
    assert read_footer("Source: a person familiar with the talks said the deal was close.") is None
    assert read_footer("The source of the leak was a valve, the company said.") is None
