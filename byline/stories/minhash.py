"""Shingles, MinHash signatures and LSH band keys for article bodies."""

from __future__ import annotations

import hashlib
import re
import unicodedata
from dataclasses import dataclass

import numpy as np
from datasketch import MinHash

SHINGLE_WORDS = 5  # long enough that shared names and stock phrases rarely make a shingle alone
NUM_PERM = 128
ROWS_PER_BAND = 2  # 64 bands of 2: pairs with Jaccard 0.2 share a bucket 93% of the time
BANDS = NUM_PERM // ROWS_PER_BAND
SEED = 1  # fixed: signatures stored by earlier runs must stay comparable

_WORD = re.compile(r"[a-z0-9]+")
_APOSTROPHES = re.compile(r"['’ʼ‘`]")


def tokens(text: str) -> list[str]:
    """Lower-case words and numbers; accents, quotes and punctuation dropped so edits of them don't count."""
    text = _APOSTROPHES.sub("", text)  # "China’s" and "China's" both become "chinas"
    folded = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode("ascii").lower()
    return _WORD.findall(folded)


def without_lines(body: str, template: frozenset[str]) -> str:
    """The body without the lines its site repeats on every page (see sql/stories/template_lines.sql)."""
    if not template:
        return body
    return "\n".join(line for line in body.split("\n") if line.strip() not in template)


def shingles(text: str, k: int = SHINGLE_WORDS) -> set[bytes]:
    """Distinct runs of k consecutive words; a text shorter than k words is one shingle."""
    words = tokens(text)
    if len(words) < k:
        return {" ".join(words).encode()} if words else set()
    return {" ".join(words[i : i + k]).encode() for i in range(len(words) - k + 1)}


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
    grams = shingles(text, k)
    mh = MinHash(num_perm=NUM_PERM, seed=SEED)
    if grams:
        mh.update_batch(list(grams))
    return Signature(n_shingles=len(grams), minhash=mh.hashvalues.astype(np.uint32))


def band_keys(minhash: np.ndarray) -> list[int]:
    """One signed 64-bit key per band; equal keys mean equal MinHash values over the whole band."""
    keys = []
    for band in range(BANDS):
        chunk = np.ascontiguousarray(minhash[band * ROWS_PER_BAND : (band + 1) * ROWS_PER_BAND], dtype="<u4")
        digest = hashlib.blake2b(chunk.tobytes(), digest_size=8, person=band.to_bytes(2, "little")).digest()
        keys.append(int.from_bytes(digest, "little", signed=True))
    return keys


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
