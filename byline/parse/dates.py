"""Publication dates stated in article text: labelled lines, ISO stamps and whole-line dates.

Only lines that are about a date are read ("Published Sep 18, 2023 • 2 minute read", "Updated ...",
"2023-09-18T14:05:00Z", "18 September 2023 14:05 BST", "18/09/2023"); dates inside prose are never
taken. A year is never invented: "Feb 27" alone is no date. dateutil reads the located candidate;
dateparser is the fallback for month names in other languages.
"""

from __future__ import annotations

import re
import warnings
from datetime import UTC, date, datetime
from functools import lru_cache
from typing import NamedTuple

from dateutil import parser as du_parser

from byline.parse.date_tables import TZINFOS, is_plausible

# Labels that say what the date on the line means, mapped to the date_source suffix
_LABELS = {
    "published": "published", "posted": "published", "first published": "published", "publication date": "published",
    "released": "published", "date": "published", "publié le": "published", "publié": "published",
    "veröffentlicht am": "published", "veröffentlicht": "published", "publicado el": "published",
    "publicado": "published", "pubblicato il": "published", "pubblicato": "published", "gepubliceerd": "published",
    "updated": "updated", "last updated": "updated", "modified": "updated", "mis à jour le": "updated",
    "mis à jour": "updated", "aktualisiert am": "updated", "aktualisiert": "updated", "actualizado": "updated",
    "aggiornato": "updated", "bijgewerkt": "updated",
}
_LABEL = re.compile(
    r"^(?P<label>" + "|".join(sorted(map(re.escape, _LABELS), key=len, reverse=True)) + r")\b\s*(?:on|at)?\s*:?\s*",
    re.IGNORECASE,
)
_ISO = re.compile(
    r"\b(?P<iso>\d{4}-\d{2}-\d{2}(?:[T ]\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?\s*(?:Z|[+-]\d{2}:?\d{2})?)?)(?![\d-])"
)
# A year 1000-2999 standing alone: "[12]" comes first so the search skips ahead on those two characters
# (a leading look-behind would make the engine try every position); the look-behind then checks the digit before.
_YEAR = re.compile(r"[12](?<!\d[12])[0-9]\d{2}(?!\d)")
_SECOND_LABEL = re.compile(r"\b(?:updated|last updated|modified)\b\s*:?\s*(.*)$", re.IGNORECASE)
_TIME_OF_DAY = re.compile(r"\d{1,2}[:.h]\d{2}|\d\s*(?:am|pm|a\.m\.|p\.m\.)", re.IGNORECASE)
_NUMERIC = re.compile(r"^(?P<a>\d{1,2})[./-](?P<b>\d{1,2})[./-](?P<y>\d{4})\b")
# Pieces after a date that are not part of it: "• 2 minute read", "| 3 min read", "Last updated ..."
_TAIL = re.compile(r"\s*(?:[•|·]|\s-\s|\bupdated\b|\blast updated\b|\d+\s*(?:-|\s)?min).*$", re.IGNORECASE)
# Characters one of which a tail holds unless it says "updated" or "min"; "ı" and "İ" match "i" under IGNORECASE
_TAIL_MARKS = ("•", "|", "·", "-", "ı", "İ")
_DOTTED_TIME = re.compile(r"(?<=\s)(\d{1,2})\.(\d{2})(?=\s|$)")  # "17.42 BST" is 17:42
_WEEKDAY_WORDS = re.compile(r"^(?:mon|tue|wed|thu|fri|sat|sun)[a-z]*\.?,?\s+", re.IGNORECASE)
_READING = re.compile(r"\b(?P<n>\d{1,3})\s*(?:-\s*)?(?:minutes?|mins?\.?)\s+(?:read|de lecture|lesezeit)\b", re.IGNORECASE)
_READING_LABEL = re.compile(
    r"\b(?:reading time|read time|lesezeit|temps de lecture|tiempo de lectura|tempo di lettura)\s*:?\s*(?P<n>\d{1,3})\s*min",
    re.IGNORECASE,
)
_IGNORECASE_ONLY = "İı"  # letters IGNORECASE matches to "i" while str.lower() keeps them apart

MAX_DATE_LINE = 90  # a whole-line date is short; longer lines are prose
MAX_DATE_WORDS = 7
LONGEST_DATE_LINE = MAX_DATE_LINE * 2  # a labelled date line with a reading time or an update stamp

_DEFAULT_A = datetime(1111, 1, 1)
_DEFAULT_B = datetime(1112, 2, 2)


class FoundDate(NamedTuple):
    """One date stated in the text: the day as written, the moment when a time was given too."""

    day: date
    moment: datetime | None  # aware when the text gives a zone
    source: str  # "text:published", "text:updated", "text:iso", "text:date"


def reading_minutes(line: str) -> int | None:
    """The stated reading time on a line ("2 minute read", "5 min read"), else None."""
    if "min" not in line.lower() and not any(letter in line for letter in _IGNORECASE_ONLY):
        return None  # both patterns end in "min"; the regexes search every position
    found = _READING.search(line) or _READING_LABEL.search(line)
    return int(found.group("n")) if found else None


class DateText(NamedTuple):
    """A date string located on a line and not yet read: locating it does not depend on the day order."""

    text: str
    source: str
    labelled: bool  # after a label such as "Published": read more leniently


def dates_on_line(line: str, day_first: bool = True, language: str | None = None) -> list[FoundDate]:
    """Dates a header or footer line states, or [] when it is not a date line."""
    return read_dates(date_texts(line), day_first, language)


