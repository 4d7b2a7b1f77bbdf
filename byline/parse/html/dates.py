"""The publication date: candidates from every source, parsed fast, reconciled with the URL's date.

Sources in order of trust: JSON-LD datePublished, published-time meta tags, <time>/itemprop
elements marked as the publication, the first <time> of the article, generic date meta tags (often
a build date), a date path in the URL; without any of them, a date stamped into the page title, the
date printed in the article header, and last htmldate's own search of the page. Modified dates,
comment dates and copyright years are never candidates; a date in the future (an event, an expiry)
is dropped while any plausible one remains. A lone most-trusted date loses to two sources agreeing.
A full date in the URL path is a strong signal: a metadata date more than a day away from it is
usually a modification, so the URL's day wins then.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta

from selectolax.lexbor import LexborHTMLParser

from byline.parse.date_tables import EARLIEST_PLAUSIBLE, latest_plausible, zone_offset
from byline.parse.html.header import headline_window
from byline.parse.html.meta import PageMeta, in_foreign_container, text_of
from byline.parse.html.textdates import first_text_date

PUBLISHED_KEYS = (
    "article:published_time", "og:article:published_time", "og:published_time", "article:published",
    "published_time", "datepublished", "date_published", "publishdate", "publish-date", "publish_date",
    "pubdate", "publication_date", "publication-date", "originalpublicationdate", "article.published",
    "article_date_original", "sailthru.date", "parsely-pub-date", "dc.date.issued", "dcterms.issued",
    "dc.date.created", "dcterms.created", "citation_publication_date", "citation_date",
    "cxenseparse:recs:publishtime", "rnews:datepublished", "og:pubdate", "datecreated", "dc.date.published",
    "article.created", "release_date", "content_create_date", "displaydate", "date.available",
)
# Generic keys: often the publication date, sometimes the page's build date. Trusted less.
GENERIC_KEYS = ("date", "dc.date", "dcterms.date", "dc.date.available", "created")

_URL_YMD = re.compile(r"(?<!\d)((?:19|20)\d{2})[/_.-]?(0[1-9]|1[0-2])[/_.-]?(0[1-9]|[12]\d|3[01])(?!\d)")
_URL_YMD_SEP = re.compile(r"/((?:19|20)\d{2})[/_-](0?[1-9]|1[0-2])[/_-](0?[1-9]|[12]\d|3[01])(?:[/_.]|$)")
_URL_YM = re.compile(r"/((?:19|20)\d{2})/(0?[1-9]|1[0-2])/")
_ISO_PREFIX = re.compile(r"^\s*(\d{4})-(\d{1,2})-(\d{1,2})")
_COMPACT = re.compile(r"^\s*((?:19|20)\d{2})(\d{2})(\d{2})(?:\D|$)")
# 10.12.2022 or 01-11-2023: day first, as Europe writes them; dateutil would read the month first
_DAY_FIRST = re.compile(r"^\s*(\d{1,2})[.-](\d{1,2})[.-]((?:19|20)\d{2})(?!\d)")
# Sources where the page states its publication time in markup meant for machines
METADATA_SOURCES = frozenset(("jsonld", "meta", "time"))


@dataclass(frozen=True, slots=True)
class DateCandidate:
    source: str  # "jsonld", "meta", "time", "url", "htmldate"
    day: date
    moment: datetime | None  # with its zone when the page gave one


@dataclass(frozen=True, slots=True)
class PublishedDate:
    day: date
    moment: datetime | None
    source: str


def parse_date(value: str) -> tuple[date, datetime | None] | None:
    """ISO 8601 and its common variants fast; other formats through dateutil. (day as written, moment)."""
    text = value.strip()
    if not text:
        return None
    iso = text.replace("Z", "+00:00").replace(" ", "T", 1) if _ISO_PREFIX.match(text) else None
    if iso:
        try:
            moment = datetime.fromisoformat(iso)
            return moment.date(), moment if len(text) > 10 else None
        except ValueError:
            m = _ISO_PREFIX.match(text)
            try:
                return date(int(m.group(1)), int(m.group(2)), int(m.group(3))), None
            except ValueError:
                return None
    compact = _COMPACT.match(text)
    if compact:
        try:
            return date(*(int(g) for g in compact.groups())), None
        except ValueError:
            return None
    day_first = _DAY_FIRST.match(text)
    if day_first:
        return _day_first(text, day_first)
    if text.isdigit() and len(text) in (10, 13):  # a Unix timestamp in seconds or milliseconds
        moment = datetime.fromtimestamp(int(text[:10]), UTC)
        return moment.date(), moment
    if not re.search(r"\d", text) or len(text) > 60:
        return None
    from dateutil import parser as dateutil_parser

    try:
        moment = dateutil_parser.parse(text, fuzzy=False, default=datetime(1, 1, 1), tzinfos=zone_offset)
    except (ValueError, OverflowError, TypeError):
        return None
    if moment.year < 1000:
        return None
    return moment.date(), moment if (moment.hour or moment.minute) else None


def _day_first(text: str, match: re.Match[str]) -> tuple[date, datetime | None] | None:
    """A dotted or dashed numeric date, day first unless only month first is valid (12-31-2022), with its time."""
    first, second, year = int(match.group(1)), int(match.group(2)), int(match.group(3))
    if second > 12 >= first:
        first, second = second, first
    try:
        day = date(year, second, first)
    except ValueError:
        return None
    clock = re.match(r"\W{0,3}(\d{1,2}):(\d{2})(?::(\d{2}))?", text[match.end():])
    if not clock or int(clock.group(1)) > 23 or int(clock.group(2)) > 59:
        return day, None
    moment = datetime(day.year, day.month, day.day, int(clock.group(1)), int(clock.group(2)), int(clock.group(3) or 0))
    return day, moment


def url_date(url: str | None) -> date | None:
    """A full year-month-day in the URL path, e.g. /2019/08/02/ or -20190802-."""
    if not url:
        return None
    path = url.split("://", 1)[-1].split("/", 1)[-1] if "/" in url else ""
    match = _URL_YMD_SEP.search("/" + path) or _URL_YMD.search(path)
    if not match:
        return None
    try:
        return date(int(match.group(1)), int(match.group(2)), int(match.group(3)))
    except ValueError:
        return None


def url_month(url: str | None) -> date | None:
    """The first day of a year-and-month URL path (/2019/10/slug): the article appeared in it or after."""
    match = _URL_YM.search(url.split("://", 1)[-1]) if url else None
    return date(int(match.group(1)), int(match.group(2)), 1) if match else None


def _time_elements(tree: LexborHTMLParser) -> list[tuple[str, bool]]:
    """(value, marked as the publication) for <time> and itemprop date elements outside related lists."""
    found: list[tuple[str, bool]] = []
    for node in tree.css("time, [itemprop~=datePublished i], [itemprop~=dateCreated i]"):
        if node.tag == "meta":
            continue  # meta itemprops are read with the other meta tags
        attrs = node.attributes
        value = attrs.get("datetime") or attrs.get("content") or (node.text(strip=True) if node.tag != "time" else "")
        if not value or in_foreign_container(node):
            continue
        marker = f"{attrs.get('itemprop') or ''} {attrs.get('class') or ''} {attrs.get('id') or ''}".lower()
        if "modif" in marker or "update" in marker:
            continue
        published = "pubdate" in attrs or "published" in marker or "datecreated" in marker or "publish" in marker
        found.append((value, published))
        if len(found) >= 12:
            break
    return found


def candidates(tree: LexborHTMLParser, meta: PageMeta, jsonld_dates: list[str], url: str | None) -> list[DateCandidate]:
    """Every date the page offers for its publication, most trusted first."""
    raw: list[tuple[str, str]] = [("jsonld", v) for v in jsonld_dates if v]
    raw += [("meta", v) for v in meta.all(*PUBLISHED_KEYS)]
    times = _time_elements(tree)
    marked = [v for v, published in times if published]
    if len({parsed[0] for parsed in map(parse_date, marked) if parsed}) >= 3:
        # Publication marks on three different days belong to a list of teasers or comments, not the article
        times, marked = [(v, False) for v, _ in times], []
    raw += [("time", v) for v in marked]
    raw += [("time", v) for v, published in times[:1] if not published]
    raw += [("meta", v) for v in meta.all(*GENERIC_KEYS)]
    out = []
    for source, value in raw:
        parsed = parse_date(value)
        if parsed:
            out.append(DateCandidate(source, parsed[0], parsed[1]))
    return out


def choose(found: list[DateCandidate], from_url: date | None, today: date) -> PublishedDate | None:
    """The publication date among the candidates, checked against the URL's date and today."""
    latest = latest_plausible(today)
    plausible = [c for c in found if EARLIEST_PLAUSIBLE <= c.day <= latest]
    if from_url and not EARLIEST_PLAUSIBLE <= from_url <= latest:
        from_url = None
    if from_url:
        near = [c for c in plausible if abs((c.day - from_url).days) <= 1]
        if near:
            # A day off is a time zone: the URL path carries the day in the publisher's own zone.
            best = next((c for c in near if c.day == from_url), near[0])
            if best.day != from_url and best.moment is not None and not zone_explains(best.moment, from_url):
                # a stated time that is the next day in every zone: the URL was made with the draft
                return PublishedDate(best.day, best.moment, best.source)
            return PublishedDate(from_url, best.moment, best.source if best.day == from_url else "url")
        return PublishedDate(from_url, None, "url")
    if plausible:
        best = _local(_outvoted(plausible), plausible)
        return PublishedDate(best.day, best.moment, best.source)
    return None


