"""Boilerplate nodes: which elements of a page are never article text, judged by tag, role, class and id.

Class and id names are split into words ("story-body__text", "shareBar" -> story, body, text, share, bar) so that
short words such as "ad" or "nav" match only as whole words, never inside "shadow" or "canvas".
"""

from __future__ import annotations

import re

from selectolax.lexbor import LexborHTMLParser, LexborNode

# Elements whose content is never prose.
DROP_TAGS = [
    "script", "style", "noscript", "template", "svg", "iframe", "object", "embed", "canvas", "video", "audio",
    "button", "select", "input", "textarea", "option", "label", "link", "meta", "nav", "aside", "dialog", "map",
]  # fmt: skip

# Landmarks that mark site chrome rather than content.
_ROLE_SELECTOR = (
    '[role="navigation"], [role="banner"], [role="contentinfo"], [role="complementary"], '
    '[role="search"], [role="dialog"], [role="alertdialog"], [role="menu"], [role="menubar"], [role="toolbar"]'
)

# Whole words in a class or id that name chrome.
_NEGATIVE_WORDS = {
    "nav", "navbar", "navigation", "menu", "menus", "submenu", "breadcrumb", "breadcrumbs", "footer", "sidebar",
    "aside", "widget", "widgets", "related", "recommended", "recommendations", "popular", "trending", "comment",
    "comments", "disqus", "share", "sharing", "shares", "sharebar", "social", "socials", "cookie", "cookies",
    "consent", "gdpr", "newsletter", "newsletters", "subscribe", "subscription", "signup", "promo", "promos",
    "promotion", "sponsor", "sponsored", "advert", "adverts", "advertisement", "advertising", "ad", "ads",
    "adslot", "adunit", "dfp", "taboola", "outbrain", "pagination", "pager", "toolbar", "login", "modal",
    "popup", "overlay", "skip", "masthead", "tags", "tagcloud", "taglist", "keywords", "bio", "author", "authors",
    "byline", "rating", "banner", "teasers", "more", "readmore", "also", "next", "prev", "previous",
    "jump", "offscreen", "visually", "sr", "screenreader", "topics", "follow",
    "facebook", "twitter", "whatsapp", "linkedin", "pinterest", "email", "feedback", "survey", "poll",
    "werbung", "anzeige", "kommentare", "kommentar", "teilen", "verwandte", "mehr", "weitere",
}  # fmt: skip
# Word stems that name chrome even inside compound words ("relatedposts", "commentlist").
_NEGATIVE_STEMS = re.compile(
    r"comment|related|share|social|cookie|consent|newsletter|subscri|breadcrumb|sidebar|advert|sponsor|promo"
    r"|recommend|trending|disqus|outbrain|taboola|navigation|navbar|footer|widget|pagination|paywall-promo"
)
# Whole words in a class or id that name the article itself.
_POSITIVE_WORDS = {
    "article", "articlebody", "articletext", "article_body", "story", "storybody", "storytext", "content",
    "entry", "post", "postbody", "main", "text", "body", "blog", "hentry", "prose", "richtext", "maincontent",
    "artikel", "inhalt", "beitrag", "news", "page", "column",
}  # fmt: skip
_STRONG_POSITIVE = re.compile(
    r"article[-_]?(?:body|text|content)|story[-_]?(?:body|text|content)|entry[-_]?content"
    r"|post[-_]?(?:body|content|text)|articlebody|main[-_]?content|rich[-_]?text",
    re.I,
)

_SPLIT = re.compile(r"[^a-z0-9]+")
_CAMEL = re.compile(r"(?<=[a-z0-9])(?=[A-Z])")

# Broad substring selectors that find hint-bearing elements in C; each hit is checked word by word in Python.
_HINT_PARTS = sorted({w for w in _NEGATIVE_WORDS if len(w) >= 4} | {
    "nav", "ad", "bio", "sr", "comment", "related", "share", "social", "subscri", "advert", "sponsor", "promo",
    "recommend", "widget",
})  # fmt: skip
_HINT_SELECTOR = ", ".join(f'[class*="{p}" i], [id*="{p}" i]' for p in _HINT_PARTS)


def hint_words(node: LexborNode) -> list[str]:
    """The words of a node's class and id, lowercased."""
    attrs = node.attributes
    raw = f"{attrs.get('class') or ''} {attrs.get('id') or ''}"
    return [w for w in _SPLIT.split(_CAMEL.sub(" ", raw).lower()) if w]


def hint_text(node: LexborNode) -> str:
    attrs = node.attributes
    return f"{attrs.get('class') or ''} {attrs.get('id') or ''}".lower()


def is_negative(node: LexborNode) -> bool:
    words = hint_words(node)
    if not words:
        return False
    if any(w in _NEGATIVE_WORDS for w in words) or any(_NEGATIVE_STEMS.search(w) for w in words):
        return not _STRONG_POSITIVE.search(hint_text(node))
    return False


def class_weight(node: LexborNode) -> float:
    """Readability's class weight: a bonus for article-like names, a penalty for chrome-like ones."""
    words = hint_words(node)
    if not words:
        return 0.0
    weight = 0.0
    if _STRONG_POSITIVE.search(hint_text(node)):
        weight += 40.0
    elif any(w in _POSITIVE_WORDS for w in words):
        weight += 20.0
    if any(w in _NEGATIVE_WORDS for w in words) or any(_NEGATIVE_STEMS.search(w) for w in words):
        weight -= 25.0
    return weight


_PROTECTED_TAGS = {"html", "body", "main", "article"}


def remove_chrome(tree: LexborHTMLParser, root: LexborNode) -> None:
    """Delete chrome elements: dropped tags, landmark roles, and elements whose class or id names chrome.

    An element that holds most of the page's text is kept whatever its name says: layout wrappers such as
    "page-with-sidebar" enclose the article too.
    """
    tree.strip_tags(DROP_TAGS)
    total = max(len(root.text()), 1)
    doomed: list[LexborNode] = []
    seen: set[int] = set()
    for node in root.css(_ROLE_SELECTOR):
        doomed.append(node)
    for node in root.css(_HINT_SELECTOR):
        if node.tag in _PROTECTED_TAGS or not is_negative(node):
            continue
        if node.attributes.get("itemprop") == "articleBody":
            continue
        if len(node.text()) > total * 0.4 and node.tag != "footer":
            continue
        doomed.append(node)
    for node in root.css("footer, header"):
        # A site header or footer; the header of an article holds its headline and lead, so it stays.
        if not _inside(node, "article") and node.css_first("h1") is None:
            doomed.append(node)
    for node in doomed:
        seen.add(node.mem_id)
    for node in _outermost(doomed, seen):
        node.decompose()


def _inside(node: LexborNode, tag: str) -> bool:
    parent = node.parent
    while parent is not None:
        if parent.tag == tag:
            return True
        parent = parent.parent
    return False


def _outermost(nodes: list[LexborNode], ids: set[int]) -> list[LexborNode]:
    """The nodes that have no ancestor among `ids`: deleting an ancestor first frees its descendants."""
    out = []
    kept: set[int] = set()
    for node in nodes:
        if node.mem_id in kept:
            continue
        parent = node.parent
        nested = False
        while parent is not None:
            if parent.mem_id in ids:
                nested = True
                break
            parent = parent.parent
        if not nested:
            kept.add(node.mem_id)
            out.append(node)
    return out
