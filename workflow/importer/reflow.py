"""Rebuilding paragraphs from lines.

Two kinds of raw text occur: one paragraph per line (blank lines between), and hard-wrapped text
where every printed line ends with a line break, often followed by a blank line, so blank lines
say nothing. For the latter, paragraphs are rebuilt from sentence continuity: a line that does
not finish a sentence continues on the next line; a finished sentence followed by a capital, a
short line, a heading-like line or two blank lines ends the paragraph. "Short" is measured
against the width the text around the line is wrapped at (a PDF page set narrower than the
rest has its own).
"""

from __future__ import annotations

import re
import statistics
from dataclasses import dataclass, field

from workflow.importer.hyphenation import Hyphenation
from workflow.importer.metadata import date_line
from workflow.importer.text import (
    Line,
    ends_terminal,
    is_title_case,
    list_marker,
    starts_lower,
    starts_upper,
    words,
    wordset,
)


@dataclass
class Group:
    """Consecutive raw lines that form one block (a paragraph, heading, list item...)."""

    lines: list[Line] = field(default_factory=list)
    # the page's words: a word broken at a line-end hyphen is joined whole when the page
    # writes it whole elsewhere ("under-" / "signed" -> "undersigned") or its second half is
    # only a fragment ("work-" / "ers")
    hyphenation: Hyphenation | None = None

    @property
    def first(self) -> int:
        return self.lines[0].no

    @property
    def last(self) -> int:
        return self.lines[-1].no

    @property
    def kind(self) -> str:
        return self.lines[0].kind

    @property
    def text(self) -> str:
        out = self.lines[0].text
        for line in self.lines[1:]:
            if out.endswith("-") and out[-2:-1].isalpha() and line.text[:1].isalpha():
                head = (words(out) or [""])[-1]
                tail = (words(line.text) or [""])[0]
                if self.hyphenation is not None and self.hyphenation.joins_wrapped(head, tail):
                    out = out[:-1] + line.text  # "under-" / "signed": the page's "undersigned"
                else:
                    out += line.text  # a compound broken at its hyphen ("well-" / "known",
                    #                   "non-" / "Muslim"): keep the hyphen, no space
            else:
                out += " " + line.text
        return out


# small words that names in capitals hold too ("Association Enfance Sans Peine de Mort")
_PARTICLES = wordset("a an and as at by de del della der des di du e el en et for from in la "
                     "le of on or the to und van von y al da")
_SMALL_END = wordset("a an and as at by for from in into of on or the to with")


_OPEN_END = wordset("a an and of or nor the to with for from into")


# a line opening with a short label and a colon ("Germany: …", "Media contact: …")
_LABELLED = re.compile(r"^[A-Z][\w'’.-]*(?:\s+[\w'’.-]+){0,2}:\s+\S")


def _open_end(text: str) -> bool:
    """A line of a sentence broken after a word that opens what follows ("and", "of", "the"),
    not a heading's or a label's end."""
    found = words(text)
    return len(found) >= 3 and text[-1:].isalpha() and found[-1].lower() in _OPEN_END and \
        any(w[:1].islower() for w in found[:-1])


def detect_wrapped(lines: list[Line]) -> bool:
    """True for hard-wrapped text: most long lines stop mid-sentence."""
    content = [line for line in lines if line.text and not line.kind]
    long = [i for i, line in enumerate(content[:-1]) if len(words(line.text)) >= 8]
    if len(long) < 4:  # narrow columns (a two-column PDF): lines of five words or more
        long = [i for i, line in enumerate(content[:-1]) if len(words(line.text)) >= 5]
        if len(long) < 10:
            return False
    unfinished = sum(1 for i in long if not ends_terminal(content[i].text))
    return unfinished / len(long) >= 0.5


def paragraphs_overlong(lines: list[Line]) -> bool:
    """Lines far longer than the unfinished long lines, many of them: one paragraph per line,
    the unfinished lines a signature block's names with roles, a menu or a footer (a text
    wrapped at a width has no lines much longer than it)."""
    long = [line.text for line in lines if line.text and not line.kind
            and len(words(line.text)) >= 8]
    unfinished = [len(t) for t in long if not ends_terminal(t)]
    if not unfinished:
        return False
    width = statistics.median(unfinished)
    overlong = sum(1 for t in long if len(t) > 1.4 * width + 10)
    return overlong >= 3 and overlong >= 0.3 * len(long)


