"""Authors: people credited by the page, in byline order, with organisations and agencies kept apart.

Sources, most trusted first: the JSON-LD article's author, author meta tags (author, article:author,
dc.creator, parsely-author, byl), and visible bylines (microdata, rel=author, byline classes) in
the article header. The first source naming a person wins; a byline line closing the body is the last
resort. A credit that names only an
organisation or desk ("Redaktion", "Staff") is kept as `organisation`, never as an author.
"""

from __future__ import annotations

from dataclasses import dataclass

from selectolax.lexbor import LexborHTMLParser, LexborNode

from byline.parse.agencies import canonical_agency
from byline.parse.bylines import read_byline_line
from byline.parse.html.byline_nodes import byline_nodes, first_cluster, first_cluster_line, is_strong
from byline.parse.html.header import header_node, headline_window
from byline.parse.html.jsonld import Credit
from byline.parse.html.meta import PageMeta, text_of
from byline.parse.html.names import (
    SHORT_BYLINE,
    TEXT_BYLINE,
    is_picture_credit,
    looks_like_person,
    split_names,
    strip_junk,
)

META_KEYS = (
    "author", "article:author", "dc.creator", "dcterms.creator", "parsely-author", "sailthru.author",
    "byl", "citation_author", "og:article:author", "article:author_name", "cxenseparse:author", "twitter:data1-author",
    # further spellings that publishing systems and plugins write
    "author_name", "authors", "dc:creator", "dc.creator.aut", "dcterms.creator.aut", "dcsext.author", "rbauthors",
    "atc-metaauthor", "shareaholic:article_author_name",
)


@dataclass(frozen=True, slots=True)
class Authors:
    people: tuple[str, ...]
    agency: str | None
    organisation: str | None  # the desk, organisation or agency credited instead of people, as printed
    source: str | None


@dataclass
class _Found:
    people: list[str]
    agency: str | None = None
    organisation: str | None = None
    agency_printed: str | None = None  # the agency as the page names it: "The Associated Press"
    line: str = ""  # the visible byline as printed, names that are no candidates included


def _twitter_author(meta: PageMeta) -> list[str]:
    """Twitter card label pairs: twitter:label1 "Written by" names the author in twitter:data1."""
    out = []
    for n in (1, 2, 3):
        label = (meta.first(f"twitter:label{n}") or "").lower()
        if label.startswith(("written by", "author", "von", "autor", "by")):
            out += meta.all(f"twitter:data{n}")
    return out


_NOT_CREDITS = frozenset(("auteur", "author", "autor", "follow", "folgen", "share", "teilen", "more", "mehr"))


def _credit_like(name: str) -> bool:
    """A desk or organisation credit has letters and is not a dangling label ("Artikel von", "Follow") or a
    picture's credit ("Bild © ARD"), which names who took a photo, not who wrote the story."""
    last = name.split()[-1].lower()
    return any(c.isalpha() for c in name) and last not in ("von", "by", "par", "por", "de") and (
        name.lower() not in _NOT_CREDITS and not is_picture_credit(name)
    )


PRINTED_CREDIT_CHARS = 40


def _as_printed(raw: str, part: str) -> str:
    """The credit as the page prints it ("det/dpa", "dpa/lno"), or the agency's part of a long one."""
    whole = strip_junk(raw)
    return whole if len(whole) <= PRINTED_CREDIT_CHARS else part


def _read(raws: list[str], site_names: list[str], trusted: bool) -> _Found:
    found = _Found([])
    for raw in raws:
        whole = canonical_agency(strip_junk(raw))
        if whole:
            found.agency = found.agency or whole
            found.agency_printed = found.agency_printed or strip_junk(raw)
            continue
        names = split_names(raw)
        for name in names:
            agency = canonical_agency(name)
            if agency:
                found.agency = found.agency or agency
                found.agency_printed = found.agency_printed or _as_printed(raw, name)
                continue
            # a lone word is a pen name only when it is the whole credit, not a place after a comma
            person = name if looks_like_person(name, site_names, trusted and len(names) == 1) else None
            if person:
                if person not in found.people:
                    found.people.append(person)
            elif not found.organisation and len(name) <= 60 and _credit_like(name):
                found.organisation = name
    return found


def _from_credits(credits: tuple[Credit, ...], site_names: list[str]) -> _Found:
    found = _Found([])
    for credit in credits:
        if credit.is_org:
            agency = canonical_agency(credit.name)
            found.agency = found.agency or agency
            found.agency_printed = found.agency_printed or (credit.name if agency else None)
            found.organisation = found.organisation or (None if agency else credit.name)
            continue
        part = _read([credit.name], site_names, trusted=True)
        found.people += [p for p in part.people if p not in found.people]
        found.agency = found.agency or part.agency
        found.agency_printed = found.agency_printed or part.agency_printed
        found.organisation = found.organisation or part.organisation
    return found


def _has_person(site_names: list[str]):
    return lambda text, strong: bool(_read([text], site_names, trusted=strong).people)


def _visible(tree: LexborHTMLParser, site_names: list[str]) -> _Found:
    group, line = first_cluster_line(byline_nodes(tree), _has_person(site_names))
    found = _Found([], line=line)
    for text, strong in group:
        part = _read([text], site_names, trusted=strong)
        found.people += [p for p in part.people if p not in found.people]
        found.agency = found.agency or part.agency
    return found


def _short_bylines(tree: LexborHTMLParser) -> list[str]:
    """Names from short header elements that are nothing but a byline ("von Anna Beck", "Autor: Tom Roe")."""
    header = header_node(tree)
    if header is None:
        return []
    out = []
    for node in header.css("p, span, div, li, small, em, h4, h5, h6")[:300]:
        text = text_of(node)
        if len(text) > 80:
            continue
        match = SHORT_BYLINE.match(text)
        if match:
            out.append(match.group(1))
    return out


