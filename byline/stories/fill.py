"""Fill an article's missing fields from its story siblings, only where they agree and the text allows."""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable
from datetime import date

WEEKDAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")
_WEEKDAY = re.compile(r"\b(" + "|".join(WEEKDAYS) + r")\b")


def named_weekdays(text: str) -> set[int]:
    """Weekdays the text names (0 = Monday), e.g. 'began talks on Monday'."""
    return {WEEKDAYS.index(m) for m in _WEEKDAY.findall(text or "")}


def fill_date(body: str, own: date | None, sibling_days: Iterable[date | None]) -> date | None:
    """The day to give an undated article, or None.

    Candidates are the days its siblings were published. When the text names weekdays, only days
    falling on one of them stay (wire copy says 'on Monday' for the day it is filed). Otherwise
    the siblings must all agree. A single remaining day is the answer; an article's own date is
    never replaced.
    """
    if own is not None:
        return None
    days = {d for d in sibling_days if d is not None}
    weekdays = named_weekdays(body)
    if weekdays:
        days = {d for d in days if d.weekday() in weekdays}
    return days.pop() if len(days) == 1 else None


def fill_title(own: str | None, sibling_titles: Iterable[str | None]) -> str | None:
    """A headline for an untitled article: the one its titled siblings share, or a strict majority's."""
    if own and own.strip():
        return None
    titles = [t.strip() for t in sibling_titles if t and t.strip()]
    if not titles:
        return None
    title, votes = Counter(titles).most_common(1)[0]
    return title if votes * 2 > len(titles) else None
