"""HTML bytes to text: byte-order mark, then the declared charset, then detection; mojibake repaired.

Declared charsets are often wrong in one direction only: pages saved as UTF-8 still say "iso-8859-1" or
"shift_jis". Bytes that are valid UTF-8 and not plain ASCII are almost never another encoding, so a
declared legacy charset gives way to UTF-8 in that case. Pages stitched together from UTF-8 and a few
Windows-1252 bytes (a pasted quote, an old footer) stay UTF-8, the stray bytes read as Windows-1252 by
Beautiful Soup's UnicodeDammit.detwingle. Charset labels are read by the WHATWG table (webencodings).
Detection is the last resort, and among the code pages that read the bytes about as cleanly it takes
Windows-1252, by far the most common on the web. ftfy runs only when mojibake markers are seen: it
costs more than the whole parse of a clean page.
"""

from __future__ import annotations

import re

import webencodings

from byline.parse.decode import unicode_encoding

_META_CHARSET = re.compile(rb"""<meta[^>]{0,200}?charset\s*=\s*["']?\s*([A-Za-z0-9_:.-]+)""", re.IGNORECASE)
# UTF-8 read as Latin-1/cp1252: "Ã©", "â€™", "Ã¼" ... Two-character sequences that real text rarely has.
_MOJIBAKE = re.compile("[ÃÂâ][\u0080-\u00bf\u2018-\u203a\u0152\u0153\u0160\u0161\u0178\u017d\u017e\u0192\u02c6\u02dc]")


# The WHATWG decoder GBK names is GB18030's; Python's gbk codec is the smaller, older table.
_PYTHON_CODEC = {"gbk": "gb18030"}


def declared_charset(data: bytes) -> str | None:
    """The charset a <meta> in the first few kilobytes declares, as the Python codec browsers would read it with."""
    match = _META_CHARSET.search(data[:8192])
    if not match:
        return None
    try:
        return browser_codec(match.group(1).decode("ascii"))
    except UnicodeDecodeError:
        return None


def browser_codec(label: str) -> str | None:
    """The Python codec a browser reads a charset label with, or None for an unknown label.

    Browsers read labels by the WHATWG Encoding Standard: "iso-8859-1" and "ascii" as Windows-1252, ...
    """
    found = webencodings.lookup(label)
    if found is None:
        return None
    name = found.codec_info.name
    return _PYTHON_CODEC.get(name, name)


# How much worse than the detector's best guess Windows-1252 may read and still be taken (chaos is 0 to 1)
_CP1252_MARGIN = 0.02


def _utf8(data: bytes) -> str | None:
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        return None


def mostly_utf8(data: bytes) -> str | None:
    """The text of bytes that are UTF-8 but for a few stray bytes, which are read as Windows-1252.

    At least twice as many well-formed multi-byte characters as stray bytes: text in a legacy charset
    has next to none, because its accented letters are rarely followed by the bytes UTF-8 expects.
    """
    text = data.decode("utf-8", errors="replace")
    stray = text.count("\ufffd")
    encoded = len(text) - len(text.encode("ascii", errors="ignore")) - stray
    if encoded < 2 * stray:
        return None
    from bs4 import UnicodeDammit  # only for the few pages stitched from two encodings

    return UnicodeDammit.detwingle(data).decode("utf-8", errors="replace")


def detect_charset(data: bytes) -> str:
    """The detector's guess, or Windows-1252 when it reads the bytes about as cleanly as that guess."""
    from charset_normalizer import from_bytes

    found = from_bytes(data[:200_000])
    best = found.best()
    if best is None:
        return "cp1252"
    # A match lists every charset that decodes the bytes to the same text ("cp1250" may stand for cp1252 too)
    if any("cp1252" in m.could_be_from_charset for m in found if m.chaos <= best.chaos + _CP1252_MARGIN):
        return "cp1252"
    return best.encoding


def decode_html(data: bytes) -> tuple[str, str]:
    """(text, encoding used) for the bytes of an HTML page; never raises on bad bytes."""
    bom = unicode_encoding(data)
    if bom:
        return repair_mojibake(data.decode(bom, errors="replace")), bom
    declared = declared_charset(data)
    as_utf8 = _utf8(data)
    if as_utf8 is not None and (declared in (None, "utf-8") or not data.isascii()):
        return repair_mojibake(as_utf8), "utf-8"
    if declared and declared != "utf-8":
        return repair_mojibake(data.decode(declared, errors="replace")), declared
    stitched = mostly_utf8(data)
    if stitched is not None:
        return repair_mojibake(stitched), "utf-8"
    encoding = detect_charset(data)
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
