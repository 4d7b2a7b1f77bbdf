"""Plain-text article parser: scraped page text and wire copy to a ParsedArticle.

The text is cut into paragraphs; each is then furniture (dropped), a header or footer line (read into
a field and dropped: byline, date, caption, source), or body. The first body paragraph may open with
a dateline, which stays in the body. The first line is the title when it reads as a headline.
`published_at` is set only when the text gives a time of day; `published_date` always holds the day.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import date

from byline.model import Caption, ParsedArticle, Rejected
from byline.parse.agencies import canonical_agency
from byline.parse.boilerplate import Furniture, line_kind
from byline.parse.bylines import read_byline_line, reporting_credits
from byline.parse.captions import credit_hints, read_caption
from byline.parse.datelines import Dateline, read_dateline
from byline.parse.dates import (
    LONGEST_DATE_LINE,
    DateText,
    FoundDate,
    choose,
    date_texts,
    dates_on_line,
    may_state_date,
    read_dates,
    reading_minutes,
)
from byline.parse.footers import MAX_FOOTER_CHARS, read_footer, source_hints
from byline.parse.language import detect_language
from byline.parse.paragraphs import split_paragraphs
from byline.parse.titles import looks_like_headline, looks_like_link, recase_from_body
from byline.parse.urls import is_publisher_name, publisher_from_domain, registered_domain, title_from_url

MIN_BODY_WORDS = 8  # fewer words left after cleaning: not an article
MAX_SIGNOFF_CHARS = 40  # " Reuter", "(AFP)", "— AP"
FOOTER_PARAGRAPHS = 4  # a source line naming no URL is read only among the last paragraphs
MAX_HEADER_LINE = 200
MAX_READING_LINE = 40  # "Reading time: 3 minutes" on a line of its own
_HEADER_SEPARATOR = re.compile(r"\s+[|•·]\s+")  # "By Jane Doe | Published 18 September 2023"
_SEPARATOR_MARKS = ("|", "•", "·")
MIN_HEADLINE_WORDS, MAX_HEADLINE_WORDS = 3, 20  # a headline found below the header lines
MAX_DECKS = 2  # headline-like lines above the byline before the body is taken to have begun
# Countries whose English-language sites write numeric dates day first
DAY_FIRST_SUFFIXES = (".uk", ".au", ".nz", ".ie", ".in", ".za", ".sg", ".ng", ".ke", ".pk")


@dataclass(slots=True)
class _Reading:
    """What the parser has read so far; frozen into a ParsedArticle at the end."""

    body: list[str] = field(default_factory=list)
    people: list[str] = field(default_factory=list)
    byline_agency: str | None = None
    byline_credit: str | None = None  # the organisation a byline credits instead of people, as printed
    signoff_agency: str | None = None
    dateline: Dateline | None = None
    date_texts: list[DateText] = field(default_factory=list)  # the dates on date lines, located but not read
    day_first_dates: list[FoundDate] = field(default_factory=list)  # the same, read day first
    minutes: int | None = None
    captions: list[Caption] = field(default_factory=list)
    url: str | None = None
    publisher: str | None = None
    credited: list[str] = field(default_factory=list)  # reporters named in a closing credit line
    started: bool = False  # a paragraph of running text has been read: header lines no longer count


def parse_text(text: str, url_hint: str | None = None, *, today: date | None = None) -> ParsedArticle:
    """Parse one plain-text article. Raises Rejected("no_article", ...) when no article text remains.

    `today` bounds plausible dates when several are stated; None means the clock's day.
    """
    paragraphs = split_paragraphs(text)
    if not paragraphs:
        raise Rejected("no_article", "the text has no lines with words")
    title = paragraphs[0] if len(paragraphs) > 1 and _is_title(paragraphs[0]) else None
    seen = _read_paragraphs(paragraphs[1:] if title else paragraphs)
    if not title and _headline_below_header(seen):
        title = seen.body.pop(0)  # scraped pages often print the headline after the byline and date
        seen.dateline = read_dateline(seen.body[0])
    body = "\n\n".join(seen.body)
    words = len(body.split(None, MIN_BODY_WORDS))  # counting stops once there are enough
    if words < MIN_BODY_WORDS:
        raise Rejected("no_article", f"only {words} words of article text remain after removing page furniture")

    url = seen.url or url_hint
    domain = registered_domain(url)
    title_source = "text" if title else None
    if not title:
        slug = title_from_url(url)
        title = recase_from_body(slug, body) if slug else None  # "us" in a slug is "U.S." in the body
        title_source = "url" if title else None
    language = detect_language(body)
    # the date lines were read day first when they were found; month first they are read again
    found = seen.day_first_dates if _day_first(language, domain) else read_dates(seen.date_texts, day_first=False)
    chosen = choose(found, today)
    people = tuple(seen.people or seen.credited)
    agency = (seen.dateline and seen.dateline.agency) or seen.byline_agency or seen.signoff_agency
    return ParsedArticle(
        format="text",
        body=body,
        title=title,
        title_source=title_source,
        authors=people,
        credit=None if people else (seen.byline_credit or agency),
        published_at=chosen.moment if chosen else None,
        published_date=chosen.day if chosen else None,
        date_source=chosen.source if chosen else None,
        url=url,
        domain=domain,
        publisher=seen.publisher or (publisher_from_domain(domain) if domain else None),
        dateline=seen.dateline.place if seen.dateline else None,
        agency=agency,
        language=language,
        captions=tuple(seen.captions),
        reading_minutes=seen.minutes,
        extras={"dateline_month_day": seen.dateline.month_day if seen.dateline else None},
    )


def _is_title(line: str) -> bool:
    if not looks_like_headline(line) or is_publisher_name(line):
        return False
    return not (
        line_kind(line) is not None
        or read_byline_line(line)
        or dates_on_line(line)
        or _has_wire_dateline(line)
        or read_footer(line)
    )


def _headline_below_header(seen: _Reading) -> bool:
    """The first body paragraph is the headline when it reads as one and more paragraphs follow."""
    if len(seen.body) < 3 or seen.dateline:
        return False
    first = seen.body[0]
    return MIN_HEADLINE_WORDS <= len(first.split()) <= MAX_HEADLINE_WORDS and _is_title(first)


def _is_deck(paragraph: str) -> bool:
    return len(paragraph.split()) <= MAX_HEADLINE_WORDS and looks_like_headline(paragraph)


def _has_wire_dateline(line: str) -> bool:
    """A dateline with an agency or a date; a bare "WORDS - WORDS" is a wire headline's style too."""
    found = read_dateline(line)
    return bool(found and (found.agency or found.month_day))


