"""Headlines: does a line read as a title (sentence case, title case or an all-capitals wire slug)?"""

from __future__ import annotations

import re
import zoneinfo
from collections import Counter
from functools import lru_cache

MAX_TITLE_WORDS = 30
MAX_TITLE_CHARS = 250
# A trailing abbreviation is not a sentence end: "... PRESSURING U.S.", "... Co.", "... Inc."
_ABBREVIATION_END = re.compile(r"(?:\b[A-Z]\.){2,}$|\b(?:Co|Inc|Corp|Ltd|Jr|Sr|St|No|vs)\.$")


def looks_like_headline(line: str) -> bool:
    """True for a short line with letters that does not end like a sentence or a label."""
    if not line or len(line) > MAX_TITLE_CHARS or not any(map(str.isalpha, line[:40])):
        return False
    words = line.split()
    if not 1 <= len(words) <= MAX_TITLE_WORDS:
        return False
    if line.endswith((":", ",", ";", "•", "|", "-", "–", "—")):
        return False
    if line.endswith(".") and not _ABBREVIATION_END.search(line) and not line.endswith("..."):
        return False
    if len(words) == 1 and not line.isupper():
        return False  # a lone word ("Share", "Menu") is furniture, not a headline
    return line[0].isalnum() or line[0] in "\"'“‘¿¡<([«"


def looks_like_link(line: str) -> bool:
    """A related-article link line: a short headline, never prose."""
    return "://" not in line and looks_like_headline(line) and len(line.split()) <= 20


# A body word with its inner apostrophes and abbreviation dots: "China’s", "U.S.", "o'clock"
_BODY_WORD = re.compile(r"\w+(?:[.'’]\w+)*(?:(?<=\w\.\w)\.)?")
_URL = re.compile(r"\S+://\S+|www\.\S+")
_SENTENCE_END = ".!?:\"“”\n"


def _key(word: str) -> str:
    return "".join(c for c in word.lower() if c.isalnum())


def _body_spellings(body: str, wanted: set[str]) -> dict[str, tuple[Counter, Counter]]:
    """For each wanted word key ("chinas", "us"): how the body spells it anywhere, and mid-sentence."""
    found: dict[str, tuple[Counter, Counter]] = {}
    for match in _BODY_WORD.finditer(body):
        word = match.group()
        key = word.lower() if word.isalnum() else _key(word)
        if key not in wanted:
            continue
        if key not in found:
            found[key] = (Counter(), Counter())
        anywhere, mid = found[key]
        anywhere[word] += 1
        before = body[max(0, match.start() - 8) : match.start()].rstrip(" \t'‘\"“(")[-1:]
        if before and before not in _SENTENCE_END:
            mid[word] += 1  # a capital here is the word's own, not the sentence's
    return found


@lru_cache(maxsize=1)
def _place_names() -> dict[str, str]:
    """City names from the time zone database ("moscow" -> "Moscow", "new york" -> "New York")."""
    regions = ("Africa/", "America/", "Asia/", "Atlantic/", "Australia/", "Europe/", "Indian/", "Pacific/")
    names = {z.rsplit("/", 1)[-1].replace("_", " ") for z in zoneinfo.available_timezones() if z.startswith(regions)}
    return {name.lower(): name for name in names if not name.isupper()}


def _as_body_spells(word: str, spellings: dict[str, tuple[Counter, Counter]]) -> str | None:
    """The body's punctuation of a word by how often it is printed ("U.S." over "us"); its case is the
    body's mid-sentence case, lower when the body ever writes it so (a proper noun never is)."""
    anywhere, mid = spellings.get(_key(word), (Counter(), Counter()))
    shape: Counter = Counter()
    for spelt, count in anywhere.items():
        shape[spelt.lower()] += count
    if not shape:
        return None
    form = shape.most_common(1)[0][0]
    mid_forms = Counter({s: n for s, n in mid.items() if s.lower() == form})
    if not mid_forms or any(s.islower() for s in mid_forms):
        return form
    return mid_forms.most_common(1)[0][0]


def recase_from_body(title: str, body: str) -> str:
    """A title read from a URL slug, spelt as the body spells its words.

    'Chinas foreign minister wang yi heads to moscow after meeting us national security adviser' ->
    "China’s foreign minister Wang Yi heads to Moscow after meeting U.S. national security adviser".
    A word the body never prints keeps its slug spelling, unless it names a city of the time zone
    database ("moscow", "new york"), which is capitalised.
    """
    slug = title.lower().split()
    if "://" in body or "www." in body:  # the regex tries every position: only where an address may be
        body = _URL.sub(" ", body)
    spellings = _body_spellings(body, {_key(word) for word in slug})
    places = _place_names()
    words: list[str] = []
    i = 0
    while i < len(slug):
        pair = " ".join(slug[i : i + 2])
        if i + 1 < len(slug) and pair in places and _key(pair) not in spellings:
            words.append(places[pair])
            i += 2
            continue
        words.append(_as_body_spells(slug[i], spellings) or places.get(slug[i], slug[i]))
        i += 1
    text = " ".join(words)
    return text[:1].upper() + text[1:]
