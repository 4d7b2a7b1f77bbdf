"""The `byline` command. Each subcommand lives in its own module under byline/cli/."""

from __future__ import annotations

import click

from byline.cli.ingest import ingest
from byline.cli.parse import parse
from byline.cli.quality import quality
from byline.cli.report import report
from byline.cli.search import search
from byline.cli.setup import setup


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(package_name="byline")
def main() -> None:
    """byline turns folders of raw news articles into a validated DuckDB database.

    \b
    Typical use:
      byline ingest ./articles --db data/byline.duckdb   # discover, parse, validate, publish
      byline parse page.html                              # parse only, print JSON
      byline quality                                      # last runs' quality-gate outcomes
      byline report                                       # build data/report/index.html
      byline search "foreign minister"                    # full-text search
      byline setup                                        # prepare a Prefect server for the deployments
    """


for command in (ingest, parse, quality, report, search, setup):
    main.add_command(command)
