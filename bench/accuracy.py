"""Score the HTML parser on a benchmark folder, in a tune half and a check half, and print pages per second.

    .venv/bin/python bench/accuracy.py [FOLDER] [--truth FILE] [--keep PREDS.jsonl] [--misses FIELD]
    .venv/bin/python bench/accuracy.py --score OTHER.jsonl   # another extractor's predictions, by halves

The second form parses nothing: it scores a predictions file in score.py's format by the same halves,
so a gap can be read against what the split does to another extractor (some sites are harder).

FOLDER defaults to ../shared/bench/html; its truth.jsonl is read only as the crawler manifest (file -> url)
and handed to score.py, which sits one level up. Parsing runs in this process, so the pages/s figure is
single-process throughput with decoding, metadata and body extraction included (gunzip and file reads are
done before the clock starts).

Halves: every page goes to the *tune* or the *check* half by a stable hash of its site (the registered
domain of its URL), so one site's pages never sit in both. Failures may be read in the tune half only
(`--misses`); the check half stands for sites nobody tuned on, and a rule is kept only if it holds there.

Scoring convention: where a page credits no person but an organisation (agency, desk, staff), the benchmark
lists that name as the author. The parser reports that name in `credit`, so a prediction is `authors or [credit]`.
"""

from __future__ import annotations

import argparse
import gzip
import hashlib
import json
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from byline.model import Rejected
from byline.parse import parse_bytes
from byline.parse.urls import registered_domain

ROOT = Path(__file__).resolve().parents[1]
DEFAULT_FOLDER = ROOT.parent / "shared" / "bench" / "html"
FIELDS = [("title_exact", "title"), ("date_exact", "date"), ("authors_set", "authors"),
          ("url_exact", "url"), ("body_snippet_recall", "body")]
MISS_FIELDS = {"title": "title", "date": "date", "authors": "authors", "url": "url"}


def half(url: str | None, file: str) -> str:
    """'tune' or 'check', from a hash of the page's site; stable across runs and machines."""
    site = registered_domain(url) or file
    return "tune" if hashlib.sha256(site.encode("utf-8")).digest()[0] % 2 == 0 else "check"


def load_truth(truth: Path) -> list[dict]:
    return [json.loads(line) for line in truth.open(encoding="utf-8") if line.strip()]


def load_pages(folder: Path, rows: list[dict]) -> list[tuple[str, bytes, str | None]]:
    pages = []
    for row in rows:
        raw = (folder / row["file"]).read_bytes()
        # gunzip outside the timed loop: the crawler's storage format is not the parser's cost
        data = gzip.decompress(raw) if row["file"].endswith(".gz") else raw
        pages.append((row["file"], data, row.get("url")))
    return pages


def predict(name: str, data: bytes, url: str | None) -> dict:
    try:
        art = parse_bytes(data, name.removesuffix(".gz"), url_hint=url)
    except Rejected as rejected:
        return {"file": name, "rejected": rejected.reason, "detail": rejected.detail, "url": url, "text": ""}
    return {
        "file": name,
        "title": art.title,
        "authors": list(art.authors) or ([art.credit] if art.credit else []),
        "date": art.published_date.isoformat() if art.published_date else None,
        "url": art.url,
        "text": art.body,
        "title_source": art.title_source,
        "date_source": art.date_source,
    }


def score(score_py: Path, rows: list[dict], preds_file: Path) -> dict:
    """score.py's JSON result for the truth rows given (a temporary truth file holds just them)."""
    with tempfile.NamedTemporaryFile("w", suffix=".jsonl", encoding="utf-8", delete=False) as fh:
        fh.writelines(json.dumps(row, ensure_ascii=False) + "\n" for row in rows)
    try:
        done = subprocess.run([sys.executable, str(score_py), "--truth", fh.name, "--pred", str(preds_file), "--json"],
                              check=True, capture_output=True, text=True)
    finally:
        Path(fh.name).unlink()
    return json.loads(done.stdout)["scores"]


def halves(score_py: Path, rows: list[dict], preds_file: Path) -> tuple[dict, dict, int, int]:
    """Scores of the tune half and of the check half, and their page counts."""
    tune_rows = [r for r in rows if half(r.get("url"), r["file"]) == "tune"]
    check_rows = [r for r in rows if half(r.get("url"), r["file"]) == "check"]
    return score(score_py, tune_rows, preds_file), score(score_py, check_rows, preds_file), len(tune_rows), len(check_rows)


