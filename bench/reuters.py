"""Accuracy of the plain-text parser on the Reuters-21578 benchmark stories (../shared/bench/text).

    .venv/bin/python bench/reuters.py [--bench ../shared/bench/text] [--show-misses 10]

Prints title exact, dateline place, authors set (on stories with a byline) and agency == Reuters.
Titles and authors are compared as the shared scorer does: Unicode, quotes, spaces and case normalised,
authors split on "," ";" "&" and "and".
"""

from __future__ import annotations

import argparse
import json
import re
import sys
import time
import unicodedata
from pathlib import Path

from byline.model import Rejected
from byline.parse.text import parse_text

ROOT = Path(__file__).resolve().parents[1]
DEFAULT_BENCH = ROOT.parent / "shared" / "bench" / "text"
AUTHOR_SPLIT = re.compile(r"\s*(?:;|,|\||&|\n|\s+and\s+)\s*", re.IGNORECASE)
DATELINE_TAIL = re.compile(r",\s*[A-Za-z]{3,9}\.?\s+\d{1,2},?\s*-\s*$")


def norm(text: str | None) -> str:
    text = unicodedata.normalize("NFKC", text or "").replace("’", "'").replace("‘", "'")
    return " ".join(text.split()).lower()


def author_set(names: list[str] | None) -> set[str]:
    return {p.strip(" .") for n in names or [] for p in AUTHOR_SPLIT.split(norm(n)) if p.strip(" .")}


def truth_place(dateline: str) -> str:
    return DATELINE_TAIL.sub("", dateline).strip()


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--bench", type=Path, default=DEFAULT_BENCH)
    ap.add_argument("--show-misses", type=int, default=0, help="print this many misses per measure")
    args = ap.parse_args()
    truth_file = args.bench / "truth.jsonl"
    if not truth_file.exists():
        print(f"no benchmark at {args.bench}: pass --bench with the folder holding truth.jsonl", file=sys.stderr)
        return 2
    rows = [json.loads(line) for line in truth_file.read_text(encoding="utf-8").splitlines() if line.strip()]
    hits = {"title exact": [], "dateline place": [], "authors set (bylined)": [], "agency == Reuters": []}
    misses: dict[str, list[str]] = {k: [] for k in hits}
    started = time.perf_counter()
    for row in rows:
        text = (args.bench / row["file"]).read_text(encoding="utf-8", errors="replace")
        try:
            got = parse_text(text)
            title, place, authors, agency = got.title, got.dateline, list(got.authors), got.agency
        except Rejected as rejected:
            title = place = agency = None
            authors = []
            misses["title exact"].append(f"{row['file']}: rejected {rejected.detail}")
        checks = {
            "title exact": (norm(title) == norm(row["title"]), title, row["title"]),
            "dateline place": (norm(place) == norm(truth_place(row["dateline"])), place, row["dateline"]),
            "agency == Reuters": (agency == "Reuters", agency, "Reuters"),
        }
        if row.get("authors"):
            checks["authors set (bylined)"] = (author_set(authors) == author_set(row["authors"]), authors, row["authors"])
        for name, (ok, pred, gold) in checks.items():
            hits[name].append(ok)
            if not ok:
                misses[name].append(f"{row['file']}: got {pred!r}, want {gold!r}")
    elapsed = time.perf_counter() - started
    print(f"{len(rows)} Reuters stories parsed in {elapsed:.2f}s ({len(rows) / elapsed:,.0f}/s, including file reads)")
    for name, results in hits.items():
        print(f"{name:24s} {100 * sum(results) / max(len(results), 1):6.2f}%  ({sum(results)}/{len(results)})")
    if args.show_misses:
        for name, lines in misses.items():
            for line in lines[: args.show_misses]:
                print(f"  miss {name}: {line}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
