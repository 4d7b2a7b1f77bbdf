"""Dates written in the visible text around the headline: "2. August 2019", "August 2, 2019", "02.08.2019".

A cheap search for pages whose metadata names no date: the first well-formed date near the headline
is nearly always the publication date. Dates labelled as updates are skipped. Slash dates are
read only when the day is over 12 (17/02/2022): below that the day and month order cannot be told.
"""

from __future__ import annotations

import re
from datetime import date

from byline.parse.date_tables import MONTH_NAMES

# Only known month names: a generic word pattern would try every word of the page as a month.
_MONTH = "(" + "|".join(sorted(set(MONTH_NAMES), key=len, reverse=True)) + r")\.?"
_PATTERNS = (
    # 2019-08-02
    ("ymd", re.compile(r"(?<![\d-])((?:19|20)\d{2})-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])(?![\d-])")),
    # 2.8.2019, 02.08.2019
    ("dmy", re.compile(r"(?<![\d.])(0?[1-9]|[12]\d|3[01])\.\s?(0?[1-9]|1[0-2])\.\s?((?:19|20)\d{2})(?![\d.])")),
    # 2. August 2019, 2 août 2019, 2 de agosto de 2019
    ("dMy", re.compile(r"(?<!\d)(0?[1-9]|[12]\d|3[01])(?:\.|er|º|st|nd|rd|th)?\s+(?:de\s+)?" + _MONTH +
                       r"(?:\s?/\s?[^\W\d_]+)?,?\s+(?:de\s+)?((?:19|20)\d{2})(?!\d)", re.I)),
    # August 2, 2019
    # August 2, 2019: found from its digits, the month word read just before them (see _month_day_year)
    ("Mdy", re.compile(r"(?<=\s)(0?[1-9]|[12]\d|3[01])(?:st|nd|rd|th)?,?\s+((?:19|20)\d{2})(?!\d)")),
    # 17/02/2022 or 02/17/2022, read only when the day is over 12 and so cannot be the month
    ("slash", re.compile(r"(?<![\d/])(\d{1,2})/(\d{1,2})/((?:19|20)\d{2})(?![\d/])")),
    # 31.10.23: a two-digit year, read as this century
    ("dmyy", re.compile(r"(?<![\d.])(0?[1-9]|[12]\d|3[01])\.(0[1-9]|1[0-2])\.(\d{2})(?![\d.])")),
    # 2019年8月2日
    ("cjk", re.compile(r"((?:19|20)\d{2})\s*年\s*(\d{1,2})\s*月\s*(\d{1,2})\s*日")),
)
_WORD_BEFORE = re.compile(r"([^\W\d_]{3,10})\.?\s+$")
_UPDATE_LABEL = re.compile(
    r"(?:updated?|modified|aktualisiert|geändert|mis à jour|actualizado|aggiornato|bijgewerkt)\W{0,3}(?:\w+\W+){0,3}$",
    re.I,
)

# "Veröffentlicht am 13. Mai 2026": a date the page itself calls the publication's outranks earlier ones
_PUBLISHED_LABEL = re.compile(
    r"(?:published|posted|veröffentlicht|erschienen|publié|publicado|publicada|pubblicato|gepubliceerd|"
    r"опубликовано)\W{0,3}(?:\w+\W+){0,2}$",
    re.I,
)
_RANGE_END = re.compile(r"(?:\d\.?\s?[-–]|\bbis)\s*$", re.I)


def _month(word: str) -> int | None:
    word = word.lower()
    return MONTH_NAMES.get(word) or MONTH_NAMES.get(word[:3])


def _to_date(kind: str, groups: tuple[str, ...]) -> date | None:
    try:
        if kind in ("ymd", "cjk"):
            return date(int(groups[0]), int(groups[1]), int(groups[2]))
        if kind == "dmy":
            return date(int(groups[2]), int(groups[1]), int(groups[0]))
        if kind == "dmyy":
            return date(2000 + int(groups[2]), int(groups[1]), int(groups[0]))
        if kind == "slash":
            first, second, year = (int(g) for g in groups)
            if first > 12 >= second:
                return date(year, second, first)
            if second > 12 >= first:
                return date(year, first, second)
            return None
        if kind == "dMy":
            month = _month(groups[1])
            return date(int(groups[2]), month, int(groups[0])) if month else None
        month = _month(groups[0])
        return date(int(groups[2]), month, int(groups[1])) if month else None
    except ValueError:
        return None


def first_text_date(text: str, earliest: date, latest: date) -> date | None:
    """The plausible date in `text` labelled as the publication, else the earliest placed one.

    Dates labelled as updates are skipped, and so are dates that close a range ("23.-26.8.2017"),
    which name an event rather than the article.
    """
    best: tuple[int, date] | None = None
    for kind, pattern in _PATTERNS:
        for match in pattern.finditer(text):
            start, groups = match.start(), match.groups()
            if kind == "Mdy":
                # a leading month pattern would be tried at every position; look back from the digits instead
                word = _WORD_BEFORE.search(text, max(0, start - 14), start)
                if word is None:
                    continue
                start, groups = word.start(), (word.group(1), *groups)
            day = _to_date(kind, groups)
            if day is None or not earliest <= day <= latest:
                continue
            before = text[max(0, start - 40):start]
            if _UPDATE_LABEL.search(before) or _RANGE_END.search(before):
                continue
            if _PUBLISHED_LABEL.search(before):
                return day
            if best is None or start < best[0]:
                best = (start, day)
    return best[1] if best else None
