"""`byline ingest`: run the ingest flow (or publish a held run after review)."""

from __future__ import annotations

import getpass
import os
import sys
from pathlib import Path

import click
import duckdb

from byline.cli.options import db_option
from byline.lifeline import start_watchdog
from byline.runs import RunSummary
from byline.settings import SAMPLES_DIR
from byline.store import DatabaseBusy, Store


def quiet_prefect_defaults() -> None:
    """Embedded-server defaults: no telemetry, and a start-up timeout that survives a busy 2-core machine (the first start migrates its database)."""
    os.environ.setdefault("PREFECT_SERVER_ANALYTICS_ENABLED", "false")
    os.environ.setdefault("DO_NOT_TRACK", "1")
    os.environ.setdefault("PREFECT_SERVER_EPHEMERAL_STARTUP_TIMEOUT_SECONDS", "600")
    if os.environ.get("PREFECT_HOME"):  # Prefect's SQLite file cannot be created in a missing folder
        os.makedirs(os.environ["PREFECT_HOME"], exist_ok=True)


def _existing_or_url(value: str | None) -> str | None:
    from byline.sources import is_url

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
@click.option("--cluster", metavar="ADDRESS", help="Parse on this Dask scheduler, e.g. tcp://10.0.0.5:8786.  [default: BYLINE_DASK_ADDRESS, else this machine]")
@click.option("--force-publish", "force_publish", metavar="RUN_ID", help="Publish a run held back by a batch-level quality rule, after review.")
def ingest(sources: tuple[str, ...], db_path: Path | None, manifest: str | None, reparse: bool,
           batch_size: int | None, workers: int | None, cluster: str | None, force_publish: str | None) -> None:
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
    start_watchdog()  # parser workers and the embedded Prefect server die with this process
    if any(not source.strip() for source in sources):
        raise click.BadParameter("an empty source would mean the working directory; name a folder, file or glob", param_hint="SOURCES")
    store = Store.from_env(db_path=db_path, batch_size=batch_size, workers=workers, dask_address=cluster)
    _wait_for_database(store)
    if force_publish:
        from flows.publish_held_run import publish_held_run

        who = f"{getpass.getuser()} (byline ingest --force-publish)"
        state = publish_held_run(force_publish, forced_by=who, db_path=str(store.db_path), return_state=True)
        if state.is_failed():
            raise click.ClickException(state.message or "the forced publish failed")
        click.echo(state.result().to_markdown("byline forced publish of run"))
        return
    from flows.ingest_articles import ingest_articles

    state = ingest_articles(
        sources=list(sources) or [str(SAMPLES_DIR)],
        db_path=str(store.db_path),
        manifest=manifest,
        reparse=reparse,
        batch_size=store.settings.batch_size,
        workers=store.settings.workers,
        cluster=store.settings.dask_address,
        return_state=True,
    )
    summary = state.result(raise_on_failure=False)
    if not isinstance(summary, RunSummary):  # the run failed before it could summarize
        raise click.ClickException(state.message or f"the ingest ended {state.name}")
    click.echo(summary.to_markdown())
    if summary.held:
        click.echo(f"\n{summary.next_step()}", err=True)
        sys.exit(1)


def _wait_for_database(store: Store) -> None:
    """Refuse in one line, after waiting up to the settings' bound, when another process holds the database."""
    try:
        with store.connect():
            pass
    except DatabaseBusy as exc:
        raise click.ClickException(str(exc)) from None
    except duckdb.Error as exc:  # not a DuckDB file, corrupt, or from a newer DuckDB
        reason = str(exc).strip().splitlines()[0]
        raise click.ClickException(f"{store.db_path} cannot be opened as a byline database: {reason}") from None
