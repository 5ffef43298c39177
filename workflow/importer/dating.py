"""The statement's own date, from every place a statement states it, each weighed.

Each place a date is found gives a candidate with the weight of its evidence, strongest first:

1. a date line in the signature block ("London, 5 October 2013");
2. a dateline opening the first paragraphs ("GENEVA (17 January 2024) –", "VIENNA, 6 June 2023 –",
   "14 September 2023 - One year after ...", a paragraph dating itself: "Today, 27 January
   2026, the strike …", "Published 24 November 2026. This briefing …");
   also the statement's own date line inside the body, the one a blog or newsletter quoting
   it keeps over it ("Tehran, 14 April 2025"; "Joint statement, issued 1 October 2025"), which
   beats the post's own date and the page's metadata together;
3. a place and date line opening the text ("Geneva, 20 September 2024");
4. a date line between the title and the body ("Published: 21 January 2024"; also under a title
   that opens the body), never one labelled "Updated"/"modified"; a whole-line date beats one
   inside a byline, a month name beats an ambiguous 04/10/2023;
5. a date line right over the title, only bylines between (a blog's date header:
   "Thursday, 11 April 2024" / the title; a letter's "Bern, 15 June 2026" over its addressee's
   block; a channel's date bar over "Forwarded from X" and a kicker, "JOINT STATEMENT"); a
   site's "today" sits above its masthead instead;
6. the page's metadata (HTML ``article:published_time``/JSON-LD; an e-mail's original Date,
   not the forward's);
7. a date alone on a line among the body's first lines, before its first finished sentence
   ("26 January 2026" under a heading the title chooser did not take), below the page's
   metadata;
8. a labelled date above the title ("Published: 14 July 2019", "Strasbourg 11/12/2023"), never
   a bare "Friday, March 24, 2023" there (the site's today) except in a printed document (a
   PDF's "Distr.: General / 12 February 2026"); a chat's stamp "[16.11.25 19:05]" counts;
9. a time stamp right after the body (a post's "4:17 PM · Jul 29, 2024"), never past a comment
   thread's opening or an end mark;
10. a date alone on a line right under the post's counter, past its comments ("12,804 likes" /
   "November 18, 2025": Instagram's post footer).

Places that state the same date corroborate it: each other place adds ``AGREEMENT`` to its
weight (a date in numbers, "04/10/2023", read day first unless another place states its
month-first reading), so two weaker places that agree (the page's metadata and the date over
the title) beat one stronger place alone. Comment dates, footnote dates, day dividers without
a year, periods ("23 February–3 April 2026") and dates inside the text's sentences (events)
are never candidates, nor is a receiving office's stamp ("RECEIVED · … · 21 NOV 2023") or a
line labelled as an update's ("Last modified: …", "modifié le …"); the month names and labels
of French, German, Spanish, Italian and Portuguese count too ("Publié le 25 novembre 2026");
a place and date over the statement under the title ("Geneva / London,
6 November 2025", a newsletter quoting it under its own date) counts as one opening it; with
none the date is null.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, timedelta

from workflow.importer.metadata import (
    date_line,
    find_date,
    find_day_month,
    parse_date,
    stamp_line,
)
from workflow.importer.text import Line, words

# (the cue words of the languages whose month names metadata reads too: "modifié le …",
# "Publié le …", "aktualisiert am …", Persian "تاریخ:" for "Date:")
_UPDATED = re.compile(r"\b(?:updated|modified|last edited|edited|revised|modifié|mis à jour|"
                      r"actualisé|aktualisiert|geändert|actualizado|modificado|aggiornato|"
                      r"atualizado)\b", re.IGNORECASE)
_LABEL = re.compile(r"\b(?:published|posted|date[d]?|issued|released|submitted on|publié|"
                    r"publiée|veröffentlicht|publicado|publicada|pubblicato|datum|fecha|"
                    r"تاریخ)\b", re.IGNORECASE)
_TIME = re.compile(r"(?<![\d.])\b\d{1,2}[:.]\d{2}\b(?![.\d])")  # 19:05, not 20.02.2026
_DASH_AFTER = re.compile(r"^[\s)\]]*[–—:-]")


def updated_line(text: str) -> bool:
    """A date line labelled as an update's ("Last modified: 20 March 2026", "modifié le …"):
    when the page changed, never the statement's own date."""
    found = find_date(text)
    return bool(found) and bool(_UPDATED.search(text[:found[1]]))


