"""Story matching as pure functions: shingles, signatures, the match rule, grouping, sibling fill."""

from __future__ import annotations

import csv
from datetime import date
from pathlib import Path

import numpy as np
import pytest

from byline.parse import parse_bytes
from byline.stories import (
    PairScore,
    assign_stories,
    band_keys,
    estimate_jaccard,
    fill_date,
    fill_title,
    named_weekdays,
    same_story,
    shingles,
    signature,
)
from byline.stories.cluster import CONTAINMENT_THRESHOLD
from byline.stories.minhash import containment, shingle_hashes

PAIRS = Path(__file__).resolve().parent.parent / "data" / "story_pairs"


def test_shingles_ignore_case_quotes_and_punctuation():
    assert shingles("China’s top diplomat, on Monday, began talks.") == shingles(
        "CHINA'S top diplomat on monday began talks"
    )


def test_text_shorter_than_a_shingle_is_one_shingle():
    assert shingles("Brief note") == {b"brief note"}
    assert shingles("") == set()


def test_signature_is_deterministic_and_stable_across_calls():
    text = "The port authority called the walkout unlawful and said it would ask a labor court."
    assert signature(text) == signature(text)
    assert band_keys(signature(text).minhash) == band_keys(signature(text).minhash)


def test_signature_of_a_fixed_text_is_pinned():
    # Stored signatures are compared with new ones: the hashing must not drift between releases.
    sig = signature("The port authority called the walkout unlawful and said it would ask a labor court.")
    assert sig.n_shingles == 11
    assert sig.minhash[:4].tolist() == [40771809, 232862478, 664642718, 9342360]
    assert band_keys(sig.minhash)[:2] == [175113586486620942, 2854618737343892888]


def test_shingle_hashes_count_the_same_shingles_as_the_readable_definition():
    for name in ("port_e1_wire", "fire_e1_copy", "measles_e2_wire"):
        text = (PAIRS / "texts" / f"{name}.txt").read_text(encoding="utf-8")
        assert len(shingle_hashes(text)) == len(shingles(text))
    assert len(shingle_hashes("Brief note")) == 1 and len(shingle_hashes("")) == 0


def test_minhash_estimates_exact_jaccard_without_bias():
    rng = np.random.default_rng(3)
    errors = []
    for _ in range(60):
        words = [f"w{i}" for i in rng.integers(0, 5000, 300)]
        a = " ".join(words[: rng.integers(120, 300)])
        b = " ".join(words[rng.integers(0, 120) :])
        exact = len(shingles(a) & shingles(b)) / len(shingles(a) | shingles(b))
        errors.append(estimate_jaccard(signature(a).minhash, signature(b).minhash) - exact)
    # 128 permutations: one estimate's standard error is at most sqrt(0.25 / 128) = 0.044.
    assert abs(np.mean(errors)) < 0.02 and np.std(errors) < 0.06 and np.max(np.abs(errors)) < 0.18


def test_band_keys_are_equal_exactly_when_the_band_values_are():
    sig = signature("one two three four five six seven eight nine ten").minhash
    other = sig.copy()
    other[2] += 1  # band 1 changes, every other band stays
    same = [x == y for x, y in zip(band_keys(sig), band_keys(other), strict=True)]
    assert same == [i != 1 for i in range(len(same))]


def test_an_empty_text_has_no_shingles():
    assert signature("").n_shingles == 0 and signature("  ,. ").n_shingles == 0


def test_identical_texts_have_jaccard_one_and_share_every_band():
    sig = signature("one two three four five six seven eight nine ten")
    assert estimate_jaccard(sig.minhash, sig.minhash) == 1.0


def test_containment_of_a_copy_inside_a_cluttered_page_is_high():
    # Jaccard 0.5 with sizes 100 and 200 means 100 shared shingles: all of the smaller text.
    assert containment(0.5, 100, 200) == pytest.approx(1.0)
    assert containment(0.0, 100, 200) == 0.0
    assert containment(0.3, 0, 10) == 0.0


def test_matches_published_far_apart_are_different_stories():
    close = PairScore.of("a", "b", 0.6, 200, 250, days_apart=1)
    far = PairScore.of("a", "b", 0.6, 200, 250, days_apart=30)
    undated = PairScore.of("a", "b", 0.6, 200, 250, days_apart=None)
    assert same_story(close) and same_story(undated) and not same_story(far)


