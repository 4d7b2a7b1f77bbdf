"""Visible bylines: the short texts that credit the article's authors in its header.

Candidates are elements marked as author, byline or username (itemprop, rel, class, id), links to
author pages and <address>. Containers holding another candidate give way to it (the innermost element
names one person, its container mixes names with labels and dates). Candidates in related-story
lists, comments and sidebars are skipped, those after the headline come first, and only the first
cluster of neighbouring candidates is read, so a byline further down the page never joins it.
"""

from __future__ import annotations

from selectolax.lexbor import LexborHTMLParser, LexborNode

from byline.parse.html.meta import in_foreign_container, text_of

CANDIDATES = (
    '[itemprop~="author" i], a[rel~="author" i], [class*="byline" i], [class*="author" i], [id*="author" i], '
    '[id*="byline" i], [class*="username" i], [class*="autor" i], [class*="auteur" i], [class*="writer" i], [data-testid*="byline" i], address, '
    'a[href*="/author/"], a[href*="/authors/"], a[href*="/autor/"], a[href*="/autoren/"], a[href*="/profile/"], '
    'a[href*="/profil/"], a[href*="/people/"], a[href*="/journalist"], a[href*="/reporter/"]'
)
_SKIP_TAGS = frozenset(("body", "html", "article", "main", "section", "img", "script", "style", "meta", "link"))
MAX_CHARS = 150
PROSE_CHARS = 250
# Elements that hold running text; a <div> with long text may be a header block holding the byline
_PROSE_TAGS = frozenset(("p", "li", "td", "blockquote", "span", "em", "strong", "b", "i"))
_LABELS = frozenset(
    ("by", "von", "author", "authors", "autor", "autorin", "auteur", "autore", "par", "por", "door", "text",
     "redaktion", "follow", "folgen")
)
CLUSTER_LEVELS = 3  # candidates sharing an ancestor this close belong to one byline


def _ancestors(node: LexborNode, limit: int = 60) -> list[int]:
    out = []
    current = node.parent
    while current is not None and len(out) < limit:
        out.append(current.mem_id)
        current = current.parent
    return out


def _text(node: LexborNode) -> str:
    name = node.css_first('[itemprop~="name" i]') if "itemprop" in node.attributes else None
    if name is not None:
        return name.attributes.get("content") or text_of(name)
    return text_of(node)


def byline_nodes(tree: LexborHTMLParser) -> list[tuple[LexborNode, str, bool]]:
    """(node, text, after the headline) for innermost byline candidates outside foreign containers."""
    found: list[tuple[LexborNode, bool]] = []
    after_h1 = False
    for node in tree.css("h1, " + CANDIDATES):
        if node.tag == "h1":
            after_h1 = after_h1 or not in_foreign_container(node)
            continue
        if node.tag in _SKIP_TAGS:
            continue
        parent = node.parent
        if node.tag == "a" and parent is not None and parent.tag in _PROSE_TAGS and len(parent.text()) > PROSE_CHARS:
            continue  # a link inside running text names someone the story is about, not its author
        found.append((node, after_h1))
        if len(found) >= 60:
            break
    containers = {a for node, _ in found for a in _ancestors(node, 8)}
    out = []
    for node, after in found:
        if node.mem_id in containers:
            continue
        text = _text(node)
        # rel=author marks the page's own author: it may sit in an <aside> beside the text
        rel_author = "author" in (node.attributes.get("rel") or "").lower()
        if text and len(text) <= MAX_CHARS and not in_foreign_container(node, aside_ok=rel_author):
            out.append((node, text, after))
    return out


def is_strong(node: LexborNode) -> bool:
    """A link to an author page or an element marked as the author: its text is a name, even a single word."""
    attrs = node.attributes
    href = attrs.get("href") or ""
    marked = f"{attrs.get('class') or ''} {attrs.get('itemprop') or ''}".lower()
    words = text_of(node).split()
    if "author" in marked and len(words) == 1 and words[0][:1].isupper() and words[0].lower() not in _LABELS:
        return True  # an author element holding one capitalised word: a pen name
    return (
        "author" in (attrs.get("rel") or "").lower()
        or "author" in (attrs.get("itemprop") or "").lower()
        or any(part in href for part in ("/author/", "/authors/", "/autor/", "/autoren/"))
    )


def first_cluster(nodes: list[tuple[LexborNode, str, bool]], has_names) -> list[tuple[str, bool]]:
    """(text, strong) of the first group of neighbouring candidates that names someone, after the headline first."""
    return first_cluster_line(nodes, has_names)[0]


def first_cluster_line(nodes: list[tuple[LexborNode, str, bool]], has_names) -> tuple[list[tuple[str, bool]], str]:
    """first_cluster, and the whole text of the element holding the group: the byline line as printed.

    A byline links some names and prints others plainly ("<a>Jane Roe</a>, Tom Roe und Ann Lee"); only
    the linked ones are candidates, the line holds them all.
    """
    ordered = [n for n in nodes if n[2]] + [n for n in nodes if not n[2]]
    for node, text, _ in ordered:
        if not has_names(text, is_strong(node)):
            continue
        anchor = _ancestors(node, CLUSTER_LEVELS)[-1:]
        group = [(t, is_strong(n)) for n, t, _ in nodes if anchor and anchor[0] in _ancestors(n, CLUSTER_LEVELS + 1)]
        holder = node
        while anchor and holder.mem_id != anchor[0] and holder.parent is not None:
            holder = holder.parent
        return group or [(text, is_strong(node))], text_of(holder)
    return [], ""
