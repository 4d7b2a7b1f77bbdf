"""Full-text search over published articles: DuckDB's fts extension (BM25), loaded offline.

The extension comes from the duckdb-extension-fts package, so nothing is downloaded at run time.
"""

from __future__ import annotations

import importlib.resources
import re
from dataclasses import dataclass
from datetime import date
from pathlib import Path

import duckdb

from byline.store import run

_WORD = re.compile(r"\w+", re.UNICODE)
_SENTENCE = re.compile(r"(?<=[.!?])\s+|\n+")


class SearchIndexMissing(RuntimeError):
    """The database has no full-text index yet."""


def fts_extension_path() -> Path:
    """The fts extension binary shipped in the duckdb-extension-fts package for this DuckDB version."""
    version = f"v{duckdb.__version__}"
    path = Path(str(importlib.resources.files("duckdb_extension_fts"))) / "extensions" / version
    found = sorted(path.glob("fts.duckdb_extension"))
    if not found:
        raise RuntimeError(
            f"the fts extension for DuckDB {version} is not in {path}; "
            f"install duckdb-extension-fts=={duckdb.__version__}"
        )
    return found[0]


def load_fts(con: duckdb.DuckDBPyConnection) -> None:
    con.execute("set autoinstall_known_extensions = false")
    path = str(fts_extension_path()).replace("'", "''")  # our package's path, never user input
    con.execute(f"load '{path}'")


def build_index(con: duckdb.DuckDBPyConnection) -> int:
    """(Re)build the index over every published article; returns how many it covers."""
    load_fts(con)
    run(con, "search/build_index")
    return con.execute("select count(*) from fts_main_articles.docs").fetchone()[0]


def index_is_current(con: duckdb.DuckDBPyConnection) -> bool:
    try:
        indexed, published = run(con, "search/index_size").fetchone()
    except duckdb.CatalogException:
        return False
    return indexed == published


@dataclass(frozen=True, slots=True)
class Hit:
    article_id: str
    score: float
    title: str | None
    publisher: str | None
    published_date: date | None
    url: str | None
    story_id: str | None
    snippet: str


def search(con: duckdb.DuckDBPyConnection, query: str, limit: int = 10) -> list[Hit]:
    """Articles matching `query`, best first. The query is bound as a parameter, never spliced."""
    load_fts(con)
    try:
        rows = run(con, "search/query", {"query": query, "limit": limit}).fetchall()
    except duckdb.CatalogException as exc:
        raise SearchIndexMissing(
            "the database has no search index yet; run `byline report` or an ingest to build it"
        ) from exc
    return [
        Hit(article_id, float(score), title, publisher, day, url, story_id, snippet(body, query))
        for article_id, score, title, publisher, day, url, story_id, body in rows
    ]


def search_copy(path: Path, query: str, limit: int = 10) -> list[Hit]:
    """Search a copy of the database (e.g. the analysts' copy) without writing to it.

    The copy's articles are read into an in-memory database and indexed there, which costs a
    pass over the articles per query; for when the pipeline's database is busy with a writer.
    """
    con = duckdb.connect(config={"autoinstall_known_extensions": False})
    try:
        quoted = str(path).replace("'", "''")  # ATTACH takes no bound parameters
        con.execute(f"attach '{quoted}' as snapshot (read_only)")
        con.execute("create table articles as select * from snapshot.articles")
        build_index(con)
        return search(con, query, limit)
    finally:
        con.close()


def query_terms(query: str) -> list[str]:
    return [w.lower() for w in _WORD.findall(query) if len(w) > 1]


def snippet(body: str, query: str, width: int = 220) -> str:
    """The body's sentence with most query words (matched by their first five letters), cut to width."""
    stems = {t[:5] for t in query_terms(query)}
    sentences = [s.strip() for s in _SENTENCE.split(body) if s.strip()]
    if not sentences:
        return ""

    def hits(sentence: str) -> int:
        return len({w.lower()[:5] for w in _WORD.findall(sentence)} & stems)

    best = max(sentences, key=hits)
    if len(best) <= width:
        return best
    words = [m for m in _WORD.finditer(best) if m.group().lower()[:5] in stems]
    start = max(0, words[0].start() - width // 3) if words else 0
    piece = best[start : start + width].strip()
    return ("…" if start else "") + piece + "…"
