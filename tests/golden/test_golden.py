"""Golden tests: every raw file in samples/ and tests/golden/ parses to the JSON stored beside it.

The expected file is `<name>.expected.json` next to the input. After a reviewed parser change,
rewrite them with `pytest tests/golden --update-golden` and read the diff before committing.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from byline.manifest import load_manifest, url_for
from byline.model import Rejected
from byline.parse import parse_bytes

ROOT = Path(__file__).resolve().parents[2]
SAMPLES = ROOT / "samples"
GOLDEN = ROOT / "tests" / "golden"
INPUT_SUFFIXES = (".txt", ".html", ".htm", ".gz", ".bin", ".dat")
MANIFESTS = {SAMPLES: load_manifest(SAMPLES / "manifest.csv") if (SAMPLES / "manifest.csv").exists() else {}}


def golden_inputs() -> list[Path]:
    found = []
    for folder in (SAMPLES, GOLDEN):
        found += [p for p in folder.rglob("*") if p.is_file() and p.name.endswith(INPUT_SUFFIXES)]
    return sorted(found)


def parse_to_json(path: Path) -> dict:
    root = SAMPLES if SAMPLES in path.parents else GOLDEN
    url_hint = url_for(MANIFESTS.get(root, {}), path, root)
    try:
        return parse_bytes(path.read_bytes(), path.name, url_hint=url_hint).to_json()
    except Rejected as rejected:
        return {"rejected": rejected.reason}


@pytest.mark.parametrize("path", golden_inputs(), ids=lambda p: p.relative_to(ROOT).as_posix())
def test_parse_matches_golden(path: Path, update_golden: bool) -> None:
    expected_path = path.with_name(path.name + ".expected.json")
    got = parse_to_json(path)
    if update_golden:
        expected_path.write_text(json.dumps(got, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
        return
    assert expected_path.exists(), f"{expected_path.name} is missing: run pytest --update-golden and review it"
    assert got == json.loads(expected_path.read_text(encoding="utf-8"))
