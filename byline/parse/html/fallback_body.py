"""A plain paragraph collector: the body of last resort when the extractor finds no main block."""

from __future__ import annotations

from selectolax.lexbor import LexborHTMLParser

from byline.model import Caption
from byline.parse.html.meta import in_foreign_container, text_of


def collect_paragraphs(tree: LexborHTMLParser) -> tuple[str, tuple[Caption, ...]]:
    """Every <p> of at least a few words outside navigation, sidebars and comments, joined by blank lines."""
    paragraphs = []
    for node in tree.css("p"):
        text = text_of(node)
        if len(text.split()) >= 4 and not in_foreign_container(node, stop_at_article=False):
            paragraphs.append(text)
    return "\n\n".join(paragraphs), ()
