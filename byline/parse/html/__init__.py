"""HTML article parser: decode, parse once, read metadata, extract the body, reconcile.

The document is parsed once with selectolax's lexbor engine and the tree is shared by every step.
Tree building alone, measured in CPU time over the 908 pages of the benchmark in one process:
lexbor 1,341 pages/s, lxml 495 pages/s, Beautiful Soup on the lxml builder 38 pages/s. At the goal
of 48 pages/s a page may cost about 20 ms in all, so Beautiful Soup would spend more than the whole budget on
its tree and lxml a tenth of it; lexbor leaves the time to metadata and body extraction. lxml runs
only inside htmldate, the last date fallback (a few percent of pages). Beautiful Soup is on no path:
every page of the benchmark parses with lexbor, so a slower tolerant re-parse never had work to do.

Metadata is read before the body extractor runs, because it removes boilerplate nodes from the tree.
"""

from __future__ import annotations

from datetime import UTC, date, datetime
from urllib.parse import unquote, urljoin, urlsplit

from selectolax.lexbor import LexborHTMLParser

from byline.model import ParsedArticle, Rejected
from byline.parse.datelines import read_dateline
from byline.parse.html.authors import author_box, closing_byline, find_authors
from byline.parse.html.dates import (
    METADATA_SOURCES,
    DateCandidate,
    PublishedDate,
    body_text_date,
    candidates,
    choose,
    htmldate_fallback,
    text_date,
    title_date,
    url_date,
    url_month,
    zone_explains,
)
from byline.parse.html.encoding import decode_html
from byline.parse.html.fallback_body import collect_paragraphs
from byline.parse.html.jsonld import JsonLdArticle, find_article
from byline.parse.html.language import page_language
from byline.parse.html.meta import PageMeta, read_meta
from byline.parse.html.reject import MIN_WORDS, check_is_article, text_size
from byline.parse.html.title import choose_title
from byline.parse.html.tree import tame_markup
from byline.parse.urls import registered_domain

try:  # the body extractor is its own module; a plain paragraph collector stands in when it is absent
    from byline.parse.html.body import extract_body
except ImportError:  # pragma: no cover - only while body.py is missing
    extract_body = collect_paragraphs


def _absolute(url: str | None, base: str | None) -> str | None:
    """An absolute http(s) URL, resolved against `base`; None for anything unusable ("javascript:", "http://[")."""
    try:
        return _resolve(url, base)
    except ValueError:
        return None


def _resolve(url: str | None, base: str | None) -> str | None:
    if not url:
        return None
    url = url.strip()
    if url.startswith("//"):
        url = "https:" + url
    elif not url.startswith(("http://", "https://")):
        if not base:
            return None
        url = urljoin(base, url)
    return url if url.startswith(("http://", "https://")) and urlsplit(url).hostname else None


def _same_page(a: str, b: str) -> bool:
    """Same host (www or not), same path (case, escaping and a trailing slash aside)."""
    try:
        sa, sb = urlsplit(a), urlsplit(b)
    except ValueError:
        return False
    host_a = (sa.hostname or "").removeprefix("www.")
    host_b = (sb.hostname or "").removeprefix("www.")
    path_a = unquote(sa.path).rstrip("/").lower()
    path_b = unquote(sb.path).rstrip("/").lower()
    return host_a == host_b and path_a == path_b


def choose_url(meta: PageMeta, article: JsonLdArticle | None, url_hint: str | None) -> tuple[str | None, str]:
    """The page's canonical URL when it is verifiably this page, else the crawler's URL.

    On real pages the canonical link often names another address: a stale slug, another site's
    original of a syndicated copy, a template error ("/undefined", the home page). With a crawler
    URL, the canonical is taken only when it has the same host and path, so it just drops
    tracking parameters. Without one, the first plausible of canonical, og:url and JSON-LD url wins.
    """
    declared = []
    for source, raw in (("canonical", meta.canonical), ("og", meta.first("og:url")), ("jsonld", article and article.url)):
        url = _absolute(raw, url_hint)
        if url and urlsplit(url).path.strip("/") and "undefined" not in url:
            declared.append((url, source))
    if url_hint:
        same = next(((u, s) for u, s in declared if _same_page(u, url_hint)), None)
        return same if same else (url_hint, "hint")
    return declared[0] if declared else (None, "none")


def _publisher(meta: PageMeta, article: JsonLdArticle | None, domain: str | None) -> str | None:
    name = meta.first("og:site_name", "application-name", "publisher", "dc.publisher", "twitter:site")
    if name and name.startswith("@"):
        name = None
    name = name or (article.publisher if article else None)
    if name:
        return name
    try:
        from byline.parse.urls import publisher_from_domain
    except ImportError:
        return domain
    return publisher_from_domain(domain) if domain else None


