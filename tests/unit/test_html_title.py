"""Titles: the site name and separators cut away, an <h1> confirming the wording."""

from byline.parse.html.title import choose_title, strip_site


def test_site_name_suffix_is_removed() -> None:
    assert strip_site("Harbour crane collapse | Coastline Herald", ["Coastline Herald"]) == "Harbour crane collapse"


def test_section_and_site_are_removed_around_the_headline() -> None:
    title = "Stadtrat beschließt Radwege – Lokales – Weserkurier Nord"
    assert strip_site(title, ["Weserkurier Nord", "lokales"]) == "Stadtrat beschließt Radwege"


def test_domain_label_counts_as_site_name() -> None:
    assert strip_site("Story title - example.com", ["example.com", "example"]) == "Story title"


def test_dash_inside_a_headline_is_kept_when_no_segment_names_the_site() -> None:
    assert strip_site("Rivers rise - and so do fears", ["Midland Gazette"]) == "Rivers rise - and so do fears"


def test_h1_matching_metadata_wins() -> None:
    title, source = choose_title(None, "Budget passes | Courier", None, ("Budget passes",), "Budget passes | Courier", ["Courier"])
    assert (title, source) == ("Budget passes", "h1")


def test_og_title_used_when_no_h1_matches() -> None:
    title, source = choose_title(None, "Budget passes", None, ("Latest news",), "Budget passes — Courier", ["Courier"])
    assert (title, source) == ("Budget passes", "og")