# a receiving office's stamp on a copy of the document ("RECEIVED · Treaty Bodies Branch · 21 NOV
# 2023"; "RECEIVED" / "ILO REGISTRY" / "14 APR 2026"): the day it arrived, not the day it was
# written
_RECEIPT = re.compile(r"\b(?:received|reçue?|eingegangen|recibido|ricevuto|recebido)\b",
                      re.IGNORECASE)


def receipt_stamp(lines: list[Line], i: int) -> bool:
    """Line ``i`` dates a receipt: its words before the date say "received", or it is a date
    alone under a stamp's "RECEIVED" line (at most two of the stamp's lines between)."""
    found = find_date(lines[i].text)
    if not found:
        return False
    if _RECEIPT.search(lines[i].text[:found[1]]):
        return True
    # (a date alone in brackets under a note saying the text was received: a UN document's
    # "The Secretary-General has received the following written statement …" / "[16 November
    # 2026]", the day it came in, not the document's date)
    text = lines[i].text.strip()
    if text.startswith("[") and text.endswith("]") and parse_date(text[1:-1], whole=True) and \
            any(_RECEIPT.search(lines[k].text) for k in range(max(0, i - 3), i)):
        return True
    if not parse_date(lines[i].text, whole=True):
        return False
    return any(_RECEIPT.fullmatch(lines[k].text.strip(" :·|-–—[]()"))
               for k in range(max(0, i - 3), i) if lines[k].text)


@dataclass(frozen=True)
class DateCandidate:
    """A line near the title or body that holds a date: where it is ("above" the title,
    "under" it, "after" the body) and its raw line number."""

    no: int
    text: str
    where: str


def dateline(text: str) -> tuple[str, int] | None:
    """A dateline at the start of a paragraph: a date within its first words, followed by a
    dash or colon ("GENEVA (17 January 2024) – UN experts ..."), as its ISO date and where the
    text after its dash begins."""
    found = find_date(text[:80])
    if not found:
        return None
    iso, start, end = found
    lead = text[:start]
    if len(lead) > 40 or re.search(r"[.!?]", lead) or (lead and not lead[:1].isupper()):
        return None
    dash = _DASH_AFTER.match(text[end:end + 6])
    if dash is None:
        return None
    after = end + dash.end()
    return iso, after + len(text[after:]) - len(text[after:].lstrip())


def opening_dateline(text: str) -> str | None:
    """ISO date of a dateline at the start of a paragraph (see :func:`dateline`)."""
    found = dateline(text)
    return found[0] if found else None


_TODAY = re.compile(r"^(?:today|this (?:morning|evening|afternoon))\s*[,(]?\s*(?:on\s+)?",
                    re.IGNORECASE)


def today_dateline(text: str) -> str | None:
    """ISO date of a paragraph that opens on the day it is written ("Today, 27 January 2026,
    the hunger strike … enters its tenth day"): the text dates itself, as a dateline does."""
    found = _TODAY.match(text)
    if not found:
        return None
    date_found = find_date(text[found.end():found.end() + 40])
    return date_found[0] if date_found and date_found[1] == 0 else None


# a publication label opening a paragraph, its date the paragraph's first sentence: "Published 24
# November 2026. This briefing documents …", "Issued on 3 May 2026, this report …"
_OPENING_LABEL = re.compile(r"^(?:published|issued|dated|publié|publiée|veröffentlicht|"
                            r"publicado|publicada|pubblicato)\b(?:\s+(?:on|le|am|el|il))?\s*:?\s*",
                            re.IGNORECASE)


# a release's label before its date ("FOR IMMEDIATE RELEASE — 9 March 2026")
_RELEASE_LABEL = re.compile(r"^(?:for\s+immediate\s+release|immediate\s+release|press\s+release)"
                            r"\s*[—–:|·-]\s*", re.IGNORECASE)


