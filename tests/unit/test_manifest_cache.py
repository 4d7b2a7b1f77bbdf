"""The manifest is read once while it is unchanged, and again as soon as it is edited."""

from __future__ import annotations

import os

import byline.manifest as manifest_module
from byline.manifest import cached_manifest


def test_an_unchanged_manifest_is_read_once_and_an_edited_one_again(tmp_path, monkeypatch):
    path = tmp_path / "manifest.csv"
    path.write_text("file,url\na.html,https://harbour.example/a\n")
    reads = []
    real_read = manifest_module.read_manifest
    monkeypatch.setattr(manifest_module, "read_manifest", lambda p: reads.append(p) or real_read(p))

    assert cached_manifest(str(path)).urls == {"a.html": "https://harbour.example/a"}
    assert cached_manifest(str(path)).urls == {"a.html": "https://harbour.example/a"}
    assert len(reads) == 1

    path.write_text("file,url\na.html,https://harbour.example/a-corrected\n")
    os.utime(path, ns=(path.stat().st_atime_ns, path.stat().st_mtime_ns + 1_000_000))  # an edit in the same tick
    assert cached_manifest(str(path)).urls == {"a.html": "https://harbour.example/a-corrected"}
    assert len(reads) == 2


def test_a_missing_manifest_is_a_problem_not_an_error(tmp_path):
    missing = cached_manifest(str(tmp_path / "gone.csv"))
    assert missing.urls == {} and "cannot be used" in missing.problems[0]
