"""Hostile inputs, built at test time: each writer makes one kind of entry in a folder and returns
the path(s) it made with the reason the ledger must give (None: the file must be published)."""

from __future__ import annotations

import os
from pathlib import Path


def story(i: int) -> str:
    return (
        f"Harbour board approves plan number {i} for the east quay\n\n"
        f"By Maria Lopez\nPublished Mar 5, 2024\n\n"
        f"The harbour board voted on Tuesday to approve plan {i} for the east quay, after months of "
        f"debate among dockworkers, shipping firms and residents of the old town.\n\n"
        f"The plan covers {i + 12} cranes and a new rail siding, and will be reviewed again next year, "
        f"according to a statement released by the board after a long public consultation.\n"
    )


def page(i: int, body_extra: str = "", open_tag: str = "<article>") -> str:
    paragraph = " ".join(story(i).split("\n\n")[2:])
    return (
        f"<html><head><title>Harbour plan {i} approved</title></head><body>{open_tag}"
        f"<h1>Harbour plan {i} approved</h1><p>{paragraph}</p>{body_extra}</article></body></html>"
    )


def good_files(folder: Path, n: int) -> dict[str, str | None]:
    expected = {}
    for i in range(n):
        path = folder / (f"good-{i}.txt" if i % 2 else f"good-{i}.html")
        path.write_text(story(i) if i % 2 else page(i))
        expected[str(path)] = None
    return expected


def odd_names(folder: Path) -> dict[str, str | None]:
    """File names whose bytes are not UTF-8: read, and stored with the odd bytes as \\xNN."""
    expected = {}
    for i, raw in enumerate((b"caf\xe9-latin1.txt", b"\xff\xfe-utf16ish.txt", b"bad\x80\x81.html")):
        name = os.fsdecode(raw)
        text = story(100 + i) if name.endswith(".txt") else page(100 + i)
        (folder / name).write_text(text)
        ledger = os.fsencode(str(folder / name)).decode("utf-8", errors="backslashreplace")
        expected[ledger] = None
    return expected


def links(folder: Path, outside: Path) -> dict[str, str | None]:
    (folder / "loop-a.txt").symlink_to(folder / "loop-b.txt")
    (folder / "loop-b.txt").symlink_to(folder / "loop-a.txt")
    (folder / "self-loop.txt").symlink_to(folder / "self-loop.txt")
    (folder / "dangling.txt").symlink_to(folder / "no-such-file.txt")
    (folder / "outside.txt").symlink_to(outside)
    (folder / "linked-folder").symlink_to(folder.parent, target_is_directory=True)
    (folder / "inside-link.txt").symlink_to(folder / "good-1.txt")
    return {
        str(folder / "loop-a.txt"): "broken_symlink",
        str(folder / "loop-b.txt"): "broken_symlink",
        str(folder / "self-loop.txt"): "broken_symlink",
        str(folder / "dangling.txt"): "broken_symlink",
        str(folder / "outside.txt"): "outside_root",
        str(folder / "linked-folder"): "outside_root",
        str(folder / "inside-link.txt"): None,  # a copy of good-1.txt: recorded as its duplicate
    }


def special_files(folder: Path) -> dict[str, str | None]:
    """FIFOs named like articles; a character device when this user may make one."""
    os.mkfifo(folder / "fifo.txt")
    os.mkfifo(folder / "fifo-noext")
    expected: dict[str, str | None] = {str(folder / "fifo.txt"): "not_a_regular_file", str(folder / "fifo-noext"): "not_a_regular_file"}
    try:
        os.mknod(folder / "zero.txt", 0o600 | 0o020000, os.makedev(1, 5))  # like /dev/zero
        expected[str(folder / "zero.txt")] = "not_a_regular_file"
    except PermissionError:
        pass
    (folder / "sub").mkdir()
    os.mkfifo(folder / "sub" / "deep-fifo.html")
    expected[str(folder / "sub" / "deep-fifo.html")] = "not_a_regular_file"
    (folder / "sub-link").symlink_to(folder / "sub", target_is_directory=True)
    expected[str(folder / "sub-link")] = "not_a_regular_file"
    return expected


def pathological_html(folder: Path) -> dict[str, str | None]:
    """Markup that used to cost lexbor minutes: huge attribute lists, deep nesting, huge tag counts."""
    many_attributes = "<div " + " ".join(f"a{i}=x" for i in range(80_000)) + ">"
    bare_attributes = "<div " + " ".join(f"b{i}" for i in range(300_000)) + ">"
    (folder / "attrs-80k.html").write_text(page(200, open_tag="<article>" + many_attributes + "</div>"))
    (folder / "attrs-300k.html").write_text(page(201, open_tag="<article>" + bare_attributes + "</div>"))
    (folder / "nested-100k.html").write_text(page(202, "<div>" * 100_000 + "deep" + "</div>" * 100_000))
    (folder / "nested-spans.html").write_text(page(203, "<span><b>" * 20_000 + "deep" + "</b></span>" * 20_000))
    (folder / "tags-200k.html").write_text(page(204, "<i>x</i>" * 100_000))
    return {
        str(folder / "attrs-80k.html"): None,  # its attributes are trimmed; the article stays
        str(folder / "attrs-300k.html"): None,
        str(folder / "nested-100k.html"): "too_complex",
        str(folder / "nested-spans.html"): "too_complex",
        str(folder / "tags-200k.html"): "too_complex",
    }


def encodings(folder: Path) -> dict[str, str | None]:
    (folder / "utf16-no-bom.txt").write_bytes(story(300).encode("utf-16-le"))
    (folder / "utf16be-no-bom.html").write_bytes(page(301).encode("utf-16-be"))
    (folder / "utf16-bom.txt").write_bytes(story(302).encode("utf-16"))
    (folder / "binary.txt").write_bytes(bytes(range(256)) * 40)
    return {
        str(folder / "utf16-no-bom.txt"): None,
        str(folder / "utf16be-no-bom.html"): None,
        str(folder / "utf16-bom.txt"): None,
        str(folder / "binary.txt"): "binary",
    }


def too_large(folder: Path) -> dict[str, str | None]:
    with open(folder / "huge.txt", "wb") as fh:
        fh.truncate(52 * 1024 * 1024)  # sparse: costs no disk
    return {str(folder / "huge.txt"): "too_large"}


def hostile_manifest(folder: Path, manifest: Path) -> dict[str, str | None]:
    """A manifest with bad rows beside good ones: the file is recorded as bad_manifest, the
    articles it names are read without a crawler URL."""
    rows = [
        '{"file": "good-0.html", "url": "https://harbour.example/plan-0"}',
        '{"file": "good-2.html", "url": 12345}',
        '{"file": "good-3.txt", "url": "https://harbour.example/a\\u0000b"}',
        '{"file": "good-4.html", "url": "https://harbour.example/' + "x" * 10_000_000 + '"}',
        '["good-5.txt", "https://harbour.example/array"]',
        "{not json",
        '{"url": "https://harbour.example/no-file"}',
    ]
    manifest.write_text("\n".join(rows) + "\n")
    return {str(manifest): "bad_manifest"}


def slow_page(folder: Path) -> dict[str, str | None]:
    """A page that is legal under every cap but takes seconds to parse: past a 1 s limit, a timeout."""
    paragraph = "<p>" + " ".join(story(400).split("\n\n")[2:]) * 2 + "</p>"
    (folder / "a-slow.html").write_text(page(400, paragraph * 12_000))
    return {str(folder / "a-slow.html"): "timeout"}