def _read_paragraphs(paragraphs: list[str]) -> _Reading:
    seen = _Reading()
    furniture = Furniture(looks_like_link)
    footer_from = len(paragraphs) - FOOTER_PARAGRAPHS
    lowered = list(map(str.lower, paragraphs))  # shared by the checks below, each of which would lower-case
    is_furniture = furniture.mark(paragraphs, lowered)
    may_be_caption, may_be_source = credit_hints(lowered), source_hints(lowered)
    for index, paragraph in enumerate(paragraphs):
        if is_furniture[index]:
            continue
        if seen.started and index < footer_from and _plain_body(paragraph, may_be_caption[index], may_be_source[index]):
            seen.body.append(paragraph)  # most lines: running text, which no check below would take
            continue
        lower = lowered[index]
        if not seen.started and (_read_header_line(paragraph, seen) or _read_header_segments(paragraph, seen)):
            continue
        hints = (may_be_caption[index], may_be_source[index])
        if _read_anywhere_line(paragraph, lower, seen, index >= footer_from, hints):
            continue
        if not seen.started:
            seen.dateline = read_dateline(paragraph)
            # a deck (a short headline-like line under the headline) keeps the header open for the byline
            seen.started = bool(seen.dateline) or len(seen.body) >= MAX_DECKS or not _is_deck(paragraph)
        seen.body.append(paragraph)
    return seen


