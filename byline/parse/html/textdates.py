"""Dates written in the visible text around the headline: "2. August 2019", "August 2, 2019", "02.08.2019".

A cheap search for pages whose metadata names no date: the first well-formed date near the headline
is nearly always the publication date. Dates labelled as updates are skipped. Slash dates are
read only when the day is over 12 (17/02/2022): below that the day and month order cannot be told.
"""

from __future__ import annotations

import re
from datetime import date

MONTHS = {
    # English, German, French, Spanish, Italian, Dutch, Portuguese; abbreviations by prefix below
    "january": 1, "february": 2, "march": 3, "april": 4, "may": 5, "june": 6, "july": 7, "august": 8,
    "september": 9, "october": 10, "november": 11, "december": 12,
    "januar": 1, "jänner": 1, "februar": 2, "märz": 3, "maerz": 3, "mai": 5, "juni": 6, "juli": 7,
    "oktober": 10, "dezember": 12,
    "janvier": 1, "février": 2, "fevrier": 2, "mars": 3, "avril": 4, "juin": 6, "juillet": 7, "août": 8,
    "aout": 8, "septembre": 9, "octobre": 10, "novembre": 11, "décembre": 12, "decembre": 12,
    "enero": 1, "febrero": 2, "marzo": 3, "abril": 4, "mayo": 5, "junio": 6, "julio": 7, "agosto": 8,
    "septiembre": 9, "setiembre": 9, "octubre": 10, "noviembre": 11, "diciembre": 12,
    "gennaio": 1, "febbraio": 2, "aprile": 4, "maggio": 5, "giugno": 6, "luglio": 7, "settembre": 9,
    "ottobre": 10, "dicembre": 12,
    "januari": 1, "februari": 2, "maart": 3, "mei": 5, "augustus": 8,
    "janeiro": 1, "fevereiro": 2, "março": 3, "maio": 5, "junho": 6, "julho": 7, "setembro": 9,
    "outubro": 10, "dezembro": 12,
    # Russian and Ukrainian genitive forms, as dates print them: "15 августа 2016"
    "января": 1, "февраля": 2, "марта": 3, "апреля": 4, "мая": 5, "июня": 6, "июля": 7, "августа": 8,
    "сентября": 9, "октября": 10, "ноября": 11, "декабря": 12,
    "січня": 1, "лютого": 2, "березня": 3, "квітня": 4, "травня": 5, "червня": 6, "липня": 7, "серпня": 8,
    "вересня": 9, "жовтня": 10, "листопада": 11, "грудня": 12,
    # Arabic (Egyptian and Gulf usage)
    "يناير": 1, "فبراير": 2, "مارس": 3, "أبريل": 4, "مايو": 5, "يونيو": 6, "يوليو": 7, "أغسطس": 8,
    "سبتمبر": 9, "أكتوبر": 10, "نوفمبر": 11, "ديسمبر": 12,
    # Arabic (Levantine and Iraqi usage), often printed with the Egyptian name after a slash: "24 نيسان / أبريل 2020"
    "كانون الثاني": 1, "شباط": 2, "آذار": 3, "نيسان": 4, "أيار": 5, "حزيران": 6, "تموز": 7, "آب": 8,
    "أيلول": 9, "تشرين الأول": 10, "تشرين الثاني": 11, "كانون الأول": 12,
}
_ABBREVIATIONS = {
    "jan": 1, "feb": 2, "mar": 3, "apr": 4, "jun": 6, "jul": 7, "aug": 8, "sep": 9, "sept": 9, "oct": 10,
    "okt": 10, "nov": 11, "dec": 12, "dez": 12, "mär": 3, "févr": 2, "janv": 1, "avr": 4, "juil": 7,
    "déc": 12, "ene": 1, "dic": 12, "ago": 8, "set": 9, "out": 10,
}
# Only known month names: a generic word pattern would try every word of the page as a month.
_MONTH = "(" + "|".join(sorted(set(MONTHS) | set(_ABBREVIATIONS), key=len, reverse=True)) + r")\.?"
_PATTERNS = (
    # 2019-08-02
    ("ymd", re.compile(r"(?<![\d-])((?:19|20)\d{2})-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])(?![\d-])")),
    # 2.8.2019, 02.08.2019
    ("dmy", re.compile(r"(?<![\d.])(0?[1-9]|[12]\d|3[01])\.\s?(0?[1-9]|1[0-2])\.\s?((?:19|20)\d{2})(?![\d.])")),
    # 2. August 2019, 2 août 2019, 2 de agosto de 2019
    ("dMy", re.compile(r"(?<!\d)(0?[1-9]|[12]\d|3[01])(?:\.|er|º|st|nd|rd|th)?\s+(?:de\s+)?" + _MONTH +
                       r"(?:\s?/\s?[^\W\d_]+)?,?\s+(?:de\s+)?((?:19|20)\d{2})(?!\d)", re.I)),
    # August 2, 2019
    # August 2, 2019: found from its digits, the month word read just before them (see _month_day_year)
    ("Mdy", re.compile(r"(?<=\s)(0?[1-9]|[12]\d|3[01])(?:st|nd|rd|th)?,?\s+((?:19|20)\d{2})(?!\d)")),
    # 17/02/2022 or 02/17/2022, read only when the day is over 12 and so cannot be the month
    ("slash", re.compile(r"(?<![\d/])(\d{1,2})/(\d{1,2})/((?:19|20)\d{2})(?![\d/])")),
    # 31.10.23: a two-digit year, read as this century
    ("dmyy", re.compile(r"(?<![\d.])(0?[1-9]|[12]\d|3[01])\.(0[1-9]|1[0-2])\.(\d{2})(?![\d.])")),
    # 2019年8月2日
    ("cjk", re.compile(r"((?:19|20)\d{2})\s*年\s*(\d{1,2})\s*月\s*(\d{1,2})\s*日")),
)
_WORD_BEFORE = re.compile(r"([^\W\d_]{3,10})\.?\s+$")
_UPDATE_LABEL = re.compile(
    r"(?:updated?|modified|aktualisiert|geändert|mis à jour|actualizado|aggiornato|bijgewerkt)\W{0,3}(?:\w+\W+){0,3}$",
    re.I,
)

