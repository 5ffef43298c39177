"""Minified HTML (a page served with its markup run together on one line or a few) is laid
out one block element per line before it is read.

Why: the importer knows each extracted block by its line number (lxml's ``sourceline``): the
title's line, the signers' region, the dates' lines, the report's "L12". On a one-line page
every block is line 1, the title line is every line and the signers' region swallows the page.
Laying the markup out as a pretty-printer would (a newline before each block element's start
tag, nothing else changed) gives each block its own line, so a minified page reads as its
pretty-printed form does, and the report's line numbers point at lines a user can see by
laying the page out the same way (the report says so and maps the raw file's lines onto them).

A page written on lines as people write HTML is left exactly as it is, line numbers included:
only a page whose visible text mostly sits on lines that run two text-bearing blocks or more
together is laid out, and then only those lines.
"""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass, field

from workflow.importer.text import wordset

# Elements a browser lays out as blocks (and the document's own parts): each starts a line
# of its own when a page is pretty-printed.
BLOCK_TAGS = sorted(wordset(
    "address article aside blockquote body caption center dd details dialog div dl dt "
    "fieldset figcaption figure footer form h1 h2 h3 h4 h5 h6 head header hgroup hr html li "
    "link main menu meta nav noscript ol p pre script section style summary table tbody td "
    "template tfoot th thead title tr ul iframe svg object legend"
))
# Elements whose content is not markup (or whose whitespace is content): never laid out inside.
_OPAQUE = ("script", "style", "pre", "textarea", "template", "svg", "noscript", "xmp", "listing",
           "plaintext", "iframe", "object")
_TOKENS = re.compile(
    r"<!--.*?(?:-->|\Z)"                                          # a comment
    r"|<!\[CDATA\[.*?(?:\]\]>|\Z)"                                # CDATA
    r"|<(?P<opaque>" + "|".join(_OPAQUE) + r")\b[^<>]*>.*?(?:</(?P=opaque)\s*>|\Z)"
    r"|<(?P<block>" + "|".join(BLOCK_TAGS) + r")(?=[\s/>])[^<>]*>"
    r"|<[!?/]?[a-zA-Z][^<>]*>",  # any other tag ([^<>]: a stray "<" costs no rescan)
    re.DOTALL | re.IGNORECASE)
_VISIBLE = re.compile(r"[^\W_]")
# Share of the page's visible text on run-together lines above which the page is minified:
# the hand-written corpus's 72 HTML pages, pretty-printed with a menu, a byline or a list here
# and there on one line, stay under a third; the same pages minified are at the whole.
MINIFIED_SHARE = 0.5
# What the report's header says its line numbers are, for a page laid out.
LAID_OUT = "of the HTML page laid out one block element per line (it is minified)"


@dataclass
class Layout:
    """The markup as it will be read, and how its lines map onto the raw file's."""

    html: str
    relaid: bool = False
    raw_lines: int = 0  # the raw file's
    # raw line number -> (first, last) laid-out line it became, for the lines that were split
    split: dict[int, tuple[int, int]] = field(default_factory=dict)

    def note(self) -> str:
        """What the report says of its line numbers for this page."""
        if not self.relaid:
            return ""
        spans = [f"raw line {raw} is L{a}-{b}" for raw, (a, b) in sorted(self.split.items())]
        shown = "; ".join(spans[:4]) + ("; …" if len(spans) > 4 else "")
        lines = len(self.split)
        return (f"HTML page minified (its blocks run together on {lines} of its "
                f"{self.raw_lines} line{'s' if self.raw_lines != 1 else ''}): laid out one block "
                f"element per line before reading (a newline before each block element's start "
                f"tag); line numbers are of that layout: {shown}")


def lay_out(html: str) -> Layout:
    """The page one block element per line when it is minified, else the page unchanged."""
    raw_lines = html.count("\n") + (not html.endswith("\n"))
    starts = _line_starts(html)
    blocks: list[int] = []       # offsets of block start tags outside opaque content
    texts: list[tuple[int, int, int]] = []   # (offset, visible characters, block index)
    at = 0
    for match in _TOKENS.finditer(html):
        _text_between(html, at, match.start(), len(blocks), texts)
        if match.group("block") or match.group("opaque"):
            blocks.append(match.start())
        at = match.end()
    _text_between(html, at, len(html), len(blocks), texts)
    segments: dict[int, set[int]] = {}
    for offset, _, block in texts:
        segments.setdefault(_line_of(starts, offset), set()).add(block)
    together = {line for line, owners in segments.items() if len(owners) >= 2}
    total = sum(n for _, n, _ in texts)
    shared = sum(n for offset, n, _ in texts if _line_of(starts, offset) in together)
    if not total or shared <= MINIFIED_SHARE * total:
        return Layout(html, raw_lines=raw_lines)
    cuts = [offset for offset in blocks
            if _line_of(starts, offset) in together and not _starts_line(html, offset)]
    pieces, prev = [], 0
    for offset in cuts:
        pieces.append(html[prev:offset])
        prev = offset
    pieces.append(html[prev:])
    per_line: dict[int, int] = {}
    for offset in cuts:
        line = _line_of(starts, offset)
        per_line[line] = per_line.get(line, 0) + 1
    split: dict[int, tuple[int, int]] = {}
    before = 0  # newlines inserted above the line
    for line in sorted(per_line):
        split[line] = (line + before, line + before + per_line[line])
        before += per_line[line]
    return Layout("\n".join(pieces), relaid=True, raw_lines=raw_lines, split=split)


def _text_between(html: str, a: int, b: int, block: int,
                  out: list[tuple[int, int, int]]) -> None:
    """Record the visible text of html[a:b] (no tags in it) line by line."""
    if a >= b:
        return
    offset = a
    for part in html[a:b].split("\n"):
        n = len(_VISIBLE.findall(part))
        if n:
            out.append((offset, n, block))
        offset += len(part) + 1


def _starts_line(html: str, offset: int) -> bool:
    """Nothing but blanks before ``offset`` on its line (looks back over the blanks only)."""
    at = offset - 1
    while at >= 0 and html[at] in " \t\r":
        at -= 1
    return at < 0 or html[at] == "\n"


def _line_starts(html: str) -> list[int]:
    out = [0]
    for match in re.finditer("\n", html):
        out.append(match.end())
    return out


def _line_of(starts: list[int], offset: int) -> int:
    return bisect.bisect_right(starts, offset)
