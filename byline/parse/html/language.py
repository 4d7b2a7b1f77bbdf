"""The page's language: the declared html lang when the text agrees or is too short to tell, else detection."""

from __future__ import annotations

from byline.parse.language import detect_language

MIN_DETECT_CHARS = 200  # below this, detection is less reliable than the page's own declaration
DETECT_CHARS = 1000  # detection time grows with the text; a thousand characters decide the language


def page_language(body: str, declared: str | None) -> str | None:
    code = declared.split("-")[0].split("_")[0].strip().lower() if declared else None
    code = code if code and len(code) == 2 and code.isalpha() else None
    if len(body) < MIN_DETECT_CHARS:
        return code
    detected = detect_language(body[:DETECT_CHARS])
    return detected or code
