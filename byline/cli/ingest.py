"""`byline ingest`: run the ingest flow."""

from __future__ import annotations

import click


@click.command()
def ingest() -> None:
    """Not built yet."""
    raise click.ClickException("byline ingest is not built yet")
