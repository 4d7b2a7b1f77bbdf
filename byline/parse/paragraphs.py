"""Paragraphs of plain text: one a line for scraped page text, indentation-led for hard-wrapped wire copy."""

from __future__ import annotations

WRAP_MIN, WRAP_MAX = 45, 100  # line widths of hard-wrapped text


def split_paragraphs(text: str) -> list[str]:
    """Paragraphs in reading order, each on one line, whitespace collapsed.

    Blocks are separated by blank lines. In a block that mixes indented and flush lines (wire copy),
    an indented line starts a paragraph and flush lines continue it. A block of evenly wrapped lines
    is one paragraph. Otherwise every line is a paragraph of its own, as scrapers write them.
    """
    lines = text.splitlines()
    stripped = list(map(str.strip, lines))
    # _squeeze only collapses runs, tabs and no-break spaces: in text without any, a stripped line is squeezed
    plain = not ("  " in text or "\t" in text or "\xa0" in text)
    out: list[str] = []
    start = 0
    while start < len(lines):
        try:
            end = stripped.index("", start)  # the next blank line ends the block
        except ValueError:
            end = len(lines)
        if end - start == 1:  # most blocks are one line: a paragraph as scrapers write them
            out.append(stripped[start] if plain else _squeeze(lines[start]))
        elif end > start:
            out += _block_paragraphs(lines[start:end], stripped[start:end], plain)
        start = end + 1
    return out


def _squeeze(line: str) -> str:
    """One line with runs of whitespace collapsed; most lines need no work beyond a strip."""
    line = line.strip()
    return " ".join(line.split()) if "  " in line or "\t" in line or "\xa0" in line else line


def _block_paragraphs(block: list[str], stripped: list[str], plain: bool) -> list[str]:
    """The paragraphs of a block of several lines; `plain` when stripping is all their squeezing needs."""
    flush = list(map(str.startswith, block, stripped))  # a line starts with its stripped self unless indented
    if any(flush) and not all(flush):
        return _join_by_indent(block, [not starts for starts in flush])
    if _evenly_wrapped(block):
        return [" ".join(" ".join(block).split())]
    return stripped if plain else list(map(_squeeze, block))


def _join_by_indent(block: list[str], indented: list[bool]) -> list[str]:
    out: list[list[str]] = []
    for line, starts in zip(block, indented, strict=True):
        if starts or not out:
            out.append([line])
        else:
            out[-1].append(line)
    return [" ".join(" ".join(lines).split()) for lines in out]


def _evenly_wrapped(block: list[str]) -> bool:
    """Lines cut at a similar width, some continuing a sentence in lower case: hard-wrapped prose."""
    widths = list(map(len, map(str.rstrip, block[:-1])))
    widest = max(widths)
    if not WRAP_MIN <= widest <= WRAP_MAX:
        return False
    even = sum(w >= widest * 0.7 for w in widths) >= len(widths) * 0.8
    continued = sum(1 for line in block[1:] if line.lstrip()[:1].islower()) >= 1
    return even and continued
