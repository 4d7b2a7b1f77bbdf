"""The records that cross layers: a parsed article, its captions, and a rejection."""

from __future__ import annotations

from dataclasses import asdict, dataclass, field
from datetime import date, datetime
from typing import Any


@dataclass(frozen=True, slots=True)
class Caption:
    """A photo caption that left the body, with its credit when one was printed."""

    caption: str
    credit: str | None = None


@dataclass(frozen=True, slots=True)
class ParsedArticle:
    """What a parser read from one raw file. Every field but `format` and `body` may be unknown."""

    format: str  # "text" or "html"
    body: str  # main text, paragraphs separated by a blank line, boilerplate removed
    title: str | None = None
    title_source: str | None = None  # where the title came from: "text", "url", "jsonld", "og", ...
    authors: tuple[str, ...] = ()  # people only, in byline order
    credit: str | None = None  # the organisation credited where no person is (agency, desk, staff), as printed
    published_at: datetime | None = None  # aware when the source gives a zone; naive is read as UTC
    published_date: date | None = None  # the day as the source states it
    date_source: str | None = None  # where the date came from: "text:published", "jsonld", "url", ...
    url: str | None = None
    domain: str | None = None  # registered domain of `url`, e.g. "nationalpost.com"
    publisher: str | None = None
    dateline: str | None = None  # place only, e.g. "BEIJING"
    agency: str | None = None  # canonical wire agency name, e.g. "AP"
    language: str | None = None  # ISO 639-1 code
    captions: tuple[Caption, ...] = ()
    reading_minutes: int | None = None  # as stated by the page, never estimated
    extras: dict[str, Any] = field(default_factory=dict, compare=False)  # parser diagnostics, not stored

    @property
    def word_count(self) -> int:
        return len(self.body.split())

    def to_json(self) -> dict[str, Any]:
        """The JSON shape printed by `byline parse` and stored in golden files."""
        out = asdict(self)
        out.pop("extras")
        out["authors"] = list(self.authors)
        out["captions"] = [asdict(c) for c in self.captions]
        out["published_at"] = self.published_at.isoformat() if self.published_at else None
        out["date"] = self.published_date.isoformat() if self.published_date else None
        out.pop("published_date")
        out["text"] = out.pop("body")
        out["word_count"] = self.word_count
        return out


class Rejected(Exception):
    """A raw file that cannot become an article. `reason` is a short stable code, `detail` says why."""

    def __init__(self, reason: str, detail: str) -> None:
        super().__init__(f"{reason}: {detail}")
        self.reason = reason
        self.detail = detail


def _arrow_schemas():
    import pyarrow as pa

    ts = pa.timestamp("us", tz="UTC")
    articles = pa.schema(
        [
            ("article_id", pa.string()),
            ("title", pa.string()),
            ("title_source", pa.string()),
            ("authors", pa.list_(pa.string())),
            ("credit", pa.string()),
            ("published_at", ts),
            ("published_date", pa.date32()),
            ("date_source", pa.string()),
            ("url", pa.string()),
            ("domain", pa.string()),
            ("publisher", pa.string()),
            ("dateline", pa.string()),
            ("agency", pa.string()),
            ("language", pa.string()),
            ("body", pa.string()),
            ("word_count", pa.int32()),
            ("reading_minutes", pa.int32()),
            ("source_path", pa.string()),
            ("content_sha256", pa.string()),
            ("parser_version", pa.string()),
            ("run_id", pa.string()),
            ("ingested_at", ts),
            ("fetched_at", ts),
        ]
    )
    authors = pa.schema(
        [("article_id", pa.string()), ("position", pa.int32()), ("name", pa.string()), ("run_id", pa.string())]
    )
    images = pa.schema(
        [
            ("article_id", pa.string()),
            ("position", pa.int32()),
            ("caption", pa.string()),
            ("credit", pa.string()),
            ("run_id", pa.string()),
        ]
    )
    files = pa.schema(
        [
            ("path", pa.string()),
            ("size", pa.int64()),
            ("mtime", ts),
            ("etag", pa.string()),
            ("sha256", pa.string()),
            ("format", pa.string()),
            ("status", pa.string()),
            ("reason", pa.string()),
            ("article_id", pa.string()),
            ("duplicate_of", pa.string()),
        ]
    )
    rejects = pa.schema(
        [
            ("file", pa.string()),
            ("stage", pa.string()),
            ("reason", pa.string()),
            ("detail", pa.string()),
            ("sha256", pa.string()),
        ]
    )
    return {"articles": articles, "article_authors": authors, "article_images": images, "files": files, "rejects": rejects}


ARROW_SCHEMAS = _arrow_schemas()
