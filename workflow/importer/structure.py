"""Deciding what each block is: title, heading, list item, quotation, paragraph, signature."""

from __future__ import annotations

import re
from dataclasses import dataclass

from workflow.importer.metadata import date_line, is_organisation, is_person
from workflow.importer.reflow import Group
from workflow.importer.text import (
    ends_terminal,
    internal_sentence_end,
    is_title_case,
    list_marker,
    starts_upper,
    words,
)


@dataclass
class Piece:
    """A block of the future source, with the raw lines it came from."""

    kind: str
    text: str
    first: int
    last: int
    marker: str = ""


def classify(groups: list[Group], title_no: int | None, heading_nos: set[int],
             wrapped: bool, signed: set[int] | None = None) -> list[Piece]:
    """Turn groups into typed pieces, in document order. ``signed`` are the raw numbers of lines
    the block classifier found in the signature block."""
    pieces = [_basic(g, title_no) for g in groups]
    if pieces and not any(p.kind == "title" for p in pieces):
        pieces[0].kind = "title"
    _mark_signatures(pieces, groups, signed or set())
    title_at = next((i for i, p in enumerate(pieces) if p.kind == "title"), 0)
    # a letter's senders named above it, a cover's under its title ("Submitted by:" / A / B),
    # before the text's first paragraph
    opening = next((k for k, p in enumerate(pieces) if k > title_at and p.kind == "paragraph"
                    and p.first not in (signed or set())), len(pieces))
    for piece in pieces[:opening]:
        if piece.kind == "paragraph" and piece.first in (signed or set()):
            piece.kind = "signature"
    for i, piece in enumerate(pieces):
        if piece.kind != "paragraph":
            continue
        if piece.first in heading_nos or _heading_like(piece, groups[i], wrapped) and \
                _prose_follows(pieces, groups, i, wrapped):
            piece.kind = "heading"
        elif _fully_quoted(piece.text):
            piece.kind = "quote"
    return pieces


def _basic(group: Group, title_no: int | None) -> Piece:
    text = group.text
    if group.kind:
        return Piece(group.kind, text, group.first, group.last, group.lines[0].marker)
    if group.first == title_no:
        return Piece("title", text, group.first, group.last)
    marker = list_marker(text)
    if marker:
        body = text[len(text) - len(text.lstrip()):]
        body = re.sub(r"^\S+\s+", "", body, count=1)
        canonical = marker if re.match(r"^\d+[.)]$", marker) else "-"
        return Piece("list", body, group.first, group.last, canonical.replace(")", "."))
    if text.startswith(">"):
        return Piece("quote", text.lstrip("> ").strip(), group.first, group.last)
    return Piece("paragraph", text, group.first, group.last)


def _mark_signatures(pieces: list[Piece], groups: list[Group], signed: set[int]) -> None:
    """The closing block: trailing one-line pieces naming organisations, people, place and date
    (or found in the signature block by the classifier). It counts only with at least one
    organisation or date, or two people, or the classifier's word for it."""
    run: list[int] = []
    for i in range(len(pieces) - 1, 0, -1):
        piece = pieces[i]
        if piece.kind not in ("paragraph", "signature") or len(groups[i].lines) > 1 and \
                not is_organisation(piece.text):
            break
        if date_line(piece.text) or is_organisation(piece.text) or is_person(piece.text) or \
                piece.first in signed:
            run.append(i)
        else:
            break
    strong = sum(1 for i in run if date_line(pieces[i].text) or is_organisation(pieces[i].text)
                 or pieces[i].first in signed)
    if strong or len(run) >= 2:
        for i in run:
            pieces[i].kind = "signature"


def _heading_like(piece: Piece, group: Group, wrapped: bool) -> bool:
    text = piece.text
    if ends_terminal(text) or not starts_upper(text) or len(words(text)) > 30:
        return False
    if wrapped or len(group.lines) > 1:
        return is_title_case(text)
    return True


def _prose_follows(pieces: list[Piece], groups: list[Group], i: int, wrapped: bool) -> bool:
    """A heading introduces prose: the next piece that is not itself heading-like is a finished
    paragraph (slogans at the end of a statement are therefore not headings)."""
    for j in range(i + 1, len(pieces)):
        nxt = pieces[j]
        if nxt.kind in ("list", "quote"):
            return True
        if nxt.kind != "paragraph":
            return False
        if _heading_like(nxt, groups[j], wrapped):
            continue
        return ends_terminal(nxt.text) or len(words(nxt.text)) >= 30 or \
            internal_sentence_end(nxt.text)
    return False


def _fully_quoted(text: str) -> bool:
    """A paragraph that is one quotation from its first to its last character."""
    if len(words(text)) < 8:
        return False
    if text.startswith("“") and re.search(r"”$", text):
        return "”" not in text[:-1]
    return text.startswith('"') and text.endswith('"') and text.count('"') == 2
