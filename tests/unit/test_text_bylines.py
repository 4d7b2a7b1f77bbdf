"""Bylines: people to authors, wire agencies to agency, titles and organisations dropped."""

from __future__ import annotations

import pytest

from byline.parse.agencies import canonical_agency
from byline.parse.bylines import Byline, read_byline_line, split_byline


@pytest.mark.parametrize(
    ("line", "people", "agency"),
    [
        ("By Jane Roe and John Doe", ("Jane Roe", "John Doe"), None),
        ("By Cal Mankowski, Reuters", ("Cal Mankowski",), "Reuters"),
        ("By Colin Brinsden, Reuters.", ("Colin Brinsden",), "Reuters"),
        ("BY STEPHEN JUKES AND PHILIP SHEHADI, REUTERS", ("STEPHEN JUKES", "PHILIP SHEHADI"), "Reuters"),
        ("Mia Rabson | The Canadian Press", ("Mia Rabson",), "The Canadian Press"),
        ("Matt Sedensky, Associated Press Writer", ("Matt Sedensky",), "AP"),
        ("By Rhiannon Price, PA Education Correspondent", ("Rhiannon Price",), "PA"),
        ("By Jane Doe, Staff Writer", ("Jane Doe",), None),
        ("By Jane Doe, National Post", ("Jane Doe",), None),
        ("Von Anna Schäfer, dpa", ("Anna Schäfer",), "dpa"),
        ("Par Jean-Luc Moreau (AFP)", ("Jean-Luc Moreau",), "AFP"),
        ("By Brad Schade Reuters", ("Brad Schade",), "Reuters"),
        ("By keith grant, Reuters", ("keith grant",), "Reuters"),
        ("By Solange De Santis", ("Solange De Santis",), None),
        ("Harriet Cole Transport correspondent", ("Harriet Cole",), None),
        ("Sam Jones in Madrid", ("Sam Jones",), None),
    ],
)
def test_byline_forms(line: str, people: tuple[str, ...], agency: str | None) -> None:
    assert read_byline_line(line) == Byline(people, agency)


def test_empty_byline_label_yields_no_author() -> None:
    assert read_byline_line("Author of the article:") == Byline((), None)


@pytest.mark.parametrize("line", ["The Associated Press", "By The Associated Press", "Reuters", "AFP"])
def test_agency_only_byline_names_no_person(line: str) -> None:
    found = read_byline_line(line)
    assert found is not None and found.people == () and found.agency is not None


@pytest.mark.parametrize(("line", "credit"), [("By Staff", "Staff"), ("By News Desk", "News Desk")])
def test_desk_byline_credits_the_desk_and_no_people(line: str, credit: str) -> None:
    assert read_byline_line(line) == Byline((), None, credit)


@pytest.mark.parametrize(
    ("line", "credit"),
    [("The Associated Press", "The Associated Press"), ("By The Associated Press", "The Associated Press"),
     ("Reuters", "Reuters")],
)
def test_agency_only_byline_is_credited_as_printed(line: str, credit: str) -> None:
    assert read_byline_line(line).credit == credit


@pytest.mark.parametrize(
    "line",
    [
        "By the end of the year, prices had risen by a third.",
        "Exclusive articles by Conrad Black, Barbara Kay, Rex Murphy and others.",
        "By contrast, exports fell.",
        "The minister in charge of the file declined to comment",
    ],
)
def test_prose_is_not_a_byline(line: str) -> None:
    assert read_byline_line(line) is None


def test_split_byline_keeps_its_signature() -> None:
    assert split_byline("By Jane Roe and John Doe, Reuters") == (["Jane Roe", "John Doe"], "Reuters")


@pytest.mark.parametrize(
    ("spelling", "canonical"),
    [
        ("Associated Press", "AP"),
        ("the associated press", "AP"),
        ("REUTER", "Reuters"),
        ("Agence France-Presse", "AFP"),
        ("Canadian Press", "The Canadian Press"),
        ("Deutsche Presse-Agentur", "dpa"),
        ("Bloomberg News", "Bloomberg"),
        ("United Press International", "UPI"),
        ("PA Media", "PA"),
        ("Press Association", "PA"),
        ("ANSA", "ANSA"),
        ("(AFP)", "AFP"),
    ],
)
def test_agency_spellings_map_to_canonical_names(spelling: str, canonical: str) -> None:
    assert canonical_agency(spelling) == canonical


def test_unknown_name_is_no_agency() -> None:
    assert canonical_agency("National Post") is None
    assert canonical_agency("Jane Doe") is None


def test_outlet_acronym_is_not_a_person() -> None:
    assert read_byline_line("By Jane Doe, CNN") == Byline(("Jane Doe",), None)


@pytest.mark.parametrize(
    ("line", "people", "agency"),
    [
        ("By MATT SEDENSKY AP National Writer", ("MATT SEDENSKY",), "AP"),
        ("By Jane Doe and John Smith of The Associated Press", ("Jane Doe", "John Smith"), "AP"),
        ("By Jane Doe, Special to The Globe and Mail", ("Jane Doe",), None),
        ("By Jane Doe for Reuters", ("Jane Doe",), "Reuters"),
        ("By Jane Doe / Reuters", ("Jane Doe",), "Reuters"),
    ],
)
def test_outlets_after_names(line: str, people: tuple[str, ...], agency: str | None) -> None:
    assert read_byline_line(line) == Byline(people, agency)
