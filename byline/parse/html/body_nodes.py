"""Boilerplate nodes: which elements of a page are never article text, judged by tag, role, class and id.

Class and id names are split into words ("story-body__text", "shareBar" -> story, body, text, share, bar) so that
short words such as "ad" or "nav" match only as whole words, never inside "shadow" or "canvas".
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from selectolax.lexbor import LexborNode

from byline.parse.html.chrome import (
    FURNITURE_STEMS,
    FURNITURE_WORDS,
    OTHER_CONTENT_STEMS,
    OTHER_CONTENT_WORDS,
)
from byline.parse.html.tree import has_ancestor_in, inside_tag

# Elements whose content is never prose.
DROP_TAGS = [
    "script", "style", "template", "svg", "iframe", "object", "embed", "canvas", "video", "audio",
    "button", "select", "input", "textarea", "option", "label", "link", "meta", "nav", "aside", "dialog", "map",
]  # fmt: skip

_DROP_SELECTOR = ", ".join(DROP_TAGS) + ', [hidden], [style*="display:none" i], [style*="display: none" i]'

# Landmarks that mark site chrome rather than content.
_CHROME_ROLES = {
    "navigation", "banner", "contentinfo", "complementary", "search", "dialog", "alertdialog", "menu", "menubar",
    "toolbar",
}  # fmt: skip
_ROLE_SELECTOR = ", ".join(f'[role="{role}"]' for role in sorted(_CHROME_ROLES))

# Whole words and stems in a class or id that name chrome (see chrome.py)
_NEGATIVE_WORDS = OTHER_CONTENT_WORDS | FURNITURE_WORDS
_NEGATIVE_STEMS = OTHER_CONTENT_STEMS + FURNITURE_STEMS
# Whole words in a class or id that name the article itself.
_POSITIVE_WORDS = {
    "article", "articlebody", "articletext", "article_body", "story", "storybody", "storytext", "content",
    "entry", "post", "postbody", "main", "text", "body", "blog", "hentry", "prose", "richtext", "maincontent",
    "artikel", "inhalt", "beitrag", "news", "page", "column",
}  # fmt: skip
_STRONG_POSITIVE = re.compile(
    r"article[-_]?(?:body|text|content)|story[-_]?(?:body|text|content)|entry[-_]?content"
    r"|post[-_]?(?:body|content|text)|articlebody|main[-_]?content|rich[-_]?text"
)

_WORD = re.compile(r"[a-z0-9]+")
_CAMEL = re.compile(r"(?<=[a-z0-9])(?=[A-Z])")

# Elements whose class or id is judged; inline elements and list items rarely carry whole chrome blocks.
_NAMED_SELECTOR = ", ".join(
    f"{tag}[class], {tag}[id]"
    for tag in ("div", "section", "ul", "ol", "dl", "p", "table", "form", "header", "footer", "figure")
)


@dataclass(frozen=True, slots=True)
class Hints:
    """What a class-and-id string says about its element."""

    words: frozenset[str]
    negative: bool  # names chrome and does not name the article body
    weight: float  # readability's class weight


def hints(node: LexborNode) -> Hints:
    attrs = node.attributes
    return _judge(f"{attrs.get('class') or ''} {attrs.get('id') or ''}")


def hint_words(node: LexborNode) -> frozenset[str]:
    """The words of a node's class and id, lowercased."""
    return hints(node).words


@lru_cache(maxsize=1 << 15)
def _judge(raw: str) -> Hints:
    """Judge a class-and-id string once: class names repeat across a page and across a site's pages."""
    lowered = raw.lower()
    if lowered != raw:  # camelCase names: "shareBar" is "share bar"
        raw = _CAMEL.sub(" ", raw).lower()
    words = frozenset(_WORD.findall(raw))
    if not words:
        return Hints(words, False, 0.0)
    # Substring tests: far faster than one regex alternation over the string.
    negative = bool(words & _NEGATIVE_WORDS) or any(stem in lowered for stem in _NEGATIVE_STEMS)
    # The strong patterns all end in one of these words; the substring test spares most regex runs.
    strong = ("body" in lowered or "text" in lowered or "content" in lowered) and (
        _STRONG_POSITIVE.search(lowered) is not None
    )
    weight = 40.0 if strong else 20.0 if words & _POSITIVE_WORDS else 0.0
    if negative:
        weight -= 25.0
    return Hints(words, negative and not strong, weight)


