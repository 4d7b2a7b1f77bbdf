"""Small walks up a lexbor tree, shared by the body modules, and the taming of markup before it is built."""

from __future__ import annotations

import re

from selectolax.lexbor import LexborNode

from byline.model import Rejected


def has_ancestor_in(node: LexborNode, ids: set[int]) -> bool:
    """True when some ancestor's mem_id is in `ids`."""
    parent = node.parent
    while parent is not None:
        if parent.mem_id in ids:
            return True
        parent = parent.parent
    return False


def inside_tag(node: LexborNode, tag: str) -> bool:
    """True when some ancestor is a `tag` element."""
    parent = node.parent
    while parent is not None:
        if parent.tag == tag:
            return True
        parent = parent.parent
    return False


# lexbor's tree building grows with the square of a tag's attribute count and of the nesting depth:
# 80,000 attributes on one tag took 25.6 s, 100,000 nested divs 47.5 s. Real pages stay far below
# these caps (a few dozen attributes, depth under 100), so the markup is tamed before parsing.
MAX_ATTRIBUTES = 200  # per tag; the rest are dropped
MAX_DEPTH = 1000  # open elements; a deeper page is rejected
# Tags a page may hold: heavy news pages have 5,000-15,000. The body extractor's passes over a
# tree of 100,000 elements (a 5 MB page of small tags) took 40 s and 400 MB.
MAX_TAGS = 50_000
_LONG_TAG = re.compile(r"<([A-Za-z][A-Za-z0-9:-]*)(\s[^<>]{2000,})(/?)>")
_ATTRIBUTE = re.compile(r"""[^\s"'=<>/]+(?:\s*=\s*(?:"[^"]*"|'[^']*'|[^\s"'=<>`]+))?""")
_TAG = re.compile(r"<(/?)([A-Za-z][A-Za-z0-9]*)[^<>]*?(/?)>")
# Elements that never hold children, or that the parser closes by itself when a sibling opens.
_NOT_NESTING = frozenset({
    "area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "param", "source", "track", "wbr",
    "p", "li", "dt", "dd", "option", "optgroup", "tr", "td", "th", "thead", "tbody", "tfoot", "colgroup",
    "caption", "rb", "rt", "rtc", "rp", "a", "script", "style",
})


def _trim_attributes(match: re.Match) -> str:
    tag, attributes, slash = match.groups()
    kept = _ATTRIBUTE.findall(attributes)
    if len(kept) <= MAX_ATTRIBUTES:
        return match.group(0)
    return f"<{tag} {' '.join(kept[:MAX_ATTRIBUTES])}{slash}>"


def estimated_depth(text: str) -> int:
    """The deepest nesting of elements that the tags open and close, as a parser would build it (roughly)."""
    depth = deepest = 0
    for closing, name, self_closing in _TAG.findall(text):
        if self_closing or name.lower() in _NOT_NESTING:
            continue
        depth = max(0, depth - 1) if closing else depth + 1
        deepest = max(deepest, depth)
    return deepest


def tame_markup(text: str) -> str:
    """`text` with at most MAX_ATTRIBUTES attributes a tag; Rejected('too_complex') beyond MAX_TAGS or MAX_DEPTH."""
    text = _LONG_TAG.sub(_trim_attributes, text)
    if (tags := text.count("<")) > MAX_TAGS:
        raise Rejected("too_complex", f"the page holds about {tags:,} tags, more than the {MAX_TAGS:,} a page is read to")
    if tags > MAX_DEPTH and (depth := estimated_depth(text)) > MAX_DEPTH:
        raise Rejected("too_complex", f"the page nests elements {depth:,} deep, more than the {MAX_DEPTH:,} a page is read to")
    return text
