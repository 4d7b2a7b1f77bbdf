"""Reading, manifests and the worker pool under hostile conditions, without Prefect or a database."""

from __future__ import annotations

import os
import time
from pathlib import Path

import pytest
from hostile_inputs import page, story

from byline.batch import ParseJob, WorkerPool, process_file
from byline.manifest import CSV_FIELD_LIMIT, read_manifest
from byline.parse import parse_bytes
from byline.sources import list_sources


def job(folder: Path, name: str) -> ParseJob:
    (source,) = [f for f in list_sources([str(folder)]) if f.path.endswith(name)]
    return ParseJob.of(source, source.path, None)


def test_a_file_swapped_for_an_outside_symlink_after_discovery_is_not_read(tmp_path):
    folder, secret = tmp_path / "raw", tmp_path / "secret.txt"
    folder.mkdir()
    secret.write_text(story(1))
    (folder / "a.txt").write_text(story(2))
    planned = job(folder, "a.txt")
    (folder / "a.txt").unlink()
    (folder / "a.txt").symlink_to(secret)

    result = process_file(planned)

    assert (result.reason, result.stage, result.sha256) == ("outside_root", "read", None)


def test_a_folder_swapped_for_an_outside_symlink_after_discovery_is_not_read(tmp_path):
    folder, elsewhere = tmp_path / "raw", tmp_path / "elsewhere"
    (folder / "sub").mkdir(parents=True)
    elsewhere.mkdir()
    (folder / "sub" / "a.txt").write_text(story(1))
    (elsewhere / "a.txt").write_text(story(2))
    planned = job(folder, "a.txt")
    (folder / "sub" / "a.txt").unlink()
    (folder / "sub").rmdir()
    (folder / "sub").symlink_to(elsewhere, target_is_directory=True)

    assert process_file(planned).reason == "outside_root"


def test_a_file_swapped_for_a_fifo_after_discovery_is_refused_without_blocking(tmp_path):
    folder = tmp_path / "raw"
    folder.mkdir()
    (folder / "a.txt").write_text(story(1))
    planned = job(folder, "a.txt")
    (folder / "a.txt").unlink()
    os.mkfifo(folder / "a.txt")

    started = time.monotonic()
    result = process_file(planned)

    assert result.reason == "not_a_regular_file"
    assert time.monotonic() - started < 1


def test_a_symlink_inside_the_folder_is_still_read(tmp_path):
    folder = tmp_path / "raw"
    folder.mkdir()
    (folder / "a.txt").write_text(story(1))
    (folder / "b.txt").symlink_to(folder / "a.txt")

    assert process_file(job(folder, "b.txt")).article is not None


@pytest.mark.parametrize(
    ("name", "content", "problem"),
    [
        ("m.csv", b"path,url\na.txt,https://x.example/a\n", "no 'file' column"),
        ("m.csv", b"file,url\na.txt,https://x.example/" + b"x" * 200_000 + b"\n", "200,018 characters long"),
        ("m.jsonl", b'["a.txt", "https://x.example/a"]\n', "no row has a 'file' column"),
        ("m.jsonl", '{"file": "a.txt", "url": "https://x.example/caf\xe9"}\n'.encode("latin-1"), "not UTF-8 (byte 0xe9"),
        ("m.jsonl", b'{"file": "a.txt", "url": 7}\n{"file": "b.txt", "url": "https://x.example/b"}\n', "url is a int"),
    ],
)
def test_a_manifest_defect_is_one_clear_problem(tmp_path, name, content, problem):
    path = tmp_path / name
    path.write_bytes(content)

    manifest = read_manifest(path)

    assert len(manifest.problems) == 1 and problem in manifest.problems[0], manifest.problems
    assert "a.txt" not in manifest.urls


def test_utf16_manifests_are_read(tmp_path):
    path = tmp_path / "m.csv"
    path.write_bytes("file,url\na.txt,https://x.example/é\n".encode("utf-16"))

    assert read_manifest(path).urls == {"a.txt": "https://x.example/é"}
    assert CSV_FIELD_LIMIT > 131_072


def test_utf16_text_without_a_bom_is_decoded_not_called_binary():
    for encoding in ("utf-16-le", "utf-16-be"):
        article = parse_bytes(story(5).encode(encoding), "a.txt")
        assert "east quay" in article.body
    assert parse_bytes(page(6).encode("utf-16-le"), "a.html").title == "Harbour plan 6 approved"


def worker_pid(_: object) -> int:
    return os.getpid()


@pytest.mark.slow
def test_a_file_past_the_time_limit_is_a_timeout_and_its_worker_is_replaced(tmp_path):
    folder = tmp_path / "raw"
    folder.mkdir()
    paragraph = "<p>" + " ".join(story(400).split("\n\n")[2:]) * 2 + "</p>"
    (folder / "a-slow.html").write_text(page(400, paragraph * 12_000))  # about 3 s to parse
    for i in range(3):
        (folder / f"s{i}.txt").write_text(story(i))
    jobs = [ParseJob.of(f, f.path, None) for f in list_sources([str(folder)])]
    pool = WorkerPool(1, timeout=1)
    try:
        before = list(pool.map(worker_pid, [0]))
        results = list(pool.parse(jobs, chunksize=16))
        after = list(pool.map(worker_pid, [0]))
    finally:
        pool.close()

    assert [r.reason for r in results] == ["timeout", None, None, None]
    assert "1 s limit" in results[0].detail
    assert before != after  # the hung worker was killed and replaced; the replacement parsed the rest
