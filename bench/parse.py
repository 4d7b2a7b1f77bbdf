"""Throughput of the plain-text parser on one core, on seed-sized articles built in memory.

    .venv/bin/python bench/parse.py [--articles 3000] [--repeat 3]

The corpus is made from the bundled samples in samples/text/: each generated article takes one
sample's header and clutter, and a shuffled, re-numbered run of body paragraphs, so that no two
inputs are the same string. When ../shared/seeds is there, each real seed file is timed on its own too.
"""

from __future__ import annotations

import argparse
import random
import statistics
import time
import timeit
from pathlib import Path

from byline.model import Rejected
from byline.parse.text import parse_text

ROOT = Path(__file__).resolve().parents[1]
SAMPLES = ROOT / "samples" / "text"
SEEDS = ROOT.parent / "shared" / "seeds"


def build_corpus(count: int, seed: int = 7) -> list[str]:
    """`count` distinct articles of about the seeds' size (3-5 KB), from the bundled samples."""
    rng = random.Random(seed)
    sources = [p.read_text(encoding="utf-8") for p in sorted(SAMPLES.glob("*.txt"))]
    if not sources:
        raise SystemExit(f"no samples in {SAMPLES}: the benchmark builds its input from them")
    prose = [line for text in sources for line in text.splitlines() if len(line) > 120]
    corpus = []
    for n in range(count):
        lines = rng.choice(sources).splitlines()
        extra = rng.sample(prose, k=min(len(prose), rng.randint(6, 12)))
        extra = [line.replace(" the ", f" the {n % 97} ", 1) for line in extra]  # keep every input distinct
        cut = len(lines) // 2
        corpus.append("\n".join(lines[:cut] + extra + lines[cut:]))
    return corpus


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--articles", type=int, default=3000)
    ap.add_argument("--repeat", type=int, default=3)
    args = ap.parse_args()
    corpus = build_corpus(args.articles)
    for text in corpus[:50]:  # load models, tables and regexes once before timing
        parse_text(text)
    wall_rates, cpu_rates = [], []
    for _ in range(args.repeat):
        wall, cpu = time.perf_counter(), time.process_time()
        rejected = 0
        for text in corpus:
            try:
                parse_text(text)
            except Rejected:
                rejected += 1
        wall_rates.append(len(corpus) / (time.perf_counter() - wall))
        cpu_rates.append(len(corpus) / (time.process_time() - cpu))
    size = statistics.mean(len(t.encode()) for t in corpus)
    print(f"{len(corpus)} articles, mean {size / 1024:.1f} KB, {rejected} rejected, one process")
    # CPU time is what one core spends; wall time also counts waiting for a busy machine.
    print(f"text parser: {statistics.median(cpu_rates):,.0f} articles per CPU-second (best {max(cpu_rates):,.0f})")
    print(f"             {statistics.median(wall_rates):,.0f} articles per wall-clock second")
    # A machine-speed reference, so numbers from different machines can be compared
    reference = min(timeit.repeat("sum(range(1000))", number=2000, repeat=5)) / 2000 * 1e6
    for seed in sorted(SEEDS.glob("*.txt")) if SEEDS.is_dir() else []:
        print(f"seed {seed.name}: {_rate(seed.read_text(encoding='utf-8')):,.0f} per CPU-second (best of 7)")
    print(f"reference: sum(range(1000)) takes {reference:.1f} µs in this interpreter on this machine")
    return 0


def _rate(text: str, rounds: int = 7, count: int = 300) -> float:
    """One article parsed `count` times in each of `rounds`: the best round's articles per CPU-second."""
    best = float("inf")
    for _ in range(rounds):
        cpu = time.process_time()
        for _ in range(count):
            parse_text(text)
        best = min(best, time.process_time() - cpu)
    return count / best


if __name__ == "__main__":
    raise SystemExit(main())