def _release_dated(text: str) -> bool:
    found = _RELEASE_LABEL.match(text)
    return bool(found) and bool(parse_date(text[found.end():].strip(), whole=True,
                                           allow_weekday=True))


def labelled_dateline(text: str) -> str | None:
    """ISO date of a paragraph that opens on its own publication label and date ("Published 24
    November 2026. This briefing …"): a printed report's date set as its summary's first
    sentence, the text dating itself as a dateline does."""
    found = _OPENING_LABEL.match(text)
    if not found:
        return None
    date_found = find_date(text[found.end():found.end() + 40])
    if not date_found or date_found[1] != 0:
        return None
    after = text[found.end() + date_found[2]:]
    return date_found[0] if re.match(r"\s*(?:[.,;:–—-]|$)", after) else None


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


# a period's first day before the date found: "23 February–3 April 2026", "1-3 May 2026" (not a
# Persian date beside its Gregorian one: "۱۳ فروردین ۱۴۰۵ – 2 April 2026", "1404/12/12 – 3 March
# 2026")
_RANGE = re.compile(r"(?<![0-9/.])[0-9]{1,2}\s*(?:[A-Za-z]{3,9}\.?\s*)?(?:[–—-]|\bto\b|\buntil\b)"
                    r"\s*$", re.ASCII)


def best(candidates: list[DateCandidate], where: str,
         printed: bool = False) -> DateCandidate | None:
    """The best date line at ``where``; ``printed``: the text is a printed document's (a
    PDF), whose date line above the title is its own, not a web site's "today"."""
    usable = []
    for c in candidates:
        if c.where != where:
            continue
        found = own_date(c.text)
        if not found or _RANGE.search(c.text[:found[1]]):
            continue  # "23 February–3 April 2026": a session's period, no one's date
        if where == "above" and not printed:
            rest = re.sub(r"\W+", " ", c.text[:found[1]] + c.text[found[2]:]).strip()
            bare_day = not rest or re.fullmatch(
                r"(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day\s*)?(?:\d{1,2}\s*\d{2}\s*"
                r"(?:am|pm)?\s*)?", rest, re.IGNORECASE)
            stamp = re.search(r"\[[\d/.,:\s]+\]$", c.text.strip())  # "[16.11.25 19:05]",
            # after the channel's name too: "Evin Bulletin, [08.03.2026 14:32]"
            if (bare_day or _TIME.search(c.text)) and not stamp and not counted_stamp(c.text):
                continue  # the site's "today" above its masthead, not a post's stamp
        usable.append((-_score(c, found[1], found[2]), candidates.index(c), c))
    return min(usable)[2] if usable else None


# a statement naming the day it was issued: "Joint statement, issued 1 October 2025" (not a
# site's "Posted"/"Published", a byline's)
_ISSUED = re.compile(r"\b(?:issued|dated|adopted|released|signed)\b(?:\s+(?:on|in))?\s*[:,]?\s*$",
                     re.IGNORECASE)


# a note before the statement saying when the statement was issued ("The statement below was
# issued on 11 February 2026 and I reproduce it unedited")
_NOTED_ISSUE = re.compile(r"\b(?:statement|letter|appeal|declaration|petition|text)\b[^.!?]{0,50}?"
                          r"\b(?:issued|published|released|signed|adopted|dated|sent)\s+"
                          r"(?:on\s+|in\s+)?$", re.IGNORECASE)


def noted_issue(text: str) -> bool:
    """A note over the statement that dates it: the statement's issue named with its day,
    the date a blog or newsletter reposting it keeps beside its own post date."""
    found = find_date(text)
    return bool(found) and bool(_NOTED_ISSUE.search(text[max(0, found[1] - 80):found[1]]))


