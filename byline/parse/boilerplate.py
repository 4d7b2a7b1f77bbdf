"""Boilerplate lines: ad slots, paywall prompts, share/comment prompts and trailers left by scrapers.

The patterns live in boilerplate.txt (one commented pattern a line) and are compiled once into one
regex with a named group per kind. `Furniture` walks the lines in reading order because some kinds
only make sense in context: paywall bullets are dropped under a paywall header, never elsewhere.
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Callable
from functools import lru_cache
from pathlib import Path

DATA = Path(__file__).with_name("boilerplate.txt")
KINDS = ("drop", "resume", "prompt", "related", "bullet")
BULLET_MARK = "\x00"
LONGEST_FURNITURE = 1000  # longer lines are prose, unless a paywall block is open


@lru_cache(maxsize=1)
def furniture_regex() -> re.Pattern[str]:
    """All patterns of boilerplate.txt as one regex over a whole line, one named group per kind."""
    by_kind: dict[str, list[str]] = defaultdict(list)
    for raw in DATA.read_text(encoding="utf-8").splitlines():
        line = raw.strip()
        if not line or line.startswith("#"):
            continue
        kind, _, pattern = line.partition(" ")
        if kind not in KINDS:
            raise ValueError(f"{DATA.name}: unknown kind {kind!r} in line {raw!r}")
        by_kind[kind].append(f"(?:{pattern.strip()})")
    # Bullets are only looked for under a paywall header: their group needs the BULLET_MARK prefix,
    # so ordinary lines never pay for an unanchored search.
    groups = "|".join(f"(?P<{k}>{'|'.join(by_kind[k])})" for k in KINDS if by_kind[k] and k != "bullet")
    bullets = "|".join(by_kind["bullet"]) or "(?!)"
    # Lines are lower-cased before matching: a case-sensitive regex runs about three times faster.
    return re.compile(rf"(?:{groups}|{BULLET_MARK}(?P<bullet>{bullets}))\Z", re.DOTALL)


def line_kind(line: str, in_prompt: bool = False, lowered: bool = False) -> str | None:
    """The furniture kind of one stripped line ("drop", "prompt", ...), or None for text.

    "bullet" is only ever returned with `in_prompt`, for selling text under a paywall header.
    Pass `lowered=True` when the caller has already lower-cased the line.
    """
    return _kind(furniture_regex(), line if lowered else line.lower(), in_prompt)


def _kind(regex: re.Pattern[str], lower: str, in_prompt: bool) -> str | None:
    found = regex.match(lower)
    if found:
        return found.lastgroup
    if in_prompt and regex.match(BULLET_MARK + lower):
        return "bullet"
    return None


class Furniture:
    """Decides line by line, in reading order, which lines are boilerplate.

    `looks_like_link` tells a related-link line (a bare headline) from prose under a "Related" header.
    """

    def __init__(self, looks_like_link: Callable[[str], bool]) -> None:
        self.block: str | None = None  # "prompt" or "related" while such a block is open
        self.looks_like_link = looks_like_link
        self.regex = furniture_regex()

    def is_boilerplate(self, line: str, lower: str | None = None) -> bool:
        """Whether `line` is furniture; `lower` is the line lower-cased, when the caller has it."""
        if len(line) > LONGEST_FURNITURE and self.block != "prompt":
            self.block = None
            return False
        lower = lower or line.lower()
        found = self.regex.match(lower)  # _kind, inlined: this runs on every line of every article
        if found:
            kind = found.lastgroup
        else:
            kind = "bullet" if self.block == "prompt" and self.regex.match(BULLET_MARK + lower) else None
        if kind is None:  # most lines: text, which closes a block unless it is a link under "Related"
            if self.block == "related" and self.looks_like_link(line):
                return True
            self.block = None
            return False
        if kind in ("prompt", "related"):
            self.block = kind
        elif kind == "resume":
            self.block = None
        return True  # "drop" and "bullet" lines leave the block as it is
