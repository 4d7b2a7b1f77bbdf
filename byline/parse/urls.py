"""URLs: registered domain and a publisher name derived from it. Placeholder until the text parser lands."""

from __future__ import annotations

from urllib.parse import urlsplit


def registered_domain(url: str | None) -> str | None:
    if not url:
        return None
    host = (urlsplit(url).hostname or "").lower()
    return host[4:] if host.startswith("www.") else host or None
