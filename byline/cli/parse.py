"""`byline parse`: parse raw files without the database or Prefect, printing JSON."""

from __future__ import annotations

import json
import sys
from pathlib import Path

import click

from byline.batch import ParseJob, parse_jobs, worker_pool
from byline.cli.progress import progress
from byline.manifest import load_manifest, url_for
from byline.settings import get_settings
from byline.sources import SourceNotFound, list_sources


def _jobs(paths: tuple[str, ...], manifest: dict[str, str]) -> list[ParseJob]:
    jobs = []
    try:
        for f in list_sources(paths, get_settings().ignore_globs):
            jobs.append(ParseJob.of(f, Path(f.relative).as_posix(), url_for(manifest, Path(f.path), Path(f.root))))
    except SourceNotFound as exc:
        raise click.BadParameter(str(exc), param_hint="PATH") from exc
    return jobs


@click.command()
@click.argument("paths", nargs=-1, required=True)
@click.option("--jsonl", is_flag=True, help="One compact JSON object per line (for scripts and score.py).")
@click.option("--manifest", type=click.Path(exists=True, dir_okay=False), help="JSONL or CSV with file and url columns.")
@click.option("--workers", type=int, default=0, show_default="one per core", help="Worker processes.")
def parse(paths: tuple[str, ...], jsonl: bool, manifest: str | None, workers: int) -> None:
    """Parse article files and print one JSON object per file.

    PATHS are files, folders or glob patterns; files may be gzipped. Given a folder, each
    object's `file` is relative to it. A file that cannot become an article prints its
    `rejected` reason and `detail` instead of fields. No database, no Prefect.

    `authors` lists the people credited, in byline order. `credit` is the organisation the page
    credits where it names no person (an agency, a desk, a staff credit), as printed; null where
    a person is credited or nobody is.

    \b
    Example:
      byline parse ./pages --jsonl --manifest pages/manifest.jsonl > parsed.jsonl
    """
    jobs = _jobs(paths, load_manifest(manifest))
    out = sys.stdout
    with worker_pool(workers, len(jobs)) as pool, progress(len(jobs), "parsing") as advance:
        for result in parse_jobs(jobs, pool):
            if result.article:
                record = {"file": result.name, **result.article.to_json()}
            else:
                record = {"file": result.name, "format": result.format, "rejected": result.reason, "detail": result.detail}
            out.write(json.dumps(record, ensure_ascii=False, indent=None if jsonl else 2) + "\n")
            advance()
