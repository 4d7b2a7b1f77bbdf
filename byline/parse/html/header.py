"""The article header: the headline's <h1> and the block around it, where bylines and dates are printed.

Read by the date and author finders; neither owns it.
"""

from __future__ import annotations

from selectolax.lexbor import LexborHTMLParser, LexborNode

from byline.parse.html.meta import foreign_headline, text_of


def _headline(tree: LexborHTMLParser) -> LexborNode | None:
    """The article's <h1>: the first whose words the page title repeats, else the first with words.

    A logo wrapped in an <h1> ("News.az") has no words or, when it has, is not the article's title.
    """
    h1s = [h for h in tree.css("h1") if h.text(strip=True) and not foreign_headline(h)]
    if len(h1s) > 1:
        title_node = tree.css_first("title")
        og = tree.css_first('meta[property="og:title"]')
        titles = " ".join(
            [text_of(title_node) if title_node is not None else "", (og.attributes.get("content") or "") if og else ""]
        ).lower()
        for h1 in h1s:
            words = text_of(h1).lower()
            if len(words) >= 15 and words[:60] in titles:
                return h1
    return h1s[0] if h1s else None


def header_node(tree: LexborHTMLParser) -> LexborNode | None:
    """The article header: the headline's nearest ancestor holding a few hundred words, or the body.

    Climbing from the <h1> keeps script and navigation text out, which reading the whole body would
    not. Without a usable <h1>, the body stands in.
    """
    node = _headline(tree)
    if node is None or node.parent is None or node.parent.tag in ("body", "html"):
        return tree.body
    for _ in range(6):
        if node.parent is None or node.parent.tag in ("body", "html"):
            break
        node = node.parent
        if len(" ".join(node.text(separator=" ").split())) >= 1500:
            break
    return node


def headline_window(tree: LexborHTMLParser) -> str:
    """The visible text of the article header (see header_node), at most 3,000 characters."""
    node = header_node(tree)
    if node is None:
        return ""
    text = node.text(separator=" ")
    for hidden in node.css("script, style, noscript, template"):
        # code and styles are no text a reader sees, and they would fill the window before the byline
        code = hidden.text()
        if code.strip():
            text = text.replace(code, " ", 1)
    return " ".join(text.split())[:3000]
