"""Turn the chosen container into paragraphs of text.

The walk runs in C: markers are inserted around block elements, links and line breaks, the container's text is
read once, and the markers then split it into paragraphs and tell how much of each paragraph is link text.
"""

from __future__ import annotations

import re

from selectolax.lexbor import LexborNode

from byline.parse.boilerplate import line_kind

_BLOCK = (
    "p, div, section, article, main, header, footer, h1, h2, h3, h4, h5, h6, ul, ol, li, dl, dt, dd, table, tr,"
    " pre, blockquote, figure, figcaption, address, hr, form, fieldset, details, summary, center, caption"
)
_BREAK = "\x00"  # paragraph boundary
_HEADLINE = "\x05"  # starts the text of an h1
_LINK_OPEN, _LINK_CLOSE = "\x01", "\x02"
_LINE = "\x03"  # a <br>
_START, _END = "\x06", "\x07"  # around the body inside a larger region
_SPACE = re.compile(r"[\s\u200b\u200c\u200d\u2060\ufeff]+")
_LINK_SPAN = re.compile("\x01([^\x01\x02]*)\x02?")

# Lines that are furniture in HTML bodies only, matched whole without their surrounding punctuation: the text
# parser reads photo credits and date lines as fields, so they are not in the shared catalogue (boilerplate.txt).
_FURNITURE = re.compile(
    r"^(?:more:?"
    # a photo credit on its own line: "© Agency/Stock", "Foto: Jane Roe", "(Photo: AP)"
    r"|(?:©|\(c\)|copyright\b|(?:photo|foto|bild|image|picture|credit)s?\s*:).{0,80}"
    # a date on its own line: "29. November 2022", "November 29, 2022", "29.11.2022, 10:15 Uhr"
    r"|(?:\w+,? )?(?:\d{1,2}\.? \w+\.? \d{4}|\w+\.? \d{1,2}(?:st|nd|rd|th)?,? \d{4}|\d{1,2}[./-]\d{1,2}[./-]\d{2,4})"
    r"(?:,? (?:um |at )?\d{1,2}[:.]\d{2}(?: ?(?:uhr|am|pm|[ap]\.m))?)?)$",
    re.I,
)
_SHARED_KINDS = ("drop", "resume")  # boilerplate.txt kinds that are furniture whatever surrounds them


def _shared_furniture(text: str, bare: str) -> bool:
    """A line of the shared catalogue, as printed or without its surrounding punctuation.

    A line without letters ("* * *", "___") stays: on a page it separates parts of the story.
    """
    if not bare:
        return False
    return line_kind(text) in _SHARED_KINDS or (bare != text and line_kind(bare) in _SHARED_KINDS)
# Calls to action that open a short line: "Share on Facebook Twitter", "Follow us on Instagram". A line
# that reads as a sentence ("Share prices rose ...") is longer or ends in a full stop.
_FURNITURE_START = re.compile(
    r"^(?:share (?:this|on|via|with)|(?:read or )?share this story|teilen (?:sie|auf|mit)|follow us|sign up"
    r"|subscribe|read more|related\b|share link|click here|skip to|mehr zum thema|more (?:about|on)\b|download"
    r"|please enable javascript|this (?:site|website) uses cookies|we use cookies)",
    re.I,
)
MAX_CALL_CHARS = 80
_EDGE_PUNCTUATION = re.compile(r"^[\W_]+|[\W_]+$")
# Longer lines that are boilerplate wherever they appear: reprint notices and newsletter pitches.
_NOTICE = re.compile(
    r"all rights reserved|alle rechte vorbehalten|this material may not be published"
    r"|newsletter.{0,80}(?:sign up|subscribe|abonn|anmelden|inscri)|(?:sign up|subscribe|abonn|anmelden).{0,80}newsletter",
    re.I,
)
MAX_NOTICE_CHARS = 300
_NOTICE_WORDS = ("reserved", "vorbehalten", "material may not", "newsletter")  # cheap gate before the regex
MAX_FURNITURE_CHARS = 120
MAX_LINK_SHARE = 0.6  # a body line mostly made of links is a list of other stories
MIN_LEAD_CHARS = 40
MAX_LEAD_PARAGRAPHS = 3


