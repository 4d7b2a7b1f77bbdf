"""Near-duplicate detection and story clustering.

`minhash` turns a body into a signature and LSH band keys, `cluster` decides which pairs are one
story and groups them, `fill` completes an article's missing fields from its siblings, and `link`
runs all of it against the database for one run's articles.
"""

from byline.stories.cluster import PairScore, assign_stories, same_story
from byline.stories.fill import fill_date, fill_title, named_weekdays
from byline.stories.minhash import Signature, band_keys, estimate_jaccard, shingles, signature

__all__ = [
    "PairScore",
    "Signature",
    "assign_stories",
    "band_keys",
    "estimate_jaccard",
    "fill_date",
    "fill_title",
    "named_weekdays",
    "same_story",
    "shingles",
    "signature",
]
