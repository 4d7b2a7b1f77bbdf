"""`byline search`: full-text search over published articles, ranked by BM25."""

from __future__ import annotations

from pathlib import Path

import click
import duckdb

from byline.cli.options import db_option, existing_database
from byline.search import Hit, SearchIndexMissing, build_index, index_is_current, search_copy
from byline.search import search as run_search
from byline.snapshot import analyst_copy_path
from byline.store import connect


@click.command()
@click.argument("query")
@db_option
@click.option(
    "--limit", type=click.IntRange(min=1), default=10, show_default=True, help="Most results shown."
)
def search(query: str, db_path: Path | None, limit: int) -> None:
    """Find articles matching QUERY, best first, with a snippet, publisher and date.

    \b
    Words are matched after stemming (talks also finds talk); the title counts with the body.
      byline search "foreign minister Moscow"
      byline search "dockworkers strike" --limit 3 --db warehouse/news.duckdb
    """
    db = existing_database(db_path)
    try:
        hits = _search(db, query, limit)
    except duckdb.IOException:  # an ingest holds the file: read the analysts' copy instead
        copy = analyst_copy_path(db)
        if not copy.exists():
            raise click.ClickException(
                f"{db} is busy with a running ingest and has no analysts' copy yet; try again shortly"
            ) from None
        click.echo(f"{db} is busy; searching the analysts' copy {copy}", err=True)
        hits = search_copy(copy, query, limit)
    if not hits:
        click.echo(f"No articles match {query!r}.")
        return
    for n, hit in enumerate(hits, 1):
        day = hit.published_date.isoformat() if hit.published_date else "undated"
        click.echo(click.style(f"{n}. {hit.title or '(untitled)'}", bold=True))
        click.echo(
            f"   {hit.publisher or 'unknown publisher'} · {day} · score {hit.score:.2f} · {hit.article_id}"
        )
        click.echo(f"   {hit.snippet}")
        if hit.url:
            click.echo(f"   {hit.url}")


def _search(db_path: Path, query: str, limit: int) -> list[Hit]:
    con = connect(db_path, read_only=True)
    try:
        if not index_is_current(con):  # e.g. a database from before search existed
            con.close()
            con = connect(db_path)
            build_index(con)
        return run_search(con, query, limit)
    except SearchIndexMissing as exc:
        raise click.ClickException(str(exc)) from exc
    finally:
        con.close()
