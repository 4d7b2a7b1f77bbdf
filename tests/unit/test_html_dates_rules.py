"""Publication-date rules beyond the basics: numeric day-first dates, time zones, labels, ranges."""

from datetime import date, datetime

from byline.parse.html.dates import parse_date


def test_dotted_metadata_date_is_read_day_first_with_its_time() -> None:
    assert parse_date("10.12.2022, 07:00:03") == (date(2022, 12, 10), datetime(2022, 12, 10, 7, 0, 3))


def test_dashed_metadata_date_is_read_day_first() -> None:
    assert parse_date("01-11-2023 10:29")[0] == date(2023, 11, 1)


def test_dashed_date_read_month_first_when_only_that_is_valid() -> None:
    assert parse_date("12-31-2022") == (date(2022, 12, 31), None)
