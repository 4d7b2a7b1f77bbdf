"""Pages that hold no article: error pages, section fronts, pages whose text is too thin."""

from __future__ import annotations

import re

from byline.model import Rejected
from byline.parse.html.jsonld import JsonLdArticle
from byline.parse.html.meta import PageMeta

MIN_WORDS = 30  # fewer words is a teaser or a stub, unless the page declares a dated article (check_is_article)
_CJK = re.compile(r"[\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uac00-\ud7af\uff66-\uff9f]")
_ERROR_TITLE = re.compile(
    r"\b(?:404|410|500|page not found|not found|seite nicht gefunden|page introuvable|no encontrada|"
    r"error|fehler)\b",
    re.I,
)


def text_size(body: str) -> int:
    """Words, counting two CJK characters as one word: those scripts do not separate words by spaces."""
    return max(len(body.split()), len(_CJK.findall(body)) // 2)


def declares_article(meta: PageMeta, article: JsonLdArticle | None) -> bool:
    """Whether the page calls itself one article: a JSON-LD article object, or og:type "article"."""
    return article is not None or (meta.first("og:type") or "").strip().lower() == "article"


def check_is_article(
    body: str,
    title: str | None,
    meta: PageMeta,
    article: JsonLdArticle | None,
    has_date: bool,
    dated_in_metadata: bool = False,
) -> None:
    """Raise Rejected('no_article', why) unless the page reads as one article.

    A short text is a teaser or a stub, unless the page declares itself an article (see declares_article),
    has a headline and states its publication time in its metadata (`dated_in_metadata`: JSON-LD, meta
    tags or a <time> element): a news brief, a photo post or a blog note is short and still an article.
    A date read only from the text or by the last-resort search is not enough: on such pages a short
    text is more often a notice the extractor took for the body (a browser warning, a session message).
    """
    words = text_size(body)
    if words < MIN_WORDS and not (words and title and dated_in_metadata and declares_article(meta, article)):
        raise Rejected("no_article", f"the main text has {words} words; an article needs at least {MIN_WORDS}")
    page_title = meta.title_tag or title or ""
    if _ERROR_TITLE.search(page_title) and article is None and words < 150:
        raise Rejected("no_article", f"the page is an error page (title {page_title!r})")
    og_type = (meta.first("og:type") or "").lower()
    if og_type == "website" and article is None and not has_date and words < 150:
        raise Rejected("no_article", "the page is a section front or index: og:type is website, no date, short text")
