"""Headlines: does a line read as a title (sentence case, title case or an all-capitals wire slug)?"""

from __future__ import annotations

import re

MAX_TITLE_WORDS = 30
MAX_TITLE_CHARS = 250
# A trailing abbreviation is not a sentence end: "... PRESSURING U.S.", "... Co.", "... Inc."
_ABBREVIATION_END = re.compile(r"(?:\b[A-Z]\.){2,}$|\b(?:Co|Inc|Corp|Ltd|Jr|Sr|St|No|vs)\.$")


def looks_like_headline(line: str) -> bool:
    """True for a short line with letters that does not end like a sentence or a label."""
    if not line or len(line) > MAX_TITLE_CHARS or not any(map(str.isalpha, line[:40])):
        return False
    words = line.split()
    if not 1 <= len(words) <= MAX_TITLE_WORDS:
        return False
    if line.endswith((":", ",", ";", "•", "|", "-", "–", "—")):
        return False
    if line.endswith(".") and not _ABBREVIATION_END.search(line) and not line.endswith("..."):
        return False
    if len(words) == 1 and not line.isupper():
        return False  # a lone word ("Share", "Menu") is furniture, not a headline
    return line[0].isalnum() or line[0] in "\"'“‘¿¡<([«"


def looks_like_link(line: str) -> bool:
    """A related-article link line: a short headline, never prose."""
    return "://" not in line and looks_like_headline(line) and len(line.split()) <= 20
