"""Boilerplate: furniture lines go, real paragraphs stay, paywall bullets only under a paywall header."""

from __future__ import annotations

import re

import pytest

from byline.parse.boilerplate import DATA, Furniture, furniture_regex, line_kind
from byline.parse.titles import looks_like_link


def kept(lines: list[str]) -> list[str]:
    furniture = Furniture(looks_like_link)
    return [line for line in lines if not furniture.is_boilerplate(line)]


@pytest.mark.parametrize(
    "line",
    [
        "Advertisement 2",
        "ADVERTISEMENT",
        "This advertisement has not loaded yet, but your article continues below.",
        "Article content",
        ">>> Read full article>>>",
        "Read more",
        "Share this article in your social network",
        "Share on Facebook",
        "Comments",
        "12 comments",
        "Join the conversation",
        "More of AP’s Asia-Pacific coverage is available at https://apnews.com/hub/asia-pacific",
        "More of AP's Asia-Pacific coverage is available at",
        "Follow AP's coverage of the war at https://apnews.com/hub/russia-ukraine",
        "Copyright 2023 The Associated Press. All rights reserved.",
        "Riproduzione riservata © Copyright ANSA",
        "___",
        "(MORE)",
        "* * *",
        "This report by The Canadian Press was first published June 12, 2023.",
        "Sign up for our daily newsletter to get the latest local news in your inbox.",
        "Thanks for signing up!",
        "Postmedia is committed to maintaining a lively but civil forum for discussion and encourage all readers to "
        "share their views on our articles. Comments may take up to an hour for moderation before appearing on the "
        "site. We ask you to keep your comments relevant and respectful. We have enabled email notifications—you "
        "will now receive an email if you receive a reply to your comment, there is an update to a comment thread you "
        "follow or if a user you follow comments. Visit our Community Guidelines for more information and details on "
        "how to adjust your email settings.",
    ],
)
def test_furniture_line_is_dropped(line: str) -> None:
    assert kept([line]) == []


@pytest.mark.parametrize(
    "paragraph",
    [
        "The newspaper said its subscribers had fallen by a third since the paywall was introduced.",
        "Advertisement spending rose 4% in the quarter, the company said, led by its video business.",
        "Comments made by the minister on Tuesday drew criticism from opposition parties.",
        "Share prices fell 3% in early trading after the announcement.",
        "Read the full report on the agency's website, officials urged residents.",
        "More of the city's budget will go to transit, the mayor said.",
        "Sign up rates for the program were lower than expected, officials said.",
        "The latest from the front lines suggests a stalemate, analysts said.",
        "Copyright lawyers say the ruling could change how songs are licensed.",
    ],
)
def test_real_paragraph_is_kept(paragraph: str) -> None:
    assert kept([paragraph]) == [paragraph]


def test_paywall_bullets_go_only_under_a_paywall_header() -> None:
    bullet = "Enjoy the latest local, national and international news."
    lines = ["THIS CONTENT IS RESERVED FOR SUBSCRIBERS", bullet, "Article content", "The story goes on here."]
    assert kept(lines) == ["The story goes on here."]
    assert kept([bullet]) == [bullet]  # without a header it is a sentence like any other


def test_paywall_block_closes_at_the_first_prose_line() -> None:
    lines = ["SUBSCRIBE FOR MORE ARTICLES", "Unlimited online access with one account.", "The council met on Monday."]
    assert kept(lines) == ["The council met on Monday."]


def test_related_block_drops_link_lines_until_prose_returns() -> None:
    lines = [
        "Related Stories",
        "Parents split on later school start, survey finds",
        "Bus driver shortage forces route changes",
        "Students said the extra sleep had made a difference.",
        "Board members will review the schedule in three years",
    ]
    assert kept(lines) == [lines[3], lines[4]]


def test_patterns_are_one_compiled_regex_loaded_once() -> None:
    assert furniture_regex() is furniture_regex()
    assert isinstance(furniture_regex(), re.Pattern)


def test_every_pattern_in_the_data_file_has_a_comment_above_it() -> None:
    lines = DATA.read_text(encoding="utf-8").splitlines()
    for above, line in zip(lines, lines[1:], strict=False):
        if line.strip() and not line.startswith("#"):
            assert above.startswith("#"), f"no comment above {line!r}"


def test_line_kind_names_the_kind() -> None:
    assert line_kind("Advertisement 3") == "drop"
    assert line_kind("REGISTER FOR MORE ARTICLES") == "prompt"
    assert line_kind("Latest from Shopping Essentials") == "related"
    assert line_kind("Article content") == "resume"
    assert line_kind("Create an account or sign in to continue.") is None
    assert line_kind("Create an account or sign in to continue.", in_prompt=True) == "bullet"


@pytest.mark.parametrize(
    "paragraph",
    [
        "Save by booking early.",
        "Leave comments by Friday, the city said.",
        "Share this view, said the minister.",
        "Print runs were cut by half.",
        "Read the comments the minister made on Tuesday.",
    ],
)
def test_short_prose_that_starts_like_a_widget_is_kept(paragraph: str) -> None:
    assert kept([paragraph]) == [paragraph]
