"""Stage articles the way the ingest flow does, for the quality-gate and publish tests.

The staging contract: staging.articles rows carry the run_id; staging.article_authors and
staging.article_images carry it too; raw_files has a row per file with status 'staged' and the
article_id (first 16 hex of the SHA-256 of the raw bytes).
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass, field, replace
from datetime import UTC, date, datetime

import duckdb
import pyarrow as pa

BODY = " ".join(["The council met on Tuesday to discuss the new budget for schools and roads."] * 4)


@dataclass(frozen=True)
class Staged:
    path: str
    title: str | None = "Council approves the new budget"
    body: str | None = BODY
    authors: tuple[str, ...] = ("Jane Doe",)
    published_date: date | None = date(2024, 3, 5)
    published_at: datetime | None = None
    url: str | None = "https://example.com/news/budget"
    publisher: str | None = "Example Times"
    language: str | None = "en"
    captions: tuple[str, ...] = ()
    raw: bytes = field(default=b"")

    @property
    def bytes_(self) -> bytes:
        return self.raw or f"{self.path}\n{self.title}\n{self.body}".encode()

    @property
    def sha256(self) -> str:
        return hashlib.sha256(self.bytes_).hexdigest()

    @property
    def article_id(self) -> str:
        return self.sha256[:16]


def articles(n: int, prefix: str = "/raw/a", **changes) -> list[Staged]:
    return [replace(Staged(path=f"{prefix}{i:06d}.txt"), **changes) for i in range(n)]


def stage(con: duckdb.DuckDBPyConnection, run_id: str, staged: list[Staged]) -> None:
    """Write `staged` into staging and raw_files as the flow's load step does."""
    now = datetime.now(UTC)
    rows = {
        "article_id": [s.article_id for s in staged],
        "title": [s.title for s in staged],
        "title_source": ["text"] * len(staged),
        "authors": [list(s.authors) for s in staged],
        "published_at": [s.published_at for s in staged],
        "published_date": [s.published_date for s in staged],
        "date_source": ["text:published"] * len(staged),
        "url": [s.url for s in staged],
        "domain": ["example.com"] * len(staged),
        "publisher": [s.publisher for s in staged],
        "dateline": [None] * len(staged),
        "agency": [None] * len(staged),
        "language": [s.language for s in staged],
        "body": [s.body for s in staged],
        "word_count": [len((s.body or "").split()) for s in staged],
        "reading_minutes": [None] * len(staged),
        "source_path": [s.path for s in staged],
        "content_sha256": [s.sha256 for s in staged],
        "parser_version": ["test"] * len(staged),
        "run_id": [run_id] * len(staged),
        "ingested_at": [now] * len(staged),
    }
    batch = pa.table(rows, schema=pa.schema([
        ("article_id", pa.string()), ("title", pa.string()), ("title_source", pa.string()),
        ("authors", pa.list_(pa.string())), ("published_at", pa.timestamp("us", tz="UTC")),
        ("published_date", pa.date32()), ("date_source", pa.string()), ("url", pa.string()),
        ("domain", pa.string()), ("publisher", pa.string()), ("dateline", pa.string()),
        ("agency", pa.string()), ("language", pa.string()), ("body", pa.string()),
        ("word_count", pa.int32()), ("reading_minutes", pa.int32()), ("source_path", pa.string()),
        ("content_sha256", pa.string()), ("parser_version", pa.string()), ("run_id", pa.string()),
        ("ingested_at", pa.timestamp("us", tz="UTC")),
    ]))
    con.register("staged_batch", batch)
    con.execute("insert into staging.articles by name select * from staged_batch")
    con.unregister("staged_batch")
    children = {
        "staged_authors": pa.table({
            "article_id": [s.article_id for s in staged for _ in s.authors],
            "position": pa.array([i for s in staged for i in range(1, len(s.authors) + 1)], pa.int32()),
            "name": [name for s in staged for name in s.authors],
        }),
        "staged_images": pa.table({
            "article_id": [s.article_id for s in staged for _ in s.captions],
            "position": pa.array([i for s in staged for i in range(1, len(s.captions) + 1)], pa.int32()),
            "caption": [cap for s in staged for cap in s.captions],
        }),
        "staged_files": pa.table({
            "path": [s.path for s in staged],
            "size": [len(s.bytes_) for s in staged],
            "sha256": [s.sha256 for s in staged],
            "article_id": [s.article_id for s in staged],
        }),
    }
    for name, table in children.items():
        con.register(name, table)
    con.execute("insert into staging.article_authors select *, $run_id from staged_authors", {"run_id": run_id})
    con.execute(
        "insert into staging.article_images select article_id, position, caption, null, $run_id from staged_images",
        {"run_id": run_id},
    )
    con.execute(
        "insert or replace into raw_files select path, size, now(), sha256, 'text', 'staged', null, article_id,"
        " null, $run_id, $run_id, now(), null, null from staged_files",
        {"run_id": run_id},
    )
    for name in children:
        con.unregister(name)


def test_stage_follows_the_staging_contract(tmp_path):
    from byline.store import connect

    con = connect(tmp_path / "b.duckdb")
    stage(con, "r1", articles(3, captions=("A caption",)))
    assert con.execute("select count(*) from staging.articles where run_id = 'r1'").fetchone() == (3,)
    assert con.execute("select count(*) from staging.article_authors where run_id = 'r1'").fetchone() == (3,)
    assert con.execute("select count(*) from staging.article_images where run_id = 'r1'").fetchone() == (3,)
    assert con.execute("select distinct status from raw_files").fetchall() == [("staged",)]