# a report's note on when the statement came out, its day and month without a year ("The
# letter, dated 21 May, reads in part:", "their joint statement, published on 2 December, is
# reproduced below", "ont rendu publique, mercredi 7 avril, une déclaration commune", "posted
# this on its channel on the evening of Friday, the twenty-seventh of November"; not a letter
# "sent to us by its signatories on 26 November": its sending to the publisher, not its issue)
_ISSUE_VERB = re.compile(
    r"\b(?:issued|published|released|signed|adopted|dated|posted|made public|"
    r"publiée?s?|rendue?s? publique?s?|diffusée?s?|signée?s?|datée?s?|adoptée?s?|"
    r"veröffentlicht|unterzeichnet|publicad[oa]s?|firmad[oa]s?|emitid[oa]s?|"
    r"pubblicat[oa]|diffus[oa])\b", re.IGNORECASE)
_STATEMENT_NOUN = re.compile(
    r"\b(?:statement|letter|appeal|declaration|petition|text|this|déclaration|lettre|appel|"
    r"texte|communiqué|tribune|erklärung|brief|aufruf|declaración|carta|llamamiento|"
    r"comunicado|dichiarazione|lettera|appello)\b", re.IGNORECASE)
NOTE_SPAN = 31  # the most days a report's note on a statement comes after the statement


def noted_day(text: str) -> tuple[int, int] | None:
    """(month, day) of a note on the statement's issue that gives no year: the statement
    named near the date, a verb of issuing right before it."""
    found = find_day_month(text)
    if not found or find_date(text):
        return None
    month, day, start, end = found
    before, after = text[max(0, start - 60):start], text[end:end + 40]
    verb = _ISSUE_VERB.search(before)
    if not verb or re.search(r"[.!?;]", before[verb.end():]):
        return None
    return (month, day) if _STATEMENT_NOUN.search(text[max(0, start - 80):start] + after) \
        else None


def in_year_before(month: int, day: int, references: list[str]) -> str | None:
    """The day and month of a note dated by the first page date it can precede, by at most
    ``NOTE_SPAN`` days (the article reporting the statement comes out after it): "21 May"
    on a page of 2026-05-22 is 2026-05-21; "30 December" on one of 2027-01-02 is 2026-12-30."""
    for ref in references:
        when = date.fromisoformat(ref)
        for year in (when.year, when.year - 1):
            try:
                noted = date(year, month, day)
            except ValueError:
                continue
            if timedelta(0) <= when - noted <= timedelta(days=NOTE_SPAN):
                return noted.isoformat()
    return None


def statement_dateline(text: str) -> bool:
    """A short line in the body that dates the statement itself: a place and a date
    ("Tehran, 14 April 2025") or a date labelled as the statement's issue ("Joint statement,
    issued 1 October 2025"), the line a newsletter or a blog quoting a statement keeps over
    it."""
    if date_line(text) and not parse_date(text, whole=True, allow_weekday=True):
        return True
    found = own_date(text)
    return bool(found) and bool(_ISSUED.search(text[:found[1]])) and \
        not text[found[2]:].strip(" .)")


# who delivered a statement and where: "Read out by Commissioner A, on behalf of B, at the 7th
# sitting, Thursday 26 March 2026" (an oral statement's line under its title)
_DELIVERY = re.compile(r"^(?:read(?: out)?|delivered|presented|spoken|given)\s+"
                       r"(?:by|on behalf of)\s", re.IGNORECASE)


def delivery_line(text: str) -> bool:
    """An oral statement's delivery line, ending with the day it was delivered: its date is
    the statement's, however long the line."""
    found = own_date(text)
    return bool(_DELIVERY.match(text)) and bool(found) and len(words(text)) <= 40 and \
        not text[found[2]:].strip(" .)")


def dated_attribution(text: str) -> bool:
    """A line saying whose text this is and when: "Statement by A and B, 9 November 2026."
    (a post's closing credit for the statement it carries), the date ending it."""
    from workflow.importer.signer_labels import BY_LINE

    found = own_date(text)
    return bool(found) and len(words(text)) <= 30 and not text[found[2]:].strip(" .)") and \
        bool(BY_LINE.match(text[:found[1]].rstrip(" ,(–—-")))


AGREEMENT = 1.5  # what each other place stating the same date adds to a candidate's weight


