"""Authors: people credited by the page, in byline order, with organisations and agencies kept apart.

Sources, most trusted first: the JSON-LD article's author, author meta tags (author, article:author,
dc.creator, parsely-author, byl), itemprop=author microdata, and visible bylines in the article
header. Bylines inside related-story lists, comments and sidebars are never read.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from selectolax.lexbor import LexborHTMLParser

from byline.parse.agencies import canonical_agency
from byline.parse.bylines import split_byline
from byline.parse.html.jsonld import Credit
from byline.parse.html.meta import PageMeta, in_foreign_container, text_of

META_KEYS = (
    "author", "article:author", "dc.creator", "dcterms.creator", "parsely-author", "sailthru.author",
    "byl", "citation_author", "og:article:author", "article:author_name", "cxenseparse:author",
)
_PREFIX = re.compile(
    r"^\s*(?:(?:written|posted|reported|text|words|photos?|story|report|compiled)\s+(?:and\s+\w+\s+)?by"
    r"|view all posts by|all posts by|more from|articles by|by|von|par|por|door|(?-i:di|da|av|af|de)|autor(?:in)?"
    r"|author|authors|verfasst von|ein (?:kommentar|bericht|beitrag) von|text|texte|fotos?)\s*[:|-]?\s+",
    re.I,
)
_SUFFIX = re.compile(
    r"\s*(?:view (?:author )?(?:archive|profile)|follow on \w+|get (?:author )?rss feed|more articles"
    r"|alle (?:artikel|beiträge).*|all (?:posts|articles|stories).*|contact|twitter|e-?mail|bio)\s*$",
    re.I,
)
_EMAIL = re.compile(r"\S+@\S+\.\w+")
_HANDLE = re.compile(r"@\w+")
_DATEISH = re.compile(
    r"\b(?:\d{1,2}[./]\d{1,2}[./]\d{2,4}|\d{4}-\d{2}-\d{2}|updated|published|aktualisiert|veröffentlicht|"
    r"(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.? \d{1,2}|\d{1,2}:\d{2})\b.*$",
    re.I,
)
_ORG_WORDS = re.compile(
    r"\b(?:staff|redaktion|newsroom|desk|team|editorial|editors?|reporters?|media|news|nachrichten|agency|"
    r"gmbh|ltd|inc|llc|online|zeitung|magazin|magazine|verlag|press|presse|admin|administrator|webmaster|"
    r"correspondent|contributors?|guest|wire|service|bureau|dpa|sid|kna|epd|afp|apa|ansa|efe|"
    r"anonymous|unknown|redacción|rédaction|redazione|redactie)\b",
    re.I,
)
_BYLINE_SELECTOR = (
    '[itemprop~="author" i], a[rel~="author" i], [class*="byline" i], [class*="author" i], [id*="author" i], '
    '[id*="byline" i], [class*="autor" i], [class*="writer" i], [data-testid*="byline" i], address'
)


@dataclass(frozen=True, slots=True)
class Authors:
    people: tuple[str, ...]
    agency: str | None
    source: str | None


def clean_name(raw: str) -> str | None:
    """One credited name without labels, e-mail, handles, dates and trailing role; None if nothing is left."""
    text = " ".join(raw.split())
    text = _EMAIL.sub("", text)
    text = _HANDLE.sub("", text)
    text = _DATEISH.sub("", text)
    for _ in range(2):
        text = _PREFIX.sub("", text)
        text = _SUFFIX.sub("", text)
    text = text.strip(" \t,;:|-–—·•/()[]\"'")
    if text.startswith("http") or "/" in text:
        return None
    return text or None


def looks_like_person(name: str, site_names: list[str]) -> bool:
    """A person's name: 2–5 words, mostly capitalised, no digits, no organisation words, not the site."""
    words = name.split()
    if not 1 <= len(words) <= 5 or len(name) > 60 or any(c.isdigit() for c in name):
        return False
    if _ORG_WORDS.search(name):
        return False
    lowered = name.casefold()
    if any(s and (lowered == s.casefold() or lowered in s.casefold()) for s in site_names):
        return False
    capitalised = sum(1 for w in words if w[:1].isupper() or w.lower() in _PARTICLES)
    if capitalised < len(words) - 1 or not words[0][:1].isupper():
        return False
    return len(words) > 1 or len(name) > 2


_PARTICLES = frozenset(("van", "von", "de", "der", "den", "da", "di", "del", "la", "le", "du", "bin", "al", "y", "e"))


def split_names(raw: str) -> tuple[list[str], str | None]:
    """A byline string to (names, agency): labels stripped, split on separators, agencies set apart."""
    cleaned = clean_name(raw)
    if not cleaned:
        return [], None
    cleaned = re.sub(r"\s+(?:und|y|et|e|og|en|i|och|ja)\s+", " and ", cleaned)
    people, agency = split_byline(cleaned)
    names = []
    for person in people:
        name = clean_name(person)
        if not name:
            continue
        found = canonical_agency(name)
        if found:
            agency = agency or found
        else:
            names.append(name)
    return names, agency


def _people(raws: list[str], site_names: list[str]) -> tuple[list[str], str | None]:
    people: list[str] = []
    agency = None
    for raw in raws:
        names, found = split_names(raw)
        agency = agency or found
        for name in names:
            if looks_like_person(name, site_names) and name not in people:
                people.append(name)
    return people, agency


def _from_credits(credits: tuple[Credit, ...], site_names: list[str]) -> tuple[list[str], str | None]:
    people: list[str] = []
    agency = None
    for credit in credits:
        found = canonical_agency(credit.name)
        if found:
            agency = agency or found
        elif not credit.is_org:
            names, also = _people([credit.name], site_names)
            agency = agency or also
            people += [n for n in names if n not in people]
    return people, agency


def byline_texts(tree: LexborHTMLParser) -> list[str]:
    """Short texts of byline elements in the article, outside related lists and comments, in page order."""
    texts: list[str] = []
    for node in tree.css(_BYLINE_SELECTOR):
        if node.tag in ("body", "html", "article", "main", "section", "img", "script", "style", "meta", "link"):
            continue
        name = node.css_first('[itemprop~="name" i]') if "itemprop" in node.attributes else None
        text = (name.attributes.get("content") or text_of(name)) if name is not None else text_of(node)
        if not text and node.tag == "meta":
            text = node.attributes.get("content") or ""
        if not text or len(text) > 150 or in_foreign_container(node):
            continue
        texts.append(text)
        if len(texts) >= 8:
            break
    return texts


def find_authors(
    tree: LexborHTMLParser, meta: PageMeta, jsonld: tuple[Credit, ...], site_names: list[str]
) -> Authors:
    """The people credited, from the most trusted source that names any; agency from whichever names one."""
    people, agency = _from_credits(jsonld, site_names)
    if people:
        return Authors(tuple(people), agency, "jsonld")
    meta_raws = [v for v in meta.all(*META_KEYS) if not v.startswith("http")]
    found, also = _people(meta_raws, site_names)
    agency = agency or also
    if found:
        return Authors(tuple(found), agency, "meta")
    found, also = _people(byline_texts(tree), site_names)
    agency = agency or also
    if found:
        return Authors(tuple(found), agency, "byline")
    return Authors((), agency, None)
