"""Ingest benchmark: a first ingest of N generated files, then a no-op re-run.

    .venv/bin/python bench/ingest.py --files 20000

Prints files per second inside the flow (the run's own start and finish), the wall time of each
run including Prefect start-up, and the peak memory of the flow process and of a parser worker.
Each run is a fresh process, as a scheduled deployment would be.
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from corpus import generate  # noqa: E402

RUNNER = """
import json, resource, sys
from flows.ingest_articles import ingest_articles
import duckdb
summary = ingest_articles(sources=[sys.argv[1]], db_path=sys.argv[2])
con = duckdb.connect(sys.argv[2], read_only=True)
seconds = con.execute(
    "select epoch(finished_at) - epoch(started_at) from runs where run_id = ?", [summary.run_id]).fetchone()[0]
print(json.dumps({
    "seconds_in_flow": seconds,
    "published": summary.n_published, "parsed": summary.n_parsed, "rejected": summary.n_rejected,
    "duplicates": summary.n_duplicate, "unchanged": summary.n_unchanged, "quarantined": summary.n_quarantined,
    "outcome": summary.outcome,
    "peak_rss_mb_flow": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024,
    "peak_rss_mb_worker": resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024,
}))
"""


def run_once(folder: Path, db: Path, env: dict) -> dict:
    started = time.perf_counter()
    proc = subprocess.run([sys.executable, "-c", RUNNER, str(folder), str(db)], capture_output=True, text=True, env=env)
    wall = time.perf_counter() - started
    if proc.returncode != 0:
        sys.exit(f"ingest failed:\n{proc.stderr[-4000:]}")
    result = json.loads(proc.stdout.strip().splitlines()[-1])
    result["wall_seconds"] = wall
    return result


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--files", type=int, default=20_000)
    parser.add_argument("--keep", action="store_true", help="keep the generated folder and database")
    args = parser.parse_args()
    root = Path(__file__).resolve().parent.parent
    env = {**os.environ, "PYTHONPATH": str(root), "PREFECT_SERVER_ANALYTICS_ENABLED": "false", "DO_NOT_TRACK": "1",
           "PREFECT_SERVER_EPHEMERAL_STARTUP_TIMEOUT_SECONDS": "600", "PREFECT_LOGGING_LEVEL": "WARNING"}
    tmp = Path(tempfile.mkdtemp(prefix="byline-bench-"))
    env.setdefault("PREFECT_HOME", str(tmp / "prefect"))
    folder, db = tmp / "raw", tmp / "byline.duckdb"
    started = time.perf_counter()
    kinds = generate(folder, args.files)
    print(f"generated {args.files} files in {time.perf_counter() - started:.1f}s: {kinds}")
    for label in ("first ingest", "no-op re-run"):
        r = run_once(folder, db, env)
        rate = args.files / r["seconds_in_flow"] if r["seconds_in_flow"] else float("inf")
        print(f"{label}: {r['seconds_in_flow']:.2f}s in the flow ({rate:,.0f} files/s), {r['wall_seconds']:.1f}s wall; "
              f"published {r['published']}, rejected {r['rejected']}, duplicates {r['duplicates']}, "
              f"quarantined {r['quarantined']}, unchanged {r['unchanged']}, gate {r['outcome']}; "
              f"peak memory {r['peak_rss_mb_flow']:.0f} MB flow, {r['peak_rss_mb_worker']:.0f} MB per worker")
    if not args.keep:
        import shutil

        shutil.rmtree(tmp, ignore_errors=True)
    else:
        print(f"kept {tmp}")


if __name__ == "__main__":
    main()
