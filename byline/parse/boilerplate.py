"""Boilerplate lines: ad slots, paywall prompts, share/comment prompts and trailers left by scrapers.

The patterns live in boilerplate.txt (one commented pattern a line) and are compiled once into one
regex with a named group per kind. `Furniture` walks the lines in reading order because some kinds
only make sense in context: paywall bullets are dropped under a paywall header, never elsewhere.
A line is matched against the patterns that can open with its first two characters: the parsed
patterns are walked over those characters once per opening, and the smaller regex is kept.
"""

from __future__ import annotations

import re
import re._constants as _c  # the parse tree of a pattern, walked by can_open_with
import re._parser as _sre_parser
from collections import defaultdict
from collections.abc import Callable
from functools import cache, lru_cache
from pathlib import Path

DATA = Path(__file__).with_name("boilerplate.txt")
KINDS = ("drop", "resume", "prompt", "related", "bullet")
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
    return _compile(_patterns())


@cache
def _compile(patterns: tuple[tuple[str, str], ...]) -> re.Pattern[str]:
    by_kind: dict[str, list[str]] = defaultdict(list)
    for kind, pattern in patterns:
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
        # the regex of the patterns that can open with a line's first characters, by those characters
        self.by_opening = _BY_OPENING

    def is_boilerplate(self, line: str, lower: str | None = None) -> bool:
        """Whether `line` is furniture; `lower` is the line lower-cased, when the caller has it."""
        return self.mark([line], [lower or line.lower()])[0]

    def mark(self, lines: list[str], lowered: list[str]) -> list[bool]:
        """is_boilerplate for each of `lines` in turn; `lowered` holds the same lines lower-cased.

        This runs on every line of every article: each line is tried only against the patterns that
        can open with its first two characters.
        """
        block, regex, by_opening = self.block, self.regex, self.by_opening
        looks_like_link = self.looks_like_link
        out = []
        for line, lower in zip(lines, lowered, strict=True):
            if len(line) > LONGEST_FURNITURE and block != "prompt":
                block = None
                out.append(False)
                continue
            opening = lower[:OPENING_CHARS]
            found = (by_opening.get(opening) or opening_regex(opening)).match(lower)
            if found:
                kind = found.lastgroup
            else:
                kind = "bullet" if block == "prompt" and regex.match(BULLET_MARK + lower) else None
            if kind is None:  # most lines: text, which closes a block unless it is a link under "Related"
                if block == "related" and looks_like_link(line):
                    out.append(True)
                    continue
                block = None
                out.append(False)
                continue
            if kind in ("prompt", "related"):
                block = kind
            elif kind == "resume":
                block = None
            out.append(True)  # "drop" and "bullet" lines leave the block as it is
        self.block = block
        return out


OPENING_CHARS = 2  # how many first characters of a line choose the patterns tried on it
MAX_OPENINGS = 4096  # openings remembered; a line with another opening is tried against every pattern
_BY_OPENING: dict[str, re.Pattern[str]] = {}


def opening_regex(opening: str) -> re.Pattern[str]:
    """The furniture regex holding only the patterns (not bullets) that can match a line opening with `opening`.

    A pattern is left out only when no line starting with `opening` can match it, so matching a line
    with this regex gives the same kind as matching it with furniture_regex().
    """
    if len(_BY_OPENING) >= MAX_OPENINGS:
        return furniture_regex()
    kept = tuple((kind, p) for kind, p in _patterns() if kind != "bullet" and can_open_with(p, opening))
    bullets = tuple((kind, p) for kind, p in _patterns() if kind == "bullet")
    regex = _BY_OPENING[opening] = _compile(kept + bullets)
    return regex


def can_open_with(pattern: str, opening: str) -> bool:
    """Whether a string starting with `opening` can match `pattern` (compiled with DOTALL) from its start.

    Walks the parsed pattern over the characters of `opening`; whatever the walk does not understand
    counts as able to match, so a False answer is always right.
    """
    items = _parsed(pattern)
    return items is None or len(opening) in _advance(items, {0}, opening)


@cache
def _parsed(pattern: str) -> list | None:
    try:
        return list(_sre_parser.parse(pattern, re.DOTALL))
    except Exception:  # noqa: BLE001 - an unparsable pattern fails in furniture_regex() already
        return None


def _advance(items: list, positions: set[int], opening: str) -> set[int]:
    """Positions in `opening` that matching `items` from any of `positions` can reach.

    len(opening) means the whole opening was read: from there on every item counts as matching.
    """
    end = len(opening)
    for op, av in items:
        if not positions:
            break
        if op in _ZERO_WIDTH:
            continue
        if op in _ONE_CHAR:
            positions = {
                p if p == end else p + 1 for p in positions if p == end or _char_fits(op, av, opening[p])
            }
        elif op is _c.SUBPATTERN:
            positions = _advance(list(av[-1]), positions, opening)
        elif op is _c.ATOMIC_GROUP:
            positions = _advance(list(av), positions, opening)
        elif op is _c.BRANCH:
            positions = set().union(*(_advance(list(branch), positions, opening) for branch in av[1]))
        elif op in _REPEATS:
            low, high, sub = av
            reached = set(positions) if low == 0 else set()
            current = positions
            for count in range(1, min(high, low + end + 1) + 1):
                current = _advance(list(sub), current, opening)
                if count >= low:
                    reached |= current
            positions = reached
        else:  # anything else may read any number of characters
            positions = set(range(min(positions), end + 1))
    return positions


def _char_fits(op, av, char: str) -> bool:
    if op is _c.LITERAL:
        return ord(char) == av
    if op is _c.NOT_LITERAL:
        return ord(char) != av
    if op is _c.ANY:
        return True  # DOTALL
    negate = False
    for member_op, member in av:  # IN: a character set
        if member_op is _c.NEGATE:
            negate = True
        elif member_op is _c.LITERAL:
            if ord(char) == member:
                return not negate
        elif member_op is _c.RANGE:
            if member[0] <= ord(char) <= member[1]:
                return not negate
        elif member_op is _c.CATEGORY and member in _CATEGORIES:
            if _CATEGORIES[member](char):
                return not negate
        else:
            return True  # a member not understood: the set may hold the character
    return negate


_ZERO_WIDTH = (_c.AT, _c.ASSERT, _c.ASSERT_NOT)
_ONE_CHAR = (_c.LITERAL, _c.NOT_LITERAL, _c.ANY, _c.IN)
_REPEATS = tuple(
    op for op in (_c.MAX_REPEAT, _c.MIN_REPEAT, getattr(_c, "POSSESSIVE_REPEAT", None)) if op is not None
)
# Character classes of str patterns, as the regex engine decides them
_CATEGORIES = {
    _c.CATEGORY_DIGIT: str.isdecimal,
    _c.CATEGORY_NOT_DIGIT: lambda ch: not ch.isdecimal(),
    _c.CATEGORY_SPACE: str.isspace,
    _c.CATEGORY_NOT_SPACE: lambda ch: not ch.isspace(),
    _c.CATEGORY_WORD: lambda ch: ch.isalnum() or ch == "_",
    _c.CATEGORY_NOT_WORD: lambda ch: not (ch.isalnum() or ch == "_"),
}
