"""Photo captions and their credits, which leave the body.

A paragraph is a caption only when it ends with a photo credit: "... Photo by Lian Yi /THE ASSOCIATED
PRESS", "... (AP Photo/Mark Schiefelbein)", "... Photo: Jane Doe/Reuters", "... (Getty Images)".
"""

from __future__ import annotations

import re

from byline.model import Caption

_CREDIT_TEXT = r"[^.!?()\n]{2,80}?"
TAIL_CHARS = 160  # a credit is short and ends the paragraph: only the tail is searched

_ENDINGS = (
    # "... Photo by Lian Yi /THE ASSOCIATED PRESS", "... Photograph: Jane Doe/Reuters"
    re.compile(
        rf"\b(?:photo|photograph|picture|image|foto|photo credit|credit)s?\s*(?:by|:|courtesy of)\s*"
        rf"(?P<credit>{_CREDIT_TEXT})\s*\.?$",
        re.IGNORECASE | re.DOTALL,
    ),
    # "... (AP Photo/Mark Schiefelbein)", "... (Photo: Jane Doe/AFP via Getty Images)"
    re.compile(
        r"[(\[](?P<credit>(?:[A-Z]{2,6}\s+)?(?:photo|foto|photograph|image|file photo|credit)\s*[/:]\s*"
        r"[^()\[\]]{2,80}|[^()\[\]]{0,60}\b(?:getty images|shutterstock|afp|reuters|ap|epa|dpa|istock|"
        r"the associated press|the canadian press)(?: via [^()\[\]]{2,40})?)[)\]]\s*\.?$",
        re.IGNORECASE | re.DOTALL,
    ),
    # "... THE CANADIAN PRESS/Sean Kilpatrick", "... REUTERS/Brendan McDermid", "... EPA-EFE/JUAN CARLOS HIDALGO":
    # an upper-case agency, a slash and the photographer, as wire captions print them (case-sensitive on purpose)
    re.compile(
        r"(?<=[.!?\"”]\s)\(?(?P<credit>(?:THE [A-Z]+ PRESS|[A-Z]{2,}(?:-[A-Z]{2,})?)\s*/\s*[A-Z][^/.!?()\n]{1,60}?)\)?\s*$"
    ),
    # "... Getty Images", "... Shutterstock": a picture agency closing the paragraph, with no full stop
    re.compile(
        r"(?<=[.!?\"”])\s+(?P<credit>[^.!?()\n]{0,40}?\b(?:getty images|shutterstock|istock(?:photo)?|alamy|"
        r"handout|pool photo))\s*$",
        re.IGNORECASE,
    ),
)
_CREDIT_WORDS = re.compile(r"[/]|\b(?:images?|press|photos?|news|agency|reuters|afp|ap|epa|dpa|pool|handout|file)\b", re.I)
_NAME_WORD = re.compile(r"^(?:[A-ZÀ-Þ][\w'’.\-]*|de|van|von|da|via|/)$")
_CREDIT_OPENING = re.compile(r"(?:photo|foto|credit|image)s?\s*(?:by\b|:)", re.I)  # "Photo by ...", "Credit: ..."
_CREDIT_PREFIX = re.compile(r"^(?:photo|foto|image|photograph|picture|credit)(?:\s+by\s+|\s*:\s*)", re.IGNORECASE)
_WIRE_PHOTO = re.compile(r"([A-Z]{2,6})\s+photo", re.IGNORECASE)  # "AP Photo"


def read_caption(paragraph: str, lower: str | None = None) -> Caption | None:
    """The caption a paragraph holds, or None when it does not end with a photo credit.

    `lower` is the paragraph lower-cased, when the caller has it already.
    """
    if len(paragraph) > 1500:
        return None
    start = max(0, len(paragraph) - TAIL_CHARS)
    if not _has_credit_hint((lower or paragraph.lower())[start:]):
        return None
    for pattern in _ENDINGS:
        found = pattern.search(paragraph, start)
        if not found:
            continue
        credit = found.group("credit").strip(" .,:;")
        if not _looks_like_credit(credit) or _bare_agency(credit):
            continue
        caption = paragraph[: found.start()].strip()
        return Caption(caption=caption, credit=normalise_credit(credit))
    return None


def _has_credit_hint(tail: str) -> bool:
    """A cheap test before the regexes: credit words, or a closing bracket at the very end."""
    return (
        "photo" in tail or "image" in tail or "foto" in tail or "picture" in tail or "credit" in tail
        or "getty" in tail or "shutterstock" in tail or "/" in tail or tail.rstrip(" .").endswith((")", "]"))
    )


def normalise_credit(credit: str) -> str:
    """'Lian Yi /THE ASSOCIATED PRESS' -> 'Lian Yi / The Associated Press'; 'AP Photo/X' -> 'X / AP'."""
    credit = _CREDIT_PREFIX.sub("", credit)
    parts = [" ".join(p.split()) for p in credit.split("/") if p.strip()]
    wire_photo = _WIRE_PHOTO.fullmatch(parts[0]) if parts else None
    if wire_photo and len(parts) > 1:
        parts = [*parts[1:], wire_photo.group(1).upper()]
    return " / ".join(_unshout(p) for p in parts)


def _unshout(part: str) -> str:
    """Title-case an all-capitals credit of more than one word; keep acronyms such as 'AP' or 'AFP'."""
    acronym = all(len(piece) <= 4 for piece in part.split("-"))  # "EPA-EFE", "AFP", "AP"
    if part.isupper() and (" " in part or not acronym):
        small = {"of", "the", "and", "via", "for", "de"}
        words = part.lower().split()
        return " ".join(w if i and w in small else w[:1].upper() + w[1:] for i, w in enumerate(words))
    return part


_CREDIT_LABEL = re.compile(r"photo|foto|image|credit|getty|shutterstock|istock|pool|handout", re.IGNORECASE)


def _bare_agency(credit: str) -> bool:
    """'(AP)' or '(Reuters)' closing a paragraph is a sign-off or an attribution, not a photo credit."""
    return "/" not in credit and not _CREDIT_LABEL.search(credit)


def _looks_like_credit(credit: str) -> bool:
    words = credit.replace("/", " / ").split()
    if not 1 <= len(words) <= 12:
        return False
    if _CREDIT_WORDS.search(credit) or _CREDIT_OPENING.match(credit):
        return True
    return all(_NAME_WORD.match(w) for w in words)