def _outvoted(plausible: list[DateCandidate]) -> DateCandidate:
    """The most trusted candidate, unless it stands alone against two others that agree on another day."""
    first, rest = plausible[0], plausible[1:]
    if any(c.day == first.day for c in rest):
        return first
    for candidate in rest:
        if sum(c.day == candidate.day for c in rest) >= 2:
            return candidate
    return first


def _local(best: DateCandidate, others: list[DateCandidate]) -> DateCandidate:
    """The same moment as `best` stated in the publisher's own zone, when `best` is in UTC and another has it.

    Pages often give the time in UTC in one place and in local time in another; the local day is the
    day the page shows its readers.
    """
    offset = best.moment.utcoffset() if best.moment is not None else None
    if offset is None or offset.total_seconds() != 0:
        return best
    for other in others:
        moment = other.moment
        if moment is None or moment.utcoffset() is None or moment.utcoffset().total_seconds() == 0:
            continue
        if abs((moment - best.moment).total_seconds()) <= 3600:
            return other
    return best


def zone_explains(moment: datetime | None, day: date) -> bool:
    """Whether `day` can be `moment`'s day where the page's readers live.

    A moment with a local offset (+02:00) already states the publisher's day. A moment in UTC lands on
    the neighbouring day only where local zones reach: from UTC-10 (Hawaii) to UTC+11 (eastern
    Australia in summer).
    Without a zone, nothing rules the other day out.
    """
    if moment is None or moment.utcoffset() is None:
        return True
    if moment.utcoffset() != timedelta(0):
        return False
    return any((moment + timedelta(hours=hours)).date() == day for hours in (-10, 11))


