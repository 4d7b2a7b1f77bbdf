"""Dates stated in text: labelled, ISO, whole-line and numeric forms; zones kept; years never invented."""

from __future__ import annotations

from datetime import date, timedelta

import pytest

from byline.parse.dates import FoundDate, choose, dates_on_line, reading_minutes


def first(line: str, day_first: bool = True) -> FoundDate:
    found = dates_on_line(line, day_first=day_first)
    assert found, f"no date read from {line!r}"
    return found[0]


@pytest.mark.parametrize(
    ("line", "day", "source"),
    [
        ("Published Sep 18, 2023 • 2 minute read", date(2023, 9, 18), "text:published"),
        ("Updated Sep 19, 2023 3:15 p.m. EDT", date(2023, 9, 19), "text:updated"),
        ("2023-09-18T14:05:00Z", date(2023, 9, 18), "text:iso"),
        ("18 September 2023 14:05 BST", date(2023, 9, 18), "text:date"),
        ("Tue 11 Jul 2023 17.42 BST", date(2023, 7, 11), "text:date"),
        ("Monday, September 18, 2023", date(2023, 9, 18), "text:date"),
        ("Posted on March 3, 2031", date(2031, 3, 3), "text:published"),
        ("Veröffentlicht am 09.03.2023, 06:15 Uhr", date(2023, 3, 9), "text:published"),
        ("Publié le 18 septembre 2023 à 14h05", date(2023, 9, 18), "text:published"),
        ("Publicado el 3 de octubre de 2023", date(2023, 10, 3), "text:published"),
    ],
)
def test_date_forms(line: str, day: date, source: str) -> None:
    found = first(line)
    assert (found.day, found.source) == (day, source)


def test_zone_in_the_text_makes_an_aware_moment() -> None:
    moment = first("18 September 2023 14:05 BST").moment
    assert moment is not None and moment.utcoffset() == timedelta(hours=1)
    assert first("2023-09-18T14:05:00+02:00").moment.utcoffset() == timedelta(hours=2)


def test_day_without_time_has_no_moment() -> None:
    assert first("Published Sep 18, 2023").moment is None


def test_numeric_dates_follow_the_locale_order_unless_a_part_is_over_twelve() -> None:
    assert first("03/04/2023", day_first=True).day == date(2023, 4, 3)
    assert first("03/04/2023", day_first=False).day == date(2023, 3, 4)
    assert first("18/09/2023", day_first=False).day == date(2023, 9, 18)
    assert first("09/18/2023", day_first=True).day == date(2023, 9, 18)


@pytest.mark.parametrize(
    "line",
    ["Published Feb 27", "WELLINGTON, Feb 27 -", "Updated Sep 2023", "The company said in 2023 that it would grow."],
)
def test_a_year_month_and_day_must_all_be_stated(line: str) -> None:
    assert dates_on_line(line) == []


def test_prose_with_a_date_is_not_a_date_line() -> None:
    assert dates_on_line("Updated figures released on March 3, 2023 show that exports grew by a fifth last year.") == []


def test_plausible_date_is_chosen_over_a_future_one() -> None:
    today = date(2024, 1, 1)
    future = FoundDate(date(2093, 6, 2), None, "text:published")
    plausible = FoundDate(date(2023, 6, 2), None, "text:updated")
    assert choose([future, plausible], today=today) == plausible


def test_only_date_is_kept_even_in_the_future_or_before_1900() -> None:
    today = date(2024, 1, 1)
    assert choose([FoundDate(date(2199, 11, 30), None, "text:published")], today=today).day == date(2199, 11, 30)
    assert choose([FoundDate(date(1885, 1, 5), None, "text:published")], today=today).day == date(1885, 1, 5)


def test_published_wins_over_updated() -> None:
    found = dates_on_line("Published: 2023-09-18 | Updated: 2023-09-19")
    assert choose(found).day == date(2023, 9, 18)


@pytest.mark.parametrize(("line", "minutes"), [("Published Sep 18, 2023 • 2 minute read", 2), ("5 min read", 5)])
def test_reading_time(line: str, minutes: int) -> None:
    assert reading_minutes(line) == minutes


def test_us_zone_without_season_follows_daylight_saving() -> None:
    summer = first("Published 2:05 p.m. ET Sept. 18, 2023").moment
    winter = first("Published 2:05 p.m. ET Jan. 18, 2023").moment
    assert summer.utcoffset() == timedelta(hours=-4)
    assert winter.utcoffset() == timedelta(hours=-5)
