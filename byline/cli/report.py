"""`byline report`: refresh the analyst views and write the static report page."""

from __future__ import annotations

from pathlib import Path

import click

from byline.cli.ingest import quiet_prefect_defaults
from byline.cli.options import db_option, existing_database


@click.command()
@db_option
def report(db_path: Path | None) -> None:
    """Build the report page (<db dir>/report/index.html) and print its path.

    \b
    Refreshes the analyst views in sql/reports/ and the search index first. The page works
    offline: charts, data and search are all inside the one file.
    """
    db = existing_database(db_path)
    quiet_prefect_defaults()
    from flows.build_reports import build_reports  # Prefect loads only when the command runs

    click.echo(build_reports(str(db)))
