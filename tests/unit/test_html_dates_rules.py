"""Publication-date rules beyond the basics: numeric day-first dates, time zones, labels, ranges."""

from datetime import UTC, date, datetime, timedelta, timezone

from selectolax.lexbor import LexborHTMLParser

from byline.model import ParsedArticle
from byline.parse.html import parse_html
from byline.parse.html.dates import (
    DateCandidate,
    choose,
    parse_date,
    title_date,
    url_month,
    zone_explains,
)
from byline.parse.html.header import headline_window
from byline.parse.html.textdates import first_text_date


def test_dotted_metadata_date_is_read_day_first_with_its_time() -> None:
    assert parse_date("10.12.2022, 07:00:03") == (date(2022, 12, 10), datetime(2022, 12, 10, 7, 0, 3))


def test_dashed_metadata_date_is_read_day_first() -> None:
    assert parse_date("01-11-2023 10:29")[0] == date(2023, 11, 1)


def test_dashed_date_read_month_first_when_only_that_is_valid() -> None:
    assert parse_date("12-31-2022") == (date(2022, 12, 31), None)


BODY = "<p>" + " ".join(["The council met on Tuesday and agreed the plan for the new harbour wall."] * 6) + "</p>"


def _page(head: str, header: str, url: str = "https://example.org/news/harbour-wall") -> ParsedArticle:
    html = f"<html><head><title>Harbour wall</title>{head}</head><body><article><h1>Harbour wall</h1>"
    html += f"<div class='meta'>{header}</div>{BODY}</article></body></html>"
    return parse_html(html.encode(), url)


def _jsonld(published: str) -> str:
    return f'<script type="application/ld+json">{{"@type": "NewsArticle", "datePublished": "{published}"}}</script>'


def test_a_utc_moment_near_midnight_may_read_as_the_next_local_day() -> None:
    assert zone_explains(datetime(2020, 9, 28, 23, 12, tzinfo=UTC), date(2020, 9, 29))
    assert zone_explains(datetime(2020, 9, 28, 2, 0, tzinfo=UTC), date(2020, 9, 27))


def test_a_utc_moment_at_midday_reads_as_no_other_day() -> None:
    assert not zone_explains(datetime(2020, 2, 18, 12, 53, tzinfo=UTC), date(2020, 2, 19))


def test_a_local_offset_already_states_the_publishers_day() -> None:
    local = datetime(2024, 4, 25, 19, 30, tzinfo=timezone(timedelta(hours=2)))
    assert not zone_explains(local, date(2024, 4, 26))


def test_a_print_edition_day_does_not_replace_a_local_publication_time() -> None:
    head = _jsonld("2024-04-25T19:30:04+02:00") + '<meta name="date" content="2024-04-26">'
    art = _page(head, "Aus: Ausgabe vom 26.04.2024, Seite 1")
    assert art.published_date == date(2024, 4, 25)


def test_a_printed_day_a_time_zone_away_from_utc_metadata_wins() -> None:
    art = _page(_jsonld("2016-10-03T02:30:57Z"), "By Drew Dietsch October 2, 2016")
    assert art.published_date == date(2016, 10, 2)


def test_timed_metadata_agreeing_with_the_printed_day_wins() -> None:
    head = _jsonld("2022-05-05T21:00:00-05:00") + '<meta property="article:published_time" content="2022-05-06T02:00:00Z">'
    art = _page(head, "6 May 2022 - 2:00 a. m.")
    assert art.published_date == date(2022, 5, 6)


def test_a_date_labelled_as_the_publication_outranks_an_earlier_caption_date() -> None:
    text = "Rescue workers reach the ship: 11. Mai 2026 (AFP) Veröffentlicht am 13. Mai 2026 um 15:44"
    assert first_text_date(text, date(1995, 1, 1), date(2026, 12, 31)) == date(2026, 5, 13)


def test_a_date_closing_a_range_is_an_event_not_the_publication() -> None:
    text = "Wir fahren am 23.-26.8.2017 zum Sommercamp. Eintrag vom 24.07.2017"
    assert first_text_date(text, date(1995, 1, 1), date(2026, 12, 31)) == date(2017, 7, 24)


def test_url_month_is_read_from_a_year_and_month_path() -> None:
    assert url_month("https://blog.example/2019/10/new-shoes/") == date(2019, 10, 1)
    assert url_month("https://blog.example/news/new-shoes/") is None


def test_a_printed_date_older_than_the_url_month_is_another_storys() -> None:
    head = '<meta property="article:published_time" content="2019-10-01">'
    art = _page(head, "Related: Old review 31.05.2016", url="https://blog.example/2019/10/new-shoes/")
    assert art.published_date == date(2019, 10, 1)


def test_a_date_standing_as_a_title_segment_is_the_pages_stamp() -> None:
    found = title_date(["Counter-offensive: aims and risks | Europe | DW | 28.04.2023"], date(2026, 1, 1))
    assert found.day == date(2023, 4, 28)


def test_a_date_inside_the_headline_words_is_its_subject_not_its_stamp() -> None:
    assert title_date(["Service at the church, 11. November 2021, 18 Uhr"], date(2026, 1, 1)) is None
    assert title_date(["Weekly report 14. - 20. Januar 2022 - SLF"], date(2026, 1, 1)) is None


def test_title_stamp_beats_a_caption_date_when_metadata_is_silent() -> None:
    html = "<html><head><title>Harbour wall | News | 28.04.2023</title></head><body><article><h1>Harbour wall</h1>"
    html += "<figure><figcaption>The old wall, 24. April 2023</figcaption></figure>" + BODY + "</article></body></html>"
    assert parse_html(html.encode(), "https://example.org/a-65464327").published_date == date(2023, 4, 28)


