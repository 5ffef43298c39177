"""The rule-based sentence splitter: one pass over candidate boundaries, decided by rules.

Why rules and not a model: statements are short, formal prose, the failure cases are
known (titles, initials, abbreviations, ellipses, quotes), and the splitter runs on every
``extract``; it must be fast and deterministic. All patterns are compiled at import time.
"""

from __future__ import annotations

import bisect
import re

from workflow.segment.rules import CLOSERS, OPENERS, RuleTable, rules_for

_BLANK_LINE = re.compile(r"\n[ \t\r\f\v]*\n\s*")
_SPACES = re.compile(r"\s+")
# The first word after a boundary candidate, behind any opening quotes or brackets.
_NEXT = re.compile(rf"[{re.escape(OPENERS)}]*(\w*)")
_OPENER_STRIP = "".join(OPENERS) + "•⁃▪◦‣*-–—"
_CLOSER_STRIP = CLOSERS
# "U.S", "e.g", "U.S.A": dotted initialisms (letters only; "1026.253" is a number).
_DOTTED = re.compile(r"(?:[^\W\d_]\.)+[^\W\d_]")
# A sentence-so-far that is only a list marker: "1", "a", "• 9", "⁃10", "iv".
_MARKER_ONLY = re.compile(r"[•⁃▪◦‣*\-–]?\s*(?:\d{1,3}|[A-Za-z]|[ivxlc]{1,5})\.?\)?")
# Inline list markers: "1.) ", "2) ", "3. ", "b. ", optionally behind a bullet; bullets alone.
_INLINE_MARKER = re.compile(
    r"(?:(?<=\s)|^)(?:(?P<bullet>[•⁃▪◦‣])\s*)?"
    r"(?:(?P<num>\d{1,2})|(?P<alpha>[a-z]))(?P<punct>\.\)|\)|\.)(?=\s+[^\s])"
    r"|(?:(?<=\s)|^)(?P<lone>[•⁃▪◦‣])(?=\s*\S)"
)
# A line that starts a list item in a multi-line paragraph.
_LINE_ITEM = re.compile(r"\s*(?:[-*•⁃▪◦‣]\s|\d{1,3}[.)]\s|[a-z][.)]\s|\(\w{1,3}\)\s)")
# Web and e-mail addresses: their periods are never boundaries.
_ADDRESS = re.compile(
    r"(?:https?://|ftp://|www\.)[^\s<>\"“”]*[^\s<>\"“”.,;:!?'’)\]]"
    r"|[\w.+-]+@[\w-]+(?:\.[\w-]+)+"
)
_LINE_PUNCT = ".!?…:;,"
# Cheap test for texts that may hold inline list markers.
_LIST_HINT = re.compile(r"[•⁃▪◦‣]|(?<![\w.,])(?:\d{1,2}|[a-z])(?:\.\)|\)|\.) ")


def split_sentences(text: str, lang: str = "en") -> list[str]:
    """The sentences of ``text`` (one paragraph or several), trimmed, none empty.

    Blank lines separate paragraphs, which always end a sentence; a single newline (a hard
    wrap) is a space, except in a block of list lines (see ``_paragraph_units``). Runs of
    whitespace inside a sentence become one space. No other character is added or lost.
    """
    table = rules_for(lang)
    sentences: list[str] = []
    for paragraph in _BLANK_LINE.split(text):
        for unit in _paragraph_units(paragraph):
            _split_unit(_SPACES.sub(" ", unit).strip(), table, sentences)
    return sentences


def _paragraph_units(paragraph: str) -> list[str]:
    """Split a paragraph at line breaks that begin list items or separate list lines.

    A line starting with a list marker ("- ", "• ", "2. ", "b) ") starts a new unit. A block
    of three or more short lines (four words at most) with no punctuation at their ends is a
    line list (a menu, a signature block) and every line is its own unit.
    """
    if "\n" not in paragraph:
        return [paragraph]
    lines = [line for line in paragraph.splitlines() if line.strip()]
    if len(lines) >= 3 and all(
        len(line.split()) <= 4 and line.rstrip()[-1] not in _LINE_PUNCT for line in lines
    ):
        return lines
    units: list[str] = []
    for line in lines:
        if units and not _LINE_ITEM.match(line):
            units[-1] += " " + line
        else:
            units.append(line)
    return units


def _split_unit(text: str, table: RuleTable, out: list[str]) -> None:
    """Append the sentences of one whitespace-normalised unit to ``out``."""
    if not text:
        return
    markers = _list_cuts(text) if _LIST_HINT.search(text) else []
    cuts = list(markers)
    addresses = _address_spans(text)
    last = 0  # start of the sentence being built
    for match in table.candidate_re.finditer(text):
        if markers:
            i = bisect.bisect_right(markers, match.start()) - 1
            if i >= 0 and markers[i] > last:
                last = markers[i]
        if match.group("tight") is not None:
            cut = match.end()
        else:
            start = match.start()
            if addresses and _inside(addresses, start):
                continue
            cut = _decide(text, match, last, table)
            if cut is None:
                continue
        if cut <= last:
            continue
        cuts.append(cut)
        last = cut
    if not cuts:
        out.append(text)
        return
    cuts.sort()
    prev = 0
    for cut in cuts:
        piece = text[prev:cut].strip()
        if piece:
            out.append(piece)
        prev = cut
    piece = text[prev:].strip()
    if piece:
        out.append(piece)


