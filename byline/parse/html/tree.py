"""Small walks up a lexbor tree, shared by the body modules."""

from __future__ import annotations

from selectolax.lexbor import LexborNode


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
