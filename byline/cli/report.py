"""`byline report`: refresh the analyst views and write the static report page."""

from __future__ import annotations

from pathlib import Path

import click

from byline.cli.ingest import quiet_prefect_defaults
from byline.settings import get_settings


@click.command()
@click.option(
    "--db",
    "db_path",
    type=click.Path(dir_okay=False, path_type=Path),
    default=None,
    help="DuckDB file.  [default: data/byline.duckdb, or BYLINE_DB]",
)
def report(db_path: Path | None) -> None:
    """Build the report page (<db dir>/report/index.html) and print its path.

    \b
    Refreshes the analyst views in sql/reports/ and the search index first. The page works
    offline: charts, data and search are all inside the one file.
    """
    settings = get_settings(db_path=db_path)
    if not settings.db_path.exists():
        raise click.ClickException(
            f"no database at {settings.db_path}; run `byline ingest SOURCE --db {settings.db_path}` first"
        )
    quiet_prefect_defaults()
    from flows.build_reports import build_reports  # Prefect loads only when the command runs

    click.echo(build_reports(str(settings.db_path)))
