"""Text extracted from a PDF (ours from pdftotext, or pasted with its form feeds): page
furniture removed by its repetition across pages, words broken at line ends rejoined.

- Running headers and footers: a line among the first or last three of a page that recurs
  (digits aside) at the top or bottom of another page; page numbers ("3", "Page 2 of 5").
- Hyphenation: "recommen-" + "dations" becomes "recommendations" unless the document writes the
  hyphenated compound elsewhere or the second part is a word of its own ("drug-related") and
  the joined word is not a common one ("with-" + "out" is "without").
- A footnote's number set on a line of its own under the page's footnote rule is joined to its
  note.
- Table rows and signature grids laid out in columns ("Org A      Org B") become one line per
  cell.
"""

from __future__ import annotations

import re

from workflow.importer.columns import (
    column_paragraphs,
    column_runs,
    grid_runs,
    read_down,
    read_grid,
)
from workflow.importer.covers import cover_page, cover_title_copy
from workflow.importer.hyphenation import Hyphenation
from workflow.importer.report import Report
from workflow.importer.text import Line, ends_terminal, list_marker, normalise, words

_PAGE_NO = re.compile(r"^(?:page\s+)?\d{1,4}(?:\s*(?:of|/)\s*\d{1,4})?$|^[-–—]\s*\d{1,4}\s*[-–—]$",
                      re.IGNORECASE)
_CELLS = re.compile(r"\s{3,}")
_HYPHEN_END = re.compile(r"([^\W\d_]+)[-\u2010\u00ad]$")
_FIRST_WORD = re.compile(r"^([^\W\d_]+)(\S*)\s*(.*)$")
ZONE = 3
# a page's number on a line of its own or at the end of a running footer ("Briefing 2025/03   4")
_NUMBERED = re.compile(r"^(?:page\s+)?[-–—]?\s*(\d{1,3})\s*[-–—]?(?:\s*(?:of|/)\s*\d{1,4})?$"
                       r"|^(\d{1,3})\s*\|\s*page$|\S.*\S\s{3,}(?:page\s+)?(\d{1,3})$"
                       r"|^(?:page\s+)?(\d{1,3})\s{3,}\S.*\S$", re.IGNORECASE)
MIN_PAGE_LINES = 8
# a web address alone, as a footer sets it in lowercase ("www.example.org", "example.org/report")
_ADDRESS = re.compile(r"(?:https?://)?(?:[\w-]+\.)+[a-z]{2,}(?:/\S*)?(?:\s+\d{1,3})?",
                      re.IGNORECASE)
_RULE = re.compile(r"[_\-\u2014\u2500]{3,40}")
_LONE_MARK = re.compile(r"\d{1,3}|[¹²³⁴⁵⁶⁷⁸⁹⁰]{1,3}")


def infer_pages(text: str) -> str | None:
    """Text copied out of a PDF viewer has lost its form feeds; its page numbers still mark the
    pages. With two or more page-number lines counting up (1, 2, 3 ...), a page's worth of
    lines above the first, a few between the others, a form feed is put after each: read as
    PDF text. The last number must close the text. None when the text shows no such pages
    (a numbered list is too dense, a web page's "Most read 1 2 3" does not close it)."""
    if "\f" in text:
        return None
    lines = text.split("\n")
    marks: list[tuple[int, int]] = []
    for i, line in enumerate(lines):
        found = _NUMBERED.match(line.strip())
        if found:
            marks.append((i, int(next(g for g in found.groups() if g))))
    chain: list[int] = []
    for i, number in marks:
        last = chain[-1] if chain else None
        if last is None and number in (1, 2):
            if len([x for x in lines[:i] if x.strip()]) >= MIN_PAGE_LINES:
                chain = [i]  # a first page's worth of lines above its number
        elif last is not None and number == _page_of(lines[last]) + 1:
            if len([x for x in lines[last + 1:i] if x.strip()]) >= 3:  # a last page is short
                chain.append(i)
        elif last is not None and number in (1, 2) and len(chain) < 2 and \
                len([x for x in lines[:i] if x.strip()]) >= MIN_PAGE_LINES:
            chain = [i]
    if len(chain) < 2:
        return None
    if len([x for x in lines[chain[-1] + 1:] if x.strip()]) > ZONE:
        return None  # the last page ends with its number (give or take a running footer)
    for i in chain:
        if i + 1 < len(lines):
            lines[i + 1] = "\f" + lines[i + 1]
    return "\n".join(lines)


