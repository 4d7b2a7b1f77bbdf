"""Main-text extraction from HTML pages: boilerplate out, paragraphs in order, captions apart."""

from __future__ import annotations

import pytest
from selectolax.lexbor import LexborHTMLParser

from byline.model import Caption
from byline.parse.html.body import extract_body
from byline.parse.html.body_captions import split_credit

LOREM = (
    "The harbour authority said on Tuesday that the new quay, which took four years to build, would open to "
    "container ships in the spring, doubling the port's capacity."
)


def body_of(html: str) -> tuple[str, tuple[Caption, ...]]:
    return extract_body(LexborHTMLParser(html))


def paragraphs(n: int, word: str = "Paragraph") -> str:
    return "".join(f"<p>{word} {i}: {LOREM}</p>" for i in range(1, n + 1))


PAGE = f"""<html><head><title>Port doubles capacity</title></head><body>
<div class="cookie-banner"><p>We use cookies to improve your experience on our site, as described in our
 cookie policy, which you accept by continuing.</p><button>Accept</button></div>
<header class="site-header"><a href="/">Daily Example</a>
 <ul class="menu"><li><a href="/world">World</a></li><li><a href="/sport">Sport</a></li></ul></header>
<nav><a href="/a">Home</a> <a href="/b">Politics</a></nav>
<main>
 <article>
  <h1>Port doubles capacity</h1>
  <div class="share-bar"><a href="#">Share on Facebook</a> <a href="#">Share this article</a></div>
  <div class="article-body">
   {paragraphs(5)}
   <h2>What comes next</h2>
   <ul><li>A second quay is planned for 2030, the authority said.</li>
       <li>Rail links will be upgraded first, at a cost of 40 million.</li></ul>
   <p>Closing: {LOREM}</p>
   <div class="newsletter-signup"><p>Sign up for our morning briefing, delivered to your inbox every day at
    six, with the news you need.</p></div>
  </div>
  <div class="related-articles"><h3>Related</h3><ul>
   <li><a href="/x">Harbour strike ends after three weeks of talks</a></li>
   <li><a href="/y">Shipping costs fall for the third month in a row</a></li></ul></div>
 </article>
 <section id="comments"><h3>Comments</h3><div class="comment"><p>First! This is a long comment that goes
  on about the port, the weather, and much else besides, with commas, and more commas.</p></div></section>
</main>
<footer><p>Copyright 2024 Daily Example. All rights reserved. Terms, privacy, contact, careers, and more.</p>
</footer></body></html>"""


@pytest.fixture(scope="module")
def page_body() -> str:
    return body_of(PAGE)[0]


def test_article_paragraphs_are_kept_in_document_order(page_body: str) -> None:
    positions = [page_body.index(f"Paragraph {i}:") for i in range(1, 6)]
    assert positions == sorted(positions)
    assert page_body.index("Paragraph 5:") < page_body.index("Closing:")


def test_paragraphs_are_separated_by_a_blank_line(page_body: str) -> None:
    assert f"Paragraph 1: {LOREM}\n\nParagraph 2: {LOREM}" in page_body


@pytest.mark.parametrize(
    "boilerplate",
    ["We use cookies", "Daily Example", "Politics", "Share on Facebook", "Share this", "Sign up for",
     "Harbour strike ends", "Related", "First! This is a long comment", "All rights reserved"],
)  # fmt: skip
def test_boilerplate_is_removed(page_body: str, boilerplate: str) -> None:
    assert boilerplate not in page_body


def test_headings_and_list_items_inside_the_article_are_kept(page_body: str) -> None:
    assert "\n\nWhat comes next\n\n" in page_body
    assert "A second quay is planned for 2030, the authority said." in page_body
    assert "Rail links will be upgraded first, at a cost of 40 million." in page_body


def test_headline_is_not_repeated_in_the_body(page_body: str) -> None:
    assert "Port doubles capacity" not in page_body


