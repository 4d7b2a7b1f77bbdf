"""Read a page's metadata from the tree once: meta tags, JSON-LD blocks, links, title, headings, lang.

Everything here is read before the body extractor runs, because that step removes nodes.
Keys of `metas` are lower-cased `name`, `property`, `itemprop` or `http-equiv` values; a key can
hold several values in page order.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from selectolax.lexbor import LexborHTMLParser, LexborNode

from byline.parse.html.chrome import OTHER_CONTENT_PREFIXES, OTHER_CONTENT_STEMS, OTHER_CONTENT_WORDS

# Containers whose bylines, dates and headings belong to other stories, comments or page furniture,
# recognised by a word of their class or id (see chrome.py)
_FOREIGN_TAGS = frozenset(("aside", "footer", "nav", "form"))
_WORD_SPLIT = re.compile(r"[\s_-]+|(?<=[a-z])(?=[A-Z])")


def text_of(node: LexborNode) -> str:
    return " ".join(node.text(separator=" ").split())


_OWN_PREFIXES = ("post", "entry", "article", "story")  # "post-footer", "entry-meta": parts of the article itself


def _is_foreign_marker(marker: str) -> bool:
    names = marker.lower().split()
    if any(name.startswith(("author", "byline")) for name in names):
        return False  # "author-bio footer": the article's own author box, wherever the page puts it
    for name in names:
        if name.lower().startswith(_OWN_PREFIXES):
            continue
        for word in _WORD_SPLIT.split(name):
            word = word.lower()
            if word in OTHER_CONTENT_WORDS or word.startswith(OTHER_CONTENT_STEMS + OTHER_CONTENT_PREFIXES):
                return True
    return False


def in_foreign_container(node: LexborNode, stop_at_article: bool = True, aside_ok: bool = False) -> bool:
    """True when the node sits in a related-stories list, comments, sidebar, footer or navigation.

    `aside_ok` lets an <aside> pass: some pages set the article's own byline in one beside the text.
    """
    current = node.parent
    while current is not None and current.tag not in ("body", "html", "-undef"):
        if current.tag in _FOREIGN_TAGS and not (aside_ok and current.tag == "aside"):
            return True
        if stop_at_article and current.tag == "article":
            return False  # the article element's own classes ("node--promoted") say nothing about foreignness
        attrs = current.attributes
        marker = f"{attrs.get('class') or ''} {attrs.get('id') or ''}"
        if marker.strip() and _is_foreign_marker(marker):
            return True
        current = current.parent
    return False


def foreign_headline(h1: LexborNode) -> bool:
    """An <h1> of a teaser, sidebar or navigation; inside <main>, only the containers up to <main> count.

    Wrappers around <main> are the page's frame: a "left-navigation page-wrapper" holds the whole page.
    """
    if not in_foreign_container(h1):
        return False
    current = h1.parent
    while current is not None and current.tag != "main":
        if current.tag in ("aside", "footer", "nav", "form"):
            return True
        attrs = current.attributes
        marker = f"{attrs.get('class') or ''} {attrs.get('id') or ''}"
        if marker.strip() and _is_foreign_marker(marker):
            return True
        current = current.parent
    return current is None  # no <main> above: the frame's markers stand


@dataclass(frozen=True, slots=True)
class PageMeta:
    metas: dict[str, list[str]] = field(default_factory=dict)
    jsonld: tuple[str, ...] = ()
    canonical: str | None = None
    lang: str | None = None
    title_tag: str | None = None
    h1s: tuple[str, ...] = ()

    def first(self, *keys: str) -> str | None:
        for key in keys:
            for value in self.metas.get(key, ()):
                if value:
                    return value
        return None

    def all(self, *keys: str) -> list[str]:
        return [v for key in keys for v in self.metas.get(key, ()) if v]


def read_meta(tree: LexborHTMLParser) -> PageMeta:
    metas: dict[str, list[str]] = {}
    for node in tree.css("meta"):
        attrs = node.attributes
        content = " ".join((attrs.get("content") or attrs.get("value") or "").split())
        if not content:
            continue
        for attr in ("name", "property", "itemprop", "http-equiv"):
            key = attrs.get(attr)
            if key:
                for part in key.lower().split():  # property="og:title twitter:title"
                    metas.setdefault(part, []).append(content)
    jsonld = tuple(n.text() for n in tree.css('script[type="application/ld+json" i]'))
    canonical = None
    for link in tree.css('link[rel~="canonical" i][href]'):
        canonical = (link.attributes.get("href") or "").strip() or None
        break
    html = tree.css_first("html")
    lang = (html.attributes.get("lang") or html.attributes.get("xml:lang")) if html is not None else None
    title = tree.css_first("title")
    h1s = []
    for node in tree.css("h1"):
        text = text_of(node)
        if text and not foreign_headline(node):
            h1s.append(text)
        if len(h1s) >= 3:
            break
    return PageMeta(
        metas=metas,
        jsonld=jsonld,
        canonical=canonical,
        lang=lang.strip() if lang else None,
        title_tag=text_of(title) if title is not None else None,
        h1s=tuple(h1s),
    )