def _as_printed(
    published: PublishedDate, shown: PublishedDate | None, offered: list[DateCandidate]
) -> PublishedDate:
    """The day printed in the article header, where metadata is less sure of its own.

    Metadata without a time of day is often a sitemap or build date, and metadata one day off the
    printed date is a time zone away from it; in both cases the page's own statement wins. When
    another metadata source agrees with the printed day, that source wins with its time. A timed
    metadata date one day off that no time zone can explain (see zone_explains) stays.
    """
    if shown is None or shown.day == published.day:
        return published
    agreeing = [c for c in offered if c.day == shown.day]
    agreeing.sort(key=lambda c: c.moment is None)  # a source with a time of day says more than a bare day
    if agreeing and agreeing[0].moment is not None:
        return PublishedDate(agreeing[0].day, agreeing[0].moment, agreeing[0].source)
    if abs((shown.day - published.day).days) == 1 and not zone_explains(published.moment, shown.day):
        return published  # a day off that no time zone explains is a caption, a print edition or a teaser
    if agreeing:
        return PublishedDate(agreeing[0].day, agreeing[0].moment, agreeing[0].source)
    if published.moment is None or abs((shown.day - published.day).days) <= 1:
        return PublishedDate(shown.day, published.moment, "text")
    return published


def parse_html(data: bytes, url_hint: str | None = None, *, today: date | None = None) -> ParsedArticle:
    """Parse one HTML page; raise Rejected('no_article', why) for pages that hold no article.

    `today` bounds plausible dates (a later one is an event or an expiry); None means the clock's day.
    """
    text, encoding = decode_html(data)
    text = tame_markup(text)
    tree = LexborHTMLParser(text)
    meta = read_meta(tree)
    article = find_article(list(meta.jsonld))

    url, url_source = choose_url(meta, article, url_hint)
    try:
        domain = registered_domain(url or url_hint)
    except ValueError:  # a malformed crawler URL ("http://[") names no domain
        domain = None
    publisher = _publisher(meta, article, domain)
    site_names = [n for n in (meta.first("og:site_name"), publisher, article and article.publisher) if n]
    if domain:
        site_names += [domain, domain.split(".")[0]]

    title, title_source = choose_title(
        article.headline if article else None,
        meta.first("og:title", "twitter:title"),
        meta.first("headline", "dc.title", "title", "sailthru.title", "parsely-title"),
        meta.h1s,
        meta.title_tag,
        site_names,
        french=(meta.lang or "").lower().startswith("fr"),
    )
    credits = find_authors(tree, meta, article.authors if article else (), site_names)
    boxed = () if credits.people else author_box(tree, site_names)  # read before the body extractor edits the tree

    today = today or datetime.now(UTC).date()
    jsonld_dates = [article.date_published, article.date_created] if article else []
    day_in_url = url_date(url) or url_date(url_hint) or url_date(_absolute(meta.canonical, url_hint))
    offered = candidates(tree, meta, jsonld_dates, url)
    published = choose(offered, day_in_url, today)
    month_in_url = url_month(url) or url_month(url_hint)
    if published is not None and day_in_url is None:
        published = _as_printed(published, text_date(tree, today, earliest=month_in_url), offered)
    if published is None:
        published = title_date([meta.title_tag, meta.first("og:title")], today)
    if published is None:
        published = text_date(tree, today, meta.first("description", "og:description"), month_in_url)
    if published is None:
        published = htmldate_fallback(text, url, today)
    if published is None:
        published = body_text_date(tree, today)

    body, captions = extract_body(tree)  # mutates the tree: every metadata read is done above
    if text_size(body) < MIN_WORDS:
        # The extractor found no main block; the page's paragraphs, read from a fresh tree because the
        # extractor removed nodes from this one, may still make an article.
        fallback, _ = collect_paragraphs(LexborHTMLParser(text))
        if text_size(fallback) > text_size(body):
            body = fallback
    dated_in_metadata = published is not None and published.source in METADATA_SOURCES
    check_is_article(body, title, meta, article, published is not None, dated_in_metadata)
    language = page_language(body, meta.lang or (article.language if article else None))
    opening = read_dateline(body.split("\n\n", 1)[0])  # "SPRINGVALE (AP) —": wire copy names place and agency
    agency = credits.agency or (opening.agency if opening else None)
    closing = () if credits.people else closing_byline(body)
    people = credits.people or closing or boxed
    return ParsedArticle(
        format="html",
        body=body,
        title=title,
        title_source=title_source,
        authors=people,
        credit=None if people else (credits.organisation or agency),
        published_at=published.moment if published else None,
        published_date=published.day if published else None,
        date_source=published.source if published else None,
        url=url,
        domain=domain,
        publisher=publisher,
        dateline=opening.place if opening else None,
        agency=agency,
        language=language,
        captions=captions,
        extras={
            "encoding": encoding,
            "url_source": url_source,
            "canonical_url": meta.canonical,
            "author_source": "closing" if closing else "box" if boxed else credits.source,
        },
    )


__all__ = ["Rejected", "parse_html"]