@dataclass(frozen=True)
class Dated:
    """A date the page states somewhere, with the weight of that place."""

    iso: str
    weight: float
    where: str
    other_reading: str | None = None  # "04/10/2023" read month first, when it can be


def _readings(text: str) -> tuple[str, str | None]:
    """A line's own date, and its other reading when it is written in numbers that could be
    day-month or month-day ("04/10/2023": 4 October, or April 10)."""
    iso, start, end = own_date(text)
    found = re.fullmatch(r"(\d{1,2})([/.-])(\d{1,2})\2((?:19|20)\d\d)", text[start:end])
    if not found or found.group(1) == found.group(3) or max(int(found.group(1)),
                                                             int(found.group(3))) > 12:
        return iso, None
    return iso, f"{iso[:4]}-{iso[8:10]}-{iso[5:7]}"


def candidates_of(candidates: list[DateCandidate], signature_dates: list[str],
                  openings: list[tuple[int, str]], page_date: str | None,
                  printed: bool = False) -> list[Dated]:
    """Every date the statement states for itself, from each place, weighed."""
    out: list[Dated] = []
    if signature_dates:
        out.append(Dated(signature_dates[0], 10.0, "from the signature block"))
    for no, text in openings:
        iso = opening_dateline(text) or today_dateline(text) or labelled_dateline(text)
        if iso:
            out.append(Dated(iso, 9.0, f"from the dateline of line {no}"))
            break
    if openings and (iso := date_line(openings[0][1])):  # "Geneva, 20 September 2024" first
        out.append(Dated(iso, 8.0, "from the place and date opening the text "
                                   f"(line {openings[0][0]})"))
    placed = [c for c in candidates if c.where == "under" and date_line(c.text) and
              not parse_date(c.text, whole=True, allow_weekday=True) and
              not re.match(r"^(?:by|from|posted|published|updated)\b", c.text, re.IGNORECASE)
              and not _LABEL.search(c.text) and not _UPDATED.search(c.text)]  # no byline
    if placed and not (openings and date_line(openings[0][1])):
        # "Geneva / London, 6 November 2025" over the statement, under a newsletter's own date
        out.append(Dated(date_line(placed[-1].text), 8.0, "from the place and date opening "
                         f"the statement (line {placed[-1].no})"))
    references = [iso for c in candidates if c.where != "noted" and (iso := parse_date(c.text))]
    for c in candidates:
        if c.where == "noted" and (day := noted_day(c.text)) and \
                (iso := in_year_before(*day, ([page_date] if page_date else []) + references)):
            out.append(Dated(iso, 9.0, f"from the note on the statement's issue (line {c.no}), "
                                       "its year from the page's date"))
            break
    found = best(candidates, "statement")
    if found:  # the statement's own date line, over the text a page quotes under its date
        out.append(Dated(*_readings(found.text)[:1], 9.0,
                         f"from the statement's own date line (line {found.no})",
                         _readings(found.text)[1]))
    for where, weight, what in (("under", 7.0, "under the title"),
                                ("over", 6.0, "right over the title")):
        found = best(candidates, where)
        if found:
            out.append(Dated(*_readings(found.text)[:1], weight,
                             f"from the date line {what} (line {found.no})",
                             _readings(found.text)[1]))
    if page_date:
        out.append(Dated(page_date, 5.0, "from the page's metadata"))
    for where, weight, what in (("opening", 4.0, "alone in the body's opening"),
                                ("above", 3.0, "above the title"), ("after", 2.0,
                                                                     "after the body"),
                                ("counter", 1.5, "under the post's counter")):
        found = best(candidates, where, printed)
        if found:
            out.append(Dated(*_readings(found.text)[:1], weight,
                             f"from the date line {what} (line {found.no})",
                             _readings(found.text)[1]))
    return out