def line_width(lines: list[Line]) -> int:
    """The width the text was wrapped at: the median length of its long lines."""
    lengths = [len(line.text) for line in lines if len(words(line.text)) >= 8]
    narrow = [len(line.text) for line in lines
              if len(words(line.text)) >= 5 and not ends_terminal(line.text)]
    if len(narrow) >= 10 and len(lengths) < len(narrow) / 2:
        lengths = narrow  # narrow columns: their unfinished lines run to the column's width
    return int(statistics.median(lengths)) if lengths else 80


def local_widths(lines: list[Line], width: int, reach: int = 12) -> dict[int, int]:
    """Where a stretch of the text is wrapped narrower than the rest (a PDF page or column
    set narrower, a quoted letter): line index -> the width around it, the median length of
    the unfinished lines of five words or more among the ``reach`` lines either side, when
    there are six of them and they are under three quarters of ``width``."""
    import bisect

    content = [i for i, line in enumerate(lines) if line.text and not line.kind]
    at = [pos for pos, i in enumerate(content)
          if len(words(lines[i].text)) >= 5 and not ends_terminal(lines[i].text)]
    lengths = [len(lines[content[pos]].text) for pos in at]
    out: dict[int, int] = {}
    for pos, i in enumerate(content):
        near = lengths[bisect.bisect_left(at, pos - reach):bisect.bisect_right(at, pos + reach)]
        if len(near) >= 6 and (local := statistics.median(near)) < 0.75 * width:
            out[i] = int(local)
    return out


def build_groups(lines: list[Line], wrapped: bool, title_no: int | None) -> list[Group]:
    """Group kept lines into blocks. A gap in raw line numbers (a removed line) is a hard break."""
    width = line_width(lines) if wrapped else 0
    narrower = local_widths(lines, width) if wrapped else {}
    groups: list[Group] = []
    hyphenation = Hyphenation(line.text for line in lines)
    gap = 0
    last_no: int | None = None
    for index, line in enumerate(lines):
        hard = last_no is not None and line.no > last_no + 1 and not line.kind
        last_no = line.no
        if not line.text:
            gap += 1
            continue
        if hard:
            gap = max(gap, 2)
        prev = groups[-1] if groups else None
        if prev is not None and _continues(prev, line, gap, wrapped,
                                           narrower.get(index, width), title_no):
            prev.lines.append(line)
        else:
            groups.append(Group([line], hyphenation))
        gap = 0
    return groups


def _continues(prev: Group, line: Line, gap: int, wrapped: bool, width: int,
               title_no: int | None) -> bool:
    """Whether ``line`` continues the block ``prev`` (the heart of the reflow)."""
    if line.kind or prev.kind or title_no in (prev.first, line.no):
        return False
    last = prev.lines[-1].text
    if list_marker(line.text) or line.text.startswith(">"):
        return False
    if date_line(line.text) and not _open_end(last):
        return False  # (a date that ends a sentence broken before it goes on it: "… 1 January
        #              to" / "31 October 2026.")
    if not wrapped:
        # One paragraph per line; only a line broken mid-sentence right before a lowercase
        # continuation (no blank line between) is joined.
        # A line that stops on a word no line ends on ("… Tehran, Mashhad and" / "Tabriz, but
        # …": a narrow column's) goes on, whatever the next line's first letter.
        return gap == 0 and not ends_terminal(last) and (
            starts_lower(line.text) or (_open_end(last) and line.text[:1].isalpha()))
    if gap >= 2:
        return False
    if last.endswith("-") and last[-2:-1].isalpha() and starts_lower(line.text):
        return True  # a word broken at its hyphen, however short the line
    if is_title_case(prev.text):
        # A heading wrapped over two lines continues with a small word ("of the ..."); a
        # title-case line broken after a small word ("Annual Report on") goes on regardless.
        broken = (words(last) or [""])[-1].lower() in _SMALL_END
        # a line run to the width, continued in lowercase, is a sentence's, however many
        # capitals it has ("VIENNA, 6 June 2023 – The OSCE Representative on Freedom of the
        # Media" / "today called on …")
        full = bool(width) and len(last) >= 0.8 * width
        if full and not ends_terminal(last) and not is_title_case(line.text) and \
                len([w for w in words(line.text) if w[:1].islower() and
                     w.lower() not in _PARTICLES]) >= 2:
            return True  # "Article 18 of the International Covenant on Civil and Political" /
            #              "Rights, to which Iran is a party, …": a sentence, not a heading
        return starts_lower(line.text) and (broken or full or is_title_case(line.text))
    if ends_terminal(last) and (starts_upper(line.text) or line.text[:1] in "“\"‘"):
        return False
    if _LABELLED.match(last) and _LABELLED.match(line.text) and not last.rstrip().endswith(","):
        return False  # "Canada: A, B" / "Germany: C, D": labelled lines, one a block
    return len(last) >= 0.6 * width