def _letters(name: str) -> str:
    return "".join(c for c in name.casefold() if c.isalnum())


def _same_person(handle: str, full: str) -> bool:
    """'mikecason' and 'Mike Cason', 'Henry' and 'Henry Steinhau': a handle spelled from the full name."""
    key, words = _letters(handle), [_letters(w) for w in full.split()]
    return bool(key) and (key == "".join(words) or key in words)


def _confirmed(people: list[str], shown: _Found) -> list[str]:
    """Metadata names that the visible byline also prints; all of them when it prints none."""
    if not shown.people:
        return people
    shown_keys = {s.casefold() for s in shown.people}
    line = shown.line.casefold()
    kept = [p for p in people if p.casefold() in shown_keys or p.casefold() in line]
    return kept or people


def find_authors(
    tree: LexborHTMLParser, meta: PageMeta, jsonld: tuple[Credit, ...], site_names: list[str]
) -> Authors:
    """The people credited, from the most trusted source that names any; agency from whichever names one.

    When metadata names several and the visible byline prints some of them, only those are kept:
    author meta tags also list publishers' parent companies and page editors.
    """
    sources = [("jsonld", _from_credits(jsonld, site_names))]
    meta_raws = [v for v in meta.all(*META_KEYS) + _twitter_author(meta) if not v.startswith(("http", "@"))]
    sources.append(("meta", _read(meta_raws, site_names, trusted=True)))
    agency = next((f.agency for _, f in sources if f.agency), None)
    for source, found in sources:
        if len(found.people) == 1 and " " in found.people[0]:
            return Authors(tuple(found.people), agency, None, source)
        if len(found.people) == 1:
            # A handle ("mikecason") gives way to a full name printed in the byline.
            shown = _visible(tree, site_names)
            full = [p for p in shown.people if " " in p and _same_person(found.people[0], p)]
            return Authors(tuple(full or found.people), agency or shown.agency, None, "byline" if full else source)
        if found.people:
            shown = _visible(tree, site_names)
            return Authors(tuple(_confirmed(found.people, shown)), agency or shown.agency, None, source)
    shown = _visible(tree, site_names)
    agency = agency or shown.agency
    if shown.people:
        return Authors(tuple(shown.people), agency, None, "byline")
    for text in _short_bylines(tree):
        found = _read([text], site_names, trusted=False)
        if found.people:
            return Authors(tuple(found.people), agency or found.agency, None, "text")
        agency = agency or found.agency
    for match in TEXT_BYLINE.finditer(headline_window(tree)):
        found = _read([match.group(1)], site_names, trusted=False)
        if found.people:
            return Authors(tuple(found.people), agency or found.agency, None, "text")
    printed = next((f.agency_printed for _, f in sources if f.agency_printed), None)
    organisation = printed or next((f.organisation for _, f in sources if f.organisation), None)
    if organisation is None:
        nodes = byline_nodes(tree)
        shown_texts = [t for t, _ in first_cluster(nodes, lambda text, strong: bool(split_names(text)))]
        shown_credit = _read(shown_texts[:1], site_names, trusted=False)
        organisation = shown_credit.agency_printed or shown_credit.organisation or _desk_credit(nodes)
    return Authors((), agency, organisation, None)


def _desk_credit(nodes: list[tuple[LexborNode, str, bool]]) -> str | None:
    """A desk or role credited by a byline ("By Staff Writer") or an author link ("Editor"), read as a text byline."""
    for node, text, _ in nodes[:5]:
        # an author link is a byline without its label
        byline = read_byline_line(text) or (read_byline_line(f"By {text}") if is_strong(node) else None)
        if byline is not None and byline.credit and not byline.people:
            return byline.credit
    return None


_BOXES = '[class^="author" i], [class*=" author" i], [id^="author" i], [class*="about-author" i]'
_BOX_NAMES = 'a[href*="/author/"], a[href*="/autor/"], a[rel~="author" i], h2, h3, h4, h5, [class*="name" i]'


def author_box(tree: LexborHTMLParser, site_names: list[str]) -> tuple[str, ...]:
    """The one person that the page's author boxes name ("About the author", "author-bio"), wherever they sit.

    Blogs put the author's box under the text or in the sidebar, where bylines are not looked for; the box
    counts only when every box names the same person, as related-story cards name several.
    """
    people: set[str] = set()
    for box in tree.css(_BOXES)[:20]:
        texts = (text_of(node) for node in box.css(_BOX_NAMES)[:5])
        # the box's first name is its person; further lines are a role or a tagline
        named = (_read([text], site_names, trusted=False).people for text in texts if len(text) <= 60)
        people.update(next((found[:1] for found in named if found), []))
    return (people.pop(),) if len(people) == 1 else ()


CLOSING_PARAGRAPHS = 2  # the credit closes the text; further up, "By ..." lines quote or cite someone else


def closing_byline(body: str) -> tuple[str, ...]:
    """People named by a byline paragraph at the end of the body ("Von Anna Beck", "By Jane Roe, Reuters").

    Pages without a byline in their header sometimes print it under the text instead.
    """
    paragraphs = [p.strip() for p in body.rsplit("\n\n", CLOSING_PARAGRAPHS + 2) if p.strip()]
    for paragraph in reversed(paragraphs[-CLOSING_PARAGRAPHS:]):
        byline = read_byline_line(paragraph)
        if byline is not None and byline.people:
            return byline.people
    return ()
