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


@pytest.mark.parametrize(
    ("paragraph", "credit"),
    [
        ("Prime Minister speaks in Ottawa on Tuesday. THE CANADIAN PRESS/Sean Kilpatrick", "The Canadian Press / Sean Kilpatrick"),
        ("Traders work on the floor of the exchange. REUTERS/Brendan McDermid", "Reuters / Brendan McDermid"),
        ("Protesters gather in Madrid. EPA-EFE/JUAN CARLOS HIDALGO", "EPA-EFE / Juan Carlos Hidalgo"),
        ("A man walks past a mural in Paris. (Photo by JOHN DOE / AFP)", "John Doe / AFP"),
        ("The stadium before the match. Getty Images", "Getty Images"),
        ("The stadium before the match. (Credit: Jane Doe for The Daily)", "Jane Doe for The Daily"),
    ],
)
def test_wire_and_agency_credit_styles(paragraph: str, credit: str) -> None:
    found = read_caption(paragraph)
    assert found is not None and found.credit == credit


@pytest.mark.parametrize(
    "paragraph",
    [
        "The deal was announced by the company CEO/founder",
        "He said the firm sold the picture to Getty Images.",
        "Revenue rose 4% year on year. Q3/Q4 comparisons were not given",
    ],
)
def test_slashes_and_picture_agencies_in_prose_are_no_caption(paragraph: str) -> None:
    assert read_caption(paragraph) is None
