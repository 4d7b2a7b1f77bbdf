"""Bytes to text: BOM (or UTF-16 without one), then UTF-8, then detection; binary input is recognised, not decoded."""

from __future__ import annotations

import codecs

from byline.model import Rejected

_BOMS = (
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF32_LE, "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)
# Control bytes other than tab, newline, form feed and carriage return do not occur in text.
_CONTROL = bytes(b for b in range(32) if b not in (9, 10, 12, 13))


def bom_encoding(data: bytes) -> str | None:
    for bom, encoding in _BOMS:
        if data.startswith(bom):
            return encoding
    return None


def utf16_without_bom(data: bytes) -> str | None:
    """'utf-16-le' or 'utf-16-be' for UTF-16 text saved without a byte-order mark, else None.

    Such text has a zero byte in about every other position, always on the same side (the high
    byte of Latin letters, digits, spaces and line breaks), and decodes to text without controls.
    """
    sample = data[: 8192 & ~1]
    if len(sample) < 16:
        return None
    pairs = len(sample) // 2
    zeros_even, zeros_odd = sample[0::2].count(0), sample[1::2].count(0)
    if max(zeros_even, zeros_odd) < pairs * 0.2 or min(zeros_even, zeros_odd) > pairs * 0.01:
        return None
    encoding = "utf-16-le" if zeros_odd > zeros_even else "utf-16-be"
    try:
        text = sample.decode(encoding)
    except UnicodeDecodeError:
        return None
    controls = sum(1 for c in text if ord(c) < 32 and c not in "\t\n\x0c\r")
    return encoding if controls <= len(text) * 0.01 else None


def unicode_encoding(data: bytes) -> str | None:
    """The encoding a byte-order mark names, or UTF-16 recognised without one."""
    return bom_encoding(data) or utf16_without_bom(data)


def looks_binary(data: bytes) -> bool:
    """True for images, PDFs, archives and other non-text bytes (sampled from the head)."""
    if unicode_encoding(data) in ("utf-16", "utf-32", "utf-16-le", "utf-16-be"):
        return False
    sample = data[:8192]
    if b"\x00" in sample:
        return True
    controls = len(sample) - len(sample.translate(None, _CONTROL))
    return controls > len(sample) * 0.05


def decode_text(data: bytes, name: str) -> str:
    """Decode a text file; raise Rejected('undecodable') when no encoding reads it cleanly."""
    encoding = unicode_encoding(data)
    if encoding:
        return data.decode(encoding, errors="replace")
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        pass
    from charset_normalizer import from_bytes

    best = from_bytes(data[:200_000]).best()
    if best is None or best.chaos > 0.25:
        raise Rejected("undecodable", f"{name}: the bytes are neither UTF-8 nor any encoding detected with confidence")
    return data.decode(best.encoding, errors="replace")