def statement_date(candidates: list[DateCandidate], signature_dates: list[str],
                   openings: list[tuple[int, str]],
                   page_date: str | None, printed: bool = False) -> tuple[str | None, str]:
    """(ISO date or None, where it came from, for the report's notes): the candidate with the
    most weight, its own and that of the places that agree with it."""
    dated = candidates_of(candidates, signature_dates, openings, page_date, printed)
    if not dated:
        return None, ""
    for k, d in enumerate(dated):  # numbers read day first, unless another place says not
        if d.other_reading and not any(o.iso == d.iso for o in dated if o is not d) and \
                any(o.iso == d.other_reading for o in dated if o is not d):
            dated[k] = Dated(d.other_reading, d.weight, d.where + " (read month first, as the "
                             "other places that state it)")

    def total(d: Dated) -> tuple[float, float]:
        agree = sum(1 for o in dated if o is not d and o.iso == d.iso)
        return d.weight + AGREEMENT * agree, d.weight

    pick = max(dated, key=total)
    also = [o.where.removeprefix("from ") for o in dated if o is not pick and o.iso == pick.iso]
    others = sorted({o.iso for o in dated if o.iso != pick.iso})
    where = pick.where
    if also:
        where += "; also " + ", ".join(also)
    if others:
        where += "; not " + ", ".join(others) + " (less evidence)"
    return pick.iso, where


def date_lines(lines: list[Line], content: list[int], feats: dict, body: tuple[int, int],
               title: int | None, signature: set[int],
               stop: int | None = None, thread: bool = False) -> list[tuple[int, str]]:
    """Lines with a full date around the title and right after the body (not the body's text),
    by index, with where they are ("above"/"over"/"under" the title, "after" the body): the
    places :func:`statement_date` weighs. Nothing from a comment thread or past an end mark
    (``stop``); a date line right under a title that opens the body counts as under it. In a
    ``thread`` of numbered parts, the first post's time stamp (a short date line among the
    parts) counts as a post's time stamp after its text."""
    from workflow.importer.classifier import _byline
    from workflow.importer.titles import addressee_block

    a, b = body
    out = []
    after = [i for i in content if i > b and i not in signature
             and (stop is None or i < stop)][:2]
    opened = title is not None and title >= a  # the title opens the body: under it, at most 2
    under_open = [i for i in content if title is not None and i > title][:2] if opened else []
    stamped = placed_in_body = False
    first_lines = [i for i in content if i >= a][:2]  # (an editor's note may open the body)
    opening = []  # the body's first lines, before its first finished sentence of prose
    for i in [i for i in content if a <= i <= b][:4]:
        if feats[i].prose and feats[i].terminal:
            break
        opening.append(i)
    note_lines = [i for i in content if i >= a][:4]  # a report's lead, before the text it quotes
    for i in content:
        if i != title and (i < a or i in note_lines) and noted_day(lines[i].text):
            out.append((i, "noted"))  # "The letter, dated 21 May, reads in part:"
            continue
        if i != title and (i < a or i in first_lines) and noted_issue(lines[i].text):
            out.append((i, "statement"))  # a poster's note: "The statement below was issued
            continue  # on 11 February 2026 …"
        if i == title or not find_date(lines[i].text) or \
                (feats[i].words > 16 and not stamp_line(lines[i].text) and
                 not delivery_line(lines[i].text)) or \
                receipt_stamp(lines, i):
            continue  # (a long line of dates and times is still a date line: "3 March 2025 at
            # 4:47 pm GMT · Last updated 4 March 2025 at 9:10 am GMT")
        if i < a:
            where = "above" if title is not None and i < title else "under"
            between = [j for j in content if i < j < (title if title is not None else a)]
            if where == "above" and all(_byline(lines[j].text) or addressee_block(lines, j)
                                        or _FORWARDED.match(lines[j].text)
                                        or _translated_label(lines[j].text)
                                        or _poster(lines, j) for j in between) \
                    and feats[i].words <= 8:
                where = "over"  # the post's own date right over its title (or its byline; a
                # letter's place and date over its addressee; the channel it was forwarded
                # from, its kicker: "JOINT STATEMENT")
            out.append((i, where))
        elif (i in under_open and _stamp_words(lines[i].text) <= 8 and
              not feats[i].terminal) or \
                ((i in under_open or i in first_lines) and delivery_line(lines[i].text)):
            out.append((i, "under"))
        elif i in after:
            out.append((i, "after"))
        elif i in opening and (parse_date(lines[i].text, whole=True, allow_weekday=True) or
                               _release_dated(lines[i].text)):
            out.append((i, "opening"))  # a date on its own line among the body's first lines
        elif a <= i <= b and not placed_in_body and (
                (statement_dateline(lines[i].text) and feats[i].words <= 10 and
                 not feats[i].terminal) or dated_attribution(lines[i].text)):
            placed_in_body = True
            out.append((i, "statement"))  # "Tehran, 14 April 2025" over a statement quoted
        elif thread and not stamped and a < i <= b and _stamp_words(lines[i].text) <= 8 and \
                not feats[i].terminal:
            stamped = True
            out.append((i, "after"))
        elif i > b and i not in signature and _under_counter(lines, content, feats, i):
            out.append((i, "counter"))
    return out


