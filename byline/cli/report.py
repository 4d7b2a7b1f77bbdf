"""`byline report`: not built yet."""

from __future__ import annotations

import click


@click.command()
def report() -> None:
    """Not built yet."""
    raise click.ClickException("byline report is not built yet")
