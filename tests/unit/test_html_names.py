"""Byline strings: labels, roles, dates and links stripped; people told from organisations."""

import pytest

from byline.parse.html.names import looks_like_person, split_names


@pytest.mark.parametrize(
    ("raw", "names"),
    [
        ("By Jane Doe and John Roe", ["Jane Doe", "John Roe"]),
        ("Von Anna Beck und Tom Roe", ["Anna Beck", "Tom Roe"]),
        ("Oli Coleman View author archive", ["Oli Coleman"]),
        ("View all posts by Daniel Lemire", ["Daniel Lemire"]),
        ("Written by Michael Larabel in Valve on 1 June 2019 at 08:34 PM EDT. 51 Comments", ["Michael Larabel"]),
        ("By J.R. Stone Thursday", ["J.R. Stone"]),
        ("Christoph Hein Chefredakteur", ["Christoph Hein"]),
        ("Author: Priya Raman priya@example.com", ["Priya Raman"]),
        ("By Meg Wagner NEW YORK DAILY NEWS Dec 16, 2016", ["Meg Wagner", "NEW YORK DAILY NEWS"]),
        ("Richard David Precht im Gespräch mit Karin Fischer", ["Richard David Precht", "Karin Fischer"]),
        ("Von Volkmar Kabisch, Jan Lukas Strozyk und Benedikt Strunz", ["Volkmar Kabisch", "Jan Lukas Strozyk", "Benedikt Strunz"]),
    ],
)
def test_byline_strings_split_into_names(raw: str, names: list[str]) -> None:
    assert split_names(raw) == names


@pytest.mark.parametrize("name", ["Redaktion", "Staff Writer", "News Desk", "Condé Nast Digital GmbH", "Example.com"])
def test_organisations_and_desks_are_not_people(name: str) -> None:
    assert not looks_like_person(name, [], trusted=True)


def test_site_name_is_not_a_person() -> None:
    assert not looks_like_person("Coastline Herald", ["Coastline Herald"])


def test_names_in_scripts_without_case_are_people() -> None:
    assert looks_like_person("Ярослав Кузишин", [])
    assert looks_like_person("松村 太郎", [])


def test_single_word_handle_needs_a_trusted_source() -> None:
    assert looks_like_person("surfguard", [], trusted=True)
    assert not looks_like_person("surfguard", [], trusted=False)
    assert not looks_like_person("LN", [], trusted=True)
