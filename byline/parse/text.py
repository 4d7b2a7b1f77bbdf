"""Plain-text article parser (scraped page text, wire copy). Placeholder until the full parser lands."""

from __future__ import annotations

from byline.model import ParsedArticle, Rejected


def parse_text(text: str, url_hint: str | None = None) -> ParsedArticle:
    lines = [line.strip() for line in text.splitlines() if line.strip()]
    if len(lines) < 2:
        raise Rejected("no_article", "fewer than two lines of text")
    return ParsedArticle(format="text", title=lines[0], title_source="text", body="\n\n".join(lines[1:]), url=url_hint)
