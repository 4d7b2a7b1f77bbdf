"""Object storage as a source, against a real S3 API on loopback (moto server): listing, reading, ingest."""

from __future__ import annotations

from pathlib import Path

import duckdb
import pytest
from warcs import Page, crawl_records, pages_in, write_warc

from byline.batch import ParseJob, process_source
from byline.manifest import cached_manifest
from byline.sources import list_sources
from flows.ingest_articles import ingest_articles

SAMPLES = Path(__file__).resolve().parents[2] / "samples" / "html"


def upload_samples(s3, bucket: str, prefix: str, tmp_path: Path) -> list[str]:
    client = s3.client()
    if bucket not in [b["Name"] for b in client.list_buckets()["Buckets"]]:
        client.create_bucket(Bucket=bucket)
    keys = []
    for page in sorted(SAMPLES.glob("*.html")):
        keys.append(f"{prefix}/{page.name}")
        client.put_object(Bucket=bucket, Key=keys[-1], Body=page.read_bytes())
    archive = tmp_path / "crawl.warc.gz"
    archived = [Page(p.url, p.html + b"<!-- archived -->") for p in pages_in(SAMPLES)]  # not the files' bytes
    write_warc(archive, crawl_records(archived))
    keys.append(f"{prefix}/archives/crawl.warc.gz")
    client.put_object(Bucket=bucket, Key=keys[-1], Body=archive.read_bytes())
    client.put_object(Bucket=bucket, Key=f"{prefix}/manifest.csv",
                      Body=b"file,url\nharbour_crane_collapse.html,https://port.example/crane\n")
    return keys


def test_listing_gives_size_etag_and_mtime_without_reading(s3, tmp_path):
    keys = upload_samples(s3, "news", "listing", tmp_path)
    listed = list(list_sources(["s3://news/listing/"], ignore_globs=("manifest.csv",)))
    assert [f.path for f in listed] == sorted(f"s3://news/{k}" for k in keys)
    head = s3.client().head_object(Bucket="news", Key=keys[0])
    first = next(f for f in listed if f.path == f"s3://news/{keys[0]}")
    assert (first.size, first.etag, first.root) == (head["ContentLength"], head["ETag"].strip('"'), "s3://news/listing")
    assert [f.path for f in list_sources(["s3://news/listing/*.html"])] == [f"s3://news/{k}" for k in keys[:3]]


def test_a_store_that_refuses_listing_yields_one_refused_entry(s3):
    s3.client().create_bucket(Bucket="locked")
    [refused] = list_sources(["s3://locked/crawl/"])
    assert refused.refusal == "unlistable" and "list permission" in refused.detail


def test_an_object_deleted_after_listing_is_rejected_unreadable(s3, tmp_path):
    keys = upload_samples(s3, "news", "vanishing", tmp_path)
    [listed] = [f for f in list_sources(["s3://news/vanishing/"]) if f.path.endswith(keys[0])]
    s3.client().delete_object(Bucket="news", Key=keys[0])
    [result] = process_source(ParseJob(listed.path, listed.path))
    assert result.reason == "unreadable" and "deleted after it was listed" in result.detail


def test_an_edited_manifest_object_is_read_again(s3, tmp_path):
    upload_samples(s3, "news", "edited", tmp_path)
    url = "s3://news/edited/manifest.csv"
    assert cached_manifest(url).urls == {"harbour_crane_collapse.html": "https://port.example/crane"}
    s3.client().put_object(Bucket="news", Key="edited/manifest.csv", Body=b"file,url\nharbour_crane_collapse.html,https://port.example/crane-2\n")
    assert cached_manifest(url).urls == {"harbour_crane_collapse.html": "https://port.example/crane-2"}


@pytest.mark.slow
def test_ingest_from_a_bucket_reads_only_changed_objects_again(s3, prefect_harness, tmp_path):
    keys = upload_samples(s3, "news", "crawl", tmp_path)
    db = tmp_path / "news.duckdb"
    sources = ["s3://news/crawl/", "s3://locked/crawl/"]
    first = ingest_articles(sources=sources, db_path=str(db), manifest="s3://news/crawl/manifest.csv", workers=1)
    assert (first.n_discovered, first.n_published, first.n_rejected) == (5, 6, 1)  # 3 files + 3 archived pages

    with duckdb.connect(str(db), read_only=True) as con:
        ledger = dict(con.execute("select path, status from raw_files").fetchall())
        etags = con.execute("select count(*) from raw_files where path like 's3://%' and etag is not null").fetchone()[0]
        url = con.execute("select url from articles where source_path = ?", [f"s3://news/{keys[0]}"]).fetchone()[0]
        refused = con.execute("select reason from rejects where file = 's3://locked/crawl/'").fetchone()[0]
    assert ledger[f"s3://news/{keys[0]}"] == "published" and ledger["s3://news/crawl/archives/crawl.warc.gz"] == "archive"
    assert etags == 4 and refused == "unlistable"
    assert url == "https://port.example/crane"  # from the manifest in the bucket

    s3.client().put_object(Bucket="news", Key=keys[1], Body=(SAMPLES / Path(keys[1]).name).read_bytes() + b"\n<!-- edited -->")
    second = ingest_articles(sources=sources, db_path=str(db), manifest="s3://news/crawl/manifest.csv", workers=1)
    # the edited object, and the refused listing, which is tried again every run
    assert (second.n_unchanged, second.n_published, second.n_rejected) == (3, 1, 1)
