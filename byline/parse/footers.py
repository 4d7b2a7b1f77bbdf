"""Source footers: lines that name where a syndicated or scraped article came from.

"Copyright for syndicated content belongs to the linked Source : National Post – https://...",
"Source: The Guardian", "Originally published at https://...", "This article originally appeared
on Example News", and a bare URL on a line of its own. These lines leave the body.
"""

from __future__ import annotations

import re
from typing import NamedTuple

from byline.parse.urls import URL, clean_url

_SOURCE = re.compile(
    r"^(?:.{0,80}?\b(?:the )?linked source|source|quelle|fuente|fonte|originally published|first published|"
    r"this (?:article|story|post) (?:was )?(?:originally |first )?(?:published|appeared)|read (?:the )?original|"
    r"republished|syndicated)\b\s*(?:(?:at|on|in|by|from|with)\b)?\s*[:\-–—]?\s*(?P<rest>.*)$",
    re.IGNORECASE,
)
_BARE_URL = re.compile(r"^<?(?P<url>https?://\S+?)>?\.?$", re.IGNORECASE)
_NAME_END = re.compile(r"\s*(?:[-–—|:,]\s*|\bat\b\s*|\bon\b\s*)+$", re.IGNORECASE)
MAX_FOOTER_CHARS = 400


class Footer(NamedTuple):
    """What a source line says: the article's URL and the publisher's name, either may be missing."""

    url: str | None
    publisher: str | None


def read_footer(line: str, lower: str | None = None) -> Footer | None:
    """The source a line names, or None when the line is not a source footer.

    `lower` is the line lower-cased, when the caller has it already.
    """
    if len(line) > MAX_FOOTER_CHARS or not line:
        return None
    if not _has_source_hint(lower or line.lower()):
        return None
    bare = _BARE_URL.match(line)
    if bare:
        return Footer(clean_url(bare.group("url")), None)
    found = _SOURCE.match(line)
    if not found:
        return None
    rest = found.group("rest")
    url_match = URL.search(rest)
    url = clean_url(url_match.group(0)) if url_match else None
    name = rest[: url_match.start()] if url_match else rest
    name = _NAME_END.sub("", name).strip(" .:-–—|,()")
    if not url and not _reads_as_name(name):
        return None  # "Source: a person familiar with the talks said" is prose
    return Footer(url, name or None if _reads_as_name(name) else None)


_STARTS = (
    "http", "<http", "source", "quelle", "fuente", "fonte", "originally", "first published", "this article",
    "this story", "this post", "read the original", "read original", "republished", "syndicated",
)


def source_hints(lowered: list[str]) -> list[bool]:
    """For each lower-cased line, whether it passes the cheap test read_footer opens with.

    read_footer returns None for a line marked False, so callers can leave it untried.
    """
    return list(map(_has_source_hint, lowered))


def _has_source_hint(low: str) -> bool:
    """A cheap test before the regexes: a source line opens with its label or names a "source"."""
    return low.startswith(_STARTS) or "source" in low


def _reads_as_name(name: str) -> bool:
    words = name.split()
    return 1 <= len(words) <= 6 and len(name) <= 60 and name[:1].isupper() and not name.endswith((".", "?", "!"))
