"""Boilerplate lines: ad slots, paywall prompts, share/comment prompts and trailers left by scrapers.

The patterns live in boilerplate.txt (one commented pattern a line) and are compiled once into one
regex with a named group per kind. `Furniture` walks the lines in reading order because some kinds
only make sense in context: paywall bullets are dropped under a paywall header, never elsewhere.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections import defaultdict
from collections.abc import Callable
from functools import lru_cache
from itertools import compress
from pathlib import Path

DATA = Path(__file__).with_name("boilerplate.txt")
KINDS = ("drop", "trailer", "resume", "prompt", "related", "bullet")
BULLET_MARK = "\x00"
LONGEST_FURNITURE = 1000  # longer lines are prose, unless a paywall block is open


@lru_cache(maxsize=1)
def _patterns() -> tuple[tuple[str, str], ...]:
    """The (kind, pattern) pairs of boilerplate.txt, in file order."""
    out = []
    for raw in DATA.read_text(encoding="utf-8").splitlines():
        line = raw.strip()
        if not line or line.startswith("#"):
            continue
        kind, _, pattern = line.partition(" ")
        if kind not in KINDS:
            raise ValueError(f"{DATA.name}: unknown kind {kind!r} in line {raw!r}")
        out.append((kind, pattern.strip()))
    return tuple(out)


@lru_cache(maxsize=1)
def furniture_regex() -> re.Pattern[str]:
    """All patterns of boilerplate.txt as one regex over a whole line, one named group per kind."""
    by_kind: dict[str, list[str]] = defaultdict(list)
    for kind, pattern in _patterns():
        by_kind[kind].append(f"(?:{pattern})")
    # Bullets are only looked for under a paywall header: their group needs the BULLET_MARK prefix,
    # so ordinary lines never pay for an unanchored search.
    groups = (
        "|".join(f"(?P<{k}>{'|'.join(by_kind[k])})" for k in KINDS if by_kind[k] and k != "bullet") or "(?!)"
    )
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
        return self.mark([line], [lower or line.lower()])[0]

    def mark(self, lines: list[str], lowered: list[str]) -> list[bool]:
        """is_boilerplate for each of `lines` in turn; `lowered` holds the same lines lower-cased.

        This runs on every line of every article. The regex is mapped over all lines at once, and the
        walk in reading order visits only the lines it matched and those under an open block.
        """
        regex, looks_like_link = self.regex, self.looks_like_link
        found = list(map(regex.match, lowered))
        hits = list(compress(range(len(lines)), found))
        out = [False] * len(lines)
        block, index = self.block, 0
        while index < len(lines):
            if block is None:  # no block open: only a matched line can be furniture
                next_hit = bisect_left(hits, index)
                if next_hit == len(hits):
                    break
                index = hits[next_hit]
            line, lower = lines[index], lowered[index]
            if len(line) > LONGEST_FURNITURE and block != "prompt":
                block = None
                index += 1
                continue
            match = found[index]
            if match:
                kind = match.lastgroup
            else:
                kind = "bullet" if block == "prompt" and regex.match(BULLET_MARK + lower) else None
            if kind is None:  # text, which closes a block unless it is a link under "Related"
                if block == "related" and looks_like_link(line):
                    out[index] = True
                else:
                    block = None
            else:
                if kind in ("prompt", "related"):
                    block = kind
                elif kind == "resume":
                    block = None
                out[index] = True  # "drop" and "bullet" lines leave the block as it is
            index += 1
        self.block = block
        return out
