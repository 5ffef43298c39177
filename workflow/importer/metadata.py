"""Metadata found in the text: dates (to ISO 8601), signing organisations and people, the slug."""

from __future__ import annotations

import re
import unicodedata
from datetime import date

from workflow.importer.text import SMALL_WORDS, ends_terminal, is_title_case, words, wordset

MONTHS = {m: i for i, m in enumerate(
    ("january", "february", "march", "april", "may", "june", "july", "august",
     "september", "october", "november", "december"), start=1)}
MONTHS.update({m[:3]: i for m, i in list(MONTHS.items())})
MONTHS["sept"] = 9
_MONTH = r"(?P<month>" + "|".join(sorted(MONTHS, key=len, reverse=True)) + r")\.?"
_WEEKDAY = r"(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day,?\s+)"
_DAY = r"(?P<day>\d{1,2})(?:st|nd|rd|th)?"
_YEAR = r"(?P<year>(?:19|20)\d\d)"
_DATE_FORMS = [
    rf"{_DAY}\s+(?:of\s+)?{_MONTH},?\s+{_YEAR}",          # 5 October 2013
    rf"{_MONTH}\s+{_DAY},?\s+{_YEAR}",                   # August 20, 2018
    r"(?P<year>(?:19|20)\d\d)-(?P<mnum>\d\d)-(?P<day>\d\d)",  # 2018-08-20
    r"(?P<year>(?:19|20)\d\d)(?P<sep>[/.])(?P<mnum>\d{1,2})(?P=sep)(?P<day>\d{1,2})",  # 2018/8/20
]
# Numeric day-first dates (11/12/2023, 09-11-2022, 24.03.2022): Europe's and most of the
# world's order; a first number over 12 is a day anyway, a second over 12 makes it month-first.
_NUMERIC = re.compile(r"(?<![\d/.-])(?P<a>\d{1,2})([/.-])(?P<b>\d{1,2})\2(?P<year>(?:19|20)\d\d)"
                      r"(?![\d/.-]*\d)")
_PARTIAL_FORMS = [rf"{_DAY}\s+{_MONTH}\b", rf"{_MONTH}\s+{_DAY}\b"]

ORG_WORDS = wordset(
    "party parties organisation organization organisations organizations association associations "
    "committee committees council federation union front movement communities community network "
    "league society group coalition alliance foundation centre center institute campaign "
    "guerrillas activists trust watch collective assembly congress confederation syndicate forum "
    "chamber commission initiative families mothers bar ngo democrats socialists observatory "
    "programme program defenders jurists lawyers monitor")


def parse_date(text: str, whole: bool = False, allow_weekday: bool = False) -> str | None:
    """The first full date (day, month, year) in ``text`` as ISO 8601; with ``whole``, only when
    the text is nothing but that date (a weekday and a place before it allowed as asked)."""
    for form in _DATE_FORMS:
        lead = rf"^(?:{_WEEKDAY})?" if allow_weekday else "^"
        pattern = (lead + form + r"\.?$") if whole else (r"\b" + form + r"\b")
        match = re.search(pattern, text.strip(), re.IGNORECASE)
        if match:
            iso = _iso(match)
            if iso:
                return iso
    return None


def find_date(text: str) -> tuple[str, int, int] | None:
    """The earliest full date anywhere in ``text``: (ISO 8601, start, end), any form above or
    numeric day-first ("11/12/2023"); None without one."""
    found: list[tuple[int, int, str]] = []
    for form in _DATE_FORMS:
        for match in re.finditer(r"\b" + form + r"\b", text, re.IGNORECASE):
            iso = _iso(match)
            if iso:
                found.append((match.start(), match.end(), iso))
                break
    for match in _NUMERIC.finditer(text):
        a, b, year = int(match.group("a")), int(match.group("b")), int(match.group("year"))
        day, month = (b, a) if b > 12 >= a else (a, b)
        try:
            found.append((match.start(), match.end(), date(year, month, day).isoformat()))
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
    iso = parse_date(text, whole=True, allow_weekday=True)
    if iso:
        return iso
    place, _, rest = text.partition(",")
    if rest and len(words(place)) <= 4 and place[:1].isupper():
        return parse_date(rest, whole=True, allow_weekday=True)
    return None