def print_halves(tune: dict, check: dict, n_tune: int, n_check: int) -> None:
    print(f"| half | pages | {' | '.join(label for _, label in FIELDS)} |")
    print("|---" * (len(FIELDS) + 2) + "|")
    for name, res, n in (("tune", tune, n_tune), ("check", check, n_check)):
        cells = [f"{res[k]['mean'] * 100:.1f}" if k in res else "–" for k, _ in FIELDS]
        print(f"| {name} | {n} | " + " | ".join(cells) + " |")
    gaps = [f"{(tune[k]['mean'] - check[k]['mean']) * 100:+.1f}" if k in tune and k in check else "–" for k, _ in FIELDS]
    print("| gap (tune - check) | | " + " | ".join(gaps) + " |")


def print_misses(field: str, rows: list[dict], preds: dict[str, dict]) -> None:
    """Failures of one field, tune half only; the check half is never listed page by page."""
    from importlib.util import module_from_spec, spec_from_file_location

    spec = spec_from_file_location("score", DEFAULT_FOLDER.parent / "score.py")
    scorer = module_from_spec(spec)
    spec.loader.exec_module(scorer)
    key = dict(FIELDS_BY_LABEL)[field]
    for row in rows:
        if row["_half"] != "tune":
            continue
        pred = preds.get(row["file"], {})
        if scorer.score_page(row, pred).get(key, 1.0) < 1.0:
            got = pred.get("rejected") or pred.get(field if field != "body" else "text")
            want = row.get(field if field != "body" else "body_snippets")
            extra = f" [{pred.get(field + '_source')}]" if pred.get(field + "_source") else ""
            print(f"miss {field}: {row['file']}: got {str(got)[:120]!r}{extra}, want {str(want)[:120]!r}")


FIELDS_BY_LABEL = [(label, key) for key, label in FIELDS]


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("folder", nargs="?", type=Path, default=DEFAULT_FOLDER)
    ap.add_argument("--truth", type=Path, help="manifest and truth file (default FOLDER/truth.jsonl)")
    ap.add_argument("--keep", type=Path, help="also write the predictions to this file")
    ap.add_argument("--misses", choices=[label for _, label in FIELDS],
                    help="list the tune half's failures of this field (the check half is never listed)")
    ap.add_argument("--score", type=Path, help="score this predictions file by halves instead of parsing")
    args = ap.parse_args()
    truth = args.truth or args.folder / "truth.jsonl"
    rows = load_truth(truth)
    if args.score:
        print_halves(*halves(args.folder.parent / "score.py", rows, args.score))
        return 0
    pages = load_pages(args.folder, rows)

    start, cpu_start = time.perf_counter(), time.process_time()
    preds = [predict(name, data, url) for name, data, url in pages]
    elapsed, cpu = time.perf_counter() - start, time.process_time() - cpu_start

    out = args.keep or Path(tempfile.mkstemp(suffix=".jsonl", prefix="byline-preds-")[1])
    with out.open("w", encoding="utf-8") as fh:
        for pred in preds:
            fh.write(json.dumps(pred, ensure_ascii=False) + "\n")
    score_py = args.folder.parent / "score.py"
    subprocess.run([sys.executable, str(score_py), "--truth", str(truth), "--pred", str(out), "--name", "byline"],
                   check=True)
    print()
    print_halves(*halves(score_py, rows, out))
    rejected = sum(1 for p in preds if "rejected" in p)
    # CPU time is what one process costs; wall time also counts waiting for a busy machine's other work.
    print(f"byline: {len(pages) / elapsed:.1f} pages/s wall, {len(pages) / cpu:.1f} pages per CPU second, one process "
          f"({len(pages)} pages in {elapsed:.1f} s wall, {cpu:.1f} s CPU; {rejected} rejected)")
    if args.misses:
        for row in rows:
            row["_half"] = half(row.get("url"), row["file"])
        print_misses(args.misses, rows, {p["file"]: p for p in preds})
    return 0


if __name__ == "__main__":
    sys.exit(main())
