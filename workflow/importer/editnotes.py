"""A news service's notes about its own copy, set inside the text: a correction or an update
note in brackets ("(Corrects spelling of Sahra Digital Defenders in this paragraph.)",
"(Updates with ministry's comment in paragraphs 6-7)", "(Adds background)").

Agencies put them at the top of the story, at the end of the paragraph they changed, or on a
line of their own. They tell the service's clients what changed in the copy; they are neither
the statement nor the report about it, and a translator should not translate them. Such a note
is known by its form, not its words: a bracket that opens, after a sentence's end or at a
block's edge, with an editor's verb in the third person and no subject ("Corrects", "Adds",
"Updates", "Recasts", "Refiles"), and holds no sentence of its own.
"""

from __future__ import annotations

import re

from workflow.importer.report import Report
from workflow.importer.structure import Piece

# verbs only an editor opens a bracket with, and those that need a part of the copy named too
# ("(Adds background)", "(Updates with ministry's comment)"; "(Changes to the law …)" is prose)
_EDITOR_VERBS = "Corrects|Recasts|Refiles|Clarifies|Reissues|Retransmits"
_COPY_VERBS = "Updates|Adds|Removes|Fixes|Changes|Amends|Deletes|Inserts|Restores|Replaces|" \
    "Withdraws|Expands|Rewrites|Tops|Repeats"
_COPY_PARTS = re.compile(r"\b(?:paragraphs?|paras?|grafs?|headline|dateline|byline|lead|story|"
                         r"throughout|spelling|name|title|quotes?|comments?|details|background|"
                         r"figures?|casualty toll|reaction|statement|version|link|photo|"
                         r"caption|date|age|typo|reference|sourcing|attribution)\b",
                         re.IGNORECASE)
_NOTE = rf"\(\s*(?P<verb>{_EDITOR_VERBS}|{_COPY_VERBS})\b[^()!?]{{2,200}}?\)\.?"
# after the sentence it follows ("… at Beirut. (Corrects …)"), or opening the block
_AT_END = re.compile(rf"(?:(?<=[.!?…”\"’»)])\s+|^)(?P<note>{_NOTE})\s*$")
_AT_START = re.compile(rf"^(?P<note>{_NOTE})\s+(?=\S)")


def drop_edit_notes(pieces: list[Piece], report: Report) -> list[Piece]:
    """The pieces without a news service's correction and update notes, each reported."""
    out: list[Piece] = []
    for piece in pieces:
        if piece.kind not in ("paragraph", "heading", "quote", "list"):
            out.append(piece)
            continue
        text = piece.text
        for pattern in (_AT_START, _AT_END):
            found = pattern.search(text)
            if found and _inner_sentences(found["note"]) <= 1 and (
                    re.fullmatch(_EDITOR_VERBS, found["verb"]) or
                    _COPY_PARTS.search(found["note"])):
                text = (text[:found.start()] + text[found.end():]).strip()
                why = "a news service's note about its copy (a correction or update note: the " \
                      "agency's, not the statement's)"
                if text:  # the rest of the block stays
                    report.alter(piece.first, f"{why} removed", found["note"], last=piece.last)
                else:
                    report.remove(piece.first, why, found["note"])
        if text:
            piece.text = text
            out.append(piece)
    return out


def _inner_sentences(note: str) -> int:
    """How many sentences the bracket holds (an agency's note is one line of instructions)."""
    inside = note.strip("(). ")
    return len([s for s in re.split(r"(?<=[.!?])\s+(?=[A-Z])", inside) if s.strip()])
