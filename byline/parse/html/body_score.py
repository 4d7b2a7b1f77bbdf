"""Find the element that holds an article's text: a readability-style score over block containers.

Every paragraph-like block gives points for its length and commas to its parent and, less, to its further
ancestors; an ancestor's total is then discounted by the share of its text that sits in links.
"""

from __future__ import annotations

from dataclasses import dataclass

from selectolax.lexbor import LexborNode

from byline.parse.html.body_nodes import class_weight
from byline.parse.html.body_widen import widen
from byline.parse.html.tree import has_ancestor_in

MIN_BLOCK_CHARS = 25
_ANCESTOR_LEVELS = 5
_TAG_BONUS = {
    "div": 5.0, "article": 10.0, "main": 5.0, "section": 3.0, "pre": 3.0, "td": 3.0, "blockquote": 3.0,
    "form": -3.0, "ol": -3.0, "ul": -3.0, "dl": -3.0, "li": -3.0, "dd": -3.0, "dt": -3.0,
    "h1": -5.0, "h2": -5.0, "h3": -5.0, "th": -5.0, "header": -3.0,
}  # fmt: skip
_LINKED_HEADING = "h1 a, h2 a, h3 a, h4 a, a h2, a h3, a h4"
_COMMAS = (",", "\uff0c", "\u3001", "\u060c")


@dataclass
class Candidate:
    """A block container and its score."""

    node: LexborNode
    score: float = 0.0
    scaled: bool = False

    def final(self) -> float:
        """The score discounted by link density, computed once on first use."""
        if not self.scaled:
            self.score *= 1.0 - link_density(self.node)
            self.scaled = True
        return self.score


