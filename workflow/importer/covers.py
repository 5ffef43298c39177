"""A report's or letter's cover and letter head, read for the title's sake: what on a cover is
no headline however heading-shaped (a contents list's entries, a dateline, a letter's copy
line), and how a headline is wrapped over a cover's lines (an enumeration going on).

Kept apart from workflow.importer.titles, which scores the candidates: these are the
cover's layout facts it asks about."""

from __future__ import annotations

import re

from workflow.importer.metadata import find_date
from workflow.importer.text import ends_terminal, words

# an entry of a contents list: its heading, a leader of dots, its page ("1. Introduction ....
# 2"); what stands in such a list is where the text is, never what it is about
_LEADER = re.compile(r"(?:\.\s?){4,}\s*\d{0,4}\s*$|…{2,}\s*\d{0,4}\s*$")


def contents_entry(text: str) -> bool:
    """A line of a contents list (a heading and a dotted leader to its page number): never a
    headline, and no line of the cover's headline block either, so a contents page between a
    cover and the text does not push the cover's headline out of reach."""
    return _LEADER.search(text.rstrip()) is not None


# a letter's dateline on a line of its own ("Brussels, 24 February 2026", "Geneva / London,
# 2 June 2026", "24 February 2026"): the place, a comma, the date, nothing after it
_PLACE = r"(?:[A-Z][\w'’.-]*(?:[ /–-]+[A-Z][\w'’.-]*){0,5},?\s+)?"


def dateline_alone(text: str) -> bool:
    """A dateline alone on its line: a place at most before a full date, nothing after it. A
    letter head puts it between the addressee and the headline; it is neither."""
    text = text.strip()
    found = find_date(text)
    if not found or text[found[2]:].strip(" .,"):
        return False
    return re.fullmatch(_PLACE, text[:found[1]]) is not None


# a letter's further recipients, after its addressee ("Copy: The President of …", "Cc:",
# "Copied to:")
_COPY = re.compile(r"^(?:copy|copies|copied\s+to|copy\s+to|c\.c\.|cc)\s*:", re.IGNORECASE)


def copy_line(text: str) -> bool:
    """A letter's copy line ("Copy: The President of the Bar Association; …"): a label and the
    further addressees, like its "To:" line never a headline."""
    return _COPY.match(text.strip()) is not None


_LIST_AND = re.compile(r"(?:^|\s)(?:and|or|&)\s", re.IGNORECASE)


def enumeration_goes_on(first: str, second: str) -> bool:
    """A headline wrapped inside its enumeration ("Internet Shutdowns, Platform" / "Blocking
    and the National Network"): the first line's last item follows a comma with no "and" yet,
    the second line brings the "and" that closes the list; neither is finished. A line ending
    so has not said its last item."""
    first, second = first.strip(), second.strip()
    if ends_terminal(first) or ends_terminal(second) or first.endswith((",", ":", ";")):
        return False
    head, comma, last = first.rpartition(", ")
    if not comma or not head or _LIST_AND.search(f" {last} ") or not 1 <= len(words(last)) <= 3:
        return False
    ws = words(second)
    return 2 <= len(ws) <= 12 and _LIST_AND.search(" ".join(ws[:4])) is not None


_ENCLOSED = re.compile(r'^[“"‘«](?P<inner>[^“”"‘’«»]{3,120})[”"’»]$')


def unquoted_title(title: str, running: tuple[str, ...]) -> str:
    """A cover's title set wholly in quotation marks ("“Too Young to Hang”") without them when
    the document's running header names it so, unquoted ("Too Young to Hang · Briefing Paper
    No. 7"): the quotes were the cover's setting, not a quotation (a title quoting someone's
    words, "“They shot at us …”", keeps them: no running header writes it bare)."""
    found = _ENCLOSED.match(title.strip())
    if not found:
        return title
    inner = " ".join(words(found.group("inner").lower()))
    for line in running:
        if re.search(r'[“"‘«]', line):
            continue
        if f" {inner} " in f" {' '.join(words(line.lower()))} ":
            return found.group("inner").strip()
    return title


# a report's numbered section heading ("2. Shutdowns by province"), and a running header's
# column naming a document by its kind ("Annual Shutdown Report 2026", "Briefing paper No. 4")
_SECTION = re.compile(r"^\s*(?:\d{1,2}(?:\.\d{1,2})*[.)]?|[IVX]{1,4}\.)\s+\S")
_DOCUMENT_KIND = re.compile(r"\b(?:report|briefing|statement|submission|letter|appeal|"
                            r"declaration|paper|rapport|bericht|informe|relazione|relatório)s?\b",
                            re.IGNORECASE)
_COLUMNS = re.compile(r"\s+[|·•–—]\s+|\s{3,}")


def running_title(title: str, running: tuple[str, ...]) -> str | None:
    """The document's title its running header gives when the text's first heading is only
    one of its numbered sections ("2. Shutdowns by province" under "Filterbaan Monitoring
    Project … Annual Shutdown Report 2026"): a report printed from its middle pages names
    itself only there. The column that names a document by its kind, one column alone."""
    if not _SECTION.match(title):
        return None
    named = {column.strip() for line in running for column in _COLUMNS.split(line.strip())
             if _DOCUMENT_KIND.search(column) and len(words(column)) >= 2 and
             not ends_terminal(column) and not _SECTION.match(column)}
    return named.pop() if len(named) == 1 else None


def cover_page(texts: list[str]) -> bool:
    """A PDF's first page is a cover: a few short lines (title, subtitle, authors, date) and
    no sentence of text. A running header's words there are the cover's own title, set
    before the running header repeats it on the pages after."""
    shown = [t.strip() for t in texts if t.strip()]
    return 3 <= len(shown) <= 30 and not any(
        ends_terminal(t) and len(words(t)) >= 8 for t in shown)


def cover_title_copy(text: str) -> bool:
    """A cover's line a running header repeats, kept as the cover's title: words (two to
    twelve), no figures (a page number, a date, a reference: those are the header's own)."""
    return 2 <= len(words(text)) <= 12 and not any(c.isdigit() for c in text) and \
        not ends_terminal(text)
