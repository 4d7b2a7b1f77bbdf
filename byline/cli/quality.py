"""`byline quality`: the last runs' quality-gate outcomes."""

from __future__ import annotations

from pathlib import Path

import click

from byline.cli.options import db_option
from byline.settings import get_settings


@click.command()
@db_option
@click.option("--runs", "n_runs", type=click.IntRange(min=1), default=10, show_default=True, help="How many recent runs to show.")
def quality(db_path: Path | None, n_runs: int) -> None:
    """Show the last runs' quality-gate outcomes, newest first.

    \b
    Outcomes: passed, failed (a batch rule held the run back; nothing was published),
    forced (a held run published after review), nothing_to_validate.
    Failed expectations are listed with their observed values; row-level failures
    mean articles went to the quarantine table. Details: data/docs/index.html.
    """
    from byline.quality.history import open_for_reading, recent_runs

    db = get_settings(db_path=db_path).db_path
    if not Path(db).exists():
        raise click.ClickException(f"no database at {db}; run `byline ingest` first or pass --db")
    con, source = open_for_reading(db)
    try:
        outcomes = recent_runs(con, n_runs)
    finally:
        con.close()
    if source != db:
        click.echo(f"(the database is busy with an ingest; showing the analysts' copy {source})", err=True)
    if not outcomes:
        click.echo("No runs yet.")
        return
    header = f"{'run':<24} {'started (UTC)':<19} {'outcome':<19} {'parsed':>7} {'rejected':>8} {'quarant.':>8} {'published':>9}"
    click.echo(header)
    click.echo("-" * len(header))
    for o in outcomes:
        outcome = o.outcome or "unfinished"
        click.echo(
            f"{o.run_id:<24} {o.started_at:%Y-%m-%d %H:%M:%S} {outcome:<19} {o.n_parsed:>7} {o.n_rejected:>8} "
            f"{o.n_quarantined:>8} {o.n_published:>9}"
        )
        if o.message:
            click.echo(f"    {o.message}")
        if o.failed:
            click.echo(f"    failed expectations: {o.failed}")
