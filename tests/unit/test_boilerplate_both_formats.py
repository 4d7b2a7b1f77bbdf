"""One boilerplate catalogue (boilerplate.txt): the same furniture lines leave text and HTML bodies alike."""

from __future__ import annotations

import pytest

from byline.parse import parse_bytes

PARAGRAPHS = [
    "The county council approved the new flood barrier on Tuesday after a debate that lasted most of the day.",
    "Work on the barrier is due to start in the spring and to take about two years, the council said.",
    "Residents of the low-lying streets by the river have asked for better protection since the floods of 2019.",
]


def text_body(line: str) -> str:
    lines = ["Council approves new flood barrier", "By Jane Roe", PARAGRAPHS[0], line, *PARAGRAPHS[1:]]
    return parse_bytes("\n\n".join(lines).encode(), "story.txt").body


def html_body(line: str) -> str:
    paragraphs = [PARAGRAPHS[0], line, *PARAGRAPHS[1:]]
    page = (
        "<html><head><title>Council approves new flood barrier</title></head><body><article>"
        '<h1>Council approves new flood barrier</h1><p class="byline">By Jane Roe</p>'
        + "".join(f"<p>{p}</p>" for p in paragraphs)
        + "</article></body></html>"
    )
    return parse_bytes(page.encode(), "story.html", url_hint="https://example.com/news/flood-barrier").body


@pytest.mark.parametrize("body", [text_body, html_body], ids=["text", "html"])
@pytest.mark.parametrize(
    "line",
    ["Advertisement 2", "Werbung", "Weiterlesen", "Share this article", "12 comments", "All rights reserved.",
     "Continue reading below", "Loading"],
)
def test_furniture_leaves_the_body_in_both_formats(body, line: str) -> None:
    got = body(line)
    assert line not in got and PARAGRAPHS[1] in got


@pytest.mark.parametrize("body", [text_body, html_body], ids=["text", "html"])
def test_a_sentence_that_opens_like_furniture_stays(body) -> None:
    line = "Share prices of the builder rose by a tenth after the council's vote on the barrier, traders said."
    assert line in body(line)
