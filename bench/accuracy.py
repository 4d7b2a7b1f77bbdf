"""Score the HTML parser on a benchmark folder and print pages per second in one process.

    .venv/bin/python bench/accuracy.py [FOLDER] [--truth FILE] [--keep PREDS.jsonl]

FOLDER defaults to ../shared/bench/html; its truth.jsonl is read only as the crawler manifest (file -> url)
and handed to score.py, which sits one level up. Parsing runs in this process, so the pages/s figure is
single-process throughput with decoding, metadata and body extraction included (gunzip and file reads are
done before the clock starts).

Scoring convention: where a page credits no person but an agency or desk, the benchmark lists that name as
the author, so the prediction does the same. The product keeps agencies in `agency`, never in `authors`.
"""

from __future__ import annotations

import argparse
import gzip
import json
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from byline.model import Rejected
from byline.parse import parse_bytes

ROOT = Path(__file__).resolve().parents[1]
DEFAULT_FOLDER = ROOT.parent / "shared" / "bench" / "html"


def load_pages(folder: Path, truth: Path) -> list[tuple[str, bytes, str | None]]:
    rows = [json.loads(line) for line in truth.open(encoding="utf-8") if line.strip()]
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
    credit = art.extras.get("credited_organisation") or art.agency
    authors = list(art.authors) or ([credit] if credit else [])
    return {
        "file": name,
        "title": art.title,
        "authors": authors,
        "date": art.published_date.isoformat() if art.published_date else None,
        "url": art.url,
        "text": art.body,
        "title_source": art.title_source,
        "date_source": art.date_source,
    }


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("folder", nargs="?", type=Path, default=DEFAULT_FOLDER)
    ap.add_argument("--truth", type=Path, help="manifest and truth file (default FOLDER/truth.jsonl)")
    ap.add_argument("--keep", type=Path, help="also write the predictions to this file")
    args = ap.parse_args()
    truth = args.truth or args.folder / "truth.jsonl"
    pages = load_pages(args.folder, truth)

    start, cpu_start = time.perf_counter(), time.process_time()
    preds = [predict(name, data, url) for name, data, url in pages]
    elapsed, cpu = time.perf_counter() - start, time.process_time() - cpu_start

    out = args.keep or Path(tempfile.mkstemp(suffix=".jsonl", prefix="byline-preds-")[1])
    with out.open("w", encoding="utf-8") as fh:
        for pred in preds:
            fh.write(json.dumps(pred, ensure_ascii=False) + "\n")
    score = args.folder.parent / "score.py"
    subprocess.run([sys.executable, str(score), "--truth", str(truth), "--pred", str(out), "--name", "byline"],
                   check=True)
    rejected = sum(1 for p in preds if "rejected" in p)
    # CPU time is what one process costs; wall time also counts waiting for a busy machine's other work.
    print(f"byline: {len(pages) / elapsed:.1f} pages/s wall, {len(pages) / cpu:.1f} pages per CPU second, one process "
          f"({len(pages)} pages in {elapsed:.1f} s wall, {cpu:.1f} s CPU; {rejected} rejected)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
