"""What the pages show, computed in Python and handed to the Jinja2 templates.

Provenance in words instead of comment syntax, the word-level diff of the old and new English,
the glossary terms found in the sentence, the check findings, filters and windowing.
"""

from __future__ import annotations

import datetime as dt
import difflib
import re
from dataclasses import dataclass, field

import polib

from workflow import states
from workflow.draft.glossary import Glossary
from workflow.language import language
from workflow.review.findings import EntryReview, reason_words
from workflow.review.store import entry_digest, entry_key

PAGE = 20
FILTERS = {
    "todo": "needs a human",
    "stale": "stale",
    "errors": "has errors",
    "mine": "mine",
    "all": "all",
}
STATE_LABELS = {
    states.State.UNTRANSLATED: "untranslated",
    states.State.DRAFT: "draft",
    states.State.STALE: "stale: the English changed",
    states.State.TRANSLATED: "translated, not approved",
    states.State.APPROVED: "approved",
}
_TOKENS = re.compile(r"\w+|[^\w\s]+|\s+")


def language_name(lang: str) -> str:
    return language(lang).english_name


def direction(lang: str) -> str:
    return language(lang).direction


def nice_date(value: str) -> str:
    try:
        day = dt.date.fromisoformat(value)
    except ValueError:
        return value
    return f"{day.day} {day:%b %Y}"


def provenance(entry: polib.POEntry) -> list[str]:
    """The entry's history in plain words, from the ``states`` comment vocabulary."""
    words = []
    for mark in states.marks(entry):
        f, when = mark.fields, nice_date(mark.fields.get("date", ""))
        on = f" on {when}" if when else ""
        if mark.key == states.DRAFT_KEY:
            kind = mark.head
            if kind == "machine":
                how = ", ".join(v for v in (f.get("engine"), f.get("model")) if v)
                words.append(f"Machine draft{f' ({how})' if how else ''}{on}.")
            elif kind == "memory":
                src = f.get("from")
                words.append(f"Draft from translation memory{f' ({src})' if src else ''}{on}.")
            else:
                by = f.get("by")
                words.append(f"Draft by {by or 'a person'}{on}.")
        elif mark.key == states.TRANSLATED_KEY:
            words.append(f"Saved as a human translation by {mark.head}{on}.")
        elif mark.key == states.APPROVED_KEY:
            anyway = f.get("anyway")
            text = f"Approved by {mark.head}{on}"
            if not states.approval_is_current(mark, entry):
                text += " (for an older English sentence: no longer counts)"
            if anyway:
                text += ", confirmed despite: " + "; ".join(
                    reason_words(r) for r in anyway.split(","))
            words.append(text + ".")
        elif mark.key == states.NEEDS_WORK_KEY:
            note = f.get("note")
            words.append(f"Sent back as needing work by {mark.head}{on}"
                         + (f": {note}" if note else "."))
    if states.state_of(entry) is states.State.STALE:
        words.append("The English changed after this was translated.")
    return words


def word_diff(old: str, new: str) -> list[tuple[str, str]]:
    """(kind, text) pieces, kind ``eq``, ``del`` (only in the old English) or ``ins``."""
    a, b = _TOKENS.findall(old), _TOKENS.findall(new)
    pieces: list[tuple[str, str]] = []
    for op, i1, i2, j1, j2 in difflib.SequenceMatcher(None, a, b, autojunk=False).get_opcodes():
        if op == "equal":
            pieces.append(("eq", "".join(a[i1:i2])))
            continue
        if i2 > i1:
            pieces.append(("del", "".join(a[i1:i2])))
        if j2 > j1:
            pieces.append(("ins", "".join(b[j1:j2])))
    return pieces


@dataclass
class Term:
    found: str
    target: str
    kind: str
    note: str


def glossary_terms(glossary: Glossary, msgid: str) -> list[Term]:
    terms, seen = [], set()
    for start, end, term in glossary.matches(msgid):
        if term.source in seen:
            continue
        seen.add(term.source)
        found = msgid[start:end]
        target = term.target if term.kind != "dnt" or term.target else found
        terms.append(Term(found, target, term.kind, term.note))
    return terms


def is_mine(entry: polib.POEntry, reviewer: str | None) -> bool:
    if not reviewer:
        return False
    return any(m.head == reviewer or m.fields.get("by") == reviewer
               for m in states.marks(entry))


def matches(entry: polib.POEntry, review: EntryReview, flt: str, query: str,
            reviewer: str | None) -> bool:
    if flt == "todo" and not states.needs_human(entry):
        return False
    if flt == "stale" and states.state_of(entry) is not states.State.STALE:
        return False
    if flt == "errors" and not review.errors:
        return False
    if flt == "mine" and not is_mine(entry, reviewer):
        return False
    if query:
        q = query.casefold()
        return q in entry.msgid.casefold() or q in entry.msgstr.casefold() or \
            q in (entry.msgctxt or "").casefold()
    return True


@dataclass
class EntryView:
    """One entry as the template shows it."""

    index: int
    key: str
    digest: str
    msgid: str
    msgctxt: str | None
    text: str
    state: str
    label: str
    provenance: list[str]
    comments: list[tuple[str, str]]  # (css class, line): comments outside the vocabulary
    extracted: list[str]
    diff: list[tuple[str, str]]
    terms: list[Term]
    problems: list
    reasons: list[tuple[str, str]]  # (code, words) needing "anyway"
    plural: bool
    rows: int
    file_sha: str
    needs_human: bool
    focus: bool = False
    anyway_checked: bool = False
    message: str = ""
    memory: list = field(default_factory=list)  # workflow.review.memory.Match

    @property
    def anyway_value(self) -> str:
        return ",".join(code for code, _ in self.reasons)


def entry_view(index: int, entry: polib.POEntry, review: EntryReview, glossary: Glossary,
               file_sha: str, text: str | None = None) -> EntryView:
    state = states.state_of(entry)
    kind = states.draft_kind(entry)
    label = STATE_LABELS[state]
    if state is states.State.DRAFT and kind:
        label = f"{kind.value} draft"
    comments = [(f"k-{kind}", line) for kind, line in states.human_comments(entry)]
    diff = word_diff(entry.previous_msgid, entry.msgid) \
        if entry.previous_msgid is not None else []
    shown = entry.msgstr if text is None else text
    return EntryView(
        index=index, key=entry_key(entry), digest=entry_digest(entry), msgid=entry.msgid,
        msgctxt=entry.msgctxt, text=shown, state=state.value, label=label,
        provenance=provenance(entry), comments=comments,
        extracted=[line for line in (entry.comment or "").splitlines() if line.strip()],
        diff=diff, terms=glossary_terms(glossary, entry.msgid), problems=review.problems,
        reasons=[(r, reason_words(r)) for r in review.reasons], plural=bool(entry.msgid_plural),
        rows=max(2, min(12, len(entry.msgid) // 60 + 2)), file_sha=file_sha,
        needs_human=states.needs_human(entry))


@dataclass
class Window:
    """Which matching entries one page shows, and the neighbouring windows."""

    shown: list[int]
    total: int
    start: int
    previous: int | None
    next: int | None


def window(matching: list[int], start: int, size: int | None = None) -> Window:
    size = size or PAGE
    after = [i for i in matching if i >= start]
    shown = after[:size]
    before = [i for i in matching if i < start]
    previous = before[-size] if len(before) >= size else (before[0] if before else None)
    nxt = after[size] if len(after) > size else None
    return Window(shown, len(matching), start, previous, nxt)
