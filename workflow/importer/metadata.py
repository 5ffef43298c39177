"""Metadata found in the text: dates (to ISO 8601), signing organisations and people, the slug."""

from __future__ import annotations

import re
import unicodedata
from datetime import date

from workflow.importer.signatory_names import (  # noqa: F401 (their former home: re-exported)
    ORG_WORDS,
    ROLE_WORDS,
    is_organisation,
    is_person,
    name_run,
)
from workflow.importer.text import SMALL_WORDS, words, wordset

MONTHS = {m: i for i, m in enumerate(
    ("january", "february", "march", "april", "may", "june", "july", "august",
     "september", "october", "november", "december"), start=1)}
MONTHS.update({m[:3]: i for m, i in list(MONTHS.items())})
MONTHS["sept"] = 9
# the month names of the other languages a statement or its page is dated in (French, German,
# Spanish, Italian, Portuguese, Turkish): "Publié le 25 novembre 2026", "9. März 2026", "5 de mayo
# de 2026", "26 Kasım 2026"
_FOREIGN_MONTHS = (
    "janvier janv jänner januar enero gennaio janeiro ocak",
    "février févr fevrier fevr februar febrero febbraio fevereiro şubat",
    "mars märz marz marzo março mart",
    "avril avr abril aprile nisan",
    "mai mayo maggio maio mayıs",
    "juin juni junio giugno junho haziran",
    "juillet juil juli julio luglio julho temmuz",
    "août aout agosto ağustos",
    "septembre septiembre setiembre settembre setembro eylül",
    "octobre oktober octubre ottobre outubro ekim",
    "novembre noviembre novembro kasım",
    "décembre déc decembre dezember diciembre dicembre dezembro aralık")
for _k, _names in enumerate(_FOREIGN_MONTHS, start=1):
    MONTHS.update({name: _k for name in _names.split() if name not in MONTHS})
_MONTH = r"(?P<month>" + "|".join(sorted(MONTHS, key=len, reverse=True)) + r")\.?"
_WEEKDAY = r"(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day,?\s+)"
_DAY = r"(?P<day>\d{1,2})(?:st|nd|rd|th|er|\.(?=\s))?"  # "1er mai", German "9. April"
_YEAR = r"(?P<year>(?:19|20)\d\d)"
_DATE_FORMS = [
    # 5 October 2013, 5 de mayo de 2013
    rf"{_DAY}\s+(?:(?:of|de)\s+)?{_MONTH},?\s+(?:de\s+)?{_YEAR}",
    rf"{_MONTH}\s+{_DAY},?\s+{_YEAR}",                   # August 20, 2018
    r"(?P<year>(?:19|20)\d\d)-(?P<mnum>\d\d)-(?P<day>\d\d)",  # 2018-08-20
    r"(?P<year>(?:19|20)\d\d)(?P<sep>[/.])(?P<mnum>\d{1,2})(?P=sep)(?P<day>\d{1,2})",  # 2018/8/20
]
# Numeric day-first dates (11/12/2023, 09-11-2022, 24.03.2022): Europe's and most of the
# world's order; a first number over 12 is a day anyway, a second over 12 makes it month-first.
_NUMERIC = re.compile(r"(?<![\d/.-])(?P<a>\d{1,2})([/.-])(?P<b>\d{1,2})\2(?P<year>(?:19|20)\d\d)"
                      r"(?![\d/.-]*\d)")
# a chat's time stamp, its year in two digits but a time of day after it: "[16.11.25 19:05]"
_STAMP = re.compile(r"(?<![\w/.-])(?P<a>\d{1,2})([/.])(?P<b>\d{1,2})\2(?P<yy>\d\d),?\s+"
                    r"(?=\d{1,2}:\d{2}\b)")
