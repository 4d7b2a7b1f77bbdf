"""Paragraphs of plain text: one a line for scraped page text, indentation-led for hard-wrapped wire copy."""

from __future__ import annotations

from collections.abc import Callable

WRAP_MIN, WRAP_MAX = 45, 100  # line widths of hard-wrapped text


def split_paragraphs(text: str) -> list[str]:
    """Paragraphs in reading order, each on one line, whitespace collapsed.

    Blocks are separated by blank lines. In a block that mixes indented and flush lines (wire copy),
    an indented line starts a paragraph and flush lines continue it. A block of evenly wrapped lines
    is one paragraph. Otherwise every line is a paragraph of its own, as scrapers write them.
    """
    # _squeeze only collapses runs, tabs and no-break spaces: text without any needs a strip alone
    squeeze = _squeeze if "  " in text or "\t" in text or "\xa0" in text else str.strip
    out: list[str] = []
    block: list[str] = []
    for line in text.splitlines():
        if line and not line.isspace():
            block.append(line)
        elif block:
            # most blocks are one line: a paragraph as scrapers write them
            if len(block) == 1:
                out.append(squeeze(block[0]))
            else:
                out += _block_paragraphs(block, squeeze)
            block = []
    if block:
        out += _block_paragraphs(block, squeeze)
    return out


def _squeeze(line: str) -> str:
    """One line with runs of whitespace collapsed; most lines need no work beyond a strip."""
    line = line.strip()
    return " ".join(line.split()) if "  " in line or "\t" in line or "\xa0" in line else line


def _block_paragraphs(block: list[str], squeeze: Callable[[str], str] = _squeeze) -> list[str]:
    if len(block) == 1:
        return [squeeze(block[0])]
    indented = [line[:1].isspace() for line in block]
    if any(indented) and not all(indented):
        return _join_by_indent(block, indented)
    if _evenly_wrapped(block):
        return [" ".join(" ".join(block).split())]
    return list(map(squeeze, block))


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