def dateline(text: str) -> tuple[str | None, str | None]:
    """A news dateline opening a paragraph ("London, 7 September – ..."): (iso, partial text).

    ``iso`` when it has a year; else ``partial`` is the day and month, for a flag."""
    match = re.match(r"^([A-Z][\w .'-]{1,40}),\s+(.{4,40}?)\s*[–—-]", text)
    if not match:
        return None, None
    iso = parse_date(match.group(2))
    if iso:
        return iso, None
    for form in _PARTIAL_FORMS:
        if re.fullmatch(form, match.group(2).strip(), re.IGNORECASE):
            return None, match.group(2).strip()
    return None, None


def partial_date(text: str) -> bool:
    """A day and month without a year ("March 5", "5 March", "Today", "Yesterday")."""
    text = text.strip().rstrip(",.")
    if text.lower() in ("today", "yesterday"):
        return True
    return any(re.fullmatch(rf"(?:{_WEEKDAY})?" + form, text, re.IGNORECASE)
               for form in _PARTIAL_FORMS)


def is_organisation(text: str) -> bool:
    """A signature line naming an organisation: a short name with an organisation word."""
    ws = words(text)
    if not ws or len(ws) > 16 or text.rstrip().endswith((".", "!", "?", ":")):
        return False
    return any(w.lower() in ORG_WORDS for w in ws) and text[:1].isupper()


def is_person(text: str) -> bool:
    """A signature line naming a person: two to five capitalised words, no sentence."""
    ws = words(text.split(",")[0])
    if not 2 <= len(ws) <= 5 or text.rstrip().endswith((".", "!", "?", ":")):
        return False
    return is_title_case(text.split(",")[0]) and not any(w.lower() in ORG_WORDS for w in ws)


# Words of a person's role or affiliation after the name ("Dr. X, Professor of Law, University
# of Y"; "Tulia Ackson / President of the Inter-Parliamentary Union").
ROLE_WORDS = re.compile(r"\b(?:former|prisoner|professor|director|chair|president|rapporteur|"
                        r"lawyer|journalist|member|university|institute|coordinator|secretary|"
                        r"spokesperson|researcher|activist|lecturer|fellow|dean|judge|advocate|"
                        r"attorney|emeritus|editor|writer|author|founder|head|chairperson|"
                        r"general|expert|commissioner|minister|ambassador|officer)\b",
                        re.IGNORECASE)
_PERSON_TITLE = re.compile(r"^(?:prof|dr|mr|mrs|ms|sir|dame|judge|justice|hon)\.?\s",
                           re.IGNORECASE)
_RUN_SPLIT = re.compile(r"\s*[,;]\s*")
_LAST_AND = re.compile(r"^(.+?)\s+(?:and|&)\s+(\S.*)$")


def name_run(text: str, least: int = 3) -> list[str]:
    """The names of a line that lists signers in a run ("A, B, C and D"): each item an
    name (``least`` or more, one at least an organisation or a person, none a sentence);
    [] for anything else (a person with a role, "Scholars at Risk, Iran Section")."""
    text = text.strip().rstrip(".;,")
    items = [x for x in _RUN_SPLIT.split(text) if x]
    if items:
        # "..., Rawadari and the Association of ...": the article in running prose is no part
        # of the name ("The Freedom Fund", capitalised, is)
        items[-1] = re.sub(r"\s+(and|&)\s+the\s+(?=[A-Z])", r" \1 ", items[-1])
        items = [re.sub(r"^the\s+(?=[A-Z])", "", x) for x in items]
        last = _LAST_AND.match(items[-1])
        if last and all(x[:1].isupper() for x in last.groups()) and (
                all(len(words(x)) >= 2 for x in last.groups()) or
                (len(items) >= 3 and len(words(last.group(2))) >= 3 and
                 is_organisation(last.group(2)))):
            items[-1:] = list(last.groups())
    if len(items) < least or (least > 1 and not any(is_organisation(x) or is_person(x)
                                                     for x in items)):
        return []
    if len(items) > 1 and (is_person(items[0]) or _PERSON_TITLE.match(items[0])) and \
            not is_organisation(items[0]) and any(ROLE_WORDS.search(x) for x in items[1:]):
        return []  # one person with a role and an affiliation, not a run of names
    if not all(x[:1].isupper() and 1 <= len(words(x)) <= 14 and not ends_terminal(x)
               for x in items):
        return []
    return items


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
