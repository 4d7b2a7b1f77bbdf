"""Byline strings to people and agency. Placeholder: the full rules land with the text parser."""

from __future__ import annotations

import re

from byline.parse.agencies import canonical_agency

_SPLIT = re.compile(r"\s*(?:,|;|&|\band\b|\|)\s*")


def split_byline(byline: str) -> tuple[list[str], str | None]:
    """('By Jane Roe and John Doe, Reuters') -> (['Jane Roe', 'John Doe'], 'Reuters')."""
    text = re.sub(r"^\s*by\s+", "", byline, flags=re.I)
    people: list[str] = []
    agency = None
    for part in filter(None, _SPLIT.split(text)):
        found = canonical_agency(part)
        if found:
            agency = agency or found
        else:
            people.append(part.strip())
    return people, agency
