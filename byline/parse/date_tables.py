"""What every date reader shares: time zone abbreviations and the bounds of a plausible publication date.

One table for text and HTML, so "14:05 IST" means the same moment in a scraped line and in a meta tag.
"""

from __future__ import annotations

from datetime import date, timedelta, timezone
from zoneinfo import ZoneInfo

from htmldate.extractors import MONTH_NUMBERS

# Zone abbreviations printed in news, as UTC offsets in hours. An ambiguous one takes the reading most common
# in news: IST is India's (+05:30, India's press prints it daily; Ireland's summer time is written "IST" rarely),
# CST is US Central, AST Atlantic.
ZONE_HOURS = {
    "UTC": 0, "GMT": 0, "Z": 0, "WET": 0, "BST": 1, "WEST": 1, "CET": 1, "MEZ": 1, "CEST": 2, "MESZ": 2,
    "EET": 2, "EEST": 3, "MSK": 3, "IST": 5.5, "PKT": 5, "HKT": 8, "SGT": 8, "AWST": 8, "JST": 9, "KST": 9,
    "ACST": 9.5, "AEST": 10, "AEDT": 11, "NZST": 12, "NZDT": 13,
    "EST": -5, "EDT": -4, "CST": -6, "CDT": -5, "MST": -7, "MDT": -6, "PST": -8, "PDT": -7, "AKST": -9, "AKDT": -8,
    "HST": -10, "AST": -4, "ADT": -3, "NST": -3.5, "NDT": -2.5,
}
# US zone names without a season ("2:05 p.m. ET") follow daylight saving time: resolved by date, not a fixed offset
US_REGIONS = {"ET": "America/New_York", "CT": "America/Chicago", "MT": "America/Denver", "PT": "America/Los_Angeles"}
# dateutil's tzinfos: every abbreviation above as a tzinfo
TZINFOS = {name: timezone(timedelta(hours=hours), name) for name, hours in ZONE_HOURS.items()} | {
    name: ZoneInfo(region) for name, region in US_REGIONS.items()
}

# A publication date before the web's first news sites, or after tomorrow, is not chosen while another
# candidate is plausible: it is an event, an expiry, a birth date or a copyright line.
EARLIEST_PLAUSIBLE = date(1995, 1, 1)


def latest_plausible(today: date) -> date:
    """Tomorrow: a page dated a day ahead of the reader's clock was written in a zone east of it."""
    return today + timedelta(days=1)


def is_plausible(day: date, today: date) -> bool:
    return EARLIEST_PLAUSIBLE <= day <= latest_plausible(today)


def zone_offset(name: str | None, offset: int | None) -> int | ZoneInfo | None:
    """dateutil's tzinfos callback: the zone of an abbreviation found after a time, in seconds or as a region.

    A numeric offset ("+0200") stands. An unknown word in the zone's place ("Uhr") says nothing sure, so the
    time stays naive, as if the page had named none.
    """
    key = (name or "").upper()
    if key in ZONE_HOURS:
        return int(ZONE_HOURS[key] * 3600)
    if key in US_REGIONS:
        return ZoneInfo(US_REGIONS[key])
    return offset


# Month names in print, lower-case, to their number: htmldate's table (English, German, French, Dutch, Turkish,
# Indonesian) and the languages it lacks. An abbreviation also stands for the names it begins ("sept" -> 9).
_MORE_MONTHS = {
    # What htmldate's table lacks: Spanish, Italian, Portuguese, Russian, Ukrainian, Arabic; German and French extras
    "maerz": 3, "fevrier": 2, "août": 8, "decembre": 12,
    "enero": 1, "febrero": 2, "marzo": 3, "abril": 4, "mayo": 5, "junio": 6, "julio": 7, "agosto": 8,
    "septiembre": 9, "setiembre": 9, "octubre": 10, "noviembre": 11, "diciembre": 12,
    "gennaio": 1, "febbraio": 2, "aprile": 4, "maggio": 5, "giugno": 6, "luglio": 7, "settembre": 9,
    "ottobre": 10, "dicembre": 12,
    "maart": 3, "augustus": 8,
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
_MORE_ABBREVIATIONS = {
    "sept": 9, "févr": 2, "janv": 1, "avr": 4, "juil": 7, "déc": 12, "ene": 1, "dic": 12, "ago": 8, "set": 9, "out": 10,
}
MONTH_NAMES = {**MONTH_NUMBERS, **_MORE_MONTHS, **_MORE_ABBREVIATIONS}
