"""Datelines that open wire copy: "BEIJING (AP) —", "LONDON, Sept 18 (Reuters) -", "WELLINGTON, Feb 27 -".

The place and the agency are read; the dateline itself stays in the body as printed. A month and
day without a year are never turned into a date.
"""

from __future__ import annotations

import calendar
import re
from typing import NamedTuple

from byline.parse.agencies import canonical_agency

# A month: the standard library's abbreviation and any further letters ("Sept", "March", "Marc")
_MONTH = "(?:" + "|".join(calendar.month_abbr[1:]) + r")[a-z]{0,6}\.?"
_CAPS_WORD = r"[A-ZÀ-ÖØ-Þ][A-ZÀ-ÖØ-Þ.'’/\-]*"
_WORD = r"[A-ZÀ-ÖØ-Þ][\wÀ-ÿ.'’/\-]*"
# An upper-case place: "BEIJING", "LOS ANGELES", "ST. JOHN'S"
_CAPS_PLACE = rf"{_CAPS_WORD}(?:\s+{_CAPS_WORD}){{0,4}}"
# Any capitalised place, allowed only when a date or an agency follows: "Toronto, Feb 26 -"
_PLACE = rf"{_WORD}(?:\s+(?:{_WORD}|de|del|la|le|am|an|der|sur|upon)){{0,4}}"
# A region after the place: "PORTLAND, Ore.", "SAN JUAN, Puerto Rico", "CALGARY, Alberta"
_REGION = rf"(?:,\s*{_WORD}(?:\s+{_WORD}){{0,2}})"
_DASH = r"\s*(?:[-–—]{1,2}|:)(?:\s+|$)"
_DASHES = ("-", "–", "—", ":")  # one of them ends every dateline

_WITH_DATE = re.compile(
    rf"^(?P<place>{_PLACE}{_REGION}?),\s*(?P<month>{_MONTH})\s+(?P<day>\d{{1,2}}),?"
    rf"(?:\s*\((?P<agency>[^()]{{1,40}})\))?{_DASH}",
    re.IGNORECASE,
)
_WITH_AGENCY = re.compile(rf"^(?P<place>{_PLACE}{_REGION}?)\s*\((?P<agency>[^()]{{1,40}})\){_DASH}")
# No place, only the agency: "(Bloomberg) -- Oil rose", "(Xinhua) --"
_AGENCY_ONLY = re.compile(rf"^\((?P<agency>[^()]{{1,40}})\){_DASH}")
_CAPS_ONLY = re.compile(rf"^(?P<place>{_CAPS_PLACE}{_REGION}?){_DASH}")
_MONTH_WORD = re.compile(_MONTH, re.IGNORECASE)
_DIGIT = re.compile(r"\d")


class Dateline(NamedTuple):
    place: str | None  # None for an agency-only opening such as "(Bloomberg) --"
    agency: str | None
    month_day: str | None  # "Feb 27" as printed, never turned into a date on its own


def read_dateline(paragraph: str) -> Dateline | None:
    """The dateline opening `paragraph`, or None when it does not open with one."""
    head = paragraph[:160]
    # Each pattern runs only when the characters it needs are there: a comma and a digit for the date,
    # a bracketed agency, an opening bracket, or a capital first letter and a dash.
    found = _WITH_DATE.match(head) if "," in head and _DIGIT.search(head) else None
    if found and not _month_word(found.group("place")):
        agency = _agency(found.group("agency"))
        if found.group("agency") and not agency:
            return None
        month_day = f"{found.group('month')} {found.group('day')}"
        return Dateline(_clean_place(found.group("place")), agency, month_day)
    if head.startswith("("):  # no place can open with a bracket: only the agency-only form fits
        found = _AGENCY_ONLY.match(head)
        if found:
            agency = _agency(found.group("agency"))
            return Dateline(None, agency, None) if agency else None
    elif "(" in head:
        found = _WITH_AGENCY.match(head)
        if found:
            agency = _agency(found.group("agency"))
            if agency:
                return Dateline(_clean_place(found.group("place")), agency, None)
    if not head[:1].isupper() or not any(dash in head for dash in _DASHES):
        return None
    found = _CAPS_ONLY.match(head)
    if found and _is_caps_place(found.group("place")):
        return Dateline(_clean_place(found.group("place")), None, None)
    return None


def _agency(text: str | None) -> str | None:
    return canonical_agency(text) if text else None


def _month_word(place: str) -> bool:
    return bool(_MONTH_WORD.fullmatch(place.split(",")[0].strip()))


def _is_caps_place(place: str) -> bool:
    """An unlabelled "PLACE -" opening needs an upper-case place of real letters, not "A" or "I"."""
    first = place.split(",")[0]
    letters = [c for c in first if c.isalpha()]
    return len(letters) >= 3 and all(c.isupper() for c in letters)


def _clean_place(place: str) -> str:
    return " ".join(place.split()).strip(" ,")
