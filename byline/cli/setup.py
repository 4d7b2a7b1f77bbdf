"""`byline setup`: prepare a Prefect server for byline's deployments."""

from __future__ import annotations

import os

import click


@click.command()
@click.option("--alert-webhook", envvar="BYLINE_ALERT_WEBHOOK", metavar="URL",
              help="POST a note here when an ingest fails, crashes or is held.  [or BYLINE_ALERT_WEBHOOK]")
def setup(alert_webhook: str | None) -> None:
    """Create the work pool, the DuckDB writer limit and the alert automation on PREFECT_API_URL.

    Run it once per Prefect server, before `prefect --no-prompt deploy --all`; running it again
    replaces what it created. See the README, "Schedule the flows".
    """
    api = os.environ.get("PREFECT_API_URL")
    if not api:
        raise click.ClickException(
            "PREFECT_API_URL is not set, so this would set up a temporary server that vanishes; "
            "export PREFECT_API_URL=http://127.0.0.1:4200/api (your `prefect server start`) and run it again"
        )
    from flows.setup import set_up  # Prefect loads only when the command runs

    for line in set_up(alert_webhook):
        click.echo(f"ready: {line}")
    click.echo(f"Prefect server {api} is set up; next: prefect --no-prompt deploy --all")
