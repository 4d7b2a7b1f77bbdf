"""The plain-text parser end to end on small inputs: fields, body, rejections."""

from __future__ import annotations

import pytest

from byline.model import Rejected
from byline.parse.text import parse_text

WIRE = """Storm knocks out power to 200,000 homes across Oregon

By Jane Roe and John Doe, Associated Press

PORTLAND, Ore. (AP) — A windstorm toppled trees and power lines across western Oregon on Saturday.

Utility crews from neighboring states were on their way to help, officials said on Saturday.
"""

SCRAPED = """Author of the article:
Published Sep 18, 2023 • 2 minute read
Officials meet in Valletta on Sunday. Photo by Lian Yi /THE ASSOCIATED PRESS
BEIJING (AP) — China's top foreign policy official is heading to Russia for security talks.
Advertisement 2
This advertisement has not loaded yet, but your article continues below.
Article content
The talks follow two days of meetings with the U.S. national security adviser in Malta.
Copyright for syndicated content belongs to the linked Source : National Post – https://nationalpost.com/news/chinas-foreign-minister-heads-to-moscow
"""


def test_wire_copy_fields() -> None:
    article = parse_text(WIRE)
    assert article.title == "Storm knocks out power to 200,000 homes across Oregon"
    assert article.title_source == "text"
    assert article.authors == ("Jane Roe", "John Doe")
    assert (article.dateline, article.agency) == ("PORTLAND, Ore.", "AP")
    assert article.body.startswith("PORTLAND, Ore. (AP) — A windstorm")
    assert article.language == "en"


def test_scraped_copy_fields_and_clean_body() -> None:
    article = parse_text(SCRAPED)
    assert article.authors == ()
    assert article.url == "https://nationalpost.com/news/chinas-foreign-minister-heads-to-moscow"
    assert (article.domain, article.publisher) == ("nationalpost.com", "National Post")
    assert article.title_source == "url" and "foreign minister" in article.title.lower()
    assert article.published_date.isoformat() == "2023-09-18"
    assert article.date_source == "text:published"
    assert article.reading_minutes == 2
    assert [c.credit for c in article.captions] == ["Lian Yi / The Associated Press"]
    assert article.body.split("\n\n") == [
        "BEIJING (AP) — China's top foreign policy official is heading to Russia for security talks.",
        "The talks follow two days of meetings with the U.S. national security adviser in Malta.",
    ]


def test_url_hint_is_used_when_the_text_names_no_url() -> None:
    article = parse_text(WIRE, url_hint="https://www.theguardian.com/us-news/2023/oct/01/oregon-storm-power-outages")
    assert article.url == "https://www.theguardian.com/us-news/2023/oct/01/oregon-storm-power-outages"
    assert (article.domain, article.publisher) == ("theguardian.com", "The Guardian")


def test_url_in_the_text_wins_over_the_hint() -> None:
    article = parse_text(SCRAPED, url_hint="https://example.com/other")
    assert article.domain == "nationalpost.com"


def test_no_url_and_no_headline_means_no_title() -> None:
    article = parse_text("By Kenji Watanabe\nThe city's largest employer said on Monday it would move its offices.")
    assert article.title is None and article.title_source is None


def test_word_count_counts_the_body() -> None:
    article = parse_text(WIRE)
    assert article.word_count == len(article.body.split())


@pytest.mark.parametrize("text", ["", "   \n\n  ", "Advertisement 1\nComments\nRead more", "Hello world"])
def test_text_without_an_article_is_rejected(text: str) -> None:
    with pytest.raises(Rejected) as caught:
        parse_text(text)
    assert caught.value.reason == "no_article"


def test_non_english_language_is_detected() -> None:
    text = (
        "Bahnstreik legt Fernverkehr lahm\n\nBERLIN (dpa) - Ein Streik der Lokführer hat am Donnerstag den "
        "Fernverkehr der Bahn in weiten Teilen Deutschlands zum Erliegen gebracht. Nach Angaben des Unternehmens "
        "fielen rund 80 Prozent der Verbindungen aus."
    )
    article = parse_text(text)
    assert (article.language, article.agency, article.dateline) == ("de", "dpa", "BERLIN")