def _decide(text: str, match: re.Match[str], last: int, table: RuleTable) -> int | None:
    """Where the sentence ends at this candidate, or None when it does not end here."""
    end = match.end()
    if end >= len(text):
        return None  # the end of the text ends the sentence anyway
    term = match.group("term")
    start = match.start()
    gap = match.group("gap")
    nxt = _NEXT.match(text, end)
    word = nxt.group(1)
    first = text[nxt.end(0) - len(word)] if word else text[end]
    if table.cased and first.islower():
        return None
    if start > 0 and text[start - 1] == "[":
        return None  # "[...]" marks an omission, not an end
    # The token before the terminal, within the current sentence.
    space = text.rfind(" ", last, start)
    prev = text[max(space + 1, last) : start].lstrip(_OPENER_STRIP)
    if not gap:
        # "world.Today": only between a word and a capitalised word, never after initials.
        if not prev or not (prev[-1].islower() or prev[-1].isdigit()) or len(word) < 2:
            return None
        if not word[1:2].islower() or _abbreviation(prev, table):
            return None
    if term[0] == ".":
        if len(term) > 1:
            return _ellipsis(text, term, start, end)
        ends = _period_ends(text, prev, word, nxt.end(), last, start, table)
        return end if ends else None
    return end


def _ellipsis(text: str, term: str, start: int, end: int) -> int | None:
    """Ellipses: ". . ." (spaced, three dots) is an omission inside a sentence; "...", "…"
    and four dots end it before a capitalised word. "word. . . . Next" is a period followed
    by an ellipsis that belongs to the next sentence (golden rule 51)."""
    if " " in term:
        dots = term.count(".")
        if dots < 4:
            return None
        if start > 0 and text[start - 1] != " ":
            return start + 1
        return end
    return end


def _abbreviation(prev: str, table: RuleTable) -> bool:
    key = prev.rstrip(_CLOSER_STRIP).lower()
    return (
        key in table.titles
        or key in table.inner
        or key in table.final
        or key in table.numeric
        or _DOTTED.fullmatch(key) is not None
    )


def _period_ends(
    text: str, prev: str, word: str, word_end: int, last: int, start: int, table: RuleTable
) -> bool:
    """Whether a single period after ``prev`` ends the sentence before ``word``
    (``word_end``: where that word ends in ``text``)."""
    if not prev or prev[-1] in _CLOSER_STRIP:
        return True  # "(1999 to 2008).": a period after a bracket is a plain full stop
    # The sentence so far matters only when short (a list marker, "At 5 a.m."): slicing a
    # long one at every abbreviation would make long paragraphs quadratic.
    sofar = text[last:start].strip() if start - last <= 80 else ""
    if sofar and _MARKER_ONLY.fullmatch(sofar):
        return False  # "1. The first item": a list marker, not a sentence
    key = prev.lower()
    first = text[word_end - len(word)] if word else ""
    if first.isdigit():
        # "p. 55", "No. 5", "Aug. 25", "N°. 1026", "Dr. 2": no boundary before a number.
        return not (
            key in table.numeric
            or key in table.titles
            or key in table.inner
            or len(key) == 1
            or _DOTTED.fullmatch(key)
        )
    if key in table.titles or key in table.inner:
        return False
    if key in table.final or key in table.ambiguous:
        # "At 5 a.m. Mr. Smith went": a bare prepositional phrase is not a sentence.
        words = sofar.split()
        if words and len(words) <= 4 and words[0].lower() in table.prepositions:
            return False
        if key in table.final:
            return True
    elif not (len(key) == 1 and key.isalpha() or _DOTTED.fullmatch(key)):
        return True
    # An initial ("Jonas E. Smith", "you and I. Did"), "U.S." or "p.m.": ends only before
    # a word that usually starts a sentence ("the U.S. How about", not "U.S. Government").
    if table.starters is None or word in table.starters:
        return True
    return word.lower() in table.titles and text.startswith(".", word_end)


def _list_cuts(text: str) -> list[int]:
    """Cut positions before inline list items: a bullet, or the second of two consecutive
    markers of the same style ("1.) ... 2.) ...", "a. ... b. ...")."""
    cuts: list[int] = []
    seen: dict[tuple[str, str], int] = {}
    for m in _INLINE_MARKER.finditer(text):
        if m.group("lone") is not None or m.group("bullet") is not None:
            if m.start() > 0:
                cuts.append(m.start())
            continue
        punct = m.group("punct")
        if m.group("num") is not None:
            style, value = "n", int(m.group("num"))
        else:
            style, value = "a", ord(m.group("alpha"))
        before = seen.get((style, punct))
        if before is not None and value == before + 1 and m.start() > 0:
            cuts.append(m.start())
        seen[(style, punct)] = value
    return cuts


def _address_spans(text: str) -> list[tuple[int, int]]:
    if "@" not in text and "//" not in text and "www." not in text:
        return []
    return [m.span() for m in _ADDRESS.finditer(text)]


def _inside(spans: list[tuple[int, int]], pos: int) -> bool:
    i = bisect.bisect_right(spans, (pos, pos)) - 1
    return i >= 0 and spans[i][0] <= pos < spans[i][1]
