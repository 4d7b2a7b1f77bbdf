"""Titles: the site name and separators cut away, an <h1> confirming the wording."""

from selectolax.lexbor import LexborHTMLParser

from byline.parse.html.meta import read_meta
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
    assert (title, source) == ("Budget passes", "og")


def test_og_title_used_when_no_h1_matches() -> None:
    title, source = choose_title(None, "Budget passes", None, ("Latest news",), "Budget passes — Courier", ["Courier"])
    assert (title, source) == ("Budget passes", "og")


def test_visible_headline_wins_over_a_reworded_metadata_title() -> None:
    title, source = choose_title(
        "Ultium Cells erhöht Gigafactory-Kapazität", None, None,
        ("Ultium Cells erhöht Gigafactory-Kapazität in Tennessee",), None, [],
    )
    assert (title, source) == ("Ultium Cells erhöht Gigafactory-Kapazität in Tennessee", "h1")


def test_unrelated_h1_does_not_replace_the_metadata_title() -> None:
    title, _ = choose_title("Sixers beat the Knicks in overtime", None, None, ("Visit Harford County this fall",), None, [])
    assert title == "Sixers beat the Knicks in overtime"


def test_soft_hyphens_are_kept_as_printed_and_zero_widths_removed() -> None:
    title, _ = choose_title(None, None, None, ("Mes\u00adsen\u00adger\u200bdienste sind kein Raum",), None, [])
    assert title == "Mes\u00adsen\u00adgerdienste sind kein Raum"


def test_a_soft_hyphen_does_not_stop_an_h1_matching_metadata() -> None:
    title, source = choose_title(None, "Helikopter\u00adlandeplatz geplant", None, ("Helikopterlandeplatz geplant",), None, [])
    assert (title, source) == ("Helikopter\u00adlandeplatz geplant", "og")


def test_an_h1_repeating_the_last_title_segment_names_the_site() -> None:
    h1s = ("Notes from the Allotment", "Frost came early this year")
    title, source = choose_title(None, None, None, h1s, "Frost came early this year | Notes from the Allotment", [])
    assert (title, source) == ("Frost came early this year", "title")


def test_a_section_left_after_the_site_named_by_an_h1_is_cut() -> None:
    title, _ = choose_title(None, None, None, ("晨报",), "新的公园今天开放_城市_晨报", [])
    assert title == "新的公园今天开放"


def test_the_headline_without_the_kicker_wins_though_another_title_repeats_the_kicker() -> None:
    h1 = "Town Hall Ferry timetable cut for the winter"
    title, source = choose_title("Ferry timetable cut for the winter", h1, None, (h1,), None, [])
    assert (title, source) == ("Ferry timetable cut for the winter", "jsonld")


def test_a_metadata_title_held_whole_by_another_is_the_headline() -> None:
    title, source = choose_title("Harbour - New ferry pier opens on Monday", "New ferry pier opens on Monday", None, (), None, [])
    assert (title, source) == ("New ferry pier opens on Monday", "og")
    title, source = choose_title("Ferry fares rise again, and here is why", "Ferry fares rise again", None, (), None, [])
    assert (title, source) == ("Ferry fares rise again", "og")


def test_a_french_spaced_colon_is_punctuation_not_a_separator() -> None:
    title, _ = choose_title(None, None, None, (), "Pourquoi le tramway attend : explications", ["Le Courrier"], french=True)
    assert title == "Pourquoi le tramway attend : explications"


def test_an_h1_carrying_a_blog_name_after_the_headline_confirms_the_metadata_title() -> None:
    h1 = "Why the village pond froze twice | Pond Diaries"
    title, source = choose_title(None, "Why the village pond froze twice", None, (h1,), None, [])
    assert (title, source) == ("Why the village pond froze twice", "og")


def test_an_h1_inside_main_counts_though_the_page_frame_is_named_like_navigation() -> None:
    html = (
        "<body><div class='left-navigation page-wrapper'><main><h1>Bridge repairs finish early</h1></main>"
        "<aside><h1>Most read</h1></aside></div></body>"
    )
    assert read_meta(LexborHTMLParser(html)).h1s == ("Bridge repairs finish early",)


def test_a_later_h1_can_be_the_visible_headline_reworded_in_metadata() -> None:
    h1s = ("Our latest stories this week", "Ferry fares rise again for winter travellers")
    title, source = choose_title("Ferry fares rise again this winter", None, None, h1s, None, [])
    assert (title, source) == ("Ferry fares rise again for winter travellers", "h1")


def test_an_h1_opening_with_the_site_name_is_the_masthead_not_a_reworded_headline() -> None:
    h1s = ("Harbourside Rowing Club for Young and Old",)
    title_tag = "Rowing for young people | Harbourside Rowing Club"
    title, source = choose_title(None, None, None, h1s, title_tag, ["harbourside.org", "harbourside"])
    assert (title, source) == ("Rowing for young people", "title")


def test_an_h1_confirming_a_metadata_title_prints_the_metadata_wording() -> None:
    # the <h1>'s hidden ellipsis element and its kicker's separator are lost to markup
    title, source = choose_title("Ferry fares rise again...", None, None, ("Ferry fares rise again",), None, [])
    assert (title, source) == ("Ferry fares rise again...", "jsonld")
