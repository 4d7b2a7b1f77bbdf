"""One real ingest (Prefect, DuckDB, GX) over a folder of hostile entries beside good articles:
the run completes, every entry ends in raw_files with its reason, the good files are published."""

from __future__ import annotations

import os
import time
from pathlib import Path

import duckdb
import pytest
from hostile_inputs import (
    encodings,
    good_files,
    hostile_manifest,
    links,
    odd_names,
    pathological_html,
    slow_page,
    special_files,
    too_large,
)

from flows.ingest_articles import ingest_articles

pytestmark = pytest.mark.slow


def ledger(db: Path) -> dict[str, tuple[str, str | None]]:
    with duckdb.connect(str(db), read_only=True) as con:
        return {p: (s, r) for p, s, r in con.execute("select path, status, reason from raw_files").fetchall()}


def unlistable(folder: Path, monkeypatch: pytest.MonkeyPatch) -> dict[str, str | None]:
    """A folder that cannot be listed (denied to this process even when it runs as root)."""
    locked = folder / "locked"
    locked.mkdir()
    (locked / "hidden-article.txt").write_text("never listed")
    real_scandir = os.scandir

    def scandir(path=".", *args):
        if isinstance(path, (str, os.PathLike)) and os.fspath(path) == str(locked):
            raise PermissionError(13, "Permission denied", str(locked))
        return real_scandir(path, *args)

    monkeypatch.setattr(os, "scandir", scandir)
    return {str(locked): "unreadable"}


def test_hostile_folder_is_ingested_with_every_entry_accounted_for(prefect_harness, tmp_path, monkeypatch):
    folder, outside = tmp_path / "raw", tmp_path / "secret.txt"
    folder.mkdir()
    outside.write_text("outside the source folder: must never be read " * 20)
    manifest = tmp_path / "urls.jsonl"
    expected = good_files(folder, 8)
    for build in (odd_names, special_files, pathological_html, encodings, too_large):
        expected |= build(folder)
    expected |= links(folder, outside)
    expected |= hostile_manifest(folder, manifest)
    expected |= unlistable(folder, monkeypatch)
    db = tmp_path / "byline.duckdb"

    started = time.monotonic()
    summary = ingest_articles(sources=[str(folder)], db_path=str(db), manifest=str(manifest), workers=2)
    seconds = time.monotonic() - started

    assert seconds < 60, f"the hostile run took {seconds:.0f} s"
    assert summary.outcome == "passed", summary.message
    found = ledger(db)
    wrong = {p: (found.get(p), want) for p, want in expected.items() if found.get(p, ("missing", None))[1] != want}
    assert not wrong, wrong
    published = {p for p, want in expected.items() if want is None}
    assert {found[p][0] for p in published} <= {"published", "duplicate"}
    assert found[str(folder / "inside-link.txt")][0] == "duplicate"
    with duckdb.connect(str(db), read_only=True) as con:
        assert con.execute("select count(*) from articles where body like '%outside the source folder%'").fetchone() == (0,)
        details = dict(con.execute("select file, detail from rejects").fetchall())
        urls = dict(con.execute("select source_path, url from articles").fetchall())
        runs = con.execute("select finished_at is not null, n_rejected from runs").fetchall()
    assert f"{52 * 2**20:,} bytes" in details[str(folder / "huge.txt")]
    manifest_detail = details[str(manifest)]
    for why in ("url is a int", "control characters", "10,000,0", "a JSON list", "not JSON", "no 'file'"):
        assert why in manifest_detail, manifest_detail
    assert urls[str(folder / "good-0.html")] == "https://harbour.example/plan-0"
    assert all(url is None or len(url) < 200 for url in urls.values())
    assert runs == [(True, sum(1 for want in expected.values() if want))]


def test_an_unreadable_manifest_and_a_parse_past_the_time_limit_are_recorded_and_the_rest_published(
    prefect_harness, tmp_path, monkeypatch
):
    folder = tmp_path / "raw"
    folder.mkdir()
    expected = good_files(folder, 3)
    slow = slow_page(folder)  # about 3 s to parse, 0.5 s allowed; the good files take ~20 ms
    monkeypatch.setenv("BYLINE_PARSE_TIMEOUT", "0.5")
    latin1 = tmp_path / "urls.csv"
    latin1.write_bytes("file,url\ngood-0.html,https://harbour.example/caf\xe9\n".encode("latin-1"))
    db = tmp_path / "byline.duckdb"

    summary = ingest_articles(sources=[str(folder)], db_path=str(db), manifest=str(latin1), workers=1)

    assert summary.n_published == 3
    found = ledger(db)
    assert found[str(latin1)] == ("rejected", "bad_manifest")
    assert [found[p] for p in slow] == [("rejected", "timeout")]
    assert all(found[p][0] == "published" for p in expected)