def _page_of(line: str) -> int:
    found = _NUMBERED.match(line.strip())
    return int(next(g for g in found.groups() if g)) if found else -1


def page_starts(text: str) -> tuple[int, ...]:
    """The raw line number where each page of a PDF's text begins (its first non-blank line
    after a form feed, the first page's too), as :func:`page_lines` numbers lines."""
    out: list[int] = []
    fresh = True
    for no, line in enumerate(text.split("\n"), start=1):
        parts = line.split("\f")
        for k, part in enumerate(parts):
            fresh = fresh or k > 0
            if part.strip() and fresh:
                out.append(no)
                fresh = False
    return tuple(out)


def page_lines(text: str, report: Report) -> list[Line]:
    """Numbered lines of a PDF text with page furniture removed (reported) and words rejoined.
    Line numbers count newlines (a form feed starts a page, not a line)."""
    entries: list[tuple[int, str]] = []
    pages: list[list[int]] = [[]]
    for no, line in enumerate(text.split("\n"), start=1):
        parts = line.split("\f")
        for k, part in enumerate(parts):
            if k:
                pages.append([])
            if part.strip() or k == len(parts) - 1:
                entries.append((no, part))
                if part.strip():
                    pages[-1].append(len(entries) - 1)
    pages = [p for p in pages if p]
    drop = _running(entries, pages, report)
    texts = ["" if idx in drop else line.replace("\t", "    ") for idx, (_, line)
             in enumerate(entries)]
    runs = {start: (end, gutter) for start, end, gutter in
            column_runs(texts, {p[0] for p in pages})}
    taken = {k for start, (end, _) in runs.items() for k in range(start, end)}
    grids = {start: (end, gutter) for start, end, gutter in
             grid_runs(["" if k in taken else t for k, t in enumerate(texts)],
                       {p[0] for p in pages})}
    out: list[Line] = []
    in_columns: set[int] = set()  # ids of the lines read down from two columns
    skip_to = 0
    for idx, (no, line) in enumerate(entries):
        if idx < skip_to:
            continue
        if idx in grids:  # a list of names in two columns: down the left, then the right
            end, gutter = grids[idx]
            rows = [(n, texts[k]) for k, (n, _) in enumerate(entries[idx:end], start=idx)]
            names = read_grid(rows, gutter)
            for n, name in names:
                out.append(Line(n, normalise(name)[0], "paragraph"))  # a block each
            report.alter(no, "names in two columns read down, the left one first",
                         " / ".join(name for _, name in names[:3]) + " ...",
                         last=entries[end - 1][0])
            skip_to = end
            continue
        if idx in runs:
            end, gutter = runs[idx]
            left, right = read_down(texts[idx:end], gutter)
            nos = [n for n, _ in entries[idx:end]]
            pieces = [*zip(nos, left, strict=True), (nos[-1], ""), *zip(nos, right, strict=True)]
            if _runs_on(left, right):  # the left column's last sentence goes on at the right's top
                lefts, rights = list(zip(nos, left, strict=True)), list(zip(nos, right,
                                                                            strict=True))
                pieces = [*lefts[:_last(left) + 1], *rights[_first(right):], (nos[-1], ""),
                          *lefts[_last(left) + 1:]]  # (a footnote rule under it stays under)
                report.alter(nos[0], "paragraph continued at the top of the next column",
                             f"{left[_last(left)][-30:]} / {right[_first(right)][:30]}",
                             last=nos[-1])
            for n, piece in pieces:
                out.append(Line(n, normalise(piece)[0] if piece else ""))
                in_columns.add(id(out[-1]))
            report.alter(nos[0], "two columns read down, the left one first",
                         f"{left[0] or right[0]} ...", last=nos[-1])
            skip_to = end
            continue
        if idx in drop:
            out.append(Line(no, ""))
            continue
        cells = _cells(line)
        for cell in cells:
            clean, changes = normalise(cell)
            if clean and changes and len(cells) == 1:
                report.alter(no, "whitespace: " + ", ".join(changes), clean)
            out.append(Line(no, clean))
        if len(cells) > 1:
            report.alter(no, f"columns split into {len(cells)} lines", " / ".join(cells))
    if len(pages) > 1:
        report.notes.append(f"PDF text: {len(pages)} pages; running headers, footers and page "
                            "numbers removed by repetition across pages")
    out = _text_charts(out, report)
    out = _dehyphenate(out, report)
    out = _footnote_marks(out, {entries[p[0]][0] for p in pages}, report)
    out = column_paragraphs(out, in_columns)
    return _across_pages(out, {entries[p[0]][0] for p in pages[1:]}, report)


