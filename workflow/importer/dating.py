"""The statement's own date, from the places a statement states it, strongest first.

1. a date line in the signature block ("London, 5 October 2013");
2. a dateline opening the first paragraphs ("GENEVA (17 January 2024) –", "VIENNA, 6 June 2023 –",
   "14 September 2023 - One year after ...");
3. a date line between the title and the body ("Published: 21 January 2024"), never one
   labelled "Updated"/"modified"; a whole-line date beats one inside a byline, a month name
   beats an ambiguous 04/10/2023;
   then a date line right over the title, only bylines between (a blog's date header:
   "Thursday, 11 April 2024" / the title); a site's "today" sits above its masthead instead;
4. the page's metadata (HTML ``article:published_time``/JSON-LD; an e-mail's original Date);
5. a labelled date above the title ("Published: 14 July 2019", "Strasbourg 11/12/2023"), never
   a bare "Friday, March 24, 2023" there (the site's today);
6. a time stamp right after the body (a post's "4:17 PM · Jul 29, 2024").
Comment dates, footnote dates, day dividers without a year and dates in the text are never used.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from workflow.importer.metadata import date_line, find_date, parse_date

_UPDATED = re.compile(r"\b(?:updated|modified|last edited|edited|revised)\b", re.IGNORECASE)
_LABEL = re.compile(r"\b(?:published|posted|date[d]?|issued|released|submitted on)\b",
                    re.IGNORECASE)
_TIME = re.compile(r"\b\d{1,2}[:.]\d{2}\b")
_DASH_AFTER = re.compile(r"^[\s)\]]*[–—:-]")


@dataclass(frozen=True)
class DateCandidate:
    """A line near the title or body that holds a date: where it is ("above" the title,
    "under" it, "after" the body) and its raw line number."""

    no: int
    text: str
    where: str


def opening_dateline(text: str) -> str | None:
    """ISO date of a dateline at the start of a paragraph: a date within its first words,
    followed by a dash or colon ("GENEVA (17 January 2024) – UN experts ...")."""
    found = find_date(text[:80])
    if not found:
        return None
    iso, start, end = found
    lead = text[:start]
    if len(lead) > 40 or re.search(r"[.!?]", lead) or (lead and not lead[:1].isupper()):
        return None
    return iso if _DASH_AFTER.match(text[end:end + 6]) else None


def _score(candidate: DateCandidate, iso_start: int, iso_end: int) -> float:
    text = candidate.text
    score = 0.0
    if parse_date(text, whole=True, allow_weekday=True):
        score += 2
    if _LABEL.search(text):
        score += 2
    if re.fullmatch(r"[\d\s/.,-]+", text[iso_start:iso_end]):
        score -= 1  # numeric: the order of day and month is a guess
    return score


def own_date(text: str) -> tuple[str, int, int] | None:
    """The first date of a line that is not an update's: "Posted 12/03/2024 — last modified
    14/03/2024" gives the first, "Updated 5 May 2024 · Published 1 May 2024" the second."""
    offset = 0
    while (found := find_date(text[offset:])) is not None:
        iso, start, end = found
        if not _UPDATED.search(text[offset:offset + start]):
            return iso, offset + start, offset + end
        offset += end
    return None


def best(candidates: list[DateCandidate], where: str) -> DateCandidate | None:
    usable = []
    for c in candidates:
        if c.where != where:
            continue
        found = own_date(c.text)
        if not found:
            continue
        if where == "above":
            rest = re.sub(r"\W+", " ", c.text[:found[1]] + c.text[found[2]:]).strip()
            bare_day = not rest or re.fullmatch(
                r"(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day\s*)?(?:\d{1,2}\s*\d{2}\s*"
                r"(?:am|pm)?\s*)?", rest, re.IGNORECASE)
            if bare_day or _TIME.search(c.text):
                continue  # the site's "today" above its masthead
        usable.append((-_score(c, found[1], found[2]), candidates.index(c), c))
    return min(usable)[2] if usable else None


def statement_date(candidates: list[DateCandidate], signature_dates: list[str],
                   openings: list[tuple[int, str]],
                   page_date: str | None) -> tuple[str | None, str]:
    """(ISO date or None, where it came from, for the report's notes)."""
    if signature_dates:
        return signature_dates[0], "from the signature block"
    for no, text in openings:
        iso = opening_dateline(text)
        if iso:
            return iso, f"from the dateline of line {no}"
    if openings and (iso := date_line(openings[0][1])):  # "Geneva, 20 September 2024" first
        return iso, f"from the place and date opening the text (line {openings[0][0]})"
    under = best(candidates, "under")
    if under:
        return own_date(under.text)[0], f"from the date line under the title (line {under.no})"
    over = best(candidates, "over")
    if over:
        return own_date(over.text)[0], f"from the date line right over the title (line {over.no})"
    if page_date:
        return page_date, "from the page's metadata"
    for where, what in (("above", "above the title"), ("after", "after the body")):
        found = best(candidates, where)
        if found:
            return own_date(found.text)[0], f"from the date line {what} (line {found.no})"
    return None, ""
