"""Byline lines and strings: who wrote the story (people) and which wire agency sent it.

Forms handled: "By X and Y", "By X, Reuters", "X | The Canadian Press", "X, Associated Press Writer",
"Author of the article:" (an empty label: no author), agency-only bylines ("The Associated Press"),
and the German, French, Spanish and Portuguese "Von / Par / Por" forms.
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import NamedTuple

from byline.parse.agencies import canonical_agency
from byline.parse.organisations import is_organisation

# A byline label, optionally followed by the names: "By", "Written by", "Author of the article:"
_LABEL = re.compile(
    r"^(?:(?:written |reported |words )?by|von|par|por|di|door|av|af|autor(?:in|en|innen)?|auteur|author(?: of the article)?"
    r"|reporter|reporting by)\b\s*:?\s*",
    re.IGNORECASE,
)
# Parts of a byline that separate people: commas, "and", "&", "|", ";" and their translations
_SPLIT = re.compile(r"\s*(?:,|;|&|\||/|\s(?:and|und|et|y|e|en|och|og)\s|\s+[-–—]\s+)\s*", re.IGNORECASE)
# Job titles that follow a name or stand alone: "Staff Writer", "Transport correspondent", "Senior Reporter"
_DESKS = (
    r"senior|chief|staff|special|contributing|associate|deputy|national|foreign|international|political|"
    r"business|economics|economy|finance|markets|sports?|health|science|tech(?:nology)?|investigative|freelance|"
    r"data|managing|local|city|metro|washington|white house|transport|education|environment|climate|energy|"
    r"culture|arts|crime|legal|courts|defence|defense|diplomatic|security|home affairs|social affairs|politics|"
    r"parliamentary|religion|media|consumer|property|travel|food|music|film|books|weather|north america|europe|"
    r"asia|africa|middle east|latin america|world|news|general|assignment"
)
_ROLE = re.compile(
    rf"(?:,?\s*|\s+)\b(?:(?:{_DESKS})\s+)*"
    r"(?:writer|reporter|correspondent|editor|columnist|contributor|journalist|photographer|videographer|"
    r"analyst|producer|critic|bureau chief|staff)s?\b.*$",
    re.IGNORECASE,
)
_ROLE_WORDS = (
    "writer writers reporter reporters correspondent correspondents editor editors columnist contributor "
    "journalist photographer videographer analyst producer critic chief staff"
)
_ROLE_NOUNS = frozenset(_ROLE_WORDS.split())


@lru_cache(maxsize=4096)
def _strip_role(text: str) -> str:
    """`text` without a trailing job title; the regex only runs when a title word is present.

    Cached: the regex tries every desk word at every word of the text, and titles repeat across bylines.
    """
    words = text.lower().replace(",", " ").split()
    return _ROLE.sub("", text) if _ROLE_NOUNS.intersection(words) else text


# Guardian-style header line without "By": "Sam Jones in Madrid"
_NAME_IN_PLACE = re.compile(r"^(?P<name>(?:[A-ZÀ-Þ][\w'’.\-]+\s+){1,3}[A-ZÀ-Þ][\w'’\-]+)\s+in\s+[A-ZÀ-Þ][\w .'’\-]{1,40}$")
# A name: one to five words, each capitalised or a known particle ("de", "van", "bin", "al-")
_NAME_WORD = re.compile(r"^(?:[A-ZÀ-ÖØ-ÞŁŚŻ][\w'’.\-]*|de|da|del|der|den|di|du|la|le|van|von|bin|ibn|al-\w+|y|e)$")
_EMAIL_OR_HANDLE = re.compile(r"\S+@\S+|@\w+|https?://\S+")
_PARENS = re.compile(r"\(([^()]{1,60})\)")  # "Jean Dupont (AFP)" reads as "Jean Dupont, AFP"

MAX_BYLINE_CHARS = 160


class Byline(NamedTuple):
    """What one byline line says: the people named, the agency, and the organisation credited where no person is."""

    people: tuple[str, ...]
    agency: str | None
    credit: str | None = None  # as printed: "The Associated Press", "Staff", "News Desk"; None when people are named


# A trailing outlet: "... of The Associated Press", "..., Special to The Globe and Mail", "... for Reuters"
_TRAILING_OUTLET = re.compile(r"(?:,?\s+special\s+to|\s+(?:of|for|from))\s+(?P<outlet>(?:the\s+)?[A-Z][\w .&'’-]{1,60})$", re.I)


def _detach_outlet(text: str) -> tuple[str, str | None]:
    """('Jane Doe of The Associated Press') -> ('Jane Doe', 'AP'); an outlet that is no agency just goes."""
    found = _TRAILING_OUTLET.search(text)
    if not found or not found.group("outlet")[:1].isupper():
        return text, None
    return text[: found.start()], canonical_agency(found.group("outlet"))


def _unclutter(text: str) -> str:
    # the character tests skip the regexes on the many parts that have neither an address nor brackets
    if "@" in text or "://" in text:
        text = _EMAIL_OR_HANDLE.sub(" ", text)
    return _PARENS.sub(r", \1", text) if "(" in text else text


def clean_name(part: str) -> str:
    """A person's name without "By", a job title, an e-mail address or trailing punctuation."""
    part = _unclutter(part)
    part = _LABEL.sub("", part.strip())
    part = _strip_role(part)
    return " ".join(part.split()).strip(" .,:;-–—'\"")


