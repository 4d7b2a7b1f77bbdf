"""The headline: from JSON-LD, OpenGraph, meta, <h1> or <title>, with the site name cut away.

Titles in <title> and og:title usually carry the site name and sometimes the section, joined by
a separator ("Headline | Section | Site"). A segment that names the site (og:site_name, the
publisher, the domain, or an <h1> repeating the <title>'s last segment) is removed. Then the
candidates are weighed by agreement: a wording that an <h1> and a metadata title share wins, and
of two metadata titles the one the other holds whole (without its kicker or tail) is the headline.
"""

from __future__ import annotations

import html
import re
import unicodedata

# A spaced colon is no separator: clean() closes " : " up except in French, which spaces every colon.
_SEPARATORS = re.compile(r"\s+(?:\||-|–|—|::|·|•|»|«|/|~)\s+|\s*(?:--|_)\s*(?=\S)")
# Zero-width marks go; a soft hyphen (U+00AD) stays as printed, and comparison keys skip it like punctuation.
_INVISIBLE = dict.fromkeys(map(ord, "\u200b\u200c\u200d\u2060\ufeff"))
_TRAILING_SEPARATOR = re.compile(r"\s*(?:\||-|–|—|::|·|•|»|«|/|:|~|--|_)\s*$")
# A kicker set apart in its own element leaves "Kicker : Headline" once the element texts are joined.
_SPACE_BEFORE_COLON = re.compile(r"(?<=\w)\s+:(?=\s)")
_WORD = re.compile(r"\w+")


def clean(text: str | None, french: bool = False) -> str | None:
    """Entities decoded, whitespace collapsed; " : " closed up except in French, which spaces its colons."""
    if not text:
        return None
    text = " ".join(html.unescape(text).translate(_INVISIBLE).split())
    return (text if french else _SPACE_BEFORE_COLON.sub(":", text)) or None


def _key(text: str) -> str:
    """Comparison form: case, accents, punctuation and spacing ignored."""
    folded = unicodedata.normalize("NFKD", text.casefold())
    return "".join(_WORD.findall(folded))


def _names_site(segment: str, site_keys: list[str]) -> bool:
    key = _key(segment)
    if not key:
        return True
    # the segment is or holds a site name ("Daily Courier Online" holds "Daily Courier")
    return any(key == s or (len(s) >= 4 and s in key) for s in site_keys)


def _site_keys(site_names: list[str]) -> list[str]:
    return [k for k in (_key(n) for n in site_names if n) if k]


def strip_site(title: str, site_names: list[str]) -> str:
    """Drop leading or trailing segments that name the site; keep the longest remaining run."""
    site_keys = _site_keys(site_names)
    parts = _SEPARATORS.split(title)
    if len(parts) == 1:
        return title
    seps = _SEPARATORS.findall(title)
    start, end = 0, len(parts)
    while end - start > 1 and _names_site(parts[end - 1], site_keys):
        end -= 1
    while end - start > 1 and _names_site(parts[start], site_keys):
        start += 1
    if (start, end) == (0, len(parts)):
        return title
    out = parts[start]
    for i in range(start + 1, end):
        out += seps[i - 1] + parts[i]
    return out.strip()


