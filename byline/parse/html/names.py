"""Credited names: byline strings cleaned of labels, roles, dates and links, then split into people.

"Written by Michael Larabel in Valve on 1 June 2019" -> ["Michael Larabel"]; "Von Anna Beck und
Tom Roe" -> ["Anna Beck", "Tom Roe"]; "Oli Coleman View author archive" -> ["Oli Coleman"].
Works on any script: names in scripts without letter case (CJK, Arabic) pass the case checks.
"""

from __future__ import annotations

import re

from byline.parse.organisations import is_organisation

_LABEL = re.compile(
    r"^\s*(?:(?:written|posted|reported|published|text|words|photos?|story|report|compiled|created|edited)"
    r"\s+(?:and\s+\w+\s+)?by|view all posts by|all posts by|more from|articles by|stories by|by|von|par|por"
    r"|door|(?-i:di|da|av|af|de)|autor(?:in)?|auteur|autore|author|authors|writer|verfasst von|geschrieben von"
    r"|ein (?:kommentar|bericht|beitrag|gastbeitrag) von|texte?|fotos?|redakteur(?:in)?|reporter"
    r"|(?:erstellt|pressemitteilung|im wortlaut|artikel|beitrag|kommentar|interview|gastbeitrag|eingestellt"
    r"|gespeichert) von)"
    r"\s*[:|-]?\s+",
    re.I,
)
_TAIL = re.compile(
    r"\s*(?:view (?:author )?(?:archive|profile|bio)|follow (?:on|me|us)\b|get (?:author )?rss feed|more articles"
    r"|alle (?:artikel|beiträge)|all (?:posts|articles|stories)|mehr von|weitere artikel|contact|kontakt|"
    r"e-?mail|send an email|twitter|facebook|linkedin|instagram|shares?|comments?|kommentare?|zeige|lesezeit"
    r"|reading time)\b.*$",
    re.I,
)
_JUNK = re.compile(r"\S+@\S+\.\w+|@\w+|https?://\S+|www\.\S+|\[|\]")
# Stop words: once a byline continues with a date, place or role, the names are over.
_STOP = re.compile(
    r"\s+(?:(?-i:in|on|am|um|at|le|el|il|op)(?:\s|,|$)|tags:|(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|tags|updated|published|aktualisiert|veröffentlicht|stand|publié|\d[\d.:/-]*)"
    r"(?:\s|,|$)|(?:(?:mon|tue|wed|thu|fri|sat|sun)[a-z]*|montag|dienstag|mittwoch|donnerstag|freitag|samstag"
    r"|sonntag|(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*)\.?,?\s+\d).*$",
    re.I,
)
_ROLE = re.compile(
    r"(?:^|,\s*|\s+)(?:(?:senior|chief|staff|special|contributing|associate|deputy|managing|executive|"
    r"freier?|stellvertretende[rn]?|leitende[rn]?)\s+)*"
    r"(?:writer|reporter|correspondent|editor|columnist|contributor|journalist|photographer|producer|critic|"
    r"ceo|founder|co-founder|chefredakteur(?:in)?|(?:projekt|presse)?(?:leiter|sprecher)(?:in)?|redakteur(?:in)?|korrespondent(?:in)?|autor(?:in)?|"
    r"journalistin|mitarbeiter(?:in)?|volontär(?:in)?|ressortleiter(?:in)?|rédacteur|rédactrice|redactor[a]?|"
    r"periodista|giornalista)\b.*$",
    re.I,
)
_SPLIT = re.compile(
    r"\s*(?:,|;|&|\||/|\+|、|，|\n|\s(?:and|und|et|y|e|en|och|og|i|ja|és|и|та|ve)\s|\s[-–—·•]\s"
    r"|\s(?:im gespräch mit|in conversation with|in an interview with|interviewed by|interview:)\s)\s*",
    re.I
)
_PARTICLES = frozenset(
    ("van", "von", "de", "der", "den", "da", "di", "del", "della", "la", "le", "du", "bin", "ibn", "al", "y", "e",
     "dos", "das", "do", "ten", "ter", "zu", "v.", "st.")
)


