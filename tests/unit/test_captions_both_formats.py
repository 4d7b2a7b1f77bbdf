"""Caption credits: one reading of a printed caption, whether it comes in a text line or an HTML figure."""

from __future__ import annotations

import pytest

from byline.model import Caption
from byline.parse import parse_bytes

PARAGRAPHS = [
    "The county council approved the new flood barrier on Tuesday after a debate that lasted most of the day.",
    "Work on the barrier is due to start in the spring and to take about two years, the council said.",
    "Residents of the low-lying streets by the river have asked for better protection since the floods of 2019.",
]
CAPTIONS = [
    ("Workers stack sandbags by the river in Springvale. (AP Photo/Mark Schiefelbein)",
     Caption("Workers stack sandbags by the river in Springvale.", "Mark Schiefelbein / AP")),
    ("Workers stack sandbags by the river in Springvale. Photo by Lian Yi /THE ASSOCIATED PRESS",
     Caption("Workers stack sandbags by the river in Springvale.", "Lian Yi / The Associated Press")),
    ("Workers stack sandbags by the river in Springvale. REUTERS/Brendan McDermid",
     Caption("Workers stack sandbags by the river in Springvale.", "Reuters / Brendan McDermid")),
]


def from_text(line: str) -> tuple[Caption, ...]:
    lines = ["Council approves new flood barrier", "By Jane Roe", PARAGRAPHS[0], line, *PARAGRAPHS[1:]]
    return parse_bytes("\n\n".join(lines).encode(), "story.txt").captions


def from_html(line: str) -> tuple[Caption, ...]:
    body = "".join(f"<p>{p}</p>" for p in PARAGRAPHS)
    page = (
        "<html><head><title>Council approves new flood barrier</title></head><body><article>"
        f'<h1>Council approves new flood barrier</h1><p class="byline">By Jane Roe</p>'
        f'<figure><img src="a.jpg"><figcaption>{line}</figcaption></figure>{body}</article></body></html>'
    )
    return parse_bytes(page.encode(), "story.html", url_hint="https://example.com/news/flood-barrier").captions


@pytest.mark.parametrize(("line", "caption"), CAPTIONS)
def test_a_caption_reads_the_same_in_text_and_in_html(line: str, caption: Caption) -> None:
    assert from_text(line) == from_html(line) == (caption,)


def test_a_figure_with_a_credit_and_no_words_gives_no_caption() -> None:
    assert from_html("Photo: Jane Doe/Reuters") == ()
