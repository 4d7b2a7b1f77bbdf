"""Load one parsed batch into staging: articles, authors and captions as Arrow, plus the file ledger.

Everything a batch writes (staged rows, rejects, raw_files statuses) is one transaction, so a
crash between batches leaves no half-written batch behind.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import UTC, datetime

import duckdb
import pyarrow as pa

from byline.batch import FileResult
from byline.model import ARROW_SCHEMAS, Caption
from byline.sources import SourceFile
from byline.store import registered, run, transaction

# Statuses whose row owns its bytes: a later file with the same bytes is a duplicate of it.
OWNING_STATUSES = ("published", "staged", "quarantined", "held")


@dataclass(frozen=True, slots=True)
class StagedCounts:
    staged: int = 0
    duplicates: int = 0
    rejected: int = 0

    def __add__(self, other: StagedCounts) -> StagedCounts:
        return StagedCounts(self.staged + other.staged, self.duplicates + other.duplicates, self.rejected + other.rejected)


def _utc(value: datetime | None) -> datetime | None:
    if value is None:
        return None
    return value.replace(tzinfo=UTC) if value.tzinfo is None else value


def _with_text(captions: Sequence[Caption]) -> list[Caption]:
    """Captions that say something: an empty one is a parser slip, and an image row exists for its caption."""
    return [c for c in captions if c.caption and c.caption.strip()]


def find_duplicates(con: duckdb.DuckDBPyConnection, results: Sequence[FileResult]) -> dict[str, str]:
    """path -> the path that already owns the same bytes, for each parsed result that is a copy."""
    parsed = sorted((r for r in results if r.article), key=lambda r: r.path)
    if not parsed:
        return {}
    hashes = pa.table({"sha256": [r.sha256 for r in parsed]})
    with registered(con, batch_hashes=hashes):
        rows = run(con, "ingest/owners_of_hashes", [list(OWNING_STATUSES)]).fetchall()
    owners: dict[str, list[str]] = {}
    for sha, path in rows:
        owners.setdefault(sha, []).append(path)
    duplicates: dict[str, str] = {}
    for result in parsed:
        others = [p for p in owners.get(result.sha256, []) if p != result.path]
        if others:
            duplicates[result.path] = min(others)
        else:
            owners.setdefault(result.sha256, []).append(result.path)
    return duplicates


def build_tables(
    results: Sequence[FileResult],
    sources: dict[str, SourceFile],
    duplicates: dict[str, str],
    run_id: str,
    parser_version: str,
) -> dict[str, pa.Table]:
    now = datetime.now(UTC)
    articles, authors, images, files, rejects = [], [], [], [], []
    for r in results:
        source = sources[r.path]
        status, reason, article_id = "staged", None, None
        if r.reason:
            status, reason = "rejected", r.reason
            rejects.append({"file": r.path, "stage": r.stage, "reason": r.reason, "detail": r.detail, "sha256": r.sha256})
        elif r.path in duplicates:
            status = "duplicate"
        else:
            a, article_id = r.article, r.article_id
            articles.append(
                {
                    "article_id": article_id,
                    "title": a.title,
                    "title_source": a.title_source,
                    "authors": list(a.authors),
                    "credit": a.credit,
                    "published_at": _utc(a.published_at),
                    "published_date": a.published_date,
                    "date_source": a.date_source,
                    "url": a.url,
                    "domain": a.domain,
                    "publisher": a.publisher,
                    "dateline": a.dateline,
                    "agency": a.agency,
                    "language": a.language,
                    "body": a.body,
                    "word_count": a.word_count,
                    "reading_minutes": a.reading_minutes,
                    "source_path": r.path,
                    "content_sha256": r.sha256,
                    "parser_version": parser_version,
                    "run_id": run_id,
                    "ingested_at": now,
                    "fetched_at": r.fetched_at,
                }
            )
            authors += [{"article_id": article_id, "position": i, "name": n, "run_id": run_id} for i, n in enumerate(a.authors, 1)]
            images += [
                {"article_id": article_id, "position": i, "caption": c.caption, "credit": c.credit, "run_id": run_id}
                for i, c in enumerate(_with_text(a.captions), 1)
            ]
        files.append(
            {
                "path": r.path,
                "size": source.size,
                "mtime": datetime.fromtimestamp(source.mtime, UTC),
                "etag": source.etag,
                "sha256": r.sha256,
                "format": r.format,
                "status": status,
                "reason": reason,
                "article_id": article_id,
                "duplicate_of": duplicates.get(r.path),
            }
        )
    tables = {"articles": articles, "article_authors": authors, "article_images": images, "files": files, "rejects": rejects}
    return {name: pa.Table.from_pylist(rows, schema=ARROW_SCHEMAS[name]) for name, rows in tables.items()}


def stage_batch(
    con: duckdb.DuckDBPyConnection,
    results: Sequence[FileResult],
    sources: dict[str, SourceFile],
    run_id: str,
    parser_version: str,
) -> StagedCounts:
    """Write one batch to staging and the file ledger, in one transaction."""
    with transaction(con):
        duplicates = find_duplicates(con, results)
        tables = build_tables(results, sources, duplicates, run_id, parser_version)
        with registered(con, **{f"batch_{name}": table for name, table in tables.items()}):
            run(con, "ingest/stage_batch")
            run(con, "ingest/record_rejects", [run_id])
            run(con, "ingest/record_files", [run_id])
    return StagedCounts(staged=tables["articles"].num_rows, duplicates=len(duplicates), rejected=tables["rejects"].num_rows)
