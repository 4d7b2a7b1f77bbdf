"""Is a credited name an organisation (an outlet, a desk, an agency, a body) rather than a person?

One test for text bylines and HTML credits alike. A name is an organisation when it holds a word that names
a kind of body ("News Desk", "Redaktion", "Stiftung Offshore Windenergie", "example.com"), or is a short
acronym standing alone ("CNN", "ORF"), or is a wire agency's known spelling.
"""

from __future__ import annotations

import re

from byline.parse.agencies import canonical_agency

ORG_WORDS = re.compile(
    r"\b(?:news|post|times|press|presse|media|journal|herald|tribune|gazette|daily|weekly|magazine|magazin|network|"
    r"agency|agencies|wire|service|staff|desk|bureau|team|online|digital|radio|tv|television|fernsehen|group|inc|ltd|"
    r"llc|gmbh|newsroom|editorial|editors|reporters|report|reports|zeitung|nachrichten|redaktion|rédaction|"
    r"redacción|redazione|redactie|verlag|admin|administrator|webmaster|contributors|guest|anonymous|unknown|"
    r"stiftung|verband|e\.v|blog|official|society|institute|university|foundation|association|council|ministry|"
    r"department|office|company|corporation|\w*agentur|\w*agency|no author|sponsored|gesponserte?)\b"
    r"|\.(?:com|de|org|net)\b|\.\.\.|…",
    re.IGNORECASE,
)
MAX_ACRONYM = 6  # "CNN", "BBC", "AFP", "ORF": a lone capitalised word this short is an outlet's initials


def is_organisation(name: str) -> bool:
    """True for "National Post", "News Desk", "CNN", "The Associated Press"; False for "Jane Roe"."""
    if ORG_WORDS.search(name):
        return True
    if " " not in name and name.isupper() and len(name) <= MAX_ACRONYM:
        return True
    return canonical_agency(name) is not None