def test_low_containment_is_not_a_story_match():
    score = PairScore("a", "b", jaccard=0.05, containment=CONTAINMENT_THRESHOLD - 0.01, shared=100)
    assert not same_story(score)


def test_a_tiny_text_contained_in_a_story_is_not_a_copy_of_it():
    teaser = PairScore.of("teaser", "story", 0.02, 8, 400)  # all 8 shingles of a one-line teaser
    assert teaser.containment == pytest.approx(1.0) and not same_story(teaser)


def test_new_articles_matching_nothing_get_their_own_story():
    got = assign_stories(["b2", "a1"], [], {})
    assert got.story_of == {"a1": "st_a1", "b2": "st_b2"} and got.merged == {}


def test_new_copies_join_the_existing_story_of_what_they_match():
    got = assign_stories(["new"], [("new", "old")], {"old": "st_old"})
    assert got.story_of == {"new": "st_old", "old": "st_old"}


def test_a_copy_bridging_two_stories_merges_them_under_the_smallest_id():
    got = assign_stories(["x"], [("x", "p"), ("x", "q")], {"p": "st_p", "q": "st_q"})
    assert set(got.story_of.values()) == {"st_p"}
    assert got.merged == {"st_q": "st_p"}


def test_a_new_group_is_named_for_its_smallest_article_id():
    got = assign_stories(["c", "b"], [("c", "b")], {})
    assert got.story_of == {"b": "st_b", "c": "st_b"}


def test_named_weekdays():
    assert named_weekdays("began talks on Monday and will stay through Thursday") == {0, 3}
    assert named_weekdays("no days here; monday in lower case is not a weekday name") == set()


def test_date_is_filled_with_the_sibling_day_matching_a_named_weekday():
    siblings = [date(2023, 9, 17), date(2023, 9, 18)]  # a Sunday and a Monday
    assert fill_date("China's top diplomat on Monday began talks", None, siblings) == date(2023, 9, 18)


def test_date_is_not_filled_when_no_sibling_day_fits_the_text():
    assert fill_date("talks on Friday", None, [date(2023, 9, 18)]) is None


def test_date_is_filled_when_siblings_agree_and_the_text_names_no_day():
    assert fill_date("talks went well", None, [date(2023, 9, 18), date(2023, 9, 18)]) == date(2023, 9, 18)
    assert fill_date("talks went well", None, [date(2023, 9, 18), date(2023, 9, 19)]) is None


def test_a_date_the_article_states_is_never_replaced():
    assert fill_date("on Monday", date(2023, 9, 19), [date(2023, 9, 18)]) is None


def test_title_is_filled_only_when_siblings_agree():
    assert fill_title(None, ["A", "A", "B"]) == "A"
    assert fill_title(None, ["A", "B"]) is None
    assert fill_title("Own", ["A", "A"]) is None
    assert fill_title("", [None, "A"]) == "A"


def _labelled_pairs() -> list[dict[str, str]]:
    with open(PAIRS / "pairs.csv", newline="", encoding="utf-8") as fh:
        return list(csv.DictReader(fh))


def test_labelled_pair_set_has_at_least_sixty_pairs_with_hard_negatives():
    rows = _labelled_pairs()
    assert len(rows) >= 60
    assert sum(r["label"] == "different" and "same people" in r["kind"] for r in rows) >= 20


def test_every_labelled_pair_is_classified_right_at_the_chosen_threshold():
    bodies = {p.stem: parse_bytes(p.read_bytes(), p.name).body for p in (PAIRS / "texts").glob("*.txt")}
    sigs = {k: signature(v) for k, v in bodies.items()}
    wrong = []
    for row in _labelled_pairs():
        a, b = sigs[row["a"]], sigs[row["b"]]
        shares_band = bool(set(enumerate(band_keys(a.minhash))) & set(enumerate(band_keys(b.minhash))))
        score = PairScore.of(
            row["a"], row["b"], estimate_jaccard(a.minhash, b.minhash), a.n_shingles, b.n_shingles
        )
        predicted = shares_band and same_story(score)
        if predicted != (row["label"] == "same"):
            wrong.append((row["a"], row["b"], round(score.containment, 2)))
    assert wrong == []