def _last(side: list[str]) -> int:
    """The last piece of a column's text (not the footnote rule under it)."""
    return max((k for k, piece in enumerate(side) if piece and not _RULE.fullmatch(piece)),
               default=-1)


def _first(side: list[str]) -> int:
    return min((k for k, piece in enumerate(side) if piece), default=len(side))


def _runs_on(left: list[str], right: list[str]) -> bool:
    """The left column ends mid-sentence and the right one opens in lowercase: one paragraph
    runs from the foot of the one to the top of the other, as across a page break."""
    end, start = _last(left), _first(right)
    return end >= 0 and start < len(right) and not ends_terminal(left[end]) and \
        right[start][:1].islower()


def _across_pages(lines: list[Line], page_starts: set[int], report: Report) -> list[Line]:
    """A paragraph that runs on to the next page: the first line there is joined to the last
    line before the page break (removed headers and footers in between)."""
    content = [i for i, line in enumerate(lines) if line.text]
    for a, b in zip(content, content[1:], strict=False):
        crossed = any(lines[a].no < start <= lines[b].no for start in page_starts)
        if not crossed or ends_terminal(lines[a].text) or not lines[b].text[:1].islower():
            continue
        end = _HYPHEN_END.search(lines[a].text)
        glue = "" if end else " "
        joined = (lines[a].text[:-1] if end else lines[a].text) + glue + lines[b].text
        report.alter(lines[a].no, "paragraph continued across a page break", joined[-60:],
                     last=lines[b].no)
        lines[a].text = joined
        lines[b].text = ""
    return lines


def _footnote_marks(lines: list[Line], page_starts: set[int], report: Report) -> list[Line]:
    """A footnote's number on a line of its own (a superscript the extraction set apart)
    under a page's footnote rule is joined to the note it numbers ("1" / "Statement by ..."
    becomes "1 Statement by ..."), so the note reads as a footnote, not as a page number
    over a loose line."""
    under_rule = False
    for i, line in enumerate(lines):
        if line.no in page_starts:
            under_rule = False
        text = line.text.strip()
        if _RULE.fullmatch(text):
            under_rule = True
            continue
        if not under_rule or not _LONE_MARK.fullmatch(text) or i + 1 >= len(lines):
            continue
        note = lines[i + 1]
        if note.no in page_starts or not note.text[:1].isalpha():
            continue
        note.text = f"{text} {note.text}"  # on the note's line: its next lines follow on
        line.text = ""
        report.alter(line.no, "footnote number joined to its note", note.text[:60],
                     last=note.no)
    return lines


