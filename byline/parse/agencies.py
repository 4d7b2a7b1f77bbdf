"""Wire agencies and their known spellings, read once from agencies.yaml beside this module."""

from __future__ import annotations

import re
from functools import lru_cache
from pathlib import Path

import yaml

DATA = Path(__file__).with_name("agencies.yaml")
_PUNCT = " .,;:()[]-–—|"


def _key(name: str) -> str:
    return " ".join(name.lower().split()).strip(_PUNCT)


@lru_cache(maxsize=1)
def spellings() -> dict[str, str]:
    """Every known spelling (normalised) mapped to its canonical agency name."""
    table = yaml.safe_load(DATA.read_text(encoding="utf-8"))
    out: dict[str, str] = {}
    for canonical, names in table.items():
        for name in [canonical, *names]:
            out[_key(str(name))] = str(canonical)
    return out


@lru_cache(maxsize=1)
def agency_pattern() -> str:
    """A regex alternation of every spelling, longest first, for use inside larger patterns."""
    names = sorted({n for n in spellings()}, key=len, reverse=True)
    return "|".join(re.escape(n).replace(r"\ ", r"\s+") for n in names)


@lru_cache(maxsize=4096)
def canonical_agency(name: str) -> str | None:
    """The canonical agency name when `name` is one of its spellings, else None."""
    return spellings().get(_key(name))
