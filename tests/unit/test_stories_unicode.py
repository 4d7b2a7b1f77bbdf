"""Bodies in every script get shingles, and copies of one page link whatever their script."""

from __future__ import annotations

import random
import re

import pytest
import regex
from test_stories_link import _insert, _story

from byline.store import connect
from byline.stories.link import link_run
from byline.stories.minhash import (
    SIGNATURE_VERSION,
    SPACED_SCRIPTS,
    _tokens_fast,
    band_keys,
    shingles,
    signature,
    tokens,
)

# Written for these tests: a short news text in Russian and one in Chinese.
RUSSIAN = (
    "Министр иностранных дел прибыл в Москву во вторник для переговоров о торговле и энергетике. "
    "По словам представителя министерства, стороны обсудят поставки газа, строительство новой "
    "железной дороги и сотрудничество в области образования. Встреча продлится два дня, после чего "
    "министры выступят с совместным заявлением для прессы. Эксперты считают, что визит укрепит "
    "связи между странами после года напряжённых отношений."
)
CHINESE = (
    "外交部长星期二抵达莫斯科，就贸易和能源问题举行会谈。外交部发言人表示，双方将讨论天然气供应、"
    "新铁路建设以及教育领域的合作。会谈将持续两天，随后两国外长将共同会见记者。专家认为，"
    "这次访问将在一年的紧张关系之后加强两国之间的联系。"
)


def test_cyrillic_words_are_tokens_folded_like_latin_ones():
    assert tokens("Встреча продлится ДВА дня.") == ["встреча", "продлится", "два", "дня"]
    assert shingles("Он сказал: «Это важно».") == shingles("он сказал это важно")


def test_chinese_is_read_one_character_a_token_so_shingles_are_character_runs():
    assert tokens("外交部长，iPhone手机2024年") == ["外", "交", "部", "长", "iphone", "手", "机", "2024", "年"]
    assert b"\xe5\xa4\x96 \xe4\xba\xa4 \xe9\x83\xa8 \xe9\x95\xbf \xe6\x98\x9f" in shingles(CHINESE)  # 外交部长星


@pytest.mark.parametrize("text", [RUSSIAN, CHINESE], ids=["russian", "chinese"])
def test_non_latin_bodies_have_as_many_shingles_as_tokens_allow(text):
    assert signature(text).n_shingles == len(shingles(text)) > 40


def test_signature_of_a_fixed_non_latin_text_is_pinned():
    # Stored signatures are compared with new ones: a change here needs a new SIGNATURE_VERSION.
    sig = signature(RUSSIAN)
    assert SIGNATURE_VERSION == 2
    assert sig.n_shingles == 52
    assert band_keys(sig.minhash)[:2] == [929496395344197941, 642827488966912580]


def test_the_fast_tokeniser_reads_every_character_of_the_scripts_it_takes_as_the_reference_does():
    # Both tokenisers keep runs of characters of one class: equal classes give equal tokens.
    fast, reference = re.compile(r"[^\W_]"), regex.compile(r"[\p{L}\p{N}\p{Mc}]")
    span = re.compile(f"[{SPACED_SCRIPTS}]")
    chars = [chr(c) for c in range(0x2100) if span.match(chr(c))]
    assert len(chars) > 1400
    assert [c for c in chars if bool(fast.match(c)) != bool(reference.match(c))] == []


def test_the_fast_tokeniser_equals_the_reference_on_mixed_text():
    rng = random.Random(7)
    alphabet = "aZé ß,.-’'_0917\n" + "Жжё" + "αΩ" + "中文" + "สวั" + "हिन्दी" + "“”—€"
    for _ in range(500):
        text = "".join(rng.choice(alphabet) for _ in range(rng.randint(0, 40)))
        assert _tokens_fast(text) == tokens(text), text


@pytest.fixture
def con(tmp_path):
    con = connect(tmp_path / "byline.duckdb")
    yield con
    con.close()


@pytest.mark.parametrize("text", [RUSSIAN, CHINESE], ids=["russian", "chinese"])
def test_copies_of_a_non_latin_page_are_one_story(con, text):
    _insert(con, "a1", "ru", "r1", body=text, domain="news.example")
    _insert(con, "a2", "ru", "r1", body=text, domain="other.example")
    _insert(con, "a3", "other", "r1", body=RUSSIAN if text == CHINESE else CHINESE, domain="news.example")
    result = link_run(con, "r1")
    assert result.linked == 2
    assert _story(con, "a1") == _story(con, "a2") != _story(con, "a3")
