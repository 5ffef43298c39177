"""Two columns of prose laid out side by side (pdftotext's layout mode of a two-column page):
read down the left column, then down the right one, as a reader does.

A run of a page's lines whose text breaks at one and the same character position (the gutter:
two spaces or more before it on every line that has text on both sides; a line may have text on
one side only) is two columns when both sides read as wrapped prose: four lines or more with
text on both sides, four words or more a side on average, most left-hand pieces unfinished
and a third of each side's pieces or more starting in lowercase (running on from the line
above), no cells inside a side. A table of short names or figures is no such run (its cells are
split one per line elsewhere); nor is a single line with a wide gap.
"""

from __future__ import annotations

import re

from workflow.importer.text import Line, ends_terminal, words

MIN_ROWS = 4  # lines with text on both sides of the gutter
MIN_WORDS = 4  # average words of a piece, each side
_GAP = re.compile(r"\S {3,}\S")


def _starts(line: str) -> set[int]:
    """Positions where text resumes after a gap of two spaces or more, text before the gap."""
    out = set()
    first = len(line) - len(line.lstrip())
    for p in range(first + 2, len(line)):
        if line[p] != " " and line[p - 1] == " " and line[p - 2] == " ":
            out.add(p)
    return out


def _fits(line: str, gutter: int) -> tuple[str, str] | None:
    """The line's left and right pieces at ``gutter``, or None when its text crosses it."""
    if not line.strip():
        return "", ""
    if len(line.rstrip()) <= gutter - 2:
        return line.strip(), ""
    if line[gutter - 2:gutter].strip() or (gutter < len(line) and line[gutter] == " "):
        return None
    return line[:gutter].strip(), line[gutter:].strip()


def column_runs(texts: list[str], breaks: set[int]) -> list[tuple[int, int, int]]:
    """Runs of two-column prose among ``texts`` as (first index, index after, gutter); a run
    never crosses an index in ``breaks`` (a page's start)."""
    runs: list[tuple[int, int, int]] = []
    i = 0
    while i < len(texts):
        gutters = _starts(texts[i])
        found = None
        for gutter in sorted(gutters):
            end = _extent(texts, i, gutter, breaks)
            if end is not None and _is_prose(texts[i:end], gutter):
                found = (i, end, gutter)
                break
        if found:
            runs.append(found)
            i = found[1]
        else:
            i += 1
    return runs


def _extent(texts: list[str], i: int, gutter: int, breaks: set[int]) -> int | None:
    """The index after the run of lines that fit ``gutter`` from ``i`` (one blank line at a
    time inside it: columns' paragraph breaks); None when too few lines have both sides."""
    j, both = i, 0
    while j < len(texts) and (j == i or j not in breaks):
        pieces = _fits(texts[j], gutter)
        if pieces is None:
            break
        if not texts[j].strip() and (j + 1 >= len(texts) or not texts[j + 1].strip()):
            break
        both += bool(pieces[0] and pieces[1])
        j += 1
    while j > i and not texts[j - 1].strip():
        j -= 1
    return j if both >= MIN_ROWS else None


def _is_prose(rows: list[str], gutter: int) -> bool:
    pairs = [p for p in (_fits(r, gutter) for r in rows) if p and p[0] and p[1]]
    lefts, rights = [a for a, _ in pairs], [b for _, b in pairs]
    if any(sum(len(words(x)) for x in side) < MIN_WORDS * len(side) for side in (lefts, rights)):
        return False
    if sum(1 for x in lefts + rights if _GAP.search(x)) * 4 > len(pairs):
        return False  # cells inside a side: a table's rows, not two columns of prose
    unfinished = sum(1 for x in lefts if not ends_terminal(x))
    # a column's lines run on into one another: many of them start in lowercase, each side
    running_on = all(sum(1 for x in side if x[:1].islower()) * 3 >= len(side)
                     for side in (lefts, rights))
    return unfinished * 2 > len(lefts) and running_on


def read_down(rows: list[str], gutter: int) -> tuple[list[str], list[str]]:
    """The left column's lines, then the right column's (blank lines kept as paragraph
    breaks, on each side where that side has a gap)."""
    left: list[str] = []
    right: list[str] = []
    for row in rows:
        a, b = _fits(row, gutter) or (row.strip(), "")
        left.append(a)
        right.append(b)
    return left, right


def column_paragraphs(lines: list[Line], in_columns: set[int]) -> list[Line]:
    """A column's lines joined into its paragraphs (a blank line ends one), each numbered by
    its first raw line: both columns share their raw lines, so their lines, numbered alike,
    could not be told apart as the wrapped lines of two paragraphs."""
    out: list[Line] = []
    for line in lines:
        prev = out[-1] if out else None
        if id(line) in in_columns and line.text and prev is not None and prev.text and \
                id(prev) in in_columns:
            prev.text = f"{prev.text} {line.text}"
            continue
        out.append(line)
    return out
