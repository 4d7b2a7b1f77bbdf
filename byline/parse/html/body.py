"""Main text of an HTML article page: boilerplate removed, paragraphs in order, photo captions taken out.

The steps, each in its own module:
1. body_nodes: delete chrome (scripts, navigation, hidden elements, site headers and footers, elements whose
   class or id names share bars, comments, cookie notices, newsletters, ads, related links ...).
2. body_score: score block containers readability-style and pick the main one; body_widen: widen it over
   wrappers that add paragraphs; body_score again: add neighbouring sections.
3. body_captions: take figure captions and their credits out of the article.
4. body_text: read the container's paragraphs in document order, with the standfirst printed between the
   headline and the body, dropping link lists and furniture lines.
Only selectolax (lexbor) is used: the page is parsed once by the caller, and every walk runs in C.
"""

from __future__ import annotations

from selectolax.lexbor import LexborHTMLParser, LexborNode

from byline.model import Caption
from byline.parse.html.body_captions import caption_line, take_captions
from byline.parse.html.body_nodes import drop_outside, remove_chrome
from byline.parse.html.body_score import headline_region, pick_main
from byline.parse.html.body_text import render_paragraphs


def extract_body(tree: LexborHTMLParser) -> tuple[str, tuple[Caption, ...]]:
    """The article's text, paragraphs joined by a blank line, and its captions. Mutates `tree`."""
    root = tree.body or tree.root
    if root is None:
        return "", ()
    title = _page_title(tree)
    chrome = remove_chrome(root)
    main, nodes = pick_main(root, chrome.suspect)
    drop_outside(chrome.deferred, nodes)
    if main is None:
        nodes = [root]
    region = headline_region(main, root) if main is not None else None
    captions = take_captions([region] if region is not None else _caption_scope(main, nodes), nodes)
    paragraphs = []
    for paragraph in render_paragraphs(nodes, region, title):
        # A caption printed as a plain line, outside any caption element, still leaves the body.
        caption = caption_line(paragraph)
        if caption is None:
            paragraphs.append(paragraph)
        else:
            captions += (caption,)
    return "\n\n".join(paragraphs), captions


def _caption_scope(main: LexborNode | None, nodes: list[LexborNode]) -> list[LexborNode]:
    """Where the article's photos are: the chosen nodes, or the <article> around them when there is one."""
    if main is None:
        return nodes
    parent = main.parent
    while parent is not None and parent.tag not in ("body", "html"):
        if parent.tag == "article":
            return [parent]
        parent = parent.parent
    return nodes


def _page_title(tree: LexborHTMLParser) -> str:
    """The title the page gives itself, to know its headline when the body repeats it."""
    head = tree.head
    if head is None:
        return ""
    for node in head.css('meta[property="og:title"], meta[name="twitter:title"]'):
        content = node.attributes.get("content")
        if content and content.strip():
            return content
    node = head.css_first("title")
    return node.text() if node is not None else ""