def _plain_body(line: str, may_be_caption: bool, may_be_source: bool) -> bool:
    """True when _read_anywhere_line would leave the line in the body: no credit or source word, too long
    for a reading time or a sign-off, and no date. Lines in the footer always take the full reading.
    """
    too_long = len(line) > max(MAX_SIGNOFF_CHARS, MAX_READING_LINE)
    return too_long and not (may_be_caption or may_be_source or may_state_date(line))


def _read_header_line(line: str, seen: _Reading) -> bool:
    """Byline and masthead lines count only above the body: below it, "By ..." is prose."""
    if is_publisher_name(line):
        seen.publisher = seen.publisher or line
        return True
    byline = read_byline_line(line)
    if byline is None:
        return False
    for person in byline.people:
        if person not in seen.people:
            seen.people.append(person)
    seen.byline_agency = seen.byline_agency or byline.agency
    seen.byline_credit = seen.byline_credit or byline.credit
    return True


def _read_header_segments(line: str, seen: _Reading) -> bool:
    """A header line of several parts: "By Jane Doe | Published 18 September 2023 | 3 min read".

    The line is read only when every part is a byline, a date or a reading time.
    """
    if len(line) > MAX_HEADER_LINE or not any(mark in line for mark in _SEPARATOR_MARKS):
        return False
    parts = _HEADER_SEPARATOR.split(line)
    if len(parts) < 2:
        return False
    readings = []
    for part in parts:
        byline, located, minutes = read_byline_line(part), date_texts(part), reading_minutes(part)
        dates = read_dates(located)
        if byline is None and not dates and minutes is None:
            return False  # a part that is none of them: prose that happens to hold a separator
        readings.append((part, byline, located, dates, minutes))
    for part, byline, located, dates, minutes in readings:
        if byline is not None and not dates:
            _read_header_line(part, seen)
        elif dates:
            seen.date_texts += located
            seen.day_first_dates += dates
        seen.minutes = seen.minutes or minutes
    return True


def _read_anywhere_line(line: str, lower: str, seen: _Reading, in_footer: bool, hints: tuple[bool, bool]) -> bool:
    """Date, reading-time, caption, source and sign-off lines, above or below the body.

    Length guards come first: most paragraphs are prose longer than any of these lines but captions.
    `hints` says whether the line can be a caption (credit_hints) and a source line (source_hints).
    """
    may_be_caption, may_be_source = hints
    size = len(line)
    located = date_texts(line) if size <= LONGEST_DATE_LINE else None
    dates = read_dates(located) if located else None
    if dates:
        seen.date_texts += located
        seen.day_first_dates += dates
        seen.minutes = seen.minutes or reading_minutes(line)
        return True
    if size <= MAX_READING_LINE and reading_minutes(line):
        seen.minutes = seen.minutes or reading_minutes(line)
        return True
    caption = read_caption(line, lower) if may_be_caption else None
    if caption:
        seen.captions.append(caption)
        return True
    footer = read_footer(line, lower) if may_be_source and size <= MAX_FOOTER_CHARS else None
    # "Source: Statistics Canada" under a chart is body text; a source without a URL counts only at the end
    if footer and (footer.url or in_footer):
        seen.url = seen.url or footer.url
        seen.publisher = seen.publisher or footer.publisher
        return True
    if in_footer and line.startswith("(") and not seen.credited:
        seen.credited = reporting_credits(line)  # stays in the body: it is part of the copy as printed
    if seen.body and size <= MAX_SIGNOFF_CHARS:
        agency = canonical_agency(line)
        if agency:  # a sign-off such as " Reuter" or "(AFP)"
            seen.signoff_agency = seen.signoff_agency or agency
            return True
    return False


def _day_first(language: str | None, domain: str | None) -> bool:
    """Numeric dates read month first on US-English pages, day first everywhere else."""
    if language not in (None, "en"):
        return True
    return bool(domain and domain.endswith(DAY_FIRST_SUFFIXES))