# a front matter's page number in small roman numerals, set apart at a line's end or start
# ("Defenders of Defenders Coalition      ii"): a running footer's number like any other
_ROMAN_FOLIO = re.compile(r"(?:(?<=\s\s)|^)(?=[ivx])x{0,3}(?:ix|iv|v?i{0,3})$|"
                          r"^(?=[ivx])x{0,3}(?:ix|iv|v?i{0,3})(?=\s\s)")


def _key(text: str) -> str:
    """A running line's key: its page number, in figures or roman numerals, as "#"."""
    text = _ROMAN_FOLIO.sub("#", text.strip())
    return " ".join(re.sub(r"\d+", "#", text).split()).lower()


def _note_mark(entries: list[tuple[int, str]], page: list[int], idx: int) -> bool:
    """A lone number right under a footnote rule with a note's words right under it ("____" /
    "2" / "Resolution S-35/1 established ..."): the note's number set apart, not the page's,
    even where it equals the page's number."""
    k = page.index(idx)
    if k == 0 or k + 1 >= len(page) or not _LONE_MARK.fullmatch(entries[idx][1].strip()):
        return False
    above, below = entries[page[k - 1]][1].strip(), entries[page[k + 1]][1].strip()
    return bool(_RULE.fullmatch(above)) and below[:1].isalpha() and len(words(below)) >= 4


def _running(entries: list[tuple[int, str]], pages: list[list[int]], report: Report) -> set[int]:
    """Entries that are running headers/footers or page numbers."""
    drop: set[int] = set()
    if len(pages) < 2:
        return drop
    seen: dict[tuple[str, str], set[int]] = {}
    columns: dict[str, set[int]] = {}  # a running line's columns: its short title, by key
    for p, page in enumerate(pages):
        for where, zone in (("top", page[:ZONE]), ("bottom", page[-ZONE:])):
            for idx in zone:
                seen.setdefault((where, _key(entries[idx][1])), set()).add(p)
                for cell in _running_cells(entries[idx][1]):
                    columns.setdefault(_key(cell), set()).add(p)
    cover = cover_page([entries[idx][1] for idx in pages[0]])
    for p, page in enumerate(pages):
        for where, zone in (("top", page[:ZONE]), ("bottom", page[-ZONE:])):
            for idx in zone:
                no, line = entries[idx]
                text = " ".join(line.split())
                found_on = seen.get(("top", _key(line)), set()) | \
                    seen.get(("bottom", _key(line)), set())
                on = len(found_on)
                if on == 2 and max(found_on) - min(found_on) > 1 and \
                        not _PAGE_NO.match(text):
                    on = 1  # two pages apart, none between: a letterhead and a line of a list
                if idx in drop or (p == 0 and cover and cover_title_copy(text)):
                    continue  # (the cover's title, which the running header repeats)
                if _PAGE_NO.match(text) and _note_mark(entries, page, idx):
                    continue  # a footnote's number under the rule, over its note's text
                if _PAGE_NO.match(text):
                    drop.add(idx)
                    report.remove(no, f"page number (page {p + 1})", text)
                elif on >= 2 and len(words(text)) <= 12 and not ends_terminal(text) \
                        and (not text[:1].islower() or _NUMBERED.match(line.strip())
                             or _ADDRESS.fullmatch(text)):  # "iran-dpm.example      2"
                    drop.add(idx)
                    report.remove(no, f"running {'header' if where == 'top' else 'footer'} "
                                      f"(on {on} pages)", text)
                elif (cells := _running_cells(line)) and len(cells) < len(_CELLS.split(
                        line.strip())) and all(len(columns.get(_key(c), ())) >= 2
                                               for c in cells):
                    drop.add(idx)  # "Short title      Page 1 of 2" / "Short title      9 May"
                    report.remove(no, f"running {'header' if where == 'top' else 'footer'} "
                                      "(its title column on other pages, beside a page "
                                      "number or date)", text)
    return drop