def strip_junk(raw: str) -> str:
    """A byline string without labels, e-mail, handles, trailing links, dates and roles."""
    text = _JUNK.sub(" ", " ".join(raw.split()))
    for _ in range(2):
        text = _LABEL.sub("", text)
    text = _TAIL.sub("", text)
    return text.strip(" \t,;:|-–—·•/()\"'")


def _clean_part(part: str) -> str:
    part = _LABEL.sub("", part.strip(" \t,;:|-–—·•/()\"'"))
    part = _ROLE.sub("", _STOP.sub("", part))
    part = " ".join(part.split()).strip(" \t,;:|-–—·•/()\"'")
    last = part.rsplit(" ", 1)[-1]
    return part if len(last) <= 3 else part.rstrip(".")  # keep the dot of "Jr." or an initial


# "Meg Wagner NEW YORK DAILY NEWS": a run of capitalised words after a name is a publisher or a place.
_CAPS_RUN = re.compile(r"(?<=[a-zà-ÿ.])\s+(?=[A-ZÀ-Þ]{2,}(?:\s+[A-ZÀ-Þ&]{2,})+\b)")
# "By Jane Doe" inside running header text: the label must be capitalised, as it starts a byline.
TEXT_BYLINE = re.compile(
    r"(?:^|[\s|•·])(?:(?:By|BY|Von|VON|Par|Por|Door|(?:Posted|Written) by|(?:Eingestellt|Geschrieben|Verfasst|"
    r"Gespeichert) von|(?:[Ee]in )?(?:Artikel|Beitrag|Bericht|Kommentar) von|Publié par|Publicado por)(?:\s*:)?"
    r"|(?:Autor(?:in)?|Author|Text|Redaktion)\s*:)\s+(\S.{2,90})"
)


# A short element that is only a byline may start lower-case: "von Alexander Rosenkranz".
SHORT_BYLINE = re.compile(
    r"^\s*(?:(?:blog\s+)?(?:beitrag|artikel|text|bericht)\s+)?(?:by|von|par|por|door|autor(?:in)?:|author:|text:)"
    r"\s*:?\s+(\S.{2,60})$",
    re.I,
)


_PICTURE_CREDIT = re.compile(r"©|\(c\)|^(?:bild|foto|photo|image|fotos|photos)\b", re.I)


def is_picture_credit(name: str) -> bool:
    """"Bild © ARD", "Foto: dpa": who took or owns a picture, never who wrote the story."""
    return _PICTURE_CREDIT.search(name) is not None


def split_names(raw: str) -> list[str]:
    """The name-like parts of a byline string, in order (not yet judged as people or organisations)."""
    text = _CAPS_RUN.sub(", ", strip_junk(raw))
    if not text:
        return []
    text = _STOP.sub("", text) if _LABEL.match(raw.strip()) or len(text.split()) > 3 else text
    out = []
    for part in _SPLIT.split(text):
        name = _clean_part(part)
        if name and name not in out:
            out.append(name)
    return out


def _word_ok(word: str) -> bool:
    return not word[:1].islower() or word.lower() in _PARTICLES


def looks_like_person(name: str, site_names: list[str], trusted: bool = False) -> bool:
    """A person's name: 2–5 capitalised words, no digits or organisation words, not the site's name.

    A trusted source (JSON-LD Person, author meta) may also give a single word: a pen name or handle.
    """
    words = name.split()
    if not words or len(words) > 5 or len(name) > 60 or any(c.isdigit() for c in name):
        return False
    if is_organisation(name) or is_picture_credit(name):
        return False
    folded = name.casefold()
    if any(s and folded == s.casefold() for s in site_names):
        return False  # a personal blog's site name may contain its author's name: only equality counts
    if len(words) == 1:
        return trusted and len(name) > 1
    if not all(_word_ok(w) for w in words) or words[0][:1].islower() or words[0].lower() == "the":
        return False  # "The Associated": an outlet's name cut short, never a person
    return not all(len(w.strip(".")) <= 1 for w in words)
