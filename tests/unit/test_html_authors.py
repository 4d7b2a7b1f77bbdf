"""HTML authors: where a page credits its people, and which credits are not the article's."""

from __future__ import annotations

from byline.model import ParsedArticle
from byline.parse import parse_bytes
from byline.parse.bylines import read_byline_line
from byline.parse.html.authors import closing_byline

PARAGRAPHS = [
    "The county council approved the new flood barrier on Tuesday after a debate that lasted most of the day.",
    "Work on the barrier is due to start in the spring and to take about two years, the council said.",
    "Residents of the low-lying streets by the river have asked for better protection since the floods of 2019.",
]


def page(head: str = "", header: str = "", closing: str = "", sidebar: str = "") -> ParsedArticle:
    body = "".join(f"<p>{p}</p>" for p in PARAGRAPHS) + (f"<p>{closing}</p>" if closing else "")
    html = (
        f"<html><head><title>Council approves new flood barrier</title>{head}</head><body><article>"
        f"<h1>Council approves new flood barrier</h1>{header}{body}</article>"
        f'<div class="sidebar">{sidebar}</div></body></html>'
    )
    return parse_bytes(html.encode(), "story.html", url_hint="https://example.com/news/flood-barrier")


def test_byline_closing_the_text_names_the_authors() -> None:
    assert page(closing="Von Anna Beck und Tom Roe").authors == ("Anna Beck", "Tom Roe")
    assert page(closing="Autoren: Anna Beck und Tom Roe").authors == ("Anna Beck", "Tom Roe")


def test_closing_byline_gives_way_to_a_header_byline() -> None:
    assert page(header='<p class="byline">By Jane Roe</p>', closing="By Tom Roe").authors == ("Jane Roe",)


def test_closing_byline_is_read_from_the_last_paragraphs_only() -> None:
    body = "\n\n".join(["By Tom Roe", *PARAGRAPHS])
    assert closing_byline(body) == ()
    assert closing_byline("\n\n".join([*PARAGRAPHS, "By Tom Roe", "Photo: archive"])) == ("Tom Roe",)


def test_plural_author_label() -> None:
    assert read_byline_line("Autoren Anna Beck und Tom Roe").people == ("Anna Beck", "Tom Roe")


def test_metadata_names_printed_plainly_beside_linked_ones_are_kept() -> None:
    ld = (
        '<script type="application/ld+json">{"@type": "NewsArticle", "headline": "Council approves new flood barrier",'
        ' "author": [{"@type": "Person", "name": "Jane Roe"}, {"@type": "Person", "name": "Tom Roe"},'
        ' {"@type": "Person", "name": "Ann Lee"}, {"@type": "Person", "name": "Page Editor"}]}</script>'
    )
    byline = '<address><a href="/autoren/jane-roe/">Jane Roe</a>, <span>Tom Roe</span> und <span>Ann Lee</span></address>'
    assert page(head=ld, header=byline).authors == ("Jane Roe", "Tom Roe", "Ann Lee")


SUMMARY = (
    "The council voted on Tuesday to build a barrier along the river after years of floods in the low streets, "
    "and work is due to start in the spring; residents had asked for it since the floods of 2019 and welcomed "
    "the vote, which came after a long debate."
)


def test_author_link_in_a_header_block_with_a_summary_is_read() -> None:
    header = f'<div><a href="/author/jane-roe/">Jane Roe</a> {SUMMARY}</div>'
    assert page(header=header).authors == ("Jane Roe",)


def test_profile_link_in_running_text_is_no_byline() -> None:
    header = f'<p>{SUMMARY} <a href="/author/tom-roe/">Tom Roe</a> said.</p>'
    assert page(header=header).authors == ()


def test_agency_credit_is_kept_as_printed() -> None:
    article = page(head='<meta name="author" content="jr/dpa">')
    assert (article.authors, article.credit, article.agency) == ((), "jr/dpa", "dpa")


def ld_author(name: str) -> str:
    return (
        '<script type="application/ld+json">{"@type": "NewsArticle", "headline": "Council approves new flood barrier",'
        f' "author": {{"@type": "Person", "name": "{name}"}}}}</script>'
    )


def test_handle_gives_way_to_the_full_name_it_spells() -> None:
    byline = '<p class="byline">By <a rel="author" href="/author/jane-roe/">Jane Roe</a></p>'
    assert page(head=ld_author("janeroe"), header=byline).authors == ("Jane Roe",)
    assert page(head=ld_author("Jane"), header=byline).authors == ("Jane Roe",)


def test_handle_stays_beside_another_full_name() -> None:
    byline = '<p class="byline">By <a rel="author" href="/author/tom-lee/">Tom Lee</a></p>'
    assert page(head=ld_author("janeroe"), header=byline).authors == ("janeroe",)


def test_username_element_names_the_poster() -> None:
    header = '<div class="post-meta"><span class="username">Jane Roe</span> <time>1 June 2021</time></div>'
    assert page(header=header).authors == ("Jane Roe",)


def test_plugin_author_meta_keys_are_read() -> None:
    assert page(head='<meta name="shareaholic:article_author_name" content="Jane Roe">').authors == ("Jane Roe",)
    assert page(head='<meta name="dc:creator" content="Jane Roe">').authors == ("Jane Roe",)


def test_author_box_in_the_sidebar_names_the_author_when_nothing_else_does() -> None:
    box = '<div class="author-bio"><h3>Jane Roe</h3><h4>Finance Adviser</h4></div>'
    assert page(sidebar=box).authors == ("Jane Roe",)
    assert page(sidebar=box + '<div class="author-box"><a href="/author/jane/">Jane Roe</a></div>').authors == ("Jane Roe",)


def test_author_boxes_naming_different_people_name_nobody() -> None:
    boxes = '<div class="author-card"><h3>Jane Roe</h3></div><div class="author-card"><h3>Tom Lee</h3></div>'
    assert page(sidebar=boxes).authors == ()


def test_author_box_gives_way_to_a_byline() -> None:
    box = '<div class="author-bio"><h3>Tom Lee</h3></div>'
    assert page(sidebar=box, header='<p class="byline">By Jane Roe</p>').authors == ("Jane Roe",)


def test_desk_or_role_in_a_byline_is_the_credit() -> None:
    assert page(header='<div class="author-name"><span>By Staff Writer</span></div>').credit == "Staff Writer"
    link = '<div class="byline"><a href="/author/site-editor/">Editor</a> <span>December 20, 2016</span></div>'
    article = page(header=link)
    assert (article.authors, article.credit) == ((), "Editor")


def test_a_plain_role_word_outside_an_author_link_is_no_credit() -> None:
    assert page(header='<span class="byline-title">Editor</span>').credit is None