# a date's edges: no letter or digit beside it, an underscore or asterisk allowed (a chat's
# italics round a date line: "_Joint statement – 2 April 2025_")
_EDGE, _EDGE_END = r"(?<![^\W_])", r"(?![^\W_])"
_PARTIAL_FORMS = [rf"{_DAY}\s+{_MONTH}\b", rf"{_MONTH}\s+{_DAY}\b"]

def parse_date(text: str, whole: bool = False, allow_weekday: bool = False) -> str | None:
    """The first full date (day, month, year) in ``text`` as ISO 8601; with ``whole``, only when
    the text is nothing but that date (a weekday and a place before it allowed as asked)."""
    for form in _DATE_FORMS:
        lead = rf"^(?:{_WEEKDAY})?" if allow_weekday else "^"
        pattern = (lead + form + r"\.?$") if whole else (_EDGE + form + _EDGE_END)
        match = re.search(pattern, text.strip(), re.IGNORECASE)
        if match:
            iso = _iso(match)
            if iso:
                return iso
    return None


# the words a dateline uses besides its dates and times ("3 March 2025 at 4:47 pm GMT · Last
# updated 4 March 2025 at 9:10 am GMT", "Published on 2 May 2026, updated 14:05 CET")
_STAMP_WORDS = frozenset({
    "at", "on", "am", "pm", "gmt", "utc", "cet", "cest", "est", "edt", "bst", "pst", "last",
    "updated", "update", "published", "posted", "modified", "first", "edited", "the", "of",
    "mon", "tue", "wed", "thu", "fri", "sat", "sun", "monday", "tuesday", "wednesday",
    "thursday", "friday", "saturday", "sunday", "ago", "hours", "hour", "minutes", "min",
    "yesterday", "today", "le", "à", "publié", "modifié", "um", "veröffentlicht",
    "aktualisiert", "el", "de", "publicado"})