def test_publication_marks_on_many_days_are_a_comment_list_not_the_article() -> None:
    comments = "".join(
        f'<p class="publication">Le <time datetime="2019-09-{d}T07:30:29Z" pubdate>{d} septembre</time></p>'
        for d in (19, 20, 22)
    )
    html = "<html><head><title>Chronique</title></head><body><article><h1>Chronique</h1>"
    html += '<p class="publication">Le <time datetime="2019-06-28T13:49:45Z">28 juin 2019</time></p>'
    html += BODY + f"</article><div class='latest'>{comments}</div></body></html>"
    assert parse_html(html.encode(), "https://example.org/chronique").published_date == date(2019, 6, 28)


def test_the_articles_own_time_element_outranks_a_generic_date_meta() -> None:
    head = '<meta name="dcterms.date" content="2022-01-21T09:43+01:00">'
    art = _page(head, '<time datetime="2022-01-25T08:00:00+01:00">25.01.2022</time>')
    assert art.published_date == date(2022, 1, 25)


def test_a_logo_in_an_h1_is_not_taken_for_the_headline() -> None:
    html = "<html><head><title>Lieferketten</title><meta name='date' content='2020-02-12'></head><body>"
    html += "<header><h1><a href='/'><img src='logo.png'></a></h1>" + "<a href='/x'>Termine</a> " * 200 + "</header>"
    html += "<main><div class='news'><div class='timedata'>05.02.2020 - Redaktion</div><h1>Faire Lieferketten</h1>"
    html += BODY + "</div></main></body></html>"
    assert parse_html(html.encode(), "https://example.org/news/lieferketten").published_date == date(2020, 2, 5)


def test_a_lone_trusted_date_is_outvoted_by_two_sources_agreeing() -> None:
    found = [
        DateCandidate("jsonld", date(2022, 1, 4), None),
        DateCandidate("meta", date(2022, 1, 6), None),
        DateCandidate("meta", date(2022, 1, 6), None),
    ]
    assert choose(found, None, date(2026, 1, 1)).day == date(2022, 1, 6)


def test_the_trusted_date_stays_when_any_other_source_agrees_with_it() -> None:
    found = [
        DateCandidate("jsonld", date(2022, 1, 4), None),
        DateCandidate("meta", date(2022, 1, 4), None),
        DateCandidate("meta", date(2022, 1, 6), None),
        DateCandidate("meta", date(2022, 1, 6), None),
    ]
    assert choose(found, None, date(2026, 1, 1)).day == date(2022, 1, 4)


def test_styles_and_scripts_do_not_fill_the_header_window() -> None:
    style = "<style>" + ".header-scroll #details{display: none;} " * 120 + "</style>"
    header = f"{style}<span>Published On May 10, 2022 01:52 PM</span>"
    html = "<html><head><title>Vessel intercepted</title></head><body><div>Login May 11, 2022 Login</div>"
    html += f"<div class='story'><h1>Vessel intercepted</h1>{header}{BODY}</div></body></html>"
    assert headline_window(LexborHTMLParser(html)).startswith("Vessel intercepted Published On May 10")
    assert parse_html(html.encode(), "https://example.org/crime/vessel").published_date == date(2022, 5, 10)


def test_a_headline_in_main_is_not_foreign_for_the_navigation_wrapper_around_the_page() -> None:
    html = "<html><head><title>Präsidentin gewählt</title><meta name='date' content='2021-10-15'></head><body>"
    html += "<div class='left-navigation page-wrapper'><nav>" + "<a href='/x'>Beratung</a> " * 400 + "</nav>"
    html += "<main><div class='eventbox'><h1>Präsidentin gewählt</h1><span>Erschienen am:</span><h2>13.10.2021</h2>"
    html += "</div>" + BODY * 4 + "</main></div></body></html>"
    assert parse_html(html.encode(), "https://example.org/presse/praesidentin").published_date == date(2021, 10, 13)


def test_levantine_month_names_with_the_egyptian_name_after_a_slash() -> None:
    text = "تم نشره الجمعة 24 نيسان / أبريل 2020 09:22 مساءً"
    assert first_text_date(text, date(1995, 1, 1), date(2026, 12, 31)) == date(2020, 4, 24)
    assert first_text_date("12 كانون الثاني 2021", date(1995, 1, 1), date(2026, 12, 31)) == date(2021, 1, 12)


def test_the_headline_is_the_h1_the_page_title_repeats_not_a_logo_h1() -> None:
    masthead = "<header><h1>News.az</h1><span>Tuesday, (08 Dec 2020)</span>"
    masthead += "<a href='/x'>Politics</a> " * 300 + "</header>"
    html = "<html><head><title>Envoy says the offensive is lawful</title></head><body>" + masthead
    html += "<div class='story'><h1>Envoy says the offensive is lawful</h1><a href='/time'>13 Oct 2020 18:29</a>"
    html += BODY + "</div></body></html>"
    assert parse_html(html.encode(), "https://example.org/news/envoy").published_date == date(2020, 10, 13)


def test_a_stated_time_no_zone_puts_on_the_url_day_wins_over_the_url() -> None:
    found = [DateCandidate("jsonld", date(2020, 7, 9), datetime(2020, 7, 9, 10, 4, tzinfo=UTC))]
    assert choose(found, date(2020, 7, 8), date(2026, 1, 1)).day == date(2020, 7, 9)


def test_the_url_day_stays_when_a_zone_can_put_the_moment_on_it() -> None:
    found = [DateCandidate("jsonld", date(2020, 7, 9), datetime(2020, 7, 9, 2, 0, tzinfo=UTC))]
    assert choose(found, date(2020, 7, 8), date(2026, 1, 1)).day == date(2020, 7, 8)
