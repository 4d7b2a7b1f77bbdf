"""What the load step writes for one parsed article: its credit, and only captions that say something."""

from __future__ import annotations

from byline.batch import FileResult
from byline.model import Caption, ParsedArticle
from byline.sources import SourceFile
from byline.staging import build_tables


def _tables(article: ParsedArticle):
    result = FileResult(path="/raw/a.html", name="a.html", size=10, sha256="ab" * 32, format="html", article=article)
    source = SourceFile(path="/raw/a.html", root="/raw", size=10, mtime=0.0)
    return build_tables([result], {result.path: source}, {}, "r1", "test")


def test_the_credit_is_staged_with_its_article():
    tables = _tables(ParsedArticle(format="html", body="Text.", credit="Reuters Staff"))
    assert tables["articles"].column("credit").to_pylist() == ["Reuters Staff"]
    assert tables["articles"].column("authors").to_pylist() == [[]]


def test_empty_captions_are_dropped_and_the_others_numbered_from_1():
    captions = (Caption(""), Caption("A boat.", "AP"), Caption("   "), Caption("The mayor."))
    tables = _tables(ParsedArticle(format="html", body="Text.", captions=captions))
    images = tables["article_images"].select(["position", "caption", "credit"]).to_pylist()
    assert images == [
        {"position": 1, "caption": "A boat.", "credit": "AP"},
        {"position": 2, "caption": "The mayor.", "credit": None},
    ]
