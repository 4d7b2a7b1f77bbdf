"""JSON-LD: the article object a page describes itself with, read tolerantly.

Pages put the article at the top level, in arrays, inside "@graph" or under "mainEntity", reference
authors by "@id", and often ship broken JSON (trailing commas, raw newlines, HTML comments). Broken
blocks get a few cheap repairs; what still fails is skipped, never fatal.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterator
from dataclasses import dataclass

ARTICLE_TYPES = frozenset(
    t.lower()
    for t in (
        "Article", "NewsArticle", "BlogPosting", "ReportageNewsArticle", "AnalysisNewsArticle",
        "OpinionNewsArticle", "BackgroundNewsArticle", "ReviewNewsArticle", "LiveBlogPosting",
        "ScholarlyArticle", "TechArticle", "Report", "SocialMediaPosting", "SatiricalArticle",
        "AdvertiserContentArticle", "AskPublicNewsArticle", "Blog", "DiscussionForumPosting", "Posting",
    )
)
ORG_TYPES = frozenset(t.lower() for t in ("Organization", "NewsMediaOrganization", "Corporation", "WebSite"))
_TRAILING_COMMA = re.compile(r",\s*([}\]])")


@dataclass(frozen=True, slots=True)
class Credit:
    """One author entry: its name, and whether the page typed it as an organisation."""

    name: str
    is_org: bool = False


@dataclass(frozen=True, slots=True)
class JsonLdArticle:
    headline: str | None = None
    date_published: str | None = None
    date_created: str | None = None
    date_modified: str | None = None
    authors: tuple[Credit, ...] = ()
    publisher: str | None = None
    url: str | None = None
    language: str | None = None
    type: str | None = None


def load_block(text: str) -> object | None:
    """json.loads with repairs for the usual breakage; None when it cannot be read."""
    text = text.strip()
    if not text:
        return None
    try:
        return json.loads(text)
    except ValueError:
        pass
    fixed = text.replace("<!--", "").replace("-->", "").replace("<![CDATA[", "").replace("]]>", "").strip()
    fixed = _TRAILING_COMMA.sub(r"\1", fixed).rstrip(";")
    try:
        return json.loads(fixed, strict=False)  # strict=False accepts raw control characters in strings
    except ValueError:
        pass
    # Two objects glued together, or junk after the first: take what parses from the start.
    try:
        return json.JSONDecoder(strict=False).raw_decode(fixed)[0]
    except ValueError:
        return None


def _walk(node: object, depth: int = 0) -> Iterator[dict]:
    """Every dict reachable through lists, @graph and mainEntity, parents first."""
    if depth > 6:
        return
    if isinstance(node, list):
        for item in node:
            yield from _walk(item, depth + 1)
    elif isinstance(node, dict):
        yield node
        for key in ("@graph", "mainEntity", "mainEntityOfPage", "itemListElement", "hasPart"):
            if key in node and isinstance(node[key], (list, dict)):
                yield from _walk(node[key], depth + 1)


def _types(obj: dict) -> set[str]:
    value = obj.get("@type")
    values = value if isinstance(value, list) else [value]
    return {str(v).lower().rsplit("/", 1)[-1] for v in values if v}


def _text(value: object) -> str | None:
    if isinstance(value, list):
        value = next((v for v in value if v), None)
    if isinstance(value, dict):
        value = value.get("@value") or value.get("name")
    if isinstance(value, (str, int, float)) and str(value).strip():
        return str(value).strip()
    return None


def _credits(value: object, by_id: dict[str, dict]) -> list[Credit]:
    """Authors as given: a string (never split into letters), an object, an @id reference or a list of them."""
    if value is None:
        return []
    if isinstance(value, str):
        return [Credit(value.strip())] if value.strip() else []
    if isinstance(value, list):
        return [c for item in value for c in _credits(item, by_id)]
    if not isinstance(value, dict):
        return []
    if "name" not in value and value.get("@id") in by_id:
        value = by_id[value["@id"]]
    name = value.get("name")
    if isinstance(name, dict | list):
        name = _text(name)
    if not name and (value.get("givenName") or value.get("familyName")):
        name = f"{value.get('givenName') or ''} {value.get('familyName') or ''}"
    if not isinstance(name, str) or not name.strip():
        return []
    return [Credit(name.strip(), is_org=bool(_types(value) & ORG_TYPES))]


def _article(obj: dict, by_id: dict[str, dict], site_publisher: str | None) -> JsonLdArticle:
    publisher = obj.get("publisher")
    if isinstance(publisher, dict) and "name" not in publisher and publisher.get("@id") in by_id:
        publisher = by_id[publisher["@id"]]
    url = obj.get("url") or obj.get("@id")
    return JsonLdArticle(
        headline=_text(obj.get("headline")) or _text(obj.get("name")),
        date_published=_text(obj.get("datePublished")),
        date_created=_text(obj.get("dateCreated")),
        date_modified=_text(obj.get("dateModified")),
        authors=tuple(_credits(obj.get("author"), by_id) or _credits(obj.get("creator"), by_id)),
        publisher=_text(publisher) or site_publisher,
        url=url if isinstance(url, str) and url.startswith("http") else None,
        language=_text(obj.get("inLanguage")),
        type=next(iter(_types(obj) & ARTICLE_TYPES), None),
    )


def find_article(blocks: list[str]) -> JsonLdArticle | None:
    """The article object of a page's JSON-LD blocks, or None when none describes an article.

    With several, the first one carrying a headline and a publication date wins: related-story
    objects come later and rarely have both.
    """
    objects = [obj for block in blocks for obj in _walk(load_block(block))]
    by_id = {obj["@id"]: obj for obj in objects if isinstance(obj.get("@id"), str)}
    site = next((_text(o.get("name")) for o in objects if _types(o) & ORG_TYPES), None)
    articles = [o for o in objects if _types(o) & ARTICLE_TYPES]
    if not articles:
        # A WebPage with a date and author is still the page's own description.
        articles = [o for o in objects if "webpage" in _types(o) and (o.get("datePublished") or o.get("author"))]
    if not articles:
        return None
    best = next((o for o in articles if o.get("headline") and o.get("datePublished")), articles[0])
    return _article(best, by_id, site)
