"""Publication dates: fast parsing, URL days, future dates dropped, local zones preferred."""

import warnings
from datetime import UTC, date, datetime, timedelta, timezone

from byline.parse.html.dates import DateCandidate, choose, parse_date, url_date
from byline.parse.html.textdates import first_text_date

TODAY = date(2026, 1, 1)


def test_iso_timestamp_keeps_its_zone_and_the_day_as_written() -> None:
    day, moment = parse_date("2023-11-08T21:11:03-05:00")
    assert day == date(2023, 11, 8)
    assert moment.utcoffset() == timedelta(hours=-5)


def test_textual_dates_parse_through_dateutil() -> None:
    assert parse_date("August 2, 2019")[0] == date(2019, 8, 2)


def test_url_date_path_is_read() -> None:
    assert url_date("https://example.com/2019/08/02/some-story/") == date(2019, 8, 2)
    assert url_date("https://example.com/news/20200316/story") == date(2020, 3, 16)
    assert url_date("https://example.com/article/123456") is None


def test_future_dates_are_never_chosen_over_a_plausible_one() -> None:
    found = [DateCandidate("meta", date(2099, 9, 14), None), DateCandidate("time", date(2025, 2, 3), None)]
    assert choose(found, None, TODAY).day == date(2025, 2, 3)


def test_url_day_wins_over_a_metadata_day_one_off() -> None:
    found = [DateCandidate("jsonld", date(2020, 2, 18), None)]
    assert choose(found, date(2020, 2, 17), TODAY).day == date(2020, 2, 17)


def test_metadata_far_from_the_url_day_is_a_modification() -> None:
    found = [DateCandidate("meta", date(2021, 6, 1), None)]
    chosen = choose(found, date(2019, 3, 4), TODAY)
    assert (chosen.day, chosen.source) == (date(2019, 3, 4), "url")


def test_local_zone_preferred_over_utc_for_the_same_moment() -> None:
    utc = datetime(2023, 11, 9, 2, 11, tzinfo=UTC)
    local = utc.astimezone(timezone(timedelta(hours=-5)))
    found = [DateCandidate("jsonld", utc.date(), utc), DateCandidate("time", local.date(), local)]
    assert choose(found, None, TODAY).day == date(2023, 11, 8)


def test_visible_dates_in_several_languages() -> None:
    early, late = date(1995, 1, 1), TODAY
    assert first_text_date("Von Anna Beck | 7. Juni 2023, 18:30 Uhr", early, late) == date(2023, 6, 7)
    assert first_text_date("By Jane Doe August 21, 2017", early, late) == date(2017, 8, 21)
    assert first_text_date("Publié le 3 mars 2021", early, late) == date(2021, 3, 3)
    assert first_text_date("Stand: 02.08.2019", early, late) == date(2019, 8, 2)


def test_visible_date_labelled_as_update_is_skipped() -> None:
    text = "Updated: March 5, 2021 — first published March 1, 2021"
    assert first_text_date(text, date(1995, 1, 1), TODAY) == date(2021, 3, 1)


def test_more_printed_date_forms() -> None:
    early, late = date(1995, 1, 1), TODAY
    assert first_text_date("Германия 15 августа 2016, 13:43", early, late) == date(2016, 8, 15)
    assert first_text_date("Familie 17/02/2022 Ihre Tochter", early, late) == date(2022, 2, 17)
    assert first_text_date("Von: Björn Jahner | 31.10.23 Sie", early, late) == date(2023, 10, 31)


def test_ambiguous_slash_dates_and_version_numbers_are_not_dates() -> None:
    assert first_text_date("posted 02/03/2021, version 1.2.3", date(1995, 1, 1), TODAY) is None


def test_unknown_zone_word_leaves_the_time_naive_without_a_warning() -> None:
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        day, moment = parse_date("March 12, 2020 10:00 WIB")
    assert day == date(2020, 3, 12) and moment == datetime(2020, 3, 12, 10, 0)


def test_us_zone_without_season_follows_daylight_saving() -> None:
    assert parse_date("March 12, 2020 10:00 ET")[1].utcoffset() == timedelta(hours=-4)
    assert parse_date("January 12, 2020 10:00 ET")[1].utcoffset() == timedelta(hours=-5)


def test_known_zone_abbreviation_sets_the_offset() -> None:
    _, moment = parse_date("March 12, 2020 10:00 PST")
    assert moment.utcoffset() == timedelta(hours=-8)