def test_h1_section_headings_other_than_the_headline_are_kept() -> None:
    html = f"""<html><head><title>Our story | Example</title></head><body><div class="page-content">
    <h1>Our story</h1>{paragraphs(2)}<h1>Early years</h1>{paragraphs(2, "Later")}</div></body></html>"""
    body, _ = body_of(html)
    assert "Our story" not in body
    assert "\n\nEarly years\n\n" in body


def test_the_main_article_wins_over_a_shorter_article_like_block() -> None:
    html = f"""<body>
    <div class="content"><h1>Main story</h1>{paragraphs(6, "Main")}</div>
    <div class="content"><h2><a href="/next">Another story</a></h2>{paragraphs(2, "Teaser")}</div></body>"""
    body, _ = body_of(html)
    assert "Main 1:" in body and "Main 6:" in body
    assert "Teaser" not in body


def test_an_article_split_by_an_ad_keeps_both_halves() -> None:
    html = f"""<body><div class="story">
    <div class="text">{paragraphs(3, "First")}</div>
    <div class="ad-slot"><p>Advertisement</p></div>
    <div class="text">{paragraphs(3, "Second")}</div>
    </div><div class="sidebar">{paragraphs(1, "Aside")}</div></body>"""
    body, _ = body_of(html)
    assert "First 1:" in body and "Second 3:" in body
    assert "Advertisement" not in body and "Aside" not in body


def test_a_wrapper_named_like_chrome_still_yields_its_article() -> None:
    html = f"""<body><div class="page-with-sidebar"><div class="entry">{paragraphs(4)}</div>
    <div class="sidebar"><ul><li><a href="/1">Most read one</a></li></ul></div></div></body>"""
    body, _ = body_of(html)
    assert "Paragraph 4:" in body
    assert "Most read" not in body


def test_standfirst_between_headline_and_body_is_kept_first() -> None:
    html = f"""<body><article><header><h1>Port doubles capacity</h1>
    <p class="standfirst">The harbour will take ships twice the size from the spring, officials say.</p>
    <p class="date">12 May 2024</p></header>
    <div class="article-body">{paragraphs(4)}</div></article></body>"""
    body, _ = body_of(html)
    assert body.startswith("The harbour will take ships twice the size from the spring, officials say.")
    assert "12 May 2024" not in body


def test_text_set_in_a_div_with_line_breaks_is_read() -> None:
    html = f"<body><div id='x'>{LOREM}<br><br>Second line, {LOREM}<br>Third line.</div></body>"
    body, _ = body_of(html)
    assert "Second line, The harbour" in body
    assert "Third line." in body


def test_inline_markup_does_not_split_words() -> None:
    html = f"<body><div class='post'><p>Pre<b>fix</b>ed words, {LOREM}</p>{paragraphs(2)}</div></body>"
    body, _ = body_of(html)
    assert "Prefixed words," in body


def test_figure_captions_leave_the_body_with_their_credits() -> None:
    html = f"""<body><article><h1>Port</h1><div class="article-body">{paragraphs(2)}
    <figure><img src="a.jpg"><figcaption>The new quay at dawn. Photo: Jane Roe/Reuters</figcaption></figure>
    {paragraphs(2, "Later")}
    <figure><img src="b.jpg"><figcaption>Cranes unload a ship on Monday. (AP Photo/John Doe)</figcaption></figure>
    <figure><img src="c.jpg"><figcaption>The harbour master. <span class="credit">Credit: Ann Lee</span>
    </figcaption></figure>
    </div></article></body>"""
    body, captions = body_of(html)
    assert captions == (
        Caption("The new quay at dawn.", "Jane Roe / Reuters"),
        Caption("Cranes unload a ship on Monday.", "John Doe / AP"),
        Caption("The harbour master.", "Ann Lee"),
    )
    assert "quay at dawn" not in body and "John Doe" not in body and "harbour master" not in body
    assert "Later 2:" in body


