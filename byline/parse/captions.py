"""Photo captions and their credits, which leave the body.

A paragraph is a caption only when it ends with a photo credit: "... Photo by Lian Yi /THE ASSOCIATED
PRESS", "... (AP Photo/Mark Schiefelbein)", "... Photo: Jane Doe/Reuters", "... (Getty Images)".
"""

from __future__ import annotations

import re

from byline.model import Caption

_CREDIT_TEXT = r"[^.!?()\n]{2,80}?"
TAIL_CHARS = 160  # a credit is short and ends the paragraph: only the tail is searched

# "... Photo by Lian Yi /THE ASSOCIATED PRESS", "... Photograph: Jane Doe/Reuters"
_LABELLED = re.compile(
    rf"\b(?:photo|photograph|picture|image|foto|photo credit|credit)s?\s*(?:by|:|courtesy of)\s*"
    rf"(?P<credit>{_CREDIT_TEXT})\s*\.?$",
    re.IGNORECASE | re.DOTALL,
)
# "... (AP Photo/Mark Schiefelbein)", "... (Photo: Jane Doe/AFP via Getty Images)"
_BRACKETED = re.compile(
    r"[(\[](?P<credit>(?:[A-Z]{2,6}\s+)?(?:photo|foto|photograph|image|file photo|credit)\s*[/:]\s*"
    r"[^()\[\]]{2,80}|[^()\[\]]{0,60}\b(?:getty images|shutterstock|afp|reuters|ap|epa|dpa|istock|"
    r"the associated press|the canadian press)(?: via [^()\[\]]{2,40})?)[)\]]\s*\.?$",
    re.IGNORECASE | re.DOTALL,
)
# "... THE CANADIAN PRESS/Sean Kilpatrick", "... REUTERS/Brendan McDermid", "... EPA-EFE/JUAN CARLOS HIDALGO":
# an upper-case agency, a slash and the photographer, as wire captions print them (case-sensitive on purpose)
_WIRE_SLASH = re.compile(
    r"(?<=[.!?\"”]\s)\(?(?P<credit>(?:THE [A-Z]+ PRESS|[A-Z]{2,}(?:-[A-Z]{2,})?)\s*/\s*[A-Z][^/.!?()\n]{1,60}?)\)?\s*$"
)
MAX_AFTER_SLASH = 62  # the photographer after the last "/": a capital, up to 60 characters, a ")"
# "... Getty Images", "... Shutterstock": a picture agency closing the paragraph, with no full stop
_AGENCY_LAST = re.compile(
    r"(?<=[.!?\"”])\s+(?P<credit>[^.!?()\n]{0,40}?\b(?:getty images|shutterstock|istock(?:photo)?|alamy|"
    r"handout|pool photo))\s*$",
    re.IGNORECASE,
)
_AGENCY_ENDINGS = ("getty images", "shutterstock", "istock", "istockphoto", "alamy", "handout", "pool photo")
_LABEL_WORDS = ("photo", "picture", "image", "foto", "credit")  # the words _LABELLED opens with
# Words one of which a credit holds when it has no slash; _bare_agency refuses the others
_CREDIT_LABELS = ("photo", "foto", "image", "credit", "getty", "shutterstock", "istock", "pool", "handout")
_IGNORECASE_ONLY = "İıſ"  # letters IGNORECASE matches to "i" or "s" while str.lower() keeps them apart

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
    tail = (lower or paragraph.lower())[start:]
    if not _has_credit_hint(tail):
        return None
    for pattern, pos in _searches(paragraph, tail, start):
        found = pattern.search(paragraph, pos)
        if not found:
            continue
        credit = found.group("credit").strip(" .,:;")
        if not _looks_like_credit(credit) or _bare_agency(credit):
            continue
        caption = paragraph[: found.start()].strip()
        return Caption(caption=caption, credit=normalise_credit(credit))
    return None


def credit_hints(lowered: list[str]) -> list[bool]:
    """For each lower-cased paragraph, whether it holds a word or mark a credit needs.

    The test read_caption opens with, on the whole paragraph rather than its tail: read_caption returns
    None for a paragraph marked False, so callers can leave it untried.
    """
    return list(map(_has_credit_hint, lowered))


def _has_credit_hint(tail: str) -> bool:
    """A cheap test before the regexes: credit words, or a closing bracket at the very end."""
    return (
        "/" in tail or "photo" in tail or "image" in tail or "foto" in tail or "picture" in tail or "credit" in tail
        or "getty" in tail or "shutterstock" in tail or tail.rstrip(" .").endswith((")", "]"))
    )


def _searches(paragraph: str, tail: str, start: int) -> list[tuple[re.Pattern[str], int]]:
    """The credit patterns, in order, worth searching the paragraph with, each with where to search from.

    A pattern is left out only when it cannot match or its credit would be refused as a bare agency,
    so the result is the same as trying every pattern from `start`. The word tests read the lower-cased
    tail, which agrees with IGNORECASE except on three letters; a paragraph holding one tries every pattern.
    """
    if any(letter in paragraph for letter in _IGNORECASE_ONLY):
        return [(pattern, start) for pattern in (_LABELLED, _BRACKETED, _WIRE_SLASH, _AGENCY_LAST)]
    if "/" not in tail and not any(word in tail for word in _CREDIT_LABELS):
        return []  # every credit accepted holds a slash or a credit label
    searches = []
    end = paragraph.rstrip()
    end = end[:-1].rstrip() if end.endswith(".") else end  # what precedes a closing "\s*\.?$"
    if any(word in tail for word in _LABEL_WORDS):
        # a labelled credit runs to the end without a sentence break: the match starts after the last one
        last_break = max(end.rfind("."), end.rfind("!"), end.rfind("?"), end.rfind("("), end.rfind(")"))
        searches.append((_LABELLED, max(start, last_break + 1)))
    if end.endswith((")", "]")):
        # the credit holds no bracket: the match opens at the last opening bracket
        opening = max(paragraph.rfind("("), paragraph.rfind("["))
        inside = tail[opening - start :] if opening >= start else ""
        if "/" in inside or any(word in inside for word in _CREDIT_LABELS):
            searches.append((_BRACKETED, opening))
    slash = paragraph.rfind("/")
    if slash >= start:
        after = paragraph[slash + 1 :].strip()
        if "A" <= after[:1] <= "Z" and len(after) <= MAX_AFTER_SLASH:
            searches.append((_WIRE_SLASH, start))
    if tail.rstrip().endswith(_AGENCY_ENDINGS):
        searches.append((_AGENCY_LAST, start))
    return searches


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


_CREDIT_LABEL = re.compile("|".join(_CREDIT_LABELS), re.IGNORECASE)


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