def render_paragraphs(
    nodes: list[LexborNode], region: LexborNode | None = None, title: str = ""
) -> list[str]:
    """The paragraphs under `nodes`, in document order, with link-heavy lines and furniture dropped.

    With a `region` (an ancestor of `nodes` that also holds the headline), the standfirst printed between
    the headline and the body is read too and put first. An h1 that repeats the page `title` is left out,
    or without a title the first h1; other h1s are section headings and stay.
    """
    headline = _Headline(title)
    if region is None:
        raw = []
        for node in nodes:
            _mark(node)
            raw.append(node.text())
        return _once(_paragraphs(_BREAK.join(raw), headline))
    nodes[0].insert_before(_START)
    nodes[-1].insert_after(_END)
    _mark(region)
    head, _, rest = region.text().partition(_START)
    body = rest.partition(_END)[0]
    if _HEADLINE in head:
        headline.seen = True
        head = head.rpartition(_HEADLINE)[2].partition(_BREAK)[2]
    return _once(_lead(head) + _paragraphs(body, headline))


def _once(paragraphs: list[str]) -> list[str]:
    """Each line once: pages print some twice (a standfirst repeated as the first paragraph, or copies
    of a block for mobile and desktop)."""
    return list(dict.fromkeys(paragraphs))


class _Headline:
    """Tells the page's headline from h1s used as section headings."""

    def __init__(self, title: str) -> None:
        self.title = _fold(title)
        self.seen = False

    def repeats(self, text: str) -> bool:
        folded = _fold(text)
        first, self.seen = not self.seen, True
        if not self.title:
            return first
        return bool(folded) and (folded in self.title or self.title in folded)


def _fold(text: str) -> str:
    return _SPACE.sub(" ", text).strip().casefold()


def _paragraphs(text: str, headline: _Headline) -> list[str]:
    out: list[str] = []
    for chunk in text.split(_BREAK):
        if _HEADLINE in chunk:
            chunk = chunk.replace(_HEADLINE, "")
            if headline.repeats(chunk.replace(_LINK_OPEN, "").replace(_LINK_CLOSE, "")):
                continue
        cleaned = _clean(chunk)
        if cleaned is not None and cleaned[1] <= MAX_LINK_SHARE:
            out.append(cleaned[0])
    return out


def _lead(text: str) -> list[str]:
    """Standfirst paragraphs: sentence-long lines without links; bylines, dates and kickers are shorter."""
    out: list[str] = []
    for chunk in text.split(_BREAK):
        cleaned = _clean(chunk)
        if cleaned is None or cleaned[1] > 0.2 or len(cleaned[0]) < MIN_LEAD_CHARS:
            continue
        out.append(cleaned[0])
    return out[-MAX_LEAD_PARAGRAPHS:]


def _mark(node: LexborNode) -> None:
    for br in node.css("br"):
        br.replace_with(_LINE)
    for link in node.css("a"):
        link.insert_before(_LINK_OPEN)
        link.insert_after(_LINK_CLOSE)
    for cell in node.css("td, th"):
        cell.insert_after(" ")
    for block in node.css(_BLOCK):
        block.insert_before(_BREAK)
        block.insert_after(_BREAK)
    for headline in node.css("h1"):
        headline.insert_child(
            _HEADLINE
        ) if headline.first_child is None else headline.first_child.insert_before(_HEADLINE)


def _clean(chunk: str) -> tuple[str, float] | None:
    """The paragraph's text and the share of it in links; None for furniture, headlines and empty chunks."""
    if _HEADLINE in chunk or not chunk or chunk.isspace():
        return None
    text = _SPACE.sub(" ", chunk).strip()
    if not text:
        return None
    linked = 0
    if _LINK_OPEN in text:
        linked = sum(len(m.group(1).strip()) for m in _LINK_SPAN.finditer(text))
        text = text.replace(_LINK_OPEN, "").replace(_LINK_CLOSE, "")
    text = text.replace(_LINK_CLOSE, "").replace(_START, "").replace(_END, "")
    if _LINE in text:
        text = re.sub(r" ?\x03 ?", "\n", text).strip()
        text = re.sub(r"\n{2,}", "\n", text)
    if not text:
        return None
    length = len(text)
    if length <= MAX_FURNITURE_CHARS:
        bare = _EDGE_PUNCTUATION.sub("", text)
        if _FURNITURE.match(text) or _FURNITURE.match(bare) or _shared_furniture(text, bare):
            return None
    if length <= MAX_CALL_CHARS and not text.endswith(".") and _FURNITURE_START.match(text):
        return None
    if length <= MAX_NOTICE_CHARS:
        lowered = text.lower()
        if any(word in lowered for word in _NOTICE_WORDS) and _NOTICE.search(lowered):
            return None
    return text, linked / length
