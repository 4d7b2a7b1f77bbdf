"""Shingles, MinHash signatures and LSH band keys for article bodies.

The hashing is defined here, in numpy, with every constant derived from SEED, so a signature stored
by one run compares with one computed by any later run. Changing a constant or a step changes every
signature: bump SIGNATURE_VERSION, and the next run re-signs the stored ones (see link.py).
`test_signature_of_a_fixed_text_is_pinned` guards it.

Tokens are Unicode words (letters, digits and spacing marks of any script), except in scripts written
without spaces between words (Chinese, Japanese, Thai, ...), where each character is a token, so a
shingle there is a run of SHINGLE_WORDS characters.
"""

from __future__ import annotations

import hashlib
import re
import unicodedata
import zlib
from dataclasses import dataclass

import numpy as np
import regex

SHINGLE_WORDS = 5  # long enough that shared names and stock phrases rarely make a shingle alone
NUM_PERM = 128
ROWS_PER_BAND = 2  # 64 bands of 2: pairs with Jaccard 0.2 share a bucket 93% of the time
BANDS = NUM_PERM // ROWS_PER_BAND
SEED = 1  # fixed: signatures stored by earlier runs must stay comparable
# 1: ASCII words only (bodies in other scripts had no shingles). 2: Unicode words, characters
# of scripts written without spaces.
SIGNATURE_VERSION = 2

_UNSPACED = r"\p{Han}\p{Hiragana}\p{Katakana}\p{Thai}\p{Lao}\p{Khmer}\p{Myanmar}\p{Tibetan}"
_TOKEN = regex.compile(rf"[{_UNSPACED}]|[[\p{{L}}\p{{N}}\p{{Mc}}]--[{_UNSPACED}]]+", regex.VERSION1)
# Where every character is Latin, Greek, Cyrillic or general punctuation, the standard library's
# letters-and-digits class is the same as _TOKEN's and about four times faster (test_stories_unicode.py
# pins the two equal).
SPACED_SCRIPTS = "\u0000-\u052f\u2000-\u206f\u20a0-\u20cf"
_SPACED_ONLY = re.compile(f"[^{SPACED_SCRIPTS}]")
_SPACED_WORD = re.compile(r"[^\W_]+")
_APOSTROPHES = regex.compile(r"['’ʼ‘`]")
_NONSPACING_MARKS = regex.compile(r"\p{Mn}+")
_EMPTY = np.full(NUM_PERM, np.iinfo(np.uint32).max, dtype=np.uint32)  # the signature of no shingles


def _constants(label: str, n: int) -> np.ndarray:
    """n fixed 64-bit constants, from blake2b so they depend on SEED and nothing else (no RNG streams)."""
    digests = (hashlib.blake2b(f"{label}:{SEED}:{i}".encode(), digest_size=8).digest() for i in range(n))
    return np.frombuffer(b"".join(digests), dtype="<u8").astype(np.uint64)


# Word position j of a shingle is weighted by _POSITION[j], so "a b" and "b a" differ.
_POSITION = _constants("position", SHINGLE_WORDS) | np.uint64(1)
# Permutation i maps a shingle hash x to (_MULTIPLY[i] * x + _ADD[i]) mod 2**64, keeping the top 32 bits.
_MULTIPLY = _constants("multiply", NUM_PERM) | np.uint64(1)
_ADD = _constants("add", NUM_PERM)


def _fold(text: str) -> str:
    """Case-folded, accents and apostrophes dropped, so edits of them don't count."""
    text = _APOSTROPHES.sub("", text)  # "China’s" and "China's" both become "chinas"
    return _NONSPACING_MARKS.sub("", unicodedata.normalize("NFKD", text)).casefold()


def tokens(text: str) -> list[str]:
    """Words and numbers of any script, one token a character where words are not spaced.

    Punctuation is dropped so edits of it don't count.
    """
    return _TOKEN.findall(_fold(text))


def _tokens_fast(text: str) -> list[str]:
    """`tokens`, with the standard library's regex where the text allows it (most European text)."""
    folded = _fold(text)
    return _TOKEN.findall(folded) if _SPACED_ONLY.search(folded) else _SPACED_WORD.findall(folded)


def without_lines(body: str, template: frozenset[str]) -> str:
    """The body without the lines its site repeats on every page (see sql/stories/template_lines.sql)."""
    if not template:
        return body
    return "\n".join(line for line in body.split("\n") if line.strip() not in template)