_NOT_NAME_WORDS = frozenset(
    ["a", "an", "the", "of", "in", "on", "at", "to", "for", "from", "with", "by", "and", "or", "is", "was", "are"]
)


def looks_like_name(part: str, lowercase_ok: bool = False) -> bool:
    """One to five capitalised words; in a byline printed all in lower case, two or three plain words."""
    words = part.split()
    if len(words) == 1 and part.isupper() and len(part) <= 6:
        return False  # an acronym such as "CNN" or "BBC" is an outlet, not a person
    if 1 <= len(words) <= 5 and all(_NAME_WORD.match(w) for w in words) and any(c.isupper() for c in part):
        return True
    return (
        lowercase_ok
        and 2 <= len(words) <= 3
        and all(w.replace("'", "").isalpha() and w.lower() not in _NOT_NAME_WORDS for w in words)
    )


def _lowercase_names(text: str) -> bool:
    """True when the byline is printed in lower case, leaving its agency aside: 'by keith grant, Reuters'."""
    parts = [p for p in _SPLIT.split(text) if p.strip() and not canonical_agency(p)]
    return bool(parts) and all(p.islower() for p in parts)


def _peel_agency(part: str) -> tuple[str, str | None]:
    """'Brad Schade Reuters' -> ('Brad Schade', 'Reuters'): an agency glued to a name without a comma."""
    words = part.split()
    for take in (3, 2, 1):
        if len(words) > take:
            agency = canonical_agency(" ".join(words[-take:]))
            if agency:
                return " ".join(words[:-take]), agency
    return part, None


def split_byline(byline: str) -> tuple[list[str], str | None]:
    """('By Jane Roe and John Doe, Reuters') -> (['Jane Roe', 'John Doe'], 'Reuters').

    Organisations that are not wire agencies ("National Post") and bare job titles are dropped.
    """
    text = _unclutter(byline)
    text = _LABEL.sub("", text.strip())
    text, outlet_agency = _detach_outlet(text)
    lowercase_ok = _lowercase_names(text)
    people: list[str] = []
    agency = outlet_agency
    for raw in _SPLIT.split(text):
        raw = raw.strip(" .,:;-–—")
        if not raw:
            continue
        found = canonical_agency(raw) or canonical_agency(_strip_role(raw).strip())
        if found:
            agency = agency or found
            continue
        raw, glued = _peel_agency(_strip_role(raw).strip())
        agency = agency or glued
        name = clean_name(raw)
        if not name or is_organisation(name) or not looks_like_name(name, lowercase_ok):
            continue
        if name not in people:
            people.append(name)
    return people, agency


