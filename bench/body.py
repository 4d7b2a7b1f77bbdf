"""Body extraction on the shared HTML benchmark: snippet recall overall and per group, and pages per second.

    .venv/bin/python bench/body.py [--bench ../shared/bench/html] [--misses] [--dump out.jsonl]

Pages are decoded as parse_html decodes them. Times the selectolax tree build plus extract_body, in this process, on one core. Recall uses the benchmark's
own score.py normalisation, so it matches `score.py --pred` on the same text.
"""

from __future__ import annotations

import argparse
import gzip
import importlib.util
import json
import time
from collections import defaultdict
from pathlib import Path

from selectolax.lexbor import LexborHTMLParser

from byline.parse.html.body import extract_body
from byline.parse.html.encoding import decode_html

DEFAULT_BENCH = Path(__file__).resolve().parents[2] / "shared" / "bench" / "html"


def _load_score(bench: Path):
    spec = importlib.util.spec_from_file_location("bench_score", bench.parent / "score.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--bench", type=Path, default=DEFAULT_BENCH)
    ap.add_argument("--misses", action="store_true", help="print each snippet the body lacks")
    ap.add_argument("--dump", type=Path, help="write file, text and captions per page as JSON lines")
    ap.add_argument("--repeat", type=int, default=1, help="time this many passes and report the best")
    args = ap.parse_args()
    score = _load_score(args.bench)
    lines = (args.bench / "truth.jsonl").read_text(encoding="utf-8").splitlines()
    rows = [json.loads(line) for line in lines if line.strip()]
    # Decoded as parse_html decodes them; decoding is not timed here, it is not part of the body's share.
    pages = {r["file"]: decode_html(gzip.decompress((args.bench / r["file"]).read_bytes()))[0] for r in rows}

    best = build = cpu = float("inf")
    results: dict[str, tuple[str, tuple]] = {}
    for _ in range(args.repeat):
        start = time.perf_counter()
        for data in pages.values():
            LexborHTMLParser(data)
        build = min(build, time.perf_counter() - start)
        start, start_cpu = time.perf_counter(), time.process_time()
        for name, data in pages.items():
            results[name] = extract_body(LexborHTMLParser(data))
        best = min(best, time.perf_counter() - start)
        cpu = min(cpu, time.process_time() - start_cpu)

    recall: dict[str, list[float]] = defaultdict(list)
    for row in rows:
        snippets = [score.norm_text(s) for s in row.get("body_snippets") or [] if score.norm_text(s)]
        if not snippets:
            continue
        text = score.norm_text(results[row["file"]][0])
        missed = [s for s in snippets if s not in text]
        value = 1 - len(missed) / len(snippets)
        recall["all"].append(value)
        recall[row["group"]].append(value)
        if args.misses and missed:
            print(f"{row['file']}: {len(missed)}/{len(snippets)} missed, {len(text)} chars")
            for s in missed:
                print(f"    - {s[:120]}")
    if args.dump:
        with open(args.dump, "w", encoding="utf-8") as out:
            for name, (text, captions) in results.items():
                caps = [{"caption": c.caption, "credit": c.credit} for c in captions]
                out.write(
                    json.dumps({"file": name, "text": text, "captions": caps}, ensure_ascii=False) + "\n"
                )
    for group, values in sorted(recall.items(), key=lambda kv: (kv[0] != "all", kv[0])):
        print(
            f"body snippet recall {group:12s} {100 * sum(values) / len(values):5.1f}  ({len(values)} pages)"
        )
    n = len(pages)
    print(f"{n} pages, tree build + extract_body: {n / best:.1f} pages/s, {1000 * best / n:.2f} ms/page")
    # CPU time is what a busy machine inflates least.
    print(f"CPU time: {n / cpu:.1f} pages/s, {1000 * cpu / n:.2f} ms/page")
    # Build time alone shows how loaded the machine was: lexbor builds these pages in ~0.7 ms when idle.
    print(
        f"tree build alone {1000 * build / n:.2f} ms/page, extract_body {1000 * (best - build) / n:.2f} ms/page"
    )


if __name__ == "__main__":
    main()
