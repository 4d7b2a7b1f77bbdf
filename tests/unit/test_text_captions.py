"""Captions: a paragraph ending in a photo credit leaves the body with its credit."""

from __future__ import annotations

import pytest

from byline.model import Caption
from byline.parse.captions import read_caption


@pytest.mark.parametrize(
    ("paragraph", "caption", "credit"),
    [
        (
            "Wang Yi is greeted in Valletta, Malta on Sunday, Sept. 17, 2023. Photo by Lian Yi /THE ASSOCIATED PRESS",
            "Wang Yi is greeted in Valletta, Malta on Sunday, Sept. 17, 2023.",
            "Lian Yi / The Associated Press",
        ),
        ("President Biden speaks in the East Room. (AP Photo/Evan Vucci)", "President Biden speaks in the East Room.", "Evan Vucci / AP"),
        (
            "Firefighters battle the blaze near Athens. (Photo: Jane Doe/AFP via Getty Images)",
            "Firefighters battle the blaze near Athens.",
            "Jane Doe / AFP via Getty Images",
        ),
        ("Smoke rises over the port. Photograph: Ali Hamdan/Reuters", "Smoke rises over the port.", "Ali Hamdan / Reuters"),
    ],
)
def test_caption_and_credit(paragraph: str, caption: str, credit: str) -> None:
    assert read_caption(paragraph) == Caption(caption, credit)


@pytest.mark.parametrize(
    "paragraph",
    [
        "The minister said the photo by the ministry was fake.",
        "The company (AP) said it would do something about it.",
        "He said the plan was sound (and cheap).",
        "Photos by tourists flooded social media after the eruption, officials said.",
    ],
)
def test_prose_is_no_caption(paragraph: str) -> None:
    assert read_caption(paragraph) is None