@lru_cache(maxsize=4096)
def read_byline_line(line: str) -> Byline | None:
    """The byline a whole line states, or None when the line is not a byline.

    A line is a byline when it carries a byline label ("By ...", "Author of the article:"), ends in
    an agency after "|" or ",", or is only an agency's name. Prose that merely contains "by" is not.
    Cached: a byline costs a few dozen regex calls to read, and a reporter's byline recurs story after story.
    """
    if len(line) > MAX_BYLINE_CHARS or not line:
        return None
    stripped = line.strip(" .–—-")
    label = _LABEL.match(stripped)
    agency_only = canonical_agency(stripped) or (label is not None and canonical_agency(stripped[label.end():]))
    if agency_only:
        return Byline((), agency_only, _as_credit(stripped[label.end():] if label else stripped))
    label = _LABEL.match(line)
    if label:
        rest = line[label.end():].strip()
        if not rest:
            return Byline((), None)  # an empty label, e.g. "Author of the article:"
        people, agency = split_byline(rest)
        if not _all_parts_accounted(rest):
            return None
        # "By Staff", "By News Desk": no person, the desk is the credit
        return Byline(tuple(people), agency, None if people else _as_credit(rest))
    # Unlabelled: "Sam Jones in Madrid", "Harriet Cole Transport correspondent"
    if len(line.split()) <= 8 and not line.endswith((".", "!", "?")):
        in_place = _NAME_IN_PLACE.match(line)
        if in_place:
            return Byline((in_place.group("name"),), None)
        role = _ROLE.search(line) if _strip_role(line) != line else None
        if role and role.start() > 0 and "," not in line and "|" not in line:
            name = clean_name(line)
            if looks_like_name(name) and len(name.split()) >= 2:
                return Byline((name,), None)
    # Unlabelled: "Jane Roe | The Canadian Press", "Jane Roe, Associated Press Writer"
    head, sep, tail = _last_separator(line)
    tail_agency = (canonical_agency(tail) or canonical_agency(_strip_role(tail))) if sep else None
    if tail_agency:
        people, _ = split_byline(head)
        if people:
            return Byline(tuple(people), tail_agency)
    return None


def _as_credit(text: str) -> str | None:
    text = " ".join(text.split()).strip(" .,:;-–—|")
    return text if any(c.isalpha() for c in text) else None


def _last_separator(line: str) -> tuple[str, str, str]:
    for sep in ("|", ","):
        head, found, tail = line.rpartition(sep)
        if found:
            return head.strip(), found, tail.strip()
    return line, "", ""


def _all_parts_accounted(rest: str) -> bool:
    """A labelled line is only a byline when its parts are names, agencies, titles or organisations.

    This keeps sentences such as "By the end of the year, prices rose" out of the authors.
    """
    parts = [p for p in _SPLIT.split(_detach_outlet(_unclutter(rest))[0]) if p.strip(" .,:;-–—")]
    if len(parts) > 8:
        return False
    lowercase_ok = _lowercase_names(rest)
    for part in parts:
        name = clean_name(_peel_agency(part)[0])
        if not name:
            continue
        if canonical_agency(part) or canonical_agency(name) or is_organisation(name) or looks_like_name(name, lowercase_ok):
            continue
        if not _strip_role(" " + part.strip()).strip() or canonical_agency(_strip_role(part).strip()):
            continue
        return False
    return True


# Wire credit line closing a story: "(Reporting by Jane Doe in London; Editing by John Smith)"
_CREDITS = re.compile(r"^\(?\s*(?:reporting|additional reporting|writing|written|reported)\s+by\b.*\)?\.?$", re.IGNORECASE)
_CREDIT_PART = re.compile(r"^\s*(?P<role>reporting|writing|written|reported)\s+by\s+(?P<names>.+)$", re.IGNORECASE)
_IN_PLACE = re.compile(r"\s+in\s+[A-Z][\w .'’-]*$")


def reporting_credits(paragraph: str) -> list[str]:
    """Reporters named in a closing credit line; editors are not authors. [] for any other paragraph."""
    if len(paragraph) > 400 or not _CREDITS.match(paragraph):
        return []
    people: list[str] = []
    for part in paragraph.strip("()[]. ").split(";"):
        found = _CREDIT_PART.match(part)
        if not found:
            continue
        for name in _SPLIT.split(found.group("names")):
            name = _IN_PLACE.sub("", name.strip(" .")).strip()
            if looks_like_name(name) and name not in people:
                people.append(name)
    return people