def shingles(text: str, k: int = SHINGLE_WORDS) -> set[bytes]:
    """Distinct runs of k consecutive words; a text shorter than k words is one shingle.

    The readable definition of what `signature` hashes; the bench uses it for exact containment.
    """
    words = tokens(text)
    if len(words) < k:
        return {" ".join(words).encode()} if words else set()
    return {" ".join(words[i : i + k]).encode() for i in range(len(words) - k + 1)}


def _mix(x: np.ndarray) -> np.ndarray:
    """splitmix64's finalizer: every input bit reaches every output bit (uint64 arithmetic wraps)."""
    x = x ^ (x >> np.uint64(30))
    x *= np.uint64(0xBF58476D1CE4E5B9)
    x ^= x >> np.uint64(27)
    x *= np.uint64(0x94D049BB133111EB)
    x ^= x >> np.uint64(31)
    return x


def shingle_hashes(text: str, k: int = SHINGLE_WORDS) -> np.ndarray:
    """Distinct 64-bit hashes of the text's shingles (the same shingles as `shingles`), sorted.

    Each word is hashed once (crc32, stable across processes, unlike hash()), and a shingle's hash
    is the position-weighted sum of its k word hashes, mixed.
    """
    words = [word.encode("utf-8") for word in _tokens_fast(text)]
    if not words:
        return np.empty(0, dtype=np.uint64)
    word_hash = np.fromiter(map(zlib.crc32, words), dtype=np.uint64, count=len(words))
    k = min(k, len(words))  # a text shorter than k words is one shingle of all of them
    n = len(words) - k + 1
    combined = word_hash[:n] * _POSITION[0]
    for j in range(1, k):
        combined += word_hash[j : j + n] * _POSITION[j]
    hashes = np.sort(_mix(combined))
    return hashes[np.concatenate(([True], hashes[1:] != hashes[:-1]))]


@dataclass(frozen=True)
class Signature:
    """A body's MinHash values and how many distinct shingles it had."""

    n_shingles: int
    minhash: np.ndarray  # uint32, NUM_PERM values

    def __eq__(self, other: object) -> bool:
        return (
            isinstance(other, Signature)
            and self.n_shingles == other.n_shingles
            and np.array_equal(self.minhash, other.minhash)
        )

    def __hash__(self) -> int:
        return hash((self.n_shingles, self.minhash.tobytes()))


def signature(text: str, k: int = SHINGLE_WORDS) -> Signature:
    hashes = shingle_hashes(text, k)
    if not len(hashes):
        return Signature(n_shingles=0, minhash=_EMPTY.copy())
    # All permutations of all shingles at once; the top 32 bits of a minimum are the minimum of the
    # top 32 bits, so shift once after taking it.
    permuted = np.multiply.outer(hashes, _MULTIPLY)
    permuted += _ADD
    minimum = permuted.min(axis=0) >> np.uint64(32)
    return Signature(n_shingles=len(hashes), minhash=minimum.astype(np.uint32))


def band_keys_of(minhashes: np.ndarray) -> np.ndarray:
    """Band keys of many signatures at once: an int64 array of shape (signatures, BANDS).

    A band's ROWS_PER_BAND = 2 values of 32 bits fit side by side in 64 bits, so the key is the band
    itself: equal keys mean equal values, and no two different bands collide. Candidates join on
    (band, bucket), so the same values in different bands never meet.
    """
    values = np.asarray(minhashes, dtype=np.uint32).reshape(-1, BANDS, ROWS_PER_BAND).astype(np.uint64)
    return ((values[..., 0] << np.uint64(32)) | values[..., 1]).view(np.int64)


def band_keys(minhash: np.ndarray) -> list[int]:
    """One signed 64-bit key per band; equal keys mean equal MinHash values over the whole band."""
    return band_keys_of(minhash)[0].tolist()


def estimate_jaccard(a: np.ndarray, b: np.ndarray) -> float:
    return float(np.mean(np.asarray(a) == np.asarray(b)))


def shared_shingles(jaccard: float, n_a: int, n_b: int) -> float:
    """Estimated shingles two texts share: |A ∩ B| = J (|A| + |B|) / (1 + J)."""
    return jaccard * (n_a + n_b) / (1.0 + jaccard)


def containment(jaccard: float, n_a: int, n_b: int) -> float:
    """Share of the smaller text's shingles found in the larger, from Jaccard and the two set sizes.

    A syndicated copy wrapped in page clutter, or a short version of a longer story, has a low
    Jaccard with the original but nearly all of its own text is contained in it.
    """
    smaller = min(n_a, n_b)
    if smaller == 0:
        return 0.0
    return min(1.0, shared_shingles(jaccard, n_a, n_b) / smaller)
