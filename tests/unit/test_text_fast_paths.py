"""The text parser's shortcuts give the same answer as the plain readings they stand in for.

bench/parse.py (varied headers, cold caches) measured what each pays: skipping the line readers for running
text (`_plain_body`) about 15% of the parse, and choosing the caption patterns worth searching
(`captions._searches`) several percent more. Each is pinned here to the plain version.
"""

from __future__ import annotations

from dataclasses import astuple

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from byline.model import Caption
from byline.parse import captions
from byline.parse.footers import source_hints
from byline.parse.text import _plain_body, _read_anywhere_line, _Reading

OPENINGS = [
    "The council voted on Tuesday to approve the budget after a long debate",
    "Officials said the bridge would reopen next week once repairs were complete",
    "Workers stack sandbags by the river in Springvale",
    "Published Sep 18, 2023",
    "Updated 18 September 2023 14:05 BST",
    "2023-09-18T14:05:00Z",
    "Source: Statistics Canada",
    "Reading time: 3 minutes",
    "(Reporting by Jane Roe; Editing by John Doe)",
    "Reuter",
    "(AFP)",
]
ENDINGS = [
    "", ".", ". (AP Photo/Mark Schiefelbein)", ". Photo by Lian Yi /THE ASSOCIATED PRESS", ". REUTERS/Brendan McDermid",
    ". Getty Images", " (Reuters)", ". Photo: Jane Doe/Reuters", " [file photo]", ". Credit: City of Springvale",
    ", 2 minute read", " https://example.com/news/story", " • 4 min read", " (Getty Images via AFP)",
]
lines = st.builds(
    lambda opening, middle, ending: f"{opening}{middle}{ending}",
    st.sampled_from(OPENINGS),
    st.text(alphabet=st.characters(codec="utf-8", categories=("L", "N", "P", "Zs")), max_size=120),
    st.sampled_from(ENDINGS),
)
settings.register_profile("fast_paths", deadline=None, max_examples=300, suppress_health_check=[HealthCheck.too_slow])
settings.load_profile("fast_paths")


@given(lines)
def test_a_line_the_shortcut_keeps_in_the_body_is_one_the_readers_leave_there(line: str) -> None:
    lower = line.lower()
    caption_hint, source_hint = captions.credit_hints([lower])[0], source_hints([lower])[0]
    if not _plain_body(line, caption_hint, source_hint):
        return
    seen = _Reading(body=["An earlier paragraph of the story."], started=True)
    before = astuple(seen)
    assert _read_anywhere_line(line, lower, seen, False, (caption_hint, source_hint)) is False
    assert astuple(seen) == before


def plain_read_caption(paragraph: str) -> Caption | None:
    """read_caption without its shortcuts: every pattern, from the start of the tail."""
    if len(paragraph) > 1500:
        return None
    start = max(0, len(paragraph) - captions.TAIL_CHARS)
    for pattern in (captions._LABELLED, captions._BRACKETED, captions._WIRE_SLASH, captions._AGENCY_LAST):
        found = pattern.search(paragraph, start)
        if not found:
            continue
        credit = found.group("credit").strip(" .,:;")
        if not captions._looks_like_credit(credit) or captions._bare_agency(credit):
            continue
        return Caption(caption=paragraph[: found.start()].strip(), credit=captions.normalise_credit(credit))
    return None


@given(lines)
def test_read_caption_equals_trying_every_pattern(line: str) -> None:
    assert captions.read_caption(line) == plain_read_caption(line)
