"""Wire agencies and their known spellings. Placeholder: the full list lands with the text parser."""

from __future__ import annotations

_SPELLINGS = {
    "ap": "AP",
    "associated press": "AP",
    "the associated press": "AP",
    "reuters": "Reuters",
    "afp": "AFP",
}


def canonical_agency(name: str) -> str | None:
    """The canonical agency name when `name` is one of its spellings, else None."""
    return _SPELLINGS.get(" ".join(name.lower().split()).strip(" .,"))
