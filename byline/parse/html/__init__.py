"""HTML article parser. Placeholder until the full parser lands."""

from __future__ import annotations

from selectolax.parser import HTMLParser

from byline.model import ParsedArticle, Rejected


def parse_html(data: bytes, url_hint: str | None = None) -> ParsedArticle:
    tree = HTMLParser(data)
    title_node = tree.css_first("h1") or tree.css_first("title")
    paragraphs = [p.text(strip=True) for p in tree.css("p") if p.text(strip=True)]
    if not paragraphs:
        raise Rejected("no_article", "the page has no paragraphs of text")
    title = title_node.text(strip=True) if title_node else None
    return ParsedArticle(format="html", title=title, title_source="html", body="\n\n".join(paragraphs), url=url_hint)