def htmldate_fallback(html: str, url: str | None, today: date) -> PublishedDate | None:
    """htmldate's quick search (no dateparser: its extensive mode costs ~50 ms a page) for undated metadata."""
    from htmldate import find_date

    try:
        found = find_date(html, url=url, original_date=True, extensive_search=False, outputformat="%Y-%m-%d",
                          max_date=today.isoformat())
    except Exception:  # noqa: BLE001 - htmldate raises assorted errors on odd pages; a missing date is the right answer
        return None
    if not found:
        return None
    day = date.fromisoformat(found)
    return PublishedDate(day, None, "htmldate")


def text_date(
    tree: LexborHTMLParser, today: date, description: str | None = None, earliest: date | None = None
) -> PublishedDate | None:
    """A date printed in the article header, else in the page's description ("Meldung vom 18.10.2021").

    `earliest` narrows the search where the URL names the month: an older date is another story's.
    """
    earliest = max(earliest or EARLIEST_PLAUSIBLE, EARLIEST_PLAUSIBLE)
    day = first_text_date(headline_window(tree), earliest, today)
    if day is None and description:
        day = first_text_date(description, earliest, today)
    return PublishedDate(day, None, "text") if day else None


# " | ", " – ", and " - " unless it joins two numbers ("14. - 20. Januar 2022" is a range)
_TITLE_SEPARATOR = re.compile(r"\s[|–—]\s|(?<![\d.])\s-\s|\s-\s(?!\d)")


def title_date(titles: list[str | None], today: date) -> PublishedDate | None:
    """A date that stands as a segment of its own in the page title ("Ziele, Chancen | DW | 28.04.2023").

    Sites stamp the publication day into their titles this way; a date inside the headline's words
    ("Paris 2024", "11. November 2021, 18 Uhr") is its subject, not its stamp, and is not read.
    """
    for title in titles:
        for segment in _TITLE_SEPARATOR.split(title or "")[1:][-2:]:
            segment = segment.strip()
            if len(segment) > 20:
                continue
            day = first_text_date(" " + segment, EARLIEST_PLAUSIBLE, today)
            if day is not None:
                return PublishedDate(day, None, "title")
    return None


def body_text_date(tree: LexborHTMLParser, today: date) -> PublishedDate | None:
    """Last resort: the first date anywhere in the page's visible text (scripts and styles excluded)."""
    body = tree.body
    if body is None:
        return None
    parts = [text_of(node) for node in body.css("p, span, em, time, div:not(:has(div, p))")[:400]]
    day = first_text_date(" ".join(p for p in parts if len(p) < 300), EARLIEST_PLAUSIBLE, today)
    return PublishedDate(day, None, "text") if day else None
