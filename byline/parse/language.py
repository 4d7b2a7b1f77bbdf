"""Language detection. Placeholder until the text parser lands."""

from __future__ import annotations


def detect_language(text: str) -> str | None:
    import py3langid

    code, _ = py3langid.classify(text[:2000])
    return code
