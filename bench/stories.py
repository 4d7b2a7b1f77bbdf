"""Precision and recall of story matching on the labelled pairs in tests/data/story_pairs.

    .venv/bin/python bench/stories.py [--pairs tests/data/story_pairs]
    .venv/bin/python bench/stories.py --scale 20000 [--batch 2000]   # linking cost as the corpus grows
    .venv/bin/python bench/stories.py --copies ../shared/bench/html    # one page saved three times

Each text goes through the parser (as in ingest) and gets a MinHash signature. For every pair the
bench reports whether LSH would make it a candidate (shares a band) and its estimated containment,
then sweeps the containment threshold. The chosen threshold is the middle of the widest run of
thresholds with the best F1, which leaves the most margin on both sides. Dates are left out: the
score here is the text alone, the date rule only ever removes matches.
"""

from __future__ import annotations

import argparse
import csv
import gzip
import os
import random
import resource
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass
from pathlib import Path

import pyarrow as pa

from byline.model import Rejected
from byline.parse import parse_bytes
from byline.store import connect
from byline.stories.cluster import CONTAINMENT_THRESHOLD, MIN_SHARED_SHINGLES
from byline.stories.link import link_run
from byline.stories.minhash import (
    band_keys,
    containment,
    estimate_jaccard,
    shared_shingles,
    shingles,
    signature,
)

ROOT = Path(__file__).resolve().parent.parent
SITES = 40  # synthetic articles are spread over this many sites


@dataclass(frozen=True)
class Scored:
    a: str
    b: str
    same: bool
    kind: str
    candidate: bool
    containment: float
    shared: float
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
                    shared_shingles(j, sa.n_shingles, sb.n_shingles),
                    exact,
                )
            )
    return out


def matched(s: Scored, threshold: float) -> bool:
    return s.candidate and s.containment >= threshold and s.shared >= MIN_SHARED_SHINGLES


def metrics(scored: list[Scored], threshold: float) -> tuple[float, float, float]:
    predicted = [matched(s, threshold) for s in scored]
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