def may_state_date(line: str) -> bool:
    """False when date_texts(line) is certainly empty: the line is too long or states no year."""
    return len(line) <= LONGEST_DATE_LINE and _has_year(line)


def date_texts(line: str) -> list[DateText]:
    """The date strings a line states, found by a label, an ISO stamp or the line being a date itself."""
    if not may_state_date(line):
        return []  # every date read here states its year
    labelled = _LABEL.match(line)
    if labelled:
        kind = _LABELS[labelled.group("label").lower()]
        rest = line[labelled.end():]
        out = _located(rest, f"text:{kind}", labelled=True)
        # "Published 18 Sep 2023 | Updated 19 Sep 2023": the second label on the line counts too
        second = _SECOND_LABEL.search(rest) if kind == "published" else None
        if second:
            out += _located(second.group(1), "text:updated", labelled=True)
        return out
    if len(line) > MAX_DATE_LINE:
        return []
    iso = _ISO.search(line)
    if iso and len(line) - len(iso.group("iso")) < 30:
        return _located(iso.group("iso"), "text:iso")
    return _located(line, "text:date")


def _without_tail(text: str) -> str:
    """`text` without what follows its date; the regex runs only on text holding a word or mark a tail opens with."""
    lower = text.lower()
    if "updated" in lower or "min" in lower or any(mark in text for mark in _TAIL_MARKS):
        return _TAIL.sub("", text)
    return text


def read_dates(texts: list[DateText], day_first: bool = True, language: str | None = None) -> list[FoundDate]:
    """The dates among located date strings that read as a year, a month and a day."""
    out = []
    for located in texts:
        found = _read_cached(located.text, day_first, language, located.labelled)
        if found:
            out.append(FoundDate(found[0], found[1], located.source))
    return out


def _located(text: str, source: str, labelled: bool = False) -> list[DateText]:
    """`text` without what follows a date on the line, when what is left can be a date."""
    text = _without_tail(text).strip(" ,.:;()[]")
    if not text or not _has_year(text) or len(text) > MAX_DATE_LINE:
        return []
    return [DateText(text, source, labelled)]


def _has_year(text: str) -> bool:
    """Whether `text` states a year; the regex runs only on text holding a "1" or a "2", as every year does."""
    return ("1" in text or "2" in text) and _YEAR.search(text) is not None


def choose(found: list[FoundDate], today: date | None = None) -> FoundDate | None:
    """The publication date among those found: published, then ISO, then plain, then updated.

    A date that is not plausible (see date_tables) is never chosen over a plausible one; when it is the
    only date stated it is kept, for the quality gate to quarantine.
    """
    if len(found) < 2:  # a lone date is chosen whether or not it is plausible
        return found[0] if found else None
    today = today or datetime.now(UTC).date()
    rank = {"text:published": 0, "text:iso": 1, "text:date": 2, "text:updated": 3}
    ordered = sorted(found, key=lambda f: rank.get(f.source, 9))
    for candidate in ordered:
        if is_plausible(candidate.day, today):
            return candidate
    return ordered[0]


@lru_cache(maxsize=4096)
def _read_cached(text: str, day_first: bool, language: str | None, labelled: bool) -> tuple[date, datetime | None] | None:
    numeric = _NUMERIC.match(text)
    if numeric:
        a, b = int(numeric.group("a")), int(numeric.group("b"))
        if a > 12:
            day_first = True
        elif b > 12:
            day_first = False
    cleaned = _WEEKDAY_WORDS.sub("", text).replace(" at ", " ").replace(" a.m.", " AM").replace(" p.m.", " PM")
    cleaned = _DOTTED_TIME.sub(r"\1:\2", cleaned)
    parsed = _dateutil(cleaned, day_first, fuzzy=False)
    short = len(text.split()) <= MAX_DATE_WORDS  # a date with a word or two around it, not a sentence
    if parsed is None and labelled and short:
        parsed = _dateutil(cleaned, day_first, fuzzy=True)  # "09.03.2023, 06:15 Uhr"
    if parsed is None and short and (labelled or not text.isascii() or language not in (None, "en")):
        parsed = _dateparser(text, language)
    if parsed is None:
        return None
    has_time = bool(_TIME_OF_DAY.search(text))
    moment = parsed if has_time else None
    return parsed.date(), moment


def _dateutil(text: str, day_first: bool, fuzzy: bool) -> datetime | None:
    """dateutil with two different defaults: a field it filled in itself was not in the text."""
    try:
        with warnings.catch_warnings():
            # an unknown zone word ("Uhr") leaves the time naive; dateutil's warning about it is noise here
            warnings.simplefilter("ignore", du_parser.UnknownTimezoneWarning)
            first = du_parser.parse(text, default=_DEFAULT_A, dayfirst=day_first, tzinfos=TZINFOS, fuzzy=fuzzy)
            second = du_parser.parse(text, default=_DEFAULT_B, dayfirst=day_first, tzinfos=TZINFOS, fuzzy=fuzzy)
    except Exception:  # noqa: BLE001 - any failure to read a date candidate means "no date here"
        return None
    if (first.year, first.month, first.day) != (second.year, second.month, second.day):
        return None  # the year, month or day came from the default, not the text
    return first


def _dateparser(text: str, language: str | None) -> datetime | None:
    import dateparser  # slow to import and to run: only for month names dateutil cannot read

    settings = {"STRICT_PARSING": True, "REQUIRE_PARTS": ["day", "month", "year"], "RETURN_AS_TIMEZONE_AWARE": False}
    try:
        return dateparser.parse(text, languages=[language] if language else None, settings=settings)
    except Exception:  # noqa: BLE001 - any failure to read a date candidate means "no date here"
        return None