def test_signoff_gives_the_agency_and_leaves_the_body() -> None:
    text = "DAIRY PRICES FALL\n\n    WELLINGTON, Feb 27 - Prices for milk powder fell 3.2 pct at the\nlatest auction, it said.\n Reuter\n"
    article = parse_text(text)
    assert article.agency == "Reuters"
    assert article.published_date is None  # "Feb 27" has no year
    assert not article.body.endswith("Reuter")


def test_chart_source_in_the_body_is_not_the_publisher() -> None:
    lines = [
        "Housing starts fell in August",
        "Housing starts fell 12% in August from July, the agency said on Friday.",
        "Source: Statistics Canada",
        "Economists had expected a smaller decline after a strong summer.",
        "Builders blamed higher borrowing costs for the slowdown in new projects.",
        "Starts of multi-unit buildings fell the most, while single-family homes held steady.",
        "The agency will publish revised figures next month.",
    ]
    article = parse_text("\n".join(lines))
    assert article.publisher is None
    assert "Source: Statistics Canada" in article.body


def test_paragraph_ending_in_an_agency_name_is_not_a_caption() -> None:
    article = parse_text("Talks resume\nBEIJING — The talks will resume on Monday, officials told reporters (AP)\nMore talks are planned.")
    assert article.captions == ()
    assert "officials told reporters (AP)" in article.body


def test_header_line_with_byline_date_and_reading_time() -> None:
    article = parse_text(
        "Markets rally on rate hopes\nBy Jane Doe | Published 18 September 2023 | 3 min read\n"
        "Stocks rose on Monday as investors bet that central banks were done raising rates.\nBond yields fell."
    )
    assert article.authors == ("Jane Doe",)
    assert article.published_date.isoformat() == "2023-09-18"
    assert article.reading_minutes == 3
    assert article.body.startswith("Stocks rose")


def test_masthead_line_is_not_the_title() -> None:
    article = parse_text(
        "National Post\nProvince to hire more rural nurses\n"
        "The provincial government will spend 40 million dollars to hire more nurses in rural hospitals.\n"
        "The money will pay signing bonuses.\nRural hospitals have closed emergency rooms on some nights."
    )
    assert article.title == "Province to hire more rural nurses"


def test_relative_time_stamp_and_reading_time_label_leave_the_body() -> None:
    article = parse_text(
        "Bridge closure extended for repairs\nUpdated 5 hours ago\nReading time: 3 minutes\n"
        "The city has extended the closure of the Main Street bridge by two weeks.\nDetours will remain in place."
    )
    assert article.reading_minutes == 3
    assert article.published_date is None
    assert article.body.startswith("The city has extended")


def test_closing_reporting_credit_names_the_authors_when_there_is_no_byline() -> None:
    article = parse_text(
        "Oil steadies as traders weigh supply cuts\n\n"
        "LONDON, Sept 18 (Reuters) - Oil prices steadied on Monday as traders weighed supply cuts against demand.\n\n"
        "Brent crude futures were little changed at $94 a barrel.\n\n"
        "(Reporting by Jane Doe in London and Kenji Sato in Tokyo; Editing by Peter Graff)"
    )
    assert article.authors == ("Jane Doe", "Kenji Sato")
    assert article.agency == "Reuters"
    assert article.body.endswith("Editing by Peter Graff)")


def test_byline_wins_over_the_closing_credit() -> None:
    article = parse_text(
        "Oil steadies\n\nBy Ann Lee\n\nLONDON, Sept 18 (Reuters) - Oil prices steadied on Monday as traders weighed "
        "supply cuts.\n\n(Reporting by Jane Doe; Editing by Peter Graff)"
    )
    assert article.authors == ("Ann Lee",)


def test_byline_below_a_deck_is_still_read() -> None:
    article = parse_text(
        "Ferry workers strike in Halifax\n\nThousands of commuters stranded as talks collapse\n\n"
        "By Maria Castellano, Associated Press\n\n"
        "HALIFAX, Nova Scotia (AP) — Ferry crews walked off the job early Tuesday after talks broke down.\n\n"
        "No new talks have been scheduled."
    )
    assert article.authors == ("Maria Castellano",)
    assert article.agency == "AP"
    assert article.body.startswith("Thousands of commuters stranded")
