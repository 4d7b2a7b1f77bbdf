"""Datelines: place and agency read from the opening of wire copy; a month and day are never a date."""

from __future__ import annotations

import pytest

from byline.parse.datelines import read_dateline


@pytest.mark.parametrize(
    ("opening", "place", "agency"),
    [
        ("BEIJING (AP) — China’s top foreign policy official", "BEIJING", "AP"),
        ("WELLINGTON, Feb 27 - New Zealand's dairy prices", "WELLINGTON", None),
        ("LONDON, Sept 18 (Reuters) - Oil prices rose", "LONDON", "Reuters"),
        ("PARIS (AFP) – Le gouvernement a présenté", "PARIS", "AFP"),
        ("LOS ANGELES, Feb 26 - BankAmerica Corp is not", "LOS ANGELES", None),
        ("PORTLAND, Ore., Feb 26 - Shares rose", "PORTLAND, Ore.", None),
        ("SAN JUAN, Puerto Rico (AP) — Power was restored", "SAN JUAN, Puerto Rico", "AP"),
        ("Scarborough, Ontario, Feb 26 -", "Scarborough, Ontario", None),
        ("DALLAS/FORT WORTH, Texas, March 3 - American said", "DALLAS/FORT WORTH, Texas", None),
        ("ALBANY, N.Y., Marc 3 - The state", "ALBANY, N.Y.", None),
        ("WASHINGTON, June 19, - The Senate", "WASHINGTON", None),
        ("BERLIN (dpa) - Ein Streik", "BERLIN", "dpa"),
        ("Toronto (CP) — The province", "Toronto", "The Canadian Press"),
        ("OTTAWA — The federal government", "OTTAWA", None),
        ("(Bloomberg) -- Oil headed for a third weekly gain", None, "Bloomberg"),
    ],
)
def test_dateline_forms(opening: str, place: str | None, agency: str | None) -> None:
    found = read_dateline(opening)
    assert found is not None
    assert (found.place, found.agency) == (place, agency)


@pytest.mark.parametrize(
    "opening",
    [
        "The company said - as expected - that it would cut jobs.",
        "I - for one - disagree.",
        "March 3 - the day it all began.",
        "Shares (and bonds) - both fell.",
    ],
)
def test_prose_has_no_dateline(opening: str) -> None:
    assert read_dateline(opening) is None


def test_month_and_day_are_kept_as_printed_not_as_a_date() -> None:
    found = read_dateline("WELLINGTON, Feb 27 - Prices fell")
    assert found is not None and found.month_day == "Feb 27"
