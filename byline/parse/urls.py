"""URLs: the registered domain (public-suffix aware, offline) and a publisher name for a domain."""

from __future__ import annotations

import re
from functools import lru_cache
from pathlib import Path
from urllib.parse import urlsplit

import tldextract
import yaml

PUBLISHERS = Path(__file__).with_name("publishers.yaml")
URL = re.compile(r"https?://[^\s<>\"')\]]+", re.IGNORECASE)
_PAGE_SUFFIX = re.compile(r"\.(?:html?|php|aspx?|cms|shtml)$", re.IGNORECASE)
_SLUG_SEPARATOR = re.compile(r"[-_+]")


@lru_cache(maxsize=1)
def _extractor() -> tldextract.TLDExtract:
    # The public suffix list bundled with tldextract: never fetched over the network.
    return tldextract.TLDExtract(suffix_list_urls=(), cache_dir=None)


@lru_cache(maxsize=4096)
def registered_domain(url: str | None) -> str | None:
    """'https://www.bbc.co.uk/news/x' -> 'bbc.co.uk'; None for a missing or hostless URL."""
    if not url:
        return None
    try:
        host = (urlsplit(url.strip()).hostname or "").lower()
    except ValueError:
        return None
    if not host:
        return None
    parts = _extractor()(host)
    if parts.domain and parts.suffix:
        return f"{parts.domain}.{parts.suffix}"
    return host.removeprefix("www.") or None


@lru_cache(maxsize=1)
def _known_publishers() -> dict[str, str]:
    return {str(k).lower(): str(v) for k, v in yaml.safe_load(PUBLISHERS.read_text(encoding="utf-8")).items()}


def publisher_from_domain(domain: str) -> str:
    """The publisher's name for a registered domain: from publishers.yaml, else the domain itself."""
    domain = domain.lower().removeprefix("www.")
    return _known_publishers().get(domain) or domain


def is_publisher_name(text: str) -> bool:
    """True when `text` is a known publisher's name ("National Post"): a masthead line, not a headline."""
    names, most_words = _publisher_names()
    words = text.split(None, most_words)  # a line of more words than any name stops being split early
    return len(words) <= most_words and " ".join(words).lower() in names


@lru_cache(maxsize=1)
def _publisher_names() -> tuple[frozenset[str], int]:
    """The known publishers' names, lower-cased, and the most words any of them has."""
    names = frozenset(name.lower() for name in _known_publishers().values())
    return names, max((len(name.split()) for name in names), default=0)


def clean_url(url: str) -> str:
    """A URL as printed in text, without trailing punctuation or angle brackets."""
    return url.strip().strip("<>").rstrip(".,;:!?)»”\"'")


def title_from_url(url: str | None) -> str | None:
    """A readable title from the URL's slug ('/news/chinas-foreign-minister-heads-to-moscow'), else None."""
    if not url:
        return None
    try:
        path = urlsplit(url).path
    except ValueError:
        return None
    for segment in reversed([s for s in path.split("/") if s]):
        slug = _PAGE_SUFFIX.sub("", segment)
        words = [w for w in _SLUG_SEPARATOR.split(slug) if w]
        while words and (any(c.isdigit() for c in words[-1]) and len(words[-1]) > 4 or words[-1].isdigit()):
            words.pop()  # trailing article ids: "-1.6954321", "-idUSKBN2Q20XY", "-20230918"
        if len(words) >= 3 and sum(w.isalpha() for w in words) >= 3:
            text = " ".join(words)
            return text[0].upper() + text[1:]
    return None
