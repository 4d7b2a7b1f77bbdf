"""`byline ingest`: run the ingest flow (or publish a held run after review)."""

from __future__ import annotations

import os
import sys
from pathlib import Path

import click

from byline.cli.options import db_option
from byline.settings import SAMPLES_DIR, get_settings


def quiet_prefect_defaults() -> None:
    """Embedded-server defaults: no telemetry, and a start-up timeout that survives a busy 2-core machine (the first start migrates its database)."""
    os.environ.setdefault("PREFECT_SERVER_ANALYTICS_ENABLED", "false")
    os.environ.setdefault("DO_NOT_TRACK", "1")
    os.environ.setdefault("PREFECT_SERVER_EPHEMERAL_STARTUP_TIMEOUT_SECONDS", "600")
    if os.environ.get("PREFECT_HOME"):  # Prefect's SQLite file cannot be created in a missing folder
        os.makedirs(os.environ["PREFECT_HOME"], exist_ok=True)


def _existing_or_url(value: str | None) -> str | None:
    from byline.remote import is_url

    if value is None or is_url(value) or Path(value).is_file():
        return value
    raise click.BadParameter(f"{value}: no such file (give a manifest file or an object-store URL)")


@click.command()
@click.argument("sources", nargs=-1)
@db_option
@click.option("--manifest", callback=lambda ctx, param, value: _existing_or_url(value),
              help="JSONL or CSV with file and url columns (a path or an s3://... URL): each file's source URL.")
@click.option("--reparse", is_flag=True, help="Parse every file again, even unchanged ones (after a parser upgrade).")
@click.option("--batch-size", type=int, help="Files per batch task.  [default: 1000, or BYLINE_BATCH_SIZE]")
@click.option("--workers", type=int, help="Parser processes.  [default: one per core]")
@click.option("--force-publish", "force_publish", metavar="RUN_ID", help="Publish a run held back by a batch-level quality rule, after review.")
def ingest(sources: tuple[str, ...], db_path: Path | None, manifest: str | None, reparse: bool,
           batch_size: int | None, workers: int | None, force_publish: str | None) -> None:
    """Ingest raw article files into DuckDB: discover, parse, stage, validate, publish.

    SOURCES are folders, files or glob patterns (quote globs); files may be gzipped. With no
    SOURCES, the bundled samples are ingested. Re-running over the same files changes nothing.

    \b
    Examples:
      byline ingest ./crawl --manifest crawl/manifest.jsonl
      byline ingest 'archive/**/*.html.gz' --db warehouse/news.duckdb
      byline ingest --force-publish 20261123T101500-1a2b3c
    """
    quiet_prefect_defaults()
    settings = get_settings(db_path=db_path, batch_size=batch_size, workers=workers)
    if force_publish:
        from byline.runs import UnknownRun
        from flows.publish_held_run import publish_held_run

        try:
            summary = publish_held_run(force_publish, db_path=str(settings.db_path))
        except UnknownRun as exc:
            raise click.ClickException(str(exc)) from exc
        click.echo(summary.to_markdown())
        return
    from flows.ingest_articles import BatchHeldBack, ingest_articles

    try:
        summary = ingest_articles(
            sources=list(sources) or [str(SAMPLES_DIR)],
            db_path=str(settings.db_path),
            manifest=manifest,
            reparse=reparse,
            batch_size=settings.batch_size,
            workers=settings.workers,
        )
    except BatchHeldBack as held:
        click.echo(held.summary.to_markdown())
        click.echo(f"\nThe batch was held back, nothing was published: {held}", err=True)
        click.echo("Inspect the staged rows, then `byline ingest --force-publish RUN_ID` to publish anyway.", err=True)
        sys.exit(1)
    click.echo(summary.to_markdown())