def _block_points(text: str) -> float:
    return 1.0 + sum(text.count(c) for c in _COMMAS) + min(len(text) // 100, 3)


def link_density(node: LexborNode, text_len: int | None = None) -> float:
    total = len(node.text(strip=True)) if text_len is None else text_len
    if total == 0:
        return 0.0
    linked = sum(len(a.text(strip=True)) for a in node.css("a"))
    return min(linked / total, 1.0)


def score_candidates(root: LexborNode) -> dict[int, Candidate]:
    """Score every ancestor of a paragraph-like block under `root`, keyed by the ancestor's mem_id."""
    candidates: dict[int, Candidate] = {}
    blocks: list[tuple[LexborNode, str, bool]] = []
    for node in root.css("p, pre, td, blockquote"):
        blocks.append((node, node.text(), False))
    # Text set straight into a div (paragraphs split by <br>) counts as a block of that div.
    for node in root.css("div, section, article, main, font"):
        direct = node.text(deep=False)
        if len(direct) >= MIN_BLOCK_CHARS and len(direct.strip()) >= MIN_BLOCK_CHARS:
            blocks.append((node, direct, True))
    for node, text, is_own in blocks:
        text = text.strip()
        if len(text) < MIN_BLOCK_CHARS:
            continue
        if not is_own and node.css_first("a") is not None and link_density(node, len(text)) > 0.5:
            continue
        points = _block_points(text)
        ancestor = node if is_own else node.parent
        level = 0
        while ancestor is not None and level < _ANCESTOR_LEVELS:
            if ancestor.tag in ("html", "#document"):
                break
            key = ancestor.mem_id
            cand = candidates.get(key)
            if cand is None:
                cand = Candidate(ancestor, _initial_score(ancestor))
                candidates[key] = cand
            divider = 1 if level == 0 else 2 if level == 1 else level * 3
            cand.score += points / divider
            ancestor = ancestor.parent
            level += 1
    return candidates


def _initial_score(node: LexborNode) -> float:
    score = _TAG_BONUS.get(node.tag or "", 0.0) + class_weight(node)
    attrs = node.attributes
    if attrs.get("itemprop") == "articleBody":
        score += 40.0
    return score


def pick_main(root: LexborNode, avoid: set[int] | None = None) -> tuple[LexborNode | None, list[LexborNode]]:
    """The main container and, in document order, the nodes to read: it and its content-like siblings.

    Candidates inside the elements of `avoid` (chrome-named wrappers kept for now) lose to any candidate
    outside them: a long comment thread or cookie notice must not beat a short article.
    """
    candidates = score_candidates(root)
    if not candidates:
        return None, []
    ranked = sorted(candidates.values(), key=lambda c: c.score, reverse=True)[:10]
    ranked.sort(key=Candidate.final, reverse=True)
    top = ranked[0]
    if avoid:
        outside = [c for c in ranked if not (c.node.mem_id in avoid or has_ancestor_in(c.node, avoid))]
        if outside and outside[0] is not top:
            top = outside[0]
    node, reach = widen(_climb(top, ranked, candidates))
    nodes = _with_siblings(node, candidates, top.score)
    if len(nodes) == 1 and reach is not node:
        # Sections of one article can sit side by side a few thin wrappers up; reading them is worth a
        # date line or two from the wrappers.
        wider = _with_siblings(reach, candidates, top.score)
        if len(wider) > 1:
            return reach, wider
    return node, nodes


def _climb(top: Candidate, ranked: list[Candidate], candidates: dict[int, Candidate]) -> LexborNode:
    """Move up from the best node when several good candidates share an ancestor or the parent scores higher."""
    node = top.node
    # Several strong candidates under one ancestor: the article is split into parts.
    strong = [c.node for c in ranked[1:] if c.final() >= top.score * 0.75]
    if len(strong) >= 2:
        ancestor = node.parent
        while ancestor is not None and ancestor.tag not in ("body", "html"):
            inside = sum(1 for s in strong if has_ancestor_in(s, {ancestor.mem_id}))
            if inside >= 2:
                node = ancestor
                break
            ancestor = ancestor.parent
    last = candidates[node.mem_id].final() if node.mem_id in candidates else top.score
    threshold = top.score / 3
    parent = node.parent
    while parent is not None and parent.tag not in ("body", "html"):
        cand = candidates.get(parent.mem_id)
        if cand is None:
            parent = parent.parent
            continue
        score = cand.final()
        if score < threshold:
            break
        if score > last:
            node = parent
            break
        last = score
        parent = parent.parent
    # A lone child says nothing its parent does not.
    while node.parent is not None and node.parent.tag not in ("body", "html") and _only_child(node):
        node = node.parent
    return node


def _only_child(node: LexborNode) -> bool:
    parent = node.parent
    if parent is None:
        return False
    return sum(1 for _ in zip(parent.iter(), range(2), strict=False)) == 1


def _with_siblings(node: LexborNode, candidates: dict[int, Candidate], top_score: float) -> list[LexborNode]:
    """Readability's sibling rule: keep neighbours that score well or read like paragraphs."""
    parent = node.parent
    if parent is None or node.tag in ("body", "html"):
        return [node]
    own = candidates.get(node.mem_id)
    top_score = max(own.final() if own else 0.0, top_score)
    threshold = max(10.0, top_score * 0.2)
    out = []
    for sib in parent.iter():
        if sib.mem_id == node.mem_id:
            out.append(sib)
            continue
        if sib.css_first(_LINKED_HEADING) is not None:
            continue  # a teaser for another story
        cand = candidates.get(sib.mem_id)
        if cand is not None and cand.final() >= threshold:
            out.append(sib)
        elif sib.tag == "p":
            text = sib.text(strip=True)
            density = link_density(sib, len(text))
            if (len(text) > 80 and density < 0.25) or (
                0 < len(text) <= 80 and density == 0 and text.endswith(".")
            ):
                out.append(sib)
    return out


def headline_region(main: LexborNode, root: LexborNode) -> LexborNode | None:
    """The smallest ancestor of `main` that also holds a headline (h1) outside it, below <body>.

    The standfirst of many news pages sits between the headline and the body, outside the body's container.
    """
    lineage: list[LexborNode] = []
    node = main.parent
    while node is not None and node.tag not in ("body", "html"):
        lineage.append(node)
        node = node.parent
    if not lineage:
        return None
    index = {n.mem_id: i for i, n in enumerate(lineage)}
    best: int | None = None
    main_id = main.mem_id
    for h1 in root.css("h1"):
        parent = h1.parent
        while parent is not None:
            key = parent.mem_id
            if key == main_id:
                break
            if key in index:
                if best is None or index[key] < best:
                    best = index[key]
                break
            parent = parent.parent
    if best is not None:
        return lineage[best]
    for node in lineage:
        if node.tag == "article":
            return node
    return None