# "Veröffentlicht am 13. Mai 2026": a date the page itself calls the publication's outranks earlier ones
_PUBLISHED_LABEL = re.compile(
    r"(?:published|posted|veröffentlicht|erschienen|publié|publicado|publicada|pubblicato|gepubliceerd|"
    r"опубликовано)\W{0,3}(?:\w+\W+){0,2}$",
    re.I,
)
_RANGE_END = re.compile(r"(?:\d\.?\s?[-–]|\bbis)\s*$", re.I)


def _month(word: str) -> int | None:
    word = word.lower()
    return MONTHS.get(word) or _ABBREVIATIONS.get(word) or _ABBREVIATIONS.get(word[:3])


def _to_date(kind: str, groups: tuple[str, ...]) -> date | None:
    try:
        if kind in ("ymd", "cjk"):
            return date(int(groups[0]), int(groups[1]), int(groups[2]))
        if kind == "dmy":
            return date(int(groups[2]), int(groups[1]), int(groups[0]))
        if kind == "dmyy":
            return date(2000 + int(groups[2]), int(groups[1]), int(groups[0]))
        if kind == "slash":
            first, second, year = (int(g) for g in groups)
            if first > 12 >= second:
                return date(year, second, first)
            if second > 12 >= first:
                return date(year, first, second)
            return None
        if kind == "dMy":
            month = _month(groups[1])
            return date(int(groups[2]), month, int(groups[0])) if month else None
        month = _month(groups[0])
        return date(int(groups[2]), month, int(groups[1])) if month else None
    except ValueError:
        return None


def first_text_date(text: str, earliest: date, latest: date) -> date | None:
    """The plausible date in `text` labelled as the publication, else the earliest placed one.

    Dates labelled as updates are skipped, and so are dates that close a range ("23.-26.8.2017"),
    which name an event rather than the article.
    """
    best: tuple[int, date] | None = None
    for kind, pattern in _PATTERNS:
        for match in pattern.finditer(text):
            start, groups = match.start(), match.groups()
            if kind == "Mdy":
                # a leading month pattern would be tried at every position; look back from the digits instead
                word = _WORD_BEFORE.search(text, max(0, start - 14), start)
                if word is None:
                    continue
                start, groups = word.start(), (word.group(1), *groups)
            day = _to_date(kind, groups)
            if day is None or not earliest <= day <= latest:
                continue
            before = text[max(0, start - 40):start]
            if _UPDATE_LABEL.search(before) or _RANGE_END.search(before):
                continue
            if _PUBLISHED_LABEL.search(before):
                return day
            if best is None or start < best[0]:
                best = (start, day)
    return best[1] if best else None
