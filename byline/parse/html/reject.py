"""Pages that hold no article: error pages, section fronts, pages whose text is too thin."""

from __future__ import annotations

import re

from byline.model import Rejected
from byline.parse.html.jsonld import JsonLdArticle
from byline.parse.html.meta import PageMeta

MIN_WORDS = 30  # fewer words than this in the main text is a teaser or a stub, not an article
_CJK = re.compile(r"[\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uac00-\ud7af\uff66-\uff9f]")
_ERROR_TITLE = re.compile(
    r"\b(?:404|410|500|page not found|not found|seite nicht gefunden|page introuvable|no encontrada|"
    r"error|fehler)\b",
    re.I,
)


def text_size(body: str) -> int:
    """Words, counting two CJK characters as one word: those scripts do not separate words by spaces."""
    return max(len(body.split()), len(_CJK.findall(body)) // 2)


def check_is_article(
    body: str, title: str | None, meta: PageMeta, article: JsonLdArticle | None, has_date: bool
) -> None:
    """Raise Rejected('no_article', why) unless the page reads as one article."""
    words = text_size(body)
    if words < MIN_WORDS:
        raise Rejected("no_article", f"the main text has {words} words; an article needs at least {MIN_WORDS}")
    page_title = meta.title_tag or title or ""
    if _ERROR_TITLE.search(page_title) and article is None and words < 150:
        raise Rejected("no_article", f"the page is an error page (title {page_title!r})")
    og_type = (meta.first("og:type") or "").lower()
    if og_type == "website" and article is None and not has_date and words < 150:
        raise Rejected("no_article", "the page is a section front or index: og:type is website, no date, short text")