def is_negative(node: LexborNode) -> bool:
    return hints(node).negative


def class_weight(node: LexborNode) -> float:
    """Readability's class weight: a bonus for article-like names, a penalty for chrome-like ones."""
    return hints(node).weight


_PROTECTED_TAGS = {"html", "body", "main", "article"}
_CONTENT_MARKERS = 'h1, article, main, [itemprop="articleBody"]'
# A chrome-named element holding this share of the page's paragraph text is a layout wrapper, not chrome.
_WRAPPER_SHARE = 0.3


@dataclass
class Chrome:
    """Chrome-named elements left in the tree until the main container is known."""

    deferred: list[LexborNode]  # to delete unless they hold the body
    suspect: set[int]  # mem_ids of those with no headline inside: a body found in them is a last resort


def remove_chrome(root: LexborNode) -> Chrome:
    """Delete chrome: dropped tags, landmark roles, site headers and footers, chrome-named elements.

    Names mislead when an element wraps the article ("page-with-sidebar", "sticky-share-container"), so an
    element that holds the headline or much of the page's paragraph text is not deleted here; it is returned,
    to be deleted once the main container is known and found outside it (see `drop_outside`).
    """
    # Last first, so that an element inside another dropped one is deleted before its ancestor.
    for node in reversed(unique(root.css(_DROP_SELECTOR))):
        node.decompose()
    selector = f"{_ROLE_SELECTOR}, {_NAMED_SELECTOR}, header, footer"
    prose_total = 0
    doomed: list[LexborNode] = []
    chrome = Chrome([], set())
    doomed_ids: set[int] = set()
    for node in unique(root.css(selector)):
        if node.tag in _PROTECTED_TAGS or not _is_chrome(node) or has_ancestor_in(node, doomed_ids):
            continue
        if node.css_first(_CONTENT_MARKERS) is not None:
            chrome.deferred.append(node)
            continue
        if not prose_total:
            prose_total = max(sum(len(p.text()) for p in root.css("p")), 1)
        if sum(len(p.text()) for p in node.css("p")) > prose_total * _WRAPPER_SHARE:
            chrome.deferred.append(node)
            chrome.suspect.add(node.mem_id)
            continue
        doomed.append(node)
        doomed_ids.add(node.mem_id)
    for node in doomed:
        node.decompose()
    return chrome


def unique(nodes: list[LexborNode]) -> list[LexborNode]:
    """The nodes without repeats: a selector list matches an element once per selector it fits."""
    seen: set[int] = set()
    out = []
    for node in nodes:
        key = node.mem_id
        if key not in seen:
            seen.add(key)
            out.append(node)
    return out


def drop_outside(deferred: list[LexborNode], kept: list[LexborNode]) -> None:
    """Delete the deferred chrome elements that neither hold nor sit inside the nodes kept for the body."""
    if not kept:
        return
    kept_ids = {node.mem_id for node in kept}
    lineage: set[int] = set()
    for node in kept:
        parent = node
        while parent is not None:
            lineage.add(parent.mem_id)
            parent = parent.parent
    dropped: set[int] = set()
    for node in deferred:
        key = node.mem_id
        if key in lineage or key in dropped or has_ancestor_in(node, dropped | kept_ids):
            continue
        dropped.add(key)
        node.decompose()


def _is_chrome(node: LexborNode) -> bool:
    tag = node.tag
    if tag in ("header", "footer") and not inside_tag(node, "article") and node.css_first("h1") is None:
        return True  # a site's header or footer; an article's holds its headline, lead or notes
    attrs = node.attributes
    if attrs.get("role") in _CHROME_ROLES:
        return True
    hints = _judge(f"{attrs.get('class') or ''} {attrs.get('id') or ''}")
    return hints.negative and attrs.get("itemprop") != "articleBody"