def _running_cells(line: str) -> list[str]:
    """The text columns of a line set out as a running header or footer: its cells apart
    from a page number or a date ("Coalition – Open letter      Page 1 of 2"); none when it
    has no such cell, or a cell that reads as a sentence."""
    from workflow.importer.metadata import find_date

    cells = [c.strip() for c in _CELLS.split(line.strip()) if c.strip()]
    if len(cells) < 2:
        return []
    folios = [c for c in cells if _PAGE_NO.match(c) or (
        (found := find_date(c)) and not c[:found[1]].strip() and not c[found[2]:].strip())]
    text = [c for c in cells if c not in folios]
    if not folios or not text or any(len(words(c)) > 16 or ends_terminal(c) for c in text):
        return []
    return text


# a row of a chart drawn in characters: figures, axes and bars, no words ("30 |    ##   ##",
# "0 +----2019-----2021")
_CHART_ROW = re.compile(r"^[\d\s.,%|+#*=_\-\u2500-\u257f\u2580-\u259f\u25a0-\u25a1]+$")
_CHART_MARK = re.compile(r"[|+#*\u2500-\u257f\u2580-\u259f\u25a0\u25a1]")


def _text_charts(lines: list[Line], report: Report) -> list[Line]:
    """A chart the PDF drew in characters (three rows or more of figures, axes and bars, two
    of them with an axis or a bar) is a figure, not text: its rows go, with the short label
    right above it (its title or the axis's name), so that the body reads on past it."""
    i = 0
    while i < len(lines):
        j = i
        while j < len(lines) and lines[j].text and _CHART_ROW.match(lines[j].text) and \
                any(ch.isdigit() or _CHART_MARK.match(ch) for ch in lines[j].text):
            j += 1
        rows = lines[i:j]
        if len(rows) >= 3 and sum(1 for r in rows if _CHART_MARK.search(r.text)) >= 2:
            label = lines[i - 1] if i and lines[i - 1].text else None
            if label is not None and len(words(label.text)) <= 8 and \
                    not ends_terminal(label.text):
                report.remove(label.no, "a chart drawn in text: its label", label.text)
                label.text = ""
            for row in rows:
                report.remove(row.no, "a chart drawn in text: its axes and bars", row.text)
                row.text = ""
        i = max(j, i + 1)
    return lines


def _cells(line: str) -> list[str]:
    """A line laid out in columns of short names or figures: one piece per cell."""
    cells = [c for c in _CELLS.split(line.strip()) if c]
    if len(cells) < 2 or any(len(words(c)) > 8 or ends_terminal(c) for c in cells):
        return [line]
    return cells


def _dehyphenate(lines: list[Line], report: Report) -> list[Line]:
    rule = Hyphenation(line.text for line in lines)
    content = [i for i, line in enumerate(lines) if line.text]
    for a, b in zip(content, content[1:], strict=False):
        if b != a + 1:
            continue
        end = _HYPHEN_END.search(lines[a].text)
        start = _FIRST_WORD.match(lines[b].text)
        if not end or not start or not start.group(1)[:1].islower():
            continue
        head, tail = end.group(1), start.group(1)
        if rule.keeps_hyphen(head, tail):
            continue
        joined = head + tail
        rest = start.group(3)
        after = lines[b + 1].text if b + 1 < len(lines) else ""
        if rest and len(words(rest)) <= 5 and (not after or list_marker(after)):
            # the short last line of an item or a paragraph ("2. Federation of … Asso-" /
            # "ciations Abroad (Berlin)"): all of it goes up, not only the word's end, so
            # that the item is whole on one line
            lines[a].text = lines[a].text[:-1] + lines[b].text
            lines[b].text = ""
        else:
            lines[a].text = lines[a].text[:-1] + tail + start.group(2)
            lines[b].text = rest
        report.alter(lines[a].no, f"hyphenation repaired: {head}-{tail} -> {joined}", joined,
                     last=lines[b].no)
    return lines
