"""Throughput of the plain-text parser on one core, on seed-sized articles built in memory.

    .venv/bin/python bench/parse.py [--articles 3000] [--repeat 3]

The corpus is made from the bundled samples in samples/text/: each generated article takes a
headline, a byline, a date line and a photo caption of its own (no two articles share one) and a
shuffled, re-numbered run of body paragraphs. Every round starts with the parser's caches empty. When ../shared/seeds is there, each real seed file is timed on its own too.
"""

from __future__ import annotations

import argparse
import random
import statistics
import sys
import time
import timeit
from pathlib import Path

from byline.model import Rejected
from byline.parse.text import parse_text

ROOT = Path(__file__).resolve().parents[1]
SAMPLES = ROOT / "samples" / "text"
SEEDS = ROOT.parent / "shared" / "seeds"


FIRST = ["Jane", "Omar", "Li", "Priya", "Tomás", "Anna", "Kwame", "Sofia", "Mehmet", "Hannah", "Yuki", "Pierre"]
LAST = ["Roe", "Haddad", "Wei", "Raman", "García", "Schäfer", "Mensah", "Rossi", "Yilmaz", "Becker", "Sato", "Dubois"]
MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]
AGENCIES = ["Reuters", "The Associated Press", "AFP", "The Canadian Press", "dpa"]


def _person(rng: random.Random, n: int) -> str:
    """A name no other article has: a first and last name with a numbered middle initial set."""
    initials = "".join(chr(65 + (n // 26**k) % 26) + "." for k in range(2))
    return f"{rng.choice(FIRST)} {initials} {rng.choice(LAST)}"


def _header(rng: random.Random, n: int) -> list[str]:
    """A byline, a date line and a caption of their own for article `n`: no cache sees one twice."""
    day, month, year = rng.randint(1, 28), rng.choice(MONTHS), rng.randint(2001, 2025)
    hour, minute = rng.randint(0, 23), rng.randint(0, 59)
    byline = rng.choice([
        f"By {_person(rng, n)}",
        f"By {_person(rng, n)} and {_person(rng, n + 7919)}, {rng.choice(AGENCIES)}",
        f"{_person(rng, n)} | {rng.choice(AGENCIES)}",
    ])
    dated = rng.choice([
        f"Published {month} {day}, {year} • {rng.randint(1, 9)} minute read",
        f"Updated {day} {month} {year} {hour:02d}:{minute:02d} BST",
        f"{year}-{MONTHS.index(month) + 1:02d}-{day:02d}T{hour:02d}:{minute:02d}:00Z",
    ])
    caption = (f"People walk past the building on day {n} of the works. "
               f"({rng.choice(['AP', 'Reuters', 'AFP'])} Photo/{_person(rng, n + 104729)})")
    return [byline, dated, caption]


def build_corpus(count: int, seed: int = 7) -> list[str]:
    """`count` distinct articles of about the seeds' size (3-5 KB), from the bundled samples.

    Every article has its own byline, date and caption, as real input does, so the parser's caches
    (bylines, dates) miss as they would on a day's ingest, not hit on five repeated headers.
    """
    rng = random.Random(seed)
    sources = [p.read_text(encoding="utf-8") for p in sorted(SAMPLES.glob("*.txt"))]
    if not sources:
        raise SystemExit(f"no samples in {SAMPLES}: the benchmark builds its input from them")
    prose = [line for text in sources for line in text.splitlines() if len(line) > 120]
    headlines = [line for line in (text.splitlines()[0] for text in sources) if not line.endswith(":")]
    corpus = []
    for n in range(count):
        body = rng.sample(prose, k=min(len(prose), rng.randint(8, 14)))
        body = [line.replace(" the ", f" the {n % 97} ", 1) for line in body]  # keep every input distinct
        header = _header(rng, n)
        lines = [f"{rng.choice(headlines)} ({n})", header[0], header[1], *body[:2], header[2], *body[2:]]
        corpus.append("\n".join(lines))
    return corpus


def clear_caches() -> None:
    """Empty every functools cache of the text parser's modules, so each round starts cold."""
    import byline.parse as package

    for module in [m for name, m in sys.modules.items() if name.startswith(package.__name__ + ".")]:
        for value in vars(module).values():
            if hasattr(value, "cache_clear") and getattr(value, "__module__", "") == module.__name__:
                value.cache_clear()


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--articles", type=int, default=3000)
    ap.add_argument("--repeat", type=int, default=3)
    args = ap.parse_args()
    corpus = build_corpus(args.articles)
    for text in build_corpus(50, seed=1):  # import modules and compile regexes before timing
        parse_text(text)
    wall_rates, cpu_rates = [], []
    for _ in range(args.repeat):
        clear_caches()  # tables read from files are cached too: each round re-reads them once, as a new process would
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
