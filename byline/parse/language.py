"""Language detection with py3langid on a short sample: language is decided within a few hundred letters."""

from __future__ import annotations

import re

SAMPLE_CHARS = 240  # enough for a confident guess; py3langid's cost grows with the input
MIN_LETTERS = 20
_SPACES = re.compile(r"\s+")


def detect_language(text: str) -> str | None:
    """ISO 639-1 code of the text's language, or None for text too short or without letters."""
    sample = _SPACES.sub(" ", text[: SAMPLE_CHARS * 2])[:SAMPLE_CHARS]
    if sum(c.isalpha() for c in sample) < MIN_LETTERS:
        return None
    import py3langid

    code, _ = py3langid.classify(sample)
    return code if code and code != "und" else None
