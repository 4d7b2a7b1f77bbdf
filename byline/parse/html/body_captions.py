"""Photo captions: found in the article, split into caption and credit, and taken out of the body."""

from __future__ import annotations

import re

from selectolax.lexbor import LexborNode

from byline.model import Caption
from byline.parse.captions import normalise_credit, read_caption
from byline.parse.html.body_nodes import hint_words, unique
from byline.parse.html.tree import has_ancestor_in

_SPACE = re.compile(r"\s+")
MAX_CAPTION_CHARS = 600  # a longer "caption" element is a layout block, not a photo caption
MAX_LINE_CAPTION_CHARS = 300
_CAPTION_WORDS = {
    "caption",
    "captions",
    "figcaption",
    "imagecaption",
    "photocaption",
    "legend",
    "bildunterschrift",
}
_CREDIT_WORDS = {
    "credit",
    "credits",
    "copyright",
    "photographer",
    "imagecredit",
    "photocredit",
    "source",
    "quelle",
}
_CAPTION_SELECTOR = '[class*="caption" i], [class*="legend" i], [class*="bildunterschrift" i]'
_CREDIT_SELECTOR = (
    '[class*="credit" i], [class*="copyright" i], [class*="photographer" i], [class*="source" i], '
    '[class*="quelle" i]'
)

_LABEL = (
    r"(?:photo(?:graph)?s?|picture|image|pic|credit|photo credit|foto|fotos|bild|quelle|source|illustration)"
)
# A trailing credit in parentheses: "(AP Photo/John Doe)", "(Photo: Jane Roe)".
_PAREN_CREDIT = re.compile(
    r"\s*\(((?:[A-Z][\w.&-]*\s+){0,3}" + _LABEL + r"\b[^()]*|©[^()]*|copyright[^()]*)\)\s*$", re.I
)
# A trailing labelled credit: "... Photo: Jane Roe/Reuters", "... Credit: Getty Images", "... © dpa".
_TAIL_CREDIT = re.compile(
    r"(?:^|(?<=[.!?\"'\u201d)])\s+|\s+[|/\u2013\u2014-]\s*|\s{2,}|\s+(?=©)|\s+(?="
    + _LABEL
    + r"\s*(?::|by\b)))"
    r"(" + _LABEL + r"\s*(?::|by\b)\s*\S.*|(?:©|\(c\)|copyright)\s*\S.*)$",
    re.I,
)
_PHOTO_LABEL = re.compile(r"photo|foto|bild|image|picture|pic\b|©|\(c\)|copyright", re.I)
_CREDIT_LABEL = re.compile(r"^(?:" + _LABEL + r")\s*(?::|by\b)\s*|^(?:©|\(c\)|copyright)\s*", re.I)


def take_captions(scope: list[LexborNode], keep: list[LexborNode]) -> tuple[Caption, ...]:
    """Collect the captions under `scope` in document order and delete them from the tree.

    An element that is or holds one of `keep` (the body's containers) is never taken for a caption.
    """
    found: list[tuple[LexborNode, list[LexborNode]]] = []
    claimed: set[int] = set()  # captions and credits already taken; each is deleted once
    lineage: set[int] = set()
    for node in keep:
        while node is not None:
            lineage.add(node.mem_id)
            node = node.parent
    for root in scope:
        for node in root.css("figcaption"):
            if node.mem_id in lineage or node.mem_id in claimed or has_ancestor_in(node, claimed):
                continue
            container = node.parent if node.parent is not None else node
            credits = [
                c
                for c in _credit_nodes(container, node)
                if c.mem_id not in lineage and c.mem_id not in claimed and not has_ancestor_in(c, claimed)
            ]
            found.append((node, credits))
            claimed.add(node.mem_id)
            claimed.update(c.mem_id for c in credits)
        for node in unique(root.css(_CAPTION_SELECTOR)):
            if node.mem_id in claimed or node.mem_id in lineage or not _is_caption(node):
                continue
            if _has_claimed_relative(node, claimed) or len(node.text(strip=True)) > MAX_CAPTION_CHARS:
                continue
            found.append((node, []))
            claimed.add(node.mem_id)
    captions: list[Caption] = []
    for node, credits in found:
        credit_texts = [_norm(c.text()) for c in credits]
        # Credits are read apart and deleted before the caption's own text is read.
        for credit in credits:
            credit.decompose()
        caption_text = _norm(node.text())
        node.decompose()
        caption = _caption(caption_text, [c for c in credit_texts if c])
        if caption is not None:
            captions.append(caption)
    return tuple(captions)


def _is_caption(node: LexborNode) -> bool:
    words = hint_words(node)
    return bool(_CAPTION_WORDS & set(words)) or any("caption" in w for w in words)


def caption_line(text: str) -> Caption | None:
    """A body line that is a photo caption: short and ending in a photo credit ("... Foto: dpa")."""
    if len(text) > MAX_LINE_CAPTION_CHARS or "\n" in text:
        return None
    caption, credit = split_credit(text)
    if credit is None or not caption or not _PHOTO_LABEL.search(text[len(caption) :]):
        return None
    return Caption(caption=caption, credit=credit)


def split_credit(text: str) -> tuple[str, str | None]:
    """Split "A view of the port. (AP Photo/John Doe)" into the caption and "AP Photo/John Doe"."""
    text = _norm(text)
    match = _PAREN_CREDIT.search(text) or _TAIL_CREDIT.search(text)
    if match:
        credit = _CREDIT_LABEL.sub("", match.group(1)).strip()
        return text[: match.start()].strip(), normalise_credit(credit) or None
    shared = read_caption(text)  # the credit forms text captions print: "... REUTERS/Brendan McDermid"
    if shared is not None:
        return shared.caption, shared.credit
    return text, None


def _caption(text: str, credit_texts: list[str]) -> Caption | None:
    if credit_texts:
        credit = _CREDIT_LABEL.sub("", " ".join(credit_texts)).strip(" ()")
        credit = normalise_credit(credit) or None
        caption = text
    else:
        caption, credit = split_credit(text)
    if not caption:
        return None  # a credit under a photo with no words about it is no caption: image rows always have one
    return Caption(caption=caption, credit=credit)


def _credit_nodes(container: LexborNode, caption: LexborNode) -> list[LexborNode]:
    """Credit elements beside or inside a caption, named so by their class."""
    out = []
    for node in unique(container.css(_CREDIT_SELECTOR)):
        named = _CREDIT_WORDS & set(hint_words(node))
        if named and node.text(strip=True) and not has_ancestor_in(caption, {node.mem_id}):
            out.append(node)
    # Keep only the outermost: a credit nested in another credit is read with it.
    ids = {n.mem_id for n in out}
    return [n for n in out if not has_ancestor_in(n, ids)]


def _has_claimed_relative(node: LexborNode, claimed: set[int]) -> bool:
    """True when the node sits inside a caption already taken, or holds one."""
    if has_ancestor_in(node, claimed):
        return True
    return any(child.mem_id in claimed for child in node.css("*"))


def _norm(text: str) -> str:
    return _SPACE.sub(" ", text).strip()