def synthetic_corpus(n: int, seed: int = 7) -> list[tuple[str, str, str | None]]:
    """(article_id, body, original's id or None): random 250-word texts over a Zipf-like vocabulary,
    every tenth a light edit (a new lead, 10% of words replaced) of an earlier one."""
    rng = random.Random(seed)
    vocab = [f"w{i}" for i in range(20000)]
    weights = [1 / (i + 1) for i in range(len(vocab))]
    out: list[tuple[str, str, str | None]] = []
    for i in range(n):
        if i >= 10 and i % 10 == 0:
            original_id, original, _ = out[rng.randrange(len(out))]
            words = original.split()
            for k in rng.sample(range(len(words)), len(words) // 10):
                words[k] = rng.choice(vocab)
            lead = rng.choices(vocab, weights, k=30)
            out.append((f"a{i:07d}", " ".join(lead + words), original_id))
        else:
            out.append((f"a{i:07d}", " ".join(rng.choices(vocab, weights, k=250)), None))
    return out


def scale(n: int, batch: int) -> None:
    corpus = synthetic_corpus(n)
    path = Path(tempfile.mkdtemp()) / "scale.duckdb"
    con = connect(path)
    print(f"{n} synthetic articles in runs of {batch}; DuckDB file {path}")
    print("  corpus  run_s  per_article_ms  cpu_ms  max_rss_mb")
    for start in range(0, n, batch):
        run_id = f"r{start // batch}"
        part = corpus[start : start + batch]
        # Each page also carries its site's template line, as scraped pages do, so the lookup of
        # template lines (sql/stories/template_lines.sql) is part of the cost measured.
        sites = [f"site{int(a[1:]) % SITES}.example" for a, _, _ in part]
        bodies = [
            f"{b}\nSign up for the {site} newsletter to get the news first"
            for (_, b, _), site in zip(part, sites, strict=True)
        ]
        new = pa.table({"article_id": [a for a, _, _ in part], "body": bodies, "domain": sites})
        con.register("new_articles", new)
        con.execute(
            "insert into articles (article_id, body, domain, run_id, ingested_at)"
            " select article_id, body, domain, ?, now() from new_articles",
            [run_id],
        )
        con.unregister("new_articles")
        began, cpu_began = time.perf_counter(), time.process_time()
        link_run(con, run_id)
        took, cpu = time.perf_counter() - began, time.process_time() - cpu_began
        rss = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
        # cpu_ms: CPU time of all threads per article, steadier than wall time on a busy machine
        print(
            f"  {start + batch:6d}  {took:5.1f}  {1000 * took / batch:14.2f}  {1000 * cpu / batch:6.2f}  {rss:10.0f}"
        )
    story = dict(con.execute("select article_id, story_id from articles").fetchall())
    copies = [(a, o) for a, _, o in corpus if o]
    found = sum(story[a] == story[o] for a, o in copies)
    truth = {a: a for a, _, _ in corpus}  # each copy belongs with the root of its original
    for a, o in copies:
        truth[a] = truth[o]
    members: dict[str, set[str]] = {}
    for a, s in story.items():
        members.setdefault(s, set()).add(truth[a])
    mixed = sum(len(roots) > 1 for roots in members.values())
    sizes = con.execute(
        "select count(*) filter (where n_articles > 1), max(n_articles) from stories"
    ).fetchone()
    print(
        f"edited copies linked to their original: {found}/{len(copies)}; "
        f"stories with copies: {sizes[0]}, largest: {sizes[1]} articles; stories mixing unrelated articles: {mixed}"
    )
    con.close()


def save_copies(html_dir: Path, crawl: Path) -> int:
    """Each page of html_dir saved three times with different bytes: as found, gunzipped, fetched again."""
    n = 0
    for page in sorted(html_dir.rglob("*.htm*")):
        raw = page.read_bytes()
        text = gzip.decompress(raw) if page.suffix == ".gz" else raw
        relative = page.relative_to(html_dir)
        plain = relative.with_suffix("") if page.suffix == ".gz" else relative
        for folder, name, data in (
            ("as_found", relative, raw),
            ("plain", plain, text),
            ("fetched_again", plain, text + b"\n<!-- fetched again -->\n"),
        ):
            target = crawl / folder / name
            target.parent.mkdir(parents=True, exist_ok=True)
            target.write_bytes(data)
        n += 1
    return n


def copies(html_dir: Path) -> None:
    """Ingest three saved copies of every page, as a user whose crawler fetched each page three times
    would, and count the pages whose copies became one story."""
    work = Path(tempfile.mkdtemp())
    n_pages = save_copies(html_dir, work / "crawl")
    db = work / "copies.duckdb"
    env = {**os.environ, "PYTHONPATH": str(ROOT), "PREFECT_HOME": str(work / "prefect")}
    byline = Path(sys.executable).with_name("byline")
    started = time.perf_counter()
    subprocess.run([str(byline), "ingest", str(work / "crawl"), "--db", str(db)], env=env, check=True,
                   stdout=subprocess.DEVNULL)
    took = time.perf_counter() - started
    con = connect(db)
    pages = con.execute(
        "select count(*), count(*) filter (where n_stories = 1), sum(n_copies)::int, sum(n_copies) filter (where n_stories = 1)::int"
        " from (select url, count(*) as n_copies, count(distinct story_id) as n_stories"
        "       from articles where url is not null group by url having count(*) = 3)"
    ).fetchone()
    n_articles, n_duplicates = con.execute(
        "select (select count(*) from articles), (select coalesce(sum(n_duplicates), 0) from stories)"
    ).fetchone()
    by_language = con.execute(
        "select language, count(*) filter (where n_stories = 1), count(*) from ("
        "  select url, any_value(language) as language, count(distinct story_id) as n_stories"
        "  from articles where url is not null group by url having count(*) = 3)"
        " group by all order by 3 desc limit 8"
    ).fetchall()
    con.close()
    print(f"{n_pages} pages saved three times; ingested in {took:.0f}s: {n_articles} articles published")
    print(f"pages published in all three copies: {pages[0]}; copies in one story: {pages[1]} ({pages[3] or 0} articles)")
    print(f"copies counted as duplicates in stories.n_duplicates: {n_duplicates}")
    print("pages linked / published, by language: " + ", ".join(f"{lang} {a}/{b}" for lang, a, b in by_language))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--pairs", type=Path, default=ROOT / "tests" / "data" / "story_pairs")
    parser.add_argument(
        "--scale", type=int, help="instead: link this many synthetic articles, timing each run"
    )
    parser.add_argument("--batch", type=int, default=2000, help="articles per run with --scale")
    parser.add_argument("--copies", type=Path, help="instead: ingest every page of this folder saved three times")
    args = parser.parse_args()
    if args.copies:
        copies(args.copies)
        return
    if args.scale:
        scale(args.scale, args.batch)
        return
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
        shared = sorted(s.shared for s in scored if s.same == same)
        print(f"shared shingles, {label}: min {shared[0]:.0f}  max {shared[-1]:.0f}")
    print(f"(a match also needs at least {MIN_SHARED_SHINGLES} shared shingles)")
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
    errors = [s for s in scored if matched(s, CONTAINMENT_THRESHOLD) != s.same]
    for s in errors:
        print(
            f"  wrong: {s.a} ~ {s.b} ({s.kind}): containment {s.containment:.2f}, "
            f"exact {s.exact_containment:.2f}, candidate {s.candidate}"
        )


if __name__ == "__main__":
    main()
