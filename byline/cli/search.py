"""`byline search`: not built yet."""

from __future__ import annotations

import click


@click.command()
def search() -> None:
    """Not built yet."""
    raise click.ClickException("byline search is not built yet")
