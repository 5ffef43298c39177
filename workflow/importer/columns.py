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


# Names set out in two columns (a signature grid: "Org A          Org B" a row): read down the
# left column, then the right one, as the list was written; a name too long for its column
# wrapped onto the row below ("Human Rights Committee of the Law Society" / "of Scotland") is
# one name again.
MIN_GRID_ROWS = 2  # rows with a name on both sides of the gutter
MAX_CELL_WORDS = 14  # a name with its role and city ("A (ا), professor of law, SOAS ...")
# a name's last word that cannot end it: the name goes on on the row below
_WRAPPED_END = re.compile(r"(?:\s[–—-]|,|&|\b(?:and|of|for|the|in|on|de|du|des|la|le|et|y|"
                          r"und|für|der))$", re.IGNORECASE)


def grid_runs(texts: list[str], breaks: set[int]) -> list[tuple[int, int, int]]:
    """Runs of a list of names in two columns among ``texts`` as (first index, index after,
    gutter): rows whose second cell starts at one and the same position (one blank line
    allowed between rows), every cell short, unfinished and opening in a capital (or in
    lowercase, going on from the cell above), each column of two words a cell or more on
    average (a name beside its country or a figure is a table's row, not two lists); never
    across a page's start."""
    runs: list[tuple[int, int, int]] = []
    i = 0
    while i < len(texts):
        found = None
        cells = [c for c in re.split(r" {3,}", texts[i].strip()) if c]
        if len(cells) == 2:
            gutter = len(texts[i].rstrip()) - len(cells[1])
            end = _grid_extent(texts, i, gutter, breaks)
            if end is not None:
                found = (i, end, gutter)
        if found:
            runs.append(found)
            i = found[1]
        else:
            i += 1
    return runs


def _grid_extent(texts: list[str], i: int, gutter: int, breaks: set[int]) -> int | None:
    j, both = i, 0
    sides: tuple[list[str], list[str]] = ([], [])
    while j < len(texts) and (j == i or j not in breaks):
        if not texts[j].strip():
            if j + 1 >= len(texts) or not texts[j + 1].strip():
                break
            j += 1
            continue
        pieces = _fits(texts[j], gutter)
        if pieces is None or not all(_name_cell(p) for p in pieces if p):
            break
        if j > i and not pieces[0] and not sides[1]:
            break  # a right-hand piece alone under nothing on the right: no grid's row
        both += bool(pieces[0] and pieces[1])
        for side, piece in zip(sides, pieces, strict=True):
            if piece:
                side.append(piece)
        j += 1
    while j > i and not texts[j - 1].strip():
        j -= 1
    if both < MIN_GRID_ROWS:
        return None
    if any(sum(len(words(c)) for c in side) < 2 * len(side) for side in sides):
        return None  # a name beside its country, its city or a figure: a table
    if any(sum(1 for c in side if c[:1].islower()) * 3 > len(side) for side in sides):
        return None  # many pieces running on in lowercase: prose, not names
    return j


def _name_cell(piece: str) -> bool:
    """A piece of a row that can be a name or a part of one wrapped: short, no sentence's end,
    opening in a letter, no cells inside it, no web or e-mail address (a footer's)."""
    return len(words(piece)) <= MAX_CELL_WORDS and not ends_terminal(piece) and \
        piece[:1].isalpha() and not _GAP.search(piece) and not _ADDRESS.search(piece)


_ADDRESS = re.compile(r"@|://|\bwww\.|^\S+\.[a-z]{2,}\S*$")


def read_grid(rows: list[tuple[int, str]], gutter: int) -> list[tuple[int, str]]:
    """The names of a grid's rows (raw line number, text), down the left column, then down the
    right: each (its first row's number, the name), a name wrapped over two rows joined (the
    piece below opens in lowercase, the piece above ends in a word that cannot end a name, or
    the piece below is one word that could not fit on the row above: "International Council
    of Criminal Defence" / "Attorneys")."""
    out: list[tuple[int, str]] = []
    split = [(no, _fits(text, gutter) or (text.strip(), "")) for no, text in rows]
    # a row with its right-hand piece alone, the left empty: read down the left first, the
    # left column is never the shorter, so a single word there is the name above wrapped
    # ("Network of Iranian Women" / "Journalists" at the grid's foot)
    alone = {no for no, (left, right) in split if right and not left and len(words(right)) == 1}
    for side in (0, 1):
        cells: list[tuple[int, str]] = []
        last: int | None = None
        pieces = [(no, cell[side]) for no, cell in split]
        pieces = [(no, p) for no, p in pieces if p]
        width = max((len(p) for _, p in pieces), default=0)
        for no, piece in pieces:
            if cells and (_goes_on(cells[-1][1], piece, width) or
                          (side == 1 and no in alone and no - 1 == last)):
                cells[-1] = (cells[-1][0], f"{cells[-1][1]} {piece}")
            else:
                cells.append((no, piece))
            last = no
        out += cells
    return out


def _goes_on(above: str, piece: str, width: int) -> bool:
    if piece[:1].islower() or _WRAPPED_END.search(above):
        return True
    # one word alone under a piece as wide as its column, too long to have fit beside it
    return len(words(piece)) == 1 and len(above) + 1 + len(piece) > width + 2 and \
        len(above) >= width - 2