def stamp_line(text: str) -> bool:
    """A line that holds a full date and little but dates, times and the words a dateline
    uses: when the page was published or updated, never its headline (however long)."""
    if not find_date(text):
        return False
    ws = words(text.lower())
    rest = [w for w in ws if not (w.isdigit() or w.rstrip(".") in MONTHS or
                                  w.rstrip(".") in _STAMP_WORDS or
                                  re.fullmatch(r"\d{1,2}(?:st|nd|rd|th|[:.]\d{2}[ap]?m?)", w))]
    return len(rest) <= max(1, len(ws) // 6)


# a weekday just before a numeric date ("Wed, 04/01/2026", "Mittwoch, 01.04.2026")
_WEEKDAY_BEFORE = re.compile(r"\b(?P<day>mon|tue|wed|thu|fri|sat|sun|mo|di|mi|do|fr|sa|so|lun|"
                             r"mar|mer|jeu|ven|sam|dim)[a-zäéè]*\.?,?\s*(?:the\s+)?$",
                             re.IGNORECASE)
_WEEKDAYS = {"mon": 0, "tue": 1, "wed": 2, "thu": 3, "fri": 4, "sat": 5, "sun": 6,
             "mo": 0, "di": 1, "mi": 2, "do": 3, "fr": 4, "sa": 5, "so": 6,
             "lun": 0, "mar": 1, "mer": 2, "jeu": 3, "ven": 4, "sam": 5, "dim": 6}


def _by_weekday(before: str, year: int, day_first: tuple[int, int]) -> tuple[int, int]:
    """Day and month of a numeric date both of whose readings are dates ("04/01/2026"): the
    one on the weekday written just before it ("Wed, 04/01/2026" is 1 April, a Wednesday, in
    a CMS's month-first form), else day first."""
    found = _WEEKDAY_BEFORE.search(before)
    if not found:
        return day_first
    want = _WEEKDAYS[found["day"].lower()]
    day, month = day_first
    for d, m in ((day, month), (month, day)):
        try:
            if date(year, m, d).weekday() == want:
                return d, m
        except ValueError:
            continue
    return day_first


def find_date(text: str) -> tuple[str, int, int] | None:
    """The earliest full date anywhere in ``text``: (ISO 8601, start, end), any form above or
    numeric day-first ("11/12/2023"); None without one."""
    found: list[tuple[int, int, str]] = []
    for form in _DATE_FORMS:
        for match in re.finditer(_EDGE + form + _EDGE_END, text, re.IGNORECASE):
            iso = _iso(match)
            if iso:
                found.append((match.start(), match.end(), iso))
                break
    for match in _NUMERIC.finditer(text):
        a, b, year = int(match.group("a")), int(match.group("b")), int(match.group("year"))
        day, month = (b, a) if b > 12 >= a else (a, b)
        if a <= 12 and b <= 12 and a != b:
            day, month = _by_weekday(text[max(0, match.start() - 16):match.start()], year,
                                     (day, month))
        try:
            found.append((match.start(), match.end(), date(year, month, day).isoformat()))
        except ValueError:
            continue
        break
    for match in _STAMP.finditer(text):
        a, b = int(match.group("a")), int(match.group("b"))
        try:
            found.append((match.start(), match.start() + len(match.group(0).rstrip(", ")),
                          date(2000 + int(match.group("yy")), b, a).isoformat()))
        except ValueError:
            continue
        break
    if not found:
        return None
    start, end, iso = min(found)
    return iso, start, end


def _iso(match: re.Match[str]) -> str | None:
    parts = match.groupdict()
    month = int(parts["mnum"]) if parts.get("mnum") else MONTHS[parts["month"].lower().rstrip(".")]
    try:
        return date(int(parts["year"]), month, int(parts["day"])).isoformat()
    except ValueError:
        return None


def date_line(text: str) -> str | None:
    """ISO date of a signature-block line that is a date, optionally after a place:
    "5 October 2013", "London, 5 October 2013"."""
    iso = parse_date(text, whole=True, allow_weekday=True) or _beside_solar(text)
    if iso:
        return iso
    place, _, rest = text.partition(",")
    if rest and len(words(place)) <= 4 and place[:1].isupper():
        return parse_date(rest, whole=True, allow_weekday=True) or _beside_solar(rest)
    return None


_SOLAR_YEAR = re.compile(r"(?<!\d)1[34]\d\d(?!\d)|[۱١][۳۴٣٤][۰-۹٠-٩]{2}")
_RENDERINGS = re.compile(r"\s+[/|–—-]\s+|\s*\(\s*|\s*\)\s*")


def _beside_solar(text: str) -> str | None:
    """The Gregorian date of a date written in both calendars ("11 Azar 1405 / 2 December
    2026", "2 December 2026 (11 Azar 1405)", "1404/12/12 – 3 March 2026"): the other rendering
    is a Solar Hijri date (its year 13xx or 14xx)."""
    parts = [p for p in _RENDERINGS.split(text.strip()) if p.strip()]
    if len(parts) != 2:
        return None
    for one, other in (parts, parts[::-1]):
        iso = parse_date(one, whole=True, allow_weekday=True)
        if iso and _SOLAR_YEAR.search(other) and not parse_date(other, whole=True):
            return iso
    return None


def dateline(text: str) -> tuple[str | None, str | None]:
    """A news dateline opening a paragraph ("London, 7 September – ..."): (iso, partial text).

    ``iso`` when it has a year; else ``partial`` is the day and month, for a flag. A wire's
    agency in brackets after the date ("DUBAI, June 12 (Reuters) - ...") is no part of it."""
    match = re.match(r"^([A-Z][\w .'-]{1,40}),\s+(.{4,40}?)\s*[–—-]", text)
    if not match:
        return None, None
    when = re.sub(r"\s*\([^()]{2,30}\)$", "", match.group(2).strip())
    iso = parse_date(when)
    if iso:
        return iso, None
    for form in _PARTIAL_FORMS:
        if re.fullmatch(form, when, re.IGNORECASE):
            return None, when
    return None, None


def with_year(partial: str, dated: list[str]) -> str | None:
    """The full date of a dateline that gives only its day and month ("June 12"), when another
    date on the page (a wire's "Filed:" stamp, the page's metadata, a header's date) falls on
    that same day and month: the year is that date's. None when no such date, or when two
    such dates disagree on the year."""
    years = {iso[:4] for iso in dated if (full := parse_date(f"{partial} {iso[:4]}"))
             and full == iso}
    return parse_date(f"{partial} {years.pop()}") if len(years) == 1 else None


def partial_date(text: str) -> bool:
    """A day and month without a year ("March 5", "5 March", "Today", "Yesterday")."""
    text = text.strip().rstrip(",.")
    if text.lower() in ("today", "yesterday"):
        return True
    return any(re.fullmatch(rf"(?:{_WEEKDAY})?" + form, text, re.IGNORECASE)
               for form in _PARTIAL_FORMS)


SLUG = re.compile(r"^[a-z0-9]+(?:-[a-z0-9]+)*$")
_SLUG_STOP = SMALL_WORDS | wordset(
    "over under about after before between during is are was were be been has have had")


def slugify(title: str, iso_date: str | None = None, max_words: int = 4) -> str:
    """A short, stable, ASCII file name from the title: its first content words, plus the year
    of the statement (else the first year in the title) when not already there
    ("joint-statement-occasion-anniversary-1988")."""
    folded = unicodedata.normalize("NFKD", title).encode("ascii", "ignore").decode().lower()
    folded = re.sub(r"(?<=\d)[,.](?=\d{3})", "", folded)
    tokens = [t for t in re.findall(r"[a-z0-9]+", folded) if t not in _SLUG_STOP]
    picked = tokens[:max_words] or ["statement"]
    title_years = [t for t in tokens if re.fullmatch(r"(?:19|20)\d\d", t)]
    year = iso_date[:4] if iso_date else (title_years[0] if title_years else None)
    if year and year not in picked:
        picked.append(year)
    return "-".join(picked)[:80].strip("-")


# the days of a month written out, as a note on a statement may give them ("Friday, the
# twenty-seventh of November")
_TENS = {"twenty": 20, "thirty": 30}
_ORDINALS = {name: day for day, name in enumerate((
    "first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth", "tenth",
    "eleventh", "twelfth", "thirteenth", "fourteenth", "fifteenth", "sixteenth", "seventeenth",
    "eighteenth", "nineteenth", "twentieth"), start=1)}
_ORDINALS.update({f"{tens}-{unit}": value + day for tens, value in _TENS.items()
                  for unit, day in list(_ORDINALS.items())[:9] if value + day <= 31})
_ORDINALS["thirtieth"] = 30
_WORD_DAY = r"(?:the\s+)?(?P<wday>" + "|".join(sorted(_ORDINALS, key=len, reverse=True)) + \
    r")(?:\s+(?:of|de))?"
_DAY_MONTH = [rf"{_DAY}\s+(?:(?:of|de)\s+)?{_MONTH}", rf"{_MONTH}\s+{_DAY}",
              rf"{_WORD_DAY}\s+{_MONTH}"]


def find_day_month(text: str) -> tuple[int, int, int, int] | None:
    """The earliest day and month without a year in ``text`` ("7 avril", "May 21", "the
    twenty-seventh of November"): (month, day, start, end); None without one, or when a year
    follows it (a full date: :func:`find_date`'s)."""
    found = []
    for form in _DAY_MONTH:
        for match in re.finditer(_EDGE + form + _EDGE_END, text, re.IGNORECASE):
            if re.match(r",?\s*(?:de\s+)?(?:19|20)\d\d", text[match.end():]):
                continue
            parts = match.groupdict()
            day = _ORDINALS[parts["wday"].lower()] if parts.get("wday") else int(parts["day"])
            month = MONTHS[parts["month"].lower().rstrip(".")]
            found.append((match.start(), match.end(), month, day))
            break
    if not found:
        return None
    start, end, month, day = min(found)
    return month, day, start, end
