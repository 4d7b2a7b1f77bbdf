"""The HTML entry point: encoding, URL choice, rejection and the agency kept out of authors."""

import pytest

from byline.model import Rejected
from byline.parse.html import choose_url, parse_html
from byline.parse.html.encoding import decode_html, detect_charset
from byline.parse.html.meta import PageMeta

BODY = "<p>" + " ".join(["The council met on Tuesday and agreed the plan after a long debate."] * 6) + "</p>"


def test_declared_latin1_is_decoded() -> None:
    text, encoding = decode_html('<meta charset="iso-8859-1"><p>café</p>'.encode("latin-1"))
    assert "café" in text and encoding == "cp1252"


def test_declared_latin1_is_read_as_browsers_read_it() -> None:
    # Pages labelled ISO-8859-1 use Windows-1252's quotes and dashes in 0x80-0x9F; browsers show them so
    page = b'<meta charset="iso-8859-1"><p>Das Album \x84Brave New Woman\x93 erschien 2022 \x96 endlich.</p>'
    text, _ = decode_html(page)
    assert "\u201eBrave New Woman\u201c erschien 2022 \u2013 endlich" in text
    assert not any("\x80" <= ch <= "\x9f" for ch in text)


def test_utf8_bytes_win_over_a_wrong_legacy_declaration() -> None:
    text, encoding = decode_html('<meta charset="iso-8859-1"><p>Grüße</p>'.encode())
    assert "Grüße" in text and encoding == "utf-8"


def test_mojibake_is_repaired() -> None:
    text, _ = decode_html("<p>Grüße aus München, schöne Grüße, café</p>".encode().decode("latin-1").encode())
    assert "Grüße aus München" in text


def test_stray_legacy_bytes_in_utf8_are_read_as_windows_1252() -> None:
    page = "<p>Grüße aus München, schöne Größe</p>".encode() + "<p>Küche</p>".encode("cp1252")
    text, encoding = decode_html(page)
    assert "Grüße aus München" in text and "Küche" in text and encoding == "utf-8"


def test_legacy_bytes_without_utf8_are_not_read_as_utf8() -> None:
    words = "Gestern trafen sich in München die Vertreter, um über die Zukunft zu sprechen. Größe, Übermaß. "
    text, encoding = decode_html(("<p>" + words * 8 + "</p>").encode("cp1252"))
    assert "Übermaß" in text and encoding != "utf-8"


def test_detection_prefers_windows_1252_among_equally_clean_code_pages() -> None:
    words = "Gestern trafen sich in München die Vertreter, um über die Zukunft zu sprechen. Größe, Äpfel. "
    assert detect_charset(("<p>" + words * 8 + "</p>").encode("cp1252")) == "cp1252"


def test_canonical_replaces_the_crawler_url_only_for_the_same_page() -> None:
    meta = PageMeta(canonical="https://www.example.com/news/story/")
    assert choose_url(meta, None, "https://example.com/news/story?utm_source=rss")[1] == "canonical"
    other = PageMeta(canonical="https://example.com/")
    assert choose_url(other, None, "https://example.com/news/story")[0] == "https://example.com/news/story"


def test_canonical_is_used_without_a_crawler_url() -> None:
    assert choose_url(PageMeta(canonical="https://example.com/a/b"), None, None) == ("https://example.com/a/b", "canonical")


def test_agency_only_byline_goes_to_agency_not_authors() -> None:
    page = ('<html><head><script type="application/ld+json">{"@type": "NewsArticle", "headline": "Floods",'
            ' "author": {"@type": "Organization", "name": "Associated Press"}}</script></head>'
            f"<body><h1>Floods</h1>{BODY}</body></html>")
    article = parse_html(page.encode(), url_hint="https://example.com/floods")
    assert article.authors == () and article.agency == "AP"


def test_thin_page_is_rejected_with_a_reason() -> None:
    with pytest.raises(Rejected) as caught:
        parse_html(b"<html><body><h1>Sport</h1><p>Latest scores.</p></body></html>")
    assert caught.value.reason == "no_article"


SHORT_POST = (
    '<html><head><title>Library opens late on Fridays</title><meta property="og:type" content="{og_type}">{date}'
    "</head><body><article><h1>Library opens late on Fridays</h1>"
    "<p>From next week the town library stays open until nine on Fridays.</p></article></body></html>"
)
PUBLISHED_META = '<meta property="article:published_time" content="2021-03-05T09:00:00+01:00">'


def test_short_page_that_declares_an_article_with_a_dated_headline_is_parsed() -> None:
    article = parse_html(SHORT_POST.format(og_type="article", date=PUBLISHED_META).encode())
    assert article.title == "Library opens late on Fridays" and str(article.published_date) == "2021-03-05"
    assert "open until nine" in article.body


def test_short_article_page_dated_only_in_its_text_is_rejected() -> None:
    page = SHORT_POST.format(og_type="article", date="").replace("<h1>", "<p>5 March 2021</p><h1>")
    with pytest.raises(Rejected):
        parse_html(page.encode())


@pytest.mark.parametrize("og_type", ["website", ""])
def test_short_page_that_does_not_declare_an_article_is_rejected(og_type: str) -> None:
    with pytest.raises(Rejected):
        parse_html(SHORT_POST.format(og_type=og_type, date=PUBLISHED_META).encode())


def test_article_page_without_any_text_is_rejected() -> None:
    page = SHORT_POST.format(og_type="article", date=PUBLISHED_META)
    page = page.replace("<p>From next week the town library stays open until nine on Fridays.</p>", "")
    with pytest.raises(Rejected):
        parse_html(page.replace("<h1>Library opens late on Fridays</h1>", "").encode())


def test_malformed_urls_are_ignored_not_fatal() -> None:
    page = f'<link rel="canonical" href="http://[::1"><h1>T</h1>{BODY}'.encode()
    assert parse_html(page, url_hint="https://example.com/a").url == "https://example.com/a"
    assert parse_html(page, url_hint="http://[::1/x").domain is None


def test_json_ld_of_unexpected_shapes_is_tolerated() -> None:
    page = ('<script type="application/ld+json">{"@type": "NewsArticle", "author": [null, 5, {"name": null}],'
            ' "datePublished": ["2020-01-01"], "headline": {"@value": "H"}}</script>' + BODY).encode()
    article = parse_html(page)
    assert (article.title, article.authors, str(article.published_date)) == ("H", (), "2020-01-01")


@pytest.mark.parametrize(
    "header",
    [
        '<span class="meta">von Alexander Rosenkranz</span>',
        "<div><b>Autor:</b> Fritz Imhof<br>19.11.2021</div>",
        "<p>By Harriet Nkemelu <span>August 21, 2017</span></p>",
    ],
)
def test_bylines_printed_in_the_header_are_read(header: str) -> None:
    page = f"<html><body><div><div><h1>Headline here</h1>{header}</div>{BODY}</div></body></html>".encode()
    assert len(parse_html(page).authors) == 1
