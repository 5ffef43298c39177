"""Who signs: the organisations and named people a statement is signed or endorsed by, in order.

Found in the signature block after the body, in a list or lines after a label ("Signed by:",
"Signatories:", "The undersigned organisations", "Yours sincerely,"), and in a line naming the
experts ("The experts: A, Special Rapporteur on ...; B, ..."). A person's role after a comma is
left out ("Prof. Helen Marsh, University of Leeds" -> "Prof. Helen Marsh"); an organisation keeps
its whole line; a form in another script in parentheses or on its own line (a Persian name
under the English one) is not a second signer.
"""

from __future__ import annotations

import re

from workflow.importer.features import script_of
from workflow.importer.lexicon import EXPERTS_LABEL, SIGN_LABEL
from workflow.importer.metadata import (
    ROLE_WORDS,
    date_line,
    find_date,
    is_organisation,
    is_person,
    name_run,
)
from workflow.importer.structure import Piece
from workflow.importer.text import ends_terminal, words, wordset

# a label with its signers on the same line: "Signatories: A, B and C", "Signed: A, B, C."
_INLINE = re.compile(r"^(?:signed(?: by)?|signatories|signatory organi[sz]ations|co-?signed by|"
                     r"endorsed by|supported by|signing organi[sz]ations)\s*[:–—]\s*(\S.*)$",
                     re.IGNORECASE)
_TABLE_HEAD = wordset("organisation organization organisations organizations name names "
                        "country countries signatory signatories title position role city "
                        "affiliation no")
# a list item's marker: a bullet, an emoji bullet, a number ("1.", "2)", "(3)")
_MARKER = re.compile(r"^(?:[-•*—–▪◦‣·►▸➤✅✔️🔹🔸\ufe0f]+|\(?\d{1,3}[.)])\s*")
# a line that is a role, under its holder's name in a signature block
_ROLE_LINE = re.compile(r"^(?:(?:vice|deputy|acting|former|executive|senior|general|special|"
                        r"assistant|co)[\s-]+)*(?:president|secretary|director|chair\w*|"
                        r"rapporteur|professor|lecturer|coordinator|spokes\w+|head|founder|"
                        r"member|dean|editor|ceo|commissioner|judge|fellow|researcher|lawyer|"
                        r"advocate|programme|program|officer|manager)\b", re.IGNORECASE)
_TITLES = re.compile(r"^(?:prof|dr|mr|mrs|ms|sir|dame|judge|justice|hon)\.?\s", re.IGNORECASE)


def signers(pieces: list[Piece], columns: dict[int, list[str]] | None = None) -> list[str]:
    """The signers, in order; ``columns`` are the cells of raw lines copied from a table (by
    line number): a signer's row gives its first cell ("Parisa Kamali", not her affiliation
    or an organisation's country in the next column)."""
    main = script_of(" ".join(p.text for p in pieces))
    out: list[str] = []
    labelled = False
    columns = columns or {}
    for piece in pieces:
        text = piece.text.strip().lstrip("*").strip()  # "*The experts:" (a footnote mark)
        cells = columns.get(piece.first) if piece.first == piece.last else None
        if cells and " ".join(cells).split() == text.split() and \
                not {w.lower() for w in words(text)} <= _TABLE_HEAD:
            text = cells[0]  # a table's row: its first column names the signer
        inline = _INLINE.match(text)
        if inline:
            out += name_run(inline.group(1), least=1)
            labelled = True
            continue
        if EXPERTS_LABEL.match(text):
            for part in EXPERTS_LABEL.sub("", text).rstrip(".").split(";"):
                name = part.split(",")[0].strip()
                if 2 <= len(words(name)) <= 6:
                    out.append(name)
            continue
        if SIGN_LABEL.match(text) or _undersigned_heading(text):
            labelled = True
            continue
        if piece.kind == "signature" or (labelled and piece.kind in ("list", "paragraph",
                                                                     "heading")):
            if {w.lower() for w in words(text)} <= _TABLE_HEAD:
                continue  # a signature table's header row ("Organisation  Country")
            if out and _ROLE_LINE.match(_MARKER.sub("", text)):
                continue  # the role under the name above ("President of the ... Union")
            run = name_run(text.lstrip("—–- "))
            if run:
                out += run
                continue
            name = _name(text, main)
            if name:
                out.append(name)
            elif labelled and piece.kind == "paragraph" and ends_terminal(text) and \
                    len(words(text)) > 12:
                labelled = False
    if not out:
        out = _closing_list(pieces)
    return list(dict.fromkeys(out))


def _closing_list(pieces: list[Piece]) -> list[str]:
    """Signers listed without a label: the text's closing list, two or more items, every one an
    organisation or a person ("1) Baha'i Educators Solidarity Group (Canada)")."""
    end = len(pieces)
    while end and pieces[end - 1].kind == "signature":
        end -= 1
    start = end
    while start and pieces[start - 1].kind == "list":
        start -= 1
    items = [re.sub(r"\s*\([^()]*\)$", "", p.text).strip() for p in pieces[start:end]]
    if len(items) >= 2 and all(is_organisation(x) or is_person(x) for x in items):
        return [p.text for p in pieces[start:end]]
    return []


def refers_elsewhere(text: str) -> bool:
    """"The organisations listed above": a line pointing to signers named elsewhere."""
    return bool(re.search(r"\b(?:above|below)\W*$", text, re.IGNORECASE))


def _undersigned_heading(text: str) -> bool:
    return bool(re.match(r"^(?:list of )?(?:signatories|signatory organi[sz]ations|endorsements?)"
                         r"\b.{0,30}:?$", text, re.IGNORECASE))


def _name(text: str, main: str) -> str | None:
    """The signer a line names, or None for a date, a place, a role-only or foreign-script line."""
    text = _MARKER.sub("", text).strip().rstrip(",;")
    if not text or date_line(text) or (find_date(text) and len(words(text)) <= 8):
        return None
    if refers_elsewhere(text):
        return None
    if script_of(text) != main and main != "other":
        return None
    text = re.sub(r"\s*\([^()]*\)$", lambda m: "" if script_of(m.group(0)) != main else
                  m.group(0), text).strip()
    if len(words(text)) > 16 or (ends_terminal(text) and not text.endswith(")")):
        return None
    head = text.split(",")[0].strip()
    if "," in text and not is_organisation(head) and (is_person(head) or _TITLES.match(head)) \
            and (ROLE_WORDS.search(text[len(head):]) or len(words(head)) <= 5):
        return head
    if is_organisation(text) or is_person(text) or _TITLES.match(text):
        return text
    first = text[:1]
    if first.isupper() and len(words(text)) <= 10:
        return text
    return None
