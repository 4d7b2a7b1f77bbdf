"""Options and checks that several `byline` commands share."""

from __future__ import annotations

from pathlib import Path

import click

from byline.settings import get_settings

db_option = click.option(
    "--db",
    "db_path",
    type=click.Path(dir_okay=False, path_type=Path),
    default=None,
    help="DuckDB file.  [default: data/byline.duckdb, or BYLINE_DB]",
)


def existing_database(db_path: Path | None) -> Path:
    """The configured database, or a clear error when nothing has been ingested there yet."""
    path = get_settings(db_path=db_path).db_path
    if not path.exists():
        raise click.ClickException(f"no database at {path}; run `byline ingest SOURCE --db {path}` first")
    return path