def choose_title(
    jsonld: str | None,
    og: str | None,
    meta: str | None,
    h1s: tuple[str, ...],
    title_tag: str | None,
    site_names: list[str],
    french: bool = False,
) -> tuple[str | None, str | None]:
    """(title, source), in this order: a metadata title that the <h1> prints after a kicker; a metadata
    title an <h1> repeats, in the metadata's wording; an <h1> that a metadata title holds; an <h1>, not
    the masthead, that shares most words with the first metadata title; a metadata title another one
    holds whole; the first metadata title; the <h1>."""
    naming = _h1s_naming_site(h1s, clean(title_tag, french), french)
    if naming:
        site_names = [*site_names, *naming]
        h1s = tuple(h for h in h1s if clean(h, french) not in naming)
    candidates = [
        ("jsonld", clean(jsonld, french)),
        ("og", clean(og, french)),
        ("meta", clean(meta, french)),
        ("title", clean(title_tag, french)),
    ]
    stripped = [(src, strip_site(t, site_names)) for src, t in candidates if t]
    # An <h1> that is a kicker followed by a metadata title: the metadata title is the headline, even
    # when another metadata title repeats the kicker too.
    for h1 in h1s[:1]:
        h1 = clean(h1, french)
        for src, text in stripped:
            if h1 and len(text) > 15 and len(_key(h1)) > len(_key(text)) and _key(h1).endswith(_key(text)):
                return text, src
    # An <h1> repeating a metadata title confirms it; the metadata's wording is printed, as markup can
    # drop from the <h1> a separator or the characters of a hidden element.
    by_key: dict[str, tuple[str, str]] = {}
    for src, text in stripped:
        by_key.setdefault(_key(text), (text, src))
    for h1 in h1s:
        h1 = clean(h1, french)
        if h1 and _key(h1) in by_key:
            return by_key[_key(h1)]
        # "Headline | Blog" set as the <h1> too: its headline part repeats a metadata title
        head = _drop_trailing_site(h1) if h1 else None
        if head and head != h1 and _key(head) in by_key:
            return by_key[_key(head)]
    # An <h1> that is one segment of a separated title ("Section: Headline | Site") confirms that segment.
    for h1 in h1s:
        h1 = clean(h1, french)
        if h1 and len(h1) > 10 and any(_key(h1) in _key(t) for _, t in stripped):
            return h1, "h1"
    # The visible headline reworded in metadata (an SEO title, an older wording): the page's own <h1> wins
    # when it tells the same story, judged by the words the two share.
    # Any of the <h1>s but one opening with the site's name, which is the masthead ("Example Society for ...").
    site_keys = [k for k in _site_keys(site_names) if len(k) >= 4]
    for h1 in h1s:
        shown = strip_site(clean(h1, french) or "", site_names)
        if not shown or any(_key(shown).startswith(k) for k in site_keys):
            continue
        if stripped and len(shown.split()) >= 4 and _overlap(shown, stripped[0][1]) >= OVERLAP:
            return shown, "h1"
    inner = _contained_in_another(stripped)
    if inner:
        return inner
    if stripped:
        src, text = stripped[0]
        return (_drop_trailing_site(text) if src == "title" else text), src
    first_h1 = clean(h1s[0], french) if h1s else None
    return (first_h1, "h1") if first_h1 else (None, None)


def _contained_in_another(stripped: list[tuple[str, str]]) -> tuple[str, str] | None:
    """A metadata title that another one holds whole: the longer adds a kicker or a tail to the headline.

    The <title> is not compared: its leftover section and site segments would make a held headline too
    common to mean anything.
    """
    metadata = [(src, t) for src, t in stripped if src != "title"]
    for src, text in metadata:
        key = _key(text)
        if len(text) > 15 and any(key != _key(other) and key in _key(other) for _, other in metadata):
            return text, src
    return None


def _h1s_naming_site(h1s: tuple[str, ...], title_tag: str | None, french: bool) -> list[str]:
    """<h1>s that repeat the last segment of "Headline | Site": a blog's or site's name set as a heading."""
    parts = _SEPARATORS.split(title_tag) if title_tag else []
    if len(parts) < 2 or not _key(parts[-1]):
        return []
    last = _key(parts[-1])
    return [h for h in (clean(h1, french) for h1 in h1s) if h and _key(h) == last]


OVERLAP = 0.5  # share of the shorter title's words that the other must contain


def _overlap(a: str, b: str) -> float:
    words_a = set(_WORD.findall(a.casefold()))
    words_b = set(_WORD.findall(b.casefold()))
    shorter = min(len(words_a), len(words_b))
    return len(words_a & words_b) / shorter if shorter else 0.0


def _drop_trailing_site(title: str) -> str:
    """'Headline | Some Blog': a short last segment of a <title> is the site even when its name is unknown."""
    parts = _SEPARATORS.split(title)
    if len(parts) < 2:
        return title
    last, first = parts[-1].strip(), parts[0].strip()
    if last and len(last.split()) <= 5 and len(last) < len(first):
        head = title[: title.rfind(last)]
        return _TRAILING_SEPARATOR.sub("", head).strip()
    return title
