"""JSON-LD: the article object found in arrays and @graph, authors in every shape, broken JSON tolerated."""

from byline.parse.html.jsonld import Credit, find_article, load_block


def test_article_found_inside_graph_with_author_by_reference() -> None:
    block = """{"@graph": [{"@type": "Person", "@id": "#p", "name": "Ines Kowalczyk"},
        {"@type": "BlogPosting", "headline": "H", "datePublished": "2022-05-09", "author": {"@id": "#p"}}]}"""
    article = find_article([block])
    assert article is not None
    assert article.headline == "H"
    assert article.authors == (Credit("Ines Kowalczyk"),)


def test_author_string_is_never_split_into_letters() -> None:
    article = find_article(['{"@type": "NewsArticle", "headline": "H", "author": "Maria Lopez"}'])
    assert article is not None and article.authors == (Credit("Maria Lopez"),)


def test_author_list_mixes_strings_and_objects_in_order() -> None:
    block = '{"@type": "Article", "author": [{"@type": "Person", "name": "A One"}, "B Two", {"name": "C Three"}]}'
    article = find_article([block])
    assert article is not None
    assert [c.name for c in article.authors] == ["A One", "B Two", "C Three"]


def test_organisation_author_is_marked_as_organisation() -> None:
    block = '{"@type": "NewsArticle", "author": {"@type": "Organization", "name": "The Associated Press"}}'
    article = find_article([block])
    assert article is not None and article.authors == (Credit("The Associated Press", is_org=True),)


def test_trailing_commas_and_raw_newlines_are_repaired() -> None:
    assert load_block('{"headline": "a\nb", "author": ["X",],}') == {"headline": "a\nb", "author": ["X"]}


def test_unreadable_block_is_skipped_not_fatal() -> None:
    assert find_article(["{not json at all", '{"@type": "NewsArticle", "headline": "Kept"}']).headline == "Kept"


def test_page_without_article_object_gives_none() -> None:
    assert find_article(['{"@type": "BreadcrumbList", "itemListElement": []}']) is None


def test_article_with_headline_and_date_wins_over_a_bare_one() -> None:
    blocks = ['[{"@type": "Article", "headline": "Teaser"},'
              ' {"@type": "NewsArticle", "headline": "Main", "datePublished": "2020-01-02"}]']
    assert find_article(blocks).headline == "Main"
