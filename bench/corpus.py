"""Generate a corpus of raw article files in the formats byline reads, with varied content.

The mix mirrors a real crawl: scraped page text with site clutter, wire copy, Reuters-style
copy, HTML pages with JSON-LD, gzipped files, a few duplicates and a few bad files.
"""

from __future__ import annotations

import gzip
import json
import random
from datetime import datetime, timedelta
from pathlib import Path

PLACES = ["OSLO", "LIMA", "NAIROBI", "HANOI", "QUITO", "TUNIS", "RIGA", "DAKAR", "PERTH", "BERGEN", "CUSCO", "MALMO"]
OUTLETS = [("The Harbour Ledger", "harbourledger.example"), ("Valley Courier", "valleycourier.example"),
           ("North Shore Times", "northshoretimes.example"), ("Prairie Daily", "prairiedaily.example")]
FIRST = ["Ana", "Jonas", "Mei", "Tomas", "Ruth", "Kofi", "Ines", "Pavel", "Leila", "Omar", "Greta", "Noah"]
LAST = ["Varga", "Okafor", "Lindqvist", "Moreau", "Tanaka", "Silva", "Novak", "Haddad", "Berg", "Costa"]
SYLLABLES = ["ka", "lo", "mir", "ten", "sa", "vo", "rin", "da", "pel", "ur", "mo", "ne", "ti", "bra", "gol", "es"]


def vocabulary(rnd: random.Random, size: int = 3000) -> list[str]:
    return ["".join(rnd.choice(SYLLABLES) for _ in range(rnd.randint(2, 4))) for _ in range(size)]


def sentence(rnd: random.Random, words: list[str]) -> str:
    body = " ".join(rnd.choice(words) for _ in range(rnd.randint(10, 22)))
    return body[0].upper() + body[1:] + "."


def paragraphs(rnd: random.Random, words: list[str], n: int) -> list[str]:
    return [" ".join(sentence(rnd, words) for _ in range(rnd.randint(2, 4))) for _ in range(n)]


def headline(rnd: random.Random, words: list[str], i: int) -> str:
    return " ".join(rnd.choice(words) for _ in range(rnd.randint(5, 9))).capitalize() + f" {i}"


def scraped_page(rnd, words, i, when: datetime) -> str:
    outlet, domain = rnd.choice(OUTLETS)
    place = rnd.choice(PLACES)
    paras = paragraphs(rnd, words, rnd.randint(4, 8))
    paras[0] = f"{place} (AP) — {paras[0]}"
    slug = "-".join(headline(rnd, words, i).lower().split())
    lines = ["Author of the article:", f"Published {when:%b %d, %Y} • {rnd.randint(2, 6)} minute read",
             f"A view of the scene on {when:%A}. Photo by {rnd.choice(FIRST)} {rnd.choice(LAST)} /THE ASSOCIATED PRESS",
             *paras[:2], "Advertisement 2", "This advertisement has not loaded yet, but your article continues below.",
             "Article content", *paras[2:], "Latest from Shopping Essentials", ">>> Read full article>>>",
             f"Copyright for syndicated content belongs to the linked Source : {outlet} – https://{domain}/news/{slug}"]
    return "\n".join(lines) + "\n"


def wire_copy(rnd, words, i, when: datetime | None) -> str:
    place = rnd.choice(PLACES)
    paras = paragraphs(rnd, words, rnd.randint(4, 8))
    paras[0] = f"{place} (AP) — {paras[0]}"
    head = [headline(rnd, words, i), ""]
    if when:
        head += [f"Updated {when:%Y-%m-%d %H:%M} GMT", ""]
    return "\n".join(head) + "\n\n".join(paras) + "\n"


def reuters_copy(rnd, words, i, when: datetime) -> str:
    place = rnd.choice(PLACES)
    paras = paragraphs(rnd, words, rnd.randint(3, 6))
    paras[0] = f"{place}, {when:%b} {when.day} (Reuters) - {paras[0]}"
    author = f"By {rnd.choice(FIRST)} {rnd.choice(LAST)}, Reuters"
    return "\n".join([headline(rnd, words, i).upper(), "", author, f"{when:%d %B %Y %H:%M} GMT", ""]) + "\n\n".join(paras) + "\n"


def html_page(rnd, words, i, when: datetime) -> str:
    outlet, domain = rnd.choice(OUTLETS)
    title = headline(rnd, words, i)
    author = f"{rnd.choice(FIRST)} {rnd.choice(LAST)}"
    url = f"https://www.{domain}/{when:%Y/%m/%d}/{'-'.join(title.lower().split())}/"
    ld = {"@context": "https://schema.org", "@type": "NewsArticle", "headline": title,
          "datePublished": when.isoformat() + "Z", "author": {"@type": "Person", "name": author},
          "publisher": {"@type": "Organization", "name": outlet}}
    body = "".join(f"<p>{p}</p>" for p in paragraphs(rnd, words, rnd.randint(4, 8)))
    return (f'<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>{title} | {outlet}</title>'
            f'<link rel="canonical" href="{url}"><meta property="og:site_name" content="{outlet}">'
            f'<script type="application/ld+json">{json.dumps(ld)}</script></head><body>'
            f'<nav><a href="/">Home</a><a href="/news/">News</a></nav><article><h1>{title}</h1>'
            f'<p class="byline">By {author}</p>{body}</article>'
            f'<aside class="related"><a href="/x">More stories</a></aside><footer>© {outlet}</footer></body></html>')


def generate(folder: Path, n: int, seed: int = 1) -> dict[str, int]:
    """Write n files under folder; returns how many of each kind."""
    rnd = random.Random(seed)
    words = vocabulary(rnd)
    start = datetime(2023, 1, 1)
    kinds: dict[str, int] = {}
    written: list[Path] = []
    for i in range(n):
        when = start + timedelta(minutes=rnd.randrange(60 * 24 * 600))
        roll = rnd.random()
        sub = folder / f"{i // 1000:03d}"
        sub.mkdir(parents=True, exist_ok=True)
        if roll < 0.01 and written:
            kind, path, data = "duplicate", sub / f"{i}.txt", written[rnd.randrange(len(written))].read_bytes()
        elif roll < 0.02:
            kind, path, data = "bad", sub / f"{i}.txt", rnd.choice([b"", b"\x89PNG\r\n\x1a\n\x00\x00" + bytes(200)])
        elif roll < 0.30:
            kind, path, data = "scraped", sub / f"{i}.txt", scraped_page(rnd, words, i, when).encode()
        elif roll < 0.45:
            kind, path, data = "wire", sub / f"{i}.txt", wire_copy(rnd, words, i, when if rnd.random() < 0.5 else None).encode()
        elif roll < 0.65:
            kind, path, data = "reuters", sub / f"{i}.txt", reuters_copy(rnd, words, i, when).encode()
        elif roll < 0.90:
            kind, path, data = "html", sub / f"{i}.html", html_page(rnd, words, i, when).encode()
        else:
            kind, path, data = "html.gz", sub / f"{i}.html.gz", gzip.compress(html_page(rnd, words, i, when).encode(), 1)
        path.write_bytes(data)
        if kind not in ("bad", "duplicate"):
            written.append(path)
        kinds[kind] = kinds.get(kind, 0) + 1
    return kinds
