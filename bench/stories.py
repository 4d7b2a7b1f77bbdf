"""Precision and recall of story matching on the labelled pairs in tests/data/story_pairs.

    .venv/bin/python bench/stories.py [--pairs tests/data/story_pairs]

Each text goes through the parser (as in ingest) and gets a MinHash signature. For every pair the
bench reports whether LSH would make it a candidate (shares a band) and its estimated containment,
then sweeps the containment threshold. The chosen threshold is the middle of the widest run of
thresholds with the best F1, which leaves the most margin on both sides. Dates are left out: the
score here is the text alone, the date rule only ever removes matches.
"""

from __future__ import annotations

import argparse
import csv
import time
from dataclasses import dataclass
from pathlib import Path

from byline.model import Rejected
from byline.parse import parse_bytes
from byline.stories.cluster import CONTAINMENT_THRESHOLD
from byline.stories.minhash import band_keys, containment, estimate_jaccard, shingles, signature

ROOT = Path(__file__).resolve().parent.parent


@dataclass(frozen=True)
class Scored:
    a: str
    b: str
    same: bool
    kind: str
    candidate: bool
    containment: float
    exact_containment: float


def body_of(path: Path) -> str:
    try:
        return parse_bytes(path.read_bytes(), path.name).body
    except Rejected:
        return ""


def score_pairs(pairs_dir: Path) -> list[Scored]:
    texts = {p.stem: body_of(p) for p in sorted((pairs_dir / "texts").glob("*.txt"))}
    sigs = {k: signature(v) for k, v in texts.items()}
    keys = {k: set(enumerate(band_keys(s.minhash))) for k, s in sigs.items()}
    grams = {k: shingles(v) for k, v in texts.items()}
    out = []
    with open(pairs_dir / "pairs.csv", newline="", encoding="utf-8") as fh:
        for row in csv.DictReader(fh):
            a, b = row["a"], row["b"]
            sa, sb = sigs[a], sigs[b]
            j = estimate_jaccard(sa.minhash, sb.minhash)
            exact = len(grams[a] & grams[b]) / max(1, min(len(grams[a]), len(grams[b])))
            out.append(
                Scored(
                    a,
                    b,
                    row["label"] == "same",
                    row["kind"],
                    bool(keys[a] & keys[b]),
                    containment(j, sa.n_shingles, sb.n_shingles),
                    exact,
                )
            )
    return out


def metrics(scored: list[Scored], threshold: float) -> tuple[float, float, float]:
    predicted = [s.candidate and s.containment >= threshold for s in scored]
    tp = sum(p and s.same for p, s in zip(predicted, scored, strict=True))
    fp = sum(p and not s.same for p, s in zip(predicted, scored, strict=True))
    fn = sum(not p and s.same for p, s in zip(predicted, scored, strict=True))
    precision = tp / (tp + fp) if tp + fp else 1.0
    recall = tp / (tp + fn) if tp + fn else 1.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    return precision, recall, f1


def choose_threshold(scored: list[Scored], grid: list[float]) -> float:
    f1s = [metrics(scored, t)[2] for t in grid]
    best = max(f1s)
    runs, current = [], []
    for t, f in zip(grid, f1s, strict=True):
        if f == best:
            current.append(t)
        elif current:
            runs.append(current)
            current = []
    if current:
        runs.append(current)
    widest = max(runs, key=len)
    return widest[len(widest) // 2]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--pairs", type=Path, default=ROOT / "tests" / "data" / "story_pairs")
    args = parser.parse_args()
    started = time.perf_counter()
    scored = score_pairs(args.pairs)
    elapsed = time.perf_counter() - started
    n_same = sum(s.same for s in scored)
    print(
        f"{len(scored)} labelled pairs ({n_same} same story, {len(scored) - n_same} different); "
        f"scored in {elapsed:.2f}s"
    )
    print(
        f"LSH candidates: {sum(s.candidate for s in scored if s.same)}/{n_same} same-story pairs, "
        f"{sum(s.candidate for s in scored if not s.same)}/{len(scored) - n_same} different-story pairs"
    )
    for label, same in (("same story", True), ("different story", False)):
        values = sorted(s.containment for s in scored if s.same == same)
        print(
            f"containment, {label}: min {values[0]:.2f}  median {values[len(values) // 2]:.2f}  "
            f"max {values[-1]:.2f}"
        )
    grid = [round(0.05 * i, 2) for i in range(1, 20)]
    print("\nthreshold  precision  recall  f1")
    for t in grid:
        p, r, f = metrics(scored, t)
        print(f"   {t:.2f}      {p:.3f}    {r:.3f}  {f:.3f}")
    chosen = choose_threshold(scored, grid)
    p, r, f = metrics(scored, chosen)
    print(f"\nbest-F1 plateau midpoint: {chosen:.2f} (precision {p:.3f}, recall {r:.3f}, f1 {f:.3f})")
    p, r, f = metrics(scored, CONTAINMENT_THRESHOLD)
    print(
        f"in use (byline/stories/cluster.py): {CONTAINMENT_THRESHOLD:.2f} "
        f"(precision {p:.3f}, recall {r:.3f}, f1 {f:.3f})"
    )
    errors = [s for s in scored if (s.candidate and s.containment >= CONTAINMENT_THRESHOLD) != s.same]
    for s in errors:
        print(
            f"  wrong: {s.a} ~ {s.b} ({s.kind}): containment {s.containment:.2f}, "
            f"exact {s.exact_containment:.2f}, candidate {s.candidate}"
        )


if __name__ == "__main__":
    main()