def test_caption_class_outside_figure_is_a_caption() -> None:
    html = f"""<body><div class="entry-content">{paragraphs(3)}
    <div class="wp-caption"><img src="x.jpg"><p class="wp-caption-text">Dock workers at the gate.
    &copy; Example Images</p></div></div></body>"""
    body, captions = body_of(html)
    assert captions == (Caption("Dock workers at the gate.", "Example Images"),)
    assert "Dock workers" not in body


@pytest.mark.parametrize(
    ("text", "caption", "credit"),
    [
        ("A crane. Photo: Jane Roe/Reuters", "A crane.", "Jane Roe / Reuters"),
        ("A crane (AP Photo/John Doe)", "A crane", "John Doe / AP"),
        ("A crane. Credit: Getty Images", "A crane.", "Getty Images"),
        ("A crane. Foto: dpa", "A crane.", "dpa"),
        ("A crane | Photograph by Ann Lee", "A crane", "Ann Lee"),
        ("A crane on the quay", "A crane on the quay", None),
        ("The quay at dawn \u00a9 Example Images", "The quay at dawn", "Example Images"),
    ],
)
def test_split_credit(text: str, caption: str, credit: str | None) -> None:
    assert split_credit(text) == (caption, credit)


def test_link_lists_inside_the_article_are_dropped() -> None:
    html = f"""<body><div class="article">{paragraphs(3)}
    <ul><li><a href="/1">Harbour strike ends after talks</a></li><li><a href="/2">Costs fall again</a></li></ul>
    <p>Read more: <a href="/3">Port history in pictures</a></p></div></body>"""
    body, _ = body_of(html)
    assert "Harbour strike" not in body and "Port history" not in body
    assert "Paragraph 3:" in body


@pytest.mark.parametrize(
    "html",
    ["", "<html></html>", "<html><body></body></html>", "just some text", "<p>", "<body><p></p><div></div></body>",
     "\x00\x01\x02binary", "<div>" * 2000 + "deep" + "</div>" * 2000, "<table><tr><td>cell</td></tr></table>",
     "<body><figure><figcaption></figcaption></figure></body>", "<body><h1>Only a headline</h1></body>",
     # elements that several removal rules match at once
     '<body><div hidden style="display:none" class="share" role="navigation"><p>x</p></div><p>y</p></body>',
     '<body><figure><span class="credit source copyright">A</span><figcaption class="caption">B</figcaption>'
     '<figcaption>C</figcaption></figure></body>'],
)  # fmt: skip
def test_degenerate_pages_never_raise(html: str) -> None:
    body, captions = body_of(html)
    assert isinstance(body, str) and isinstance(captions, tuple)


def test_short_page_without_structure_still_yields_its_text() -> None:
    body, _ = body_of(f"<html><body>{LOREM}</body></html>")
    assert body == LOREM


def test_a_plain_line_ending_in_a_photo_credit_becomes_a_caption() -> None:
    html = f"""<body><div class="article">{paragraphs(3)}
    <p>The minister at the quay on Monday. (Photo: Jane Roe)</p>{paragraphs(1, "After")}</div></body>"""
    body, captions = body_of(html)
    assert captions == (Caption("The minister at the quay on Monday.", "Jane Roe"),)
    assert "minister at the quay" not in body and "After 1:" in body


def test_a_line_ending_in_a_source_is_not_a_caption() -> None:
    html = f"""<body><div class="article">{paragraphs(3)}<p>Revenue rose by a tenth. Source: Reuters</p></div></body>"""
    body, captions = body_of(html)
    assert captions == ()
    assert "Revenue rose by a tenth. Source: Reuters" in body


@pytest.mark.parametrize(
    "line", ["© Example Images/Stock", "Foto: Jane Roe", "29. November 2022", "May 3, 2024"]
)
def test_credit_and_date_lines_on_their_own_are_dropped(line: str) -> None:
    body, _ = body_of(f"<body><div class='article'><p>{line}</p>{paragraphs(3)}</div></body>")
    assert line not in body and "Paragraph 3:" in body


