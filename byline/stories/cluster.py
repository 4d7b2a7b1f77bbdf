"""Which candidate pairs are one story, and how articles group into stories."""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field

from byline.stories.minhash import containment, shared_shingles

# Chosen by the sweep in bench/stories.py over tests/data/story_pairs (see its output). Its best-F1
# plateau was 0.25-0.35 with the first signatures and is 0.30-0.40 with the numpy ones: 0.30 still
# classifies every labelled pair right.
CONTAINMENT_THRESHOLD = 0.30
# Copies of one story appear within days of each other; a match further apart is a follow-up story.
MAX_DAYS_APART = 3
# A tiny text (a teaser, a page that kept only a boilerplate line) is "contained" in anything that
# repeats it; the pair must share about a long sentence's worth of text too.
MIN_SHARED_SHINGLES = 20
# Every MinHash value equal: the same text (a page saved twice). Its copies are one story however far
# apart their dates read, since a date that differs between identical texts was misread, not a follow-up.
IDENTICAL_JACCARD = 1.0


@dataclass(frozen=True, slots=True)
class PairScore:
    """Similarity of two articles' bodies, estimated from their signatures."""

    a: str
    b: str
    jaccard: float
    containment: float
    shared: float  # estimated shingles in common
    days_apart: int | None = None  # null when either article has no date yet

    @classmethod
    def of(
        cls, a: str, b: str, jaccard: float, n_a: int, n_b: int, days_apart: int | None = None
    ) -> PairScore:
        """Score from the estimated Jaccard similarity and both texts' shingle counts."""
        return cls(
            a, b, jaccard, containment(jaccard, n_a, n_b), shared_shingles(jaccard, n_a, n_b), days_apart
        )


def same_story(
    score: PairScore, threshold: float = CONTAINMENT_THRESHOLD, max_days: int = MAX_DAYS_APART
) -> bool:
    far_apart = score.days_apart is not None and abs(score.days_apart) > max_days
    if far_apart and score.jaccard < IDENTICAL_JACCARD:
        return False
    return score.containment >= threshold and score.shared >= MIN_SHARED_SHINGLES


@dataclass(frozen=True)
class Assignment:
    """Story ids to write: per article, and old story ids folded into another when a new copy bridges them."""

    story_of: dict[str, str]
    merged: dict[str, str] = field(default_factory=dict)


def story_id_for(article_id: str) -> str:
    return f"st_{article_id}"


def assign_stories(
    articles: Iterable[str], edges: Iterable[tuple[str, str]], existing: Mapping[str, str | None]
) -> Assignment:
    """Group `articles` and the older articles they matched into stories (single linkage).

    `existing` maps already-linked articles to their story. A group that reaches an existing story
    joins it; a group reaching several merges them under the smallest id, so ids never depend on
    processing order; a group reaching none becomes a new story named for its smallest article_id.
    """
    parent: dict[str, str] = {}

    def find(x: str) -> str:
        parent.setdefault(x, x)
        while parent[x] != x:
            parent[x] = parent[parent[x]]
            x = parent[x]
        return x

    for article in articles:
        find(article)
    for a, b in edges:
        ra, rb = find(a), find(b)
        if ra != rb:
            parent[max(ra, rb)] = min(ra, rb)

    groups: dict[str, list[str]] = {}
    for node in list(parent):
        groups.setdefault(find(node), []).append(node)

    story_of: dict[str, str] = {}
    merged: dict[str, str] = {}
    for members in groups.values():
        old = sorted({s for m in members if (s := existing.get(m))})
        story = old[0] if old else story_id_for(min(members))
        for other in old[1:]:
            merged[other] = story
        for m in members:
            story_of[m] = story
    return Assignment(story_of=story_of, merged=merged)
