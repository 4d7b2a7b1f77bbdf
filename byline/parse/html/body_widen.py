"""Widen the main container over ancestors that add paragraphs: an article split over wrappers is read whole.

Page builders and ad slots cut one article into sections under different wrappers; the best-scoring
container then holds only one of them. Climbing is safe only while what an ancestor adds is paragraphs
with few links, so every step is measured against the starting container.
"""

from __future__ import annotations

from dataclasses import dataclass

from selectolax.lexbor import LexborNode

from byline.parse.html.body_nodes import is_negative
from byline.parse.html.tree import inside_tag

MAX_WIDEN_LEVELS = 6
MAX_TRIFLE_CHARS = 150  # a date line, a tag list: worth passing through, not worth taking
MAX_ADDED_LINK_SHARE = 0.25
MIN_ADDED_PROSE_SHARE = 0.6
MIN_PROSE_PARAGRAPH = 80


def widen(node: LexborNode) -> tuple[LexborNode, LexborNode]:
    """Climb to ancestors that add paragraphs, not links: an article split over several wrappers is read whole.

    What an ancestor adds beyond the starting node must be either a trifle or mostly paragraph text with few
    links. The climb stops at <body> or <main>, at a chrome-named element and at the edge of the <article>
    it started in. Returns the widened node and the highest ancestor the climb passed, trifles included.
    """
    if node.tag in ("article", "body", "html", "main"):
        return node, node
    base = _Prose.of(node)
    if base.text == 0:
        return node, node
    in_article = inside_tag(node, "article")
    best = reach = node
    parent = node.parent
    for _ in range(MAX_WIDEN_LEVELS):
        if parent is None or parent.tag in ("body", "html", "main") or is_negative(parent):
            break
        if in_article and parent.tag != "article" and not inside_tag(parent, "article"):
            break
        gain = _Prose.of(parent).gain_over(base)
        if gain is None:
            break
        reach = parent
        if gain:  # climbing through wrappers that add a trifle (a date line, a tag list) gains nothing
            best = parent
        if parent.tag == "article":
            break
        parent = parent.parent
    return best, reach


@dataclass(frozen=True, slots=True)
class _Prose:
    text: int  # characters of text
    linked: int  # characters of it inside links
    paragraphs: int  # characters in paragraphs long enough to be prose

    @classmethod
    def of(cls, node: LexborNode) -> _Prose:
        paragraphs = 0
        for p in node.css("p"):
            length = len(p.text(strip=True))
            if length >= MIN_PROSE_PARAGRAPH:
                paragraphs += length
        linked = sum(len(a.text(strip=True)) for a in node.css("a"))
        return cls(len(node.text(strip=True)), linked, paragraphs)

    def gain_over(self, base: _Prose) -> bool | None:
        """True if this adds paragraphs to `base`, False if it adds a trifle, None if it adds other things."""
        added = self.text - base.text
        if added <= MAX_TRIFLE_CHARS:
            return False
        added_links = self.linked - base.linked
        added_paragraphs = self.paragraphs - base.paragraphs
        if added_links <= added * MAX_ADDED_LINK_SHARE and added_paragraphs >= added * MIN_ADDED_PROSE_SHARE:
            return True
        return None
