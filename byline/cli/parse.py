"""`byline parse`: parse files without the database or Prefect."""

from __future__ import annotations

import click


@click.command()
def parse() -> None:
    """Not built yet."""
    raise click.ClickException("byline parse is not built yet")
