"""Titles read from a URL slug are spelt as the article body spells their words."""

from __future__ import annotations

from pathlib import Path

import pytest

from byline.parse import parse_file
from byline.parse.titles import recase_from_body

BODY = (
    "BEIJING (AP) — China’s top foreign policy official is heading to Russia after meeting the U.S. national "
    "security adviser. Foreign Minister Wang Yi will hold talks there, the foreign ministry said. The minister met "
    "Wang Yi in Malta. Some of us expected it, the U.S. side said."
)


@pytest.mark.parametrize(
    ("slug", "title"),
    [
        ("Chinas foreign minister wang yi heads to moscow", "China’s foreign minister Wang Yi heads to Moscow"),
        ("Us adviser meets wang yi in malta", "U.S. adviser meets Wang Yi in Malta"),
        ("Talks in new york end early", "Talks in New York end early"),
        ("Foreign ministry says talks went well", "Foreign ministry says talks went well"),
    ],
)
def test_slug_words_take_the_body_spelling(slug: str, title: str) -> None:
    assert recase_from_body(slug, BODY) == title


def test_a_word_the_body_only_capitalises_at_a_sentence_start_stays_lower_case() -> None:
    assert recase_from_body("Prices rise again", "Prices rose. Prices fell in the spring.") == "Prices rise again"


def test_seed_title_from_slug_reads_as_a_headline(seeds_dir: Path) -> None:
    article = parse_file(str(seeds_dir / "000_ecf77212905a3bd8.txt"))
    assert article.title_source == "url"
    assert article.title.replace("’", "'") == (
        "China's foreign minister Wang Yi heads to Moscow after meeting U.S. national security adviser"
    )
