"""`byline quality`: not built yet."""

from __future__ import annotations

import click


@click.command()
def quality() -> None:
    """Not built yet."""
    raise click.ClickException("byline quality is not built yet")