def test_an_article_split_over_nested_wrappers_is_read_whole() -> None:
    html = f"""<body><article><h1>Port</h1>
    <div class="wrap"><section class="part">{paragraphs(2, "Opening")}</section></div>
    <div class="slot"><div class="inner"><section class="part">{paragraphs(5, "Middle")}</section></div></div>
    <div class="wrap"><section class="part">{paragraphs(3, "End")}</section></div>
    </article><div class="more-stories"><ul>
    <li><a href="/1">Harbour strike ends after three weeks of talks in the city</a></li>
    <li><a href="/2">Shipping costs fall for the third month in a row, data show</a></li></ul></div></body>"""
    body, _ = body_of(html)
    assert body.startswith("Opening 1:") and body.endswith("doubling the port's capacity.")
    assert "Middle 5:" in body and "End 3:" in body
    assert "Harbour strike" not in body


WORDPRESS_POST = f"""<html><head><title>Harbour walk &#8211; A blog</title></head>
<body class="post-template-default single single-post has-sidebar">
<div id="page" class="site"><header id="masthead" class="site-header"><p class="site-title">A blog</p>
<nav id="site-navigation" class="main-navigation"><ul id="primary-menu"><li>Home</li><li>About</li></ul></nav>
</header>
<div id="content" class="site-content"><div id="primary" class="content-area"><main id="main" class="site-main">
<article class="post hentry"><header class="entry-header"><h1 class="entry-title">Harbour walk</h1>
<div class="entry-meta">Posted on <time>3 May 2024</time> by <span class="author">Ann</span></div></header>
<div class="entry-content">{paragraphs(4, "Walk")}
<div class="sharedaddy sd-sharing-enabled"><h3 class="sd-title">Share this:</h3>
<ul><li><a href="#">Twitter</a></li><li><a href="#">Facebook</a></li></ul></div>
<div id="jp-relatedposts" class="jp-relatedposts"><h3>Related</h3><p><a href="/a">Pier walk, a stroll along the
old pier on a windy afternoon in March</a></p></div></div>
<footer class="entry-footer"><span class="cat-links">Posted in <a href="/c">Walks</a></span></footer></article>
<div id="comments" class="comments-area"><h2 class="comments-title">2 thoughts on Harbour walk</h2>
<ol class="comment-list"><li class="comment"><div class="comment-content"><p>Lovely walk, thanks for sharing it,
we did it last summer, with the dog, and loved it, especially the cafe at the end.</p></div></li></ol>
<div id="respond" class="comment-respond"><h3>Leave a Reply</h3></div></div>
</main></div><aside id="secondary" class="widget-area"><section class="widget"><h2>Archives</h2></section></aside>
</div><footer id="colophon" class="site-footer"><p>Proudly powered by WordPress</p></footer></div></body></html>"""


def test_a_wordpress_post_yields_only_its_entry_content() -> None:
    body, _ = body_of(WORDPRESS_POST)
    assert body.startswith("Walk 1:") and body.endswith("doubling the port's capacity.")
    for chrome in ("Share this", "Twitter", "Pier walk", "Lovely walk", "Leave a Reply", "Archives", "WordPress",
                   "Posted in", "Home", "Harbour walk"):  # fmt: skip
        assert chrome not in body


@pytest.mark.parametrize(
    "line",
    ["Advertisement", "- Anzeige -", "Share this article", "Read more", "Sign up for our newsletter",
     "Copyright 2024 Example News. All rights reserved.", "Lesen Sie auch", "Tags:"],
)  # fmt: skip
def test_furniture_lines_inside_the_article_are_dropped(line: str) -> None:
    html = f"<body><div class='article'>{paragraphs(2)}<p>{line}</p>{paragraphs(2, 'More')}</div></body>"
    body, _ = body_of(html)
    assert line not in body
    assert "More 2:" in body


def test_a_longer_sentence_that_mentions_sharing_is_kept() -> None:
    line = "Share prices rose after the port said it would double its capacity by the spring."
    body, _ = body_of(f"<body><div class='article'>{paragraphs(2)}<p>{line}</p></div></body>")
    assert line in body