# a label and its rendering in another script, side by side ("📢 Joint statement | بیانیه مشترک")
_RENDERING_SPLIT = re.compile(r"\s+[|/]\s+")


def _translated_label(text: str) -> bool:
    """A document's kind-label, alone or beside its rendering in another script: a kicker over
    the title of a bilingual post."""
    from workflow.importer.features import measure
    from workflow.importer.titles import document_label

    parts = _RENDERING_SPLIT.split(text.strip())
    if len(parts) == 1:
        return document_label(text)
    return len(parts) == 2 and any(document_label(one) and measure(other).script !=
                                   measure(one).script for one, other in (parts, parts[::-1]))


def _poster(lines: list[Line], j: int) -> bool:
    """A poster's name over a post: a short line without a sentence's end that the page repeats
    over its other posts ("AzadNet Monitor" over each of a channel's messages)."""
    text = lines[j].text.strip()
    return 0 < len(words(text)) <= 5 and not re.search(r"[.!?:]$", text) and \
        sum(1 for line in lines if line.text.strip() == text) >= 3


# a channel's post forwarded or reposted from another's, its attribution over the post
_FORWARDED = re.compile(r"^\W*(?:forwarded|reposted|shared)\s+from\s+\S", re.IGNORECASE)


_COUNTED = re.compile(r"\b(?:likes?|views?|reposts?|retweets?|shares?|reactions?)\b",
                      re.IGNORECASE)


_STAMP_PARTS = re.compile(r"\s+[·•|]\s+")


def _stamp_words(text: str) -> int:
    """The words of a post's time stamp without the counters the platform sets beside it
    ("9:14 AM · Feb 19, 2026 · 84.7K Views": five words, the views no part of its date)."""
    parts = [p for p in _STAMP_PARTS.split(text.strip())
             if not (_COUNTED.search(p) and re.fullmatch(r"[\d.,]+[KkMm]?\s+\w+", p.strip()))]
    return len(words(" ".join(parts)))


def counted_stamp(text: str) -> bool:
    """A post's time stamp with the platform's counters beside it ("10:02 AM · Nov 21, 2026 ·
    88.4K Views"): the post's own date, however high above the title a thread's first post
    sets it; a site's "today" over its masthead counts no views."""
    parts = [p.strip() for p in _STAMP_PARTS.split(text.strip())]
    return len(parts) >= 2 and any(_COUNTED.search(p) and re.fullmatch(r"[\d.,]+[KkMm]?\s+\w+", p)
                                   for p in parts) and _stamp_words(text) <= 8


def _under_counter(lines: list[Line], content: list[int], feats: dict, i: int) -> bool:
    """A date alone on a line right under the post's counter ("12,804 likes" / "November
    18, 2025": Instagram's post footer, under the comments): the post's own date. A comment's
    counters go with a relative stamp ("2w  48 likes  Reply"), never a full date."""
    k = content.index(i)
    if k == 0 or not parse_date(lines[i].text, whole=True, allow_weekday=True):
        return False
    above = content[k - 1]
    return "counter" in feats[above].evidence and feats[above].words <= 4 and \
        bool(_COUNTED.search(lines[above].text))
