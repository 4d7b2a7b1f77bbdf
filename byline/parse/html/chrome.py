"""Class and id words that name page chrome: one catalogue for the metadata readers and the body extractor.

Two kinds. OTHER_CONTENT names containers that hold other stories, comments or navigation: a byline or a
date inside one is not the article's, and its text is not the article's either. FURNITURE names blocks
that are not article text but may hold the article's own byline or date (an author box, a meta line).
"""

from __future__ import annotations

# Whole words (after splitting "related-posts", "commentList", "nav_bar" into words)
OTHER_CONTENT_WORDS = frozenset(
    (
        "nav", "navbar", "navigation", "menu", "menus", "submenu", "breadcrumb", "breadcrumbs", "footer", "sidebar",
        "aside", "related", "recommended", "recommendations", "popular", "trending", "comment", "comments",
        "kommentar", "kommentare", "disqus", "share", "sharing", "shares", "sharebar", "social", "socials",
        "newsletter", "newsletters", "promo", "promos", "promotion", "taboola", "outbrain", "pagination", "pager",
        "banner", "teasers", "readmore", "also", "most", "next", "prev", "previous", "reply", "respond",
        "verwandte", "weitere",
    )
)  # fmt: skip
# Stems that name other content even inside compound words ("relatedposts", "commentlist", "sidebarwidget")
OTHER_CONTENT_STEMS = (
    "comment", "kommentar", "related", "share", "social", "newsletter", "breadcrumb", "sidebar", "promo",
    "recommend", "trending", "popular", "disqus", "outbrain", "taboola", "navigation", "navbar", "footer",
    "pagination", "readnext", "carousel", "slider",
)  # fmt: skip
# Word beginnings that name other content around a byline ("teaserlist", "more-stories", "menuitem"). The body
# extractor leaves them out: a "teaser" or "more" block is often the article's own lead or continuation.
OTHER_CONTENT_PREFIXES = ("teaser", "more", "menu", "banner", "reply", "respond", "aside", "popular")
# Blocks that are no article text but may carry the article's own metadata
FURNITURE_WORDS = frozenset(
    (
        "cookie", "cookies", "consent", "gdpr", "subscribe", "subscription", "signup", "sponsor", "sponsored",
        "advert", "adverts", "advertisement", "advertising", "ad", "ads", "adslot", "adunit", "dfp", "toolbar",
        "login", "modal", "popup", "overlay", "skip", "masthead", "tags", "tagcloud", "taglist", "keywords", "bio",
        "author", "authors", "byline", "meta", "rating", "jump", "offscreen", "visually", "sr", "screenreader",
        "topics", "follow", "facebook", "twitter", "whatsapp", "linkedin", "pinterest", "email", "feedback",
        "survey", "poll", "werbung", "anzeige", "teilen", "mehr",
    )
)  # fmt: skip
FURNITURE_STEMS = ("cookie", "consent", "subscri", "advert", "sponsor")
