"""The plain-text parser on the shared seed articles (skipped when ../shared/seeds is absent)."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from byline.parse import parse_file

NATIONAL_POST_URL = (
    "https://nationalpost.com/pmn/news-pmn/"
    "chinas-foreign-minister-wang-yi-heads-to-moscow-after-meeting-us-national-security-adviser"
)
FURNITURE = ("Advertisement", "advertisement has not loaded", "SUBSCRIBE", "SUBSCRIBERS", "REGISTER FOR",
             "Article content", "Copyright for syndicated", "Read full article", "Latest from", "coverage is available")


def test_syndicated_national_post_copy(seeds_dir: Path) -> None:
    article = parse_file(str(seeds_dir / "000_ecf77212905a3bd8.txt"))
    assert article.authors == ()
    assert (article.agency, article.dateline) == ("AP", "BEIJING")
    assert article.published_date == date(2023, 9, 18)
    assert article.url == NATIONAL_POST_URL
    assert article.publisher == "National Post"
    assert article.title_source == "url" and "foreign minister" in article.title.lower()
    assert article.body.startswith("BEIJING (AP) — China’s top foreign policy official")
    assert article.body.endswith("defense or foreign policy.")
    for clutter in FURNITURE:
        assert clutter not in article.body, clutter
    assert [c.credit for c in article.captions] == ["Lian Yi / The Associated Press"]
    assert article.reading_minutes == 2


def test_ap_wire_copy(seeds_dir: Path) -> None:
    article = parse_file(str(seeds_dir / "004_a563b48d31400b26.txt"))
    assert article.title == (
        "China's foreign minister holds talks in Russia after meeting with US national security adviser"
    )
    assert article.title_source == "text"
    assert article.authors == ()
    assert (article.agency, article.dateline) == ("AP", "MOSCOW")
    assert article.url is None
    assert article.published_date is None and article.published_at is None
    assert article.body.endswith("not aware of the situation.")
