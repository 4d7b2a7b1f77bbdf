"""HTML bytes to text: byte-order mark, then the declared charset, then detection; mojibake repaired.

Declared charsets are often wrong in one direction only: pages saved as UTF-8 still say "iso-8859-1" or
"shift_jis". Bytes that are valid UTF-8 and not plain ASCII are almost never another encoding, so a
declared legacy charset gives way to UTF-8 in that case. ftfy runs only when mojibake markers are seen:
it costs more than the whole parse of a clean page.
"""

from __future__ import annotations

import codecs
import re

from byline.parse.decode import bom_encoding

_META_CHARSET = re.compile(rb"""<meta[^>]{0,200}?charset\s*=\s*["']?\s*([A-Za-z0-9_:.-]+)""", re.IGNORECASE)
# UTF-8 read as Latin-1/cp1252: "Ã©", "â€™", "Ã¼" ... Two-character sequences that real text rarely has.
_MOJIBAKE = re.compile("[ÃÂâ][\u0080-\u00bf\u2018-\u203a\u0152\u0153\u0160\u0161\u0178\u017d\u017e\u0192\u02c6\u02dc]")


def declared_charset(data: bytes) -> str | None:
    """The charset a <meta> in the first few kilobytes declares, as a Python codec name."""
    match = _META_CHARSET.search(data[:8192])
    if not match:
        return None
    try:
        return codecs.lookup(match.group(1).decode("ascii")).name
    except (LookupError, UnicodeDecodeError):
        return None


def _utf8(data: bytes) -> str | None:
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        return None


def decode_html(data: bytes) -> tuple[str, str]:
    """(text, encoding used) for the bytes of an HTML page; never raises on bad bytes."""
    bom = bom_encoding(data)
    if bom:
        return repair_mojibake(data.decode(bom, errors="replace")), bom
    declared = declared_charset(data)
    as_utf8 = _utf8(data)
    if as_utf8 is not None and (declared in (None, "utf-8") or not data.isascii()):
        return repair_mojibake(as_utf8), "utf-8"
    if declared and declared != "utf-8":
        return repair_mojibake(data.decode(declared, errors="replace")), declared
    from charset_normalizer import from_bytes

    best = from_bytes(data[:200_000]).best()
    encoding = best.encoding if best is not None else "cp1252"
    return repair_mojibake(data.decode(encoding, errors="replace")), encoding


def repair_mojibake(text: str) -> str:
    """Fix UTF-8 that was decoded as a single-byte charset, only when its markers appear."""
    if "Ã" not in text and "â€" not in text and "Â" not in text:
        return text  # the cheap test first: str.find is far faster than the pattern
    if len(_MOJIBAKE.findall(text, 0, 200_000)) < 3:
        return text
    import ftfy

    # Line by line, and only the lines that show the markers: ftfy reads every character it is given.
    lines = text.split("\n")
    return "\n".join(ftfy.fix_encoding(line) if _MOJIBAKE.search(line) else line for line in lines)
