"""The life of a catalog entry, stored in standard ``.po`` syntax so it survives every tool.

State is derived, never stored separately, from three things that GNU ``msgmerge``,
``msgcat``, Poedit, Lokalize and Weblate all keep:

* the ``fuzzy`` flag (Poedit's "Needs work" toggle),
* the previous msgid (``#| msgid``), written by ``msgmerge --previous`` and by ``dossier update``,
* translator comments (``# ...``) in a small ``key: value`` vocabulary defined here.

Unknown ``#,`` flags are dropped by ``msgmerge``, so no state lives in flags other than fuzzy.

States::

    untranslated  empty msgstr
    draft         fuzzy, non-empty, no previous msgid; a "# draft:" comment says who drafted it
                  (machine / memory / team / person)
    stale         fuzzy with "#| msgid", or a draft whose "src=" fingerprint is not that of the
                  msgid: the source sentence changed after translation, so the text
                  translates an older sentence
    translated    not fuzzy, non-empty, no valid approval
    approved      not fuzzy, non-empty, "# approved: NAME; date=YYYY-MM-DD" comment

Comment vocabulary (one per line, in translator comments)::

    # draft: machine; engine=argos; model=translate-en_fa-1.9; date=2026-11-22; src=3f2a9c1d0b
    # draft: machine; engine=libretranslate; server=lt.example.org; model=...; date=...; src=...
    # draft: memory; from=statement-slug; date=2026-11-22; src=3f2a9c1d0b
    # draft: memory; from=statement-slug; score=82; date=2026-11-22; src=...  (a near match,
                                                   with the matched English as "#| msgid")
    # draft: team; by=Dossier translation team; date=2026-11-22
    # draft: person; by=Jane Doe; date=2026-11-22
    # approved: Jane Doe <jane@example.org>; date=2026-11-22; src=3f2a9c1d0b
    # translated: Jane Doe; date=2026-11-22              (a reviewer saved a human translation)
    # needs-work: Jane Doe; date=2026-11-22; note=...     (a reviewer sent the text back)
    # changed: number 3 -> 5; negation added (not)     (meaning-flip guard from update)
    # warning: numbers differ from source: 30,000       (from draft/check)

A translator approves from a text editor by deleting the ``#, fuzzy`` line and adding an
``# approved:`` line. Unticking "Needs work" in Poedit makes an entry *translated*; approval is
a reviewer's explicit act (the comment). When the source sentence changes, ``update`` makes the
entry fuzzy again and removes its approval: it can never stay approved. Approvals written by
dossier carry ``src=``, a fingerprint of the approved English sentence, so an approval also stops
counting when another tool (GNU ``msgmerge``, Weblate) changed the msgid and a translator then
cleared fuzzy without review. A hand-written approval without ``src=`` counts as it is.
"""

from __future__ import annotations

import hashlib
import re
from dataclasses import dataclass
from enum import StrEnum

import polib

from workflow import clock


class State(StrEnum):
    UNTRANSLATED = "untranslated"
    DRAFT = "draft"
    STALE = "stale"
    TRANSLATED = "translated"
    APPROVED = "approved"


class DraftKind(StrEnum):
    MACHINE = "machine"
    MEMORY = "memory"
    TEAM = "team"
    PERSON = "person"


DRAFT_KEY = "draft"
APPROVED_KEY = "approved"
CHANGED_KEY = "changed"
WARNING_KEY = "warning"
TRANSLATED_KEY = "translated"
NEEDS_WORK_KEY = "needs-work"
STATE_KEYS = (DRAFT_KEY, APPROVED_KEY)

_LINE = re.compile(r"^\s*(draft|approved|changed|warning|translated|needs-work):\s*(.*)$")


@dataclass(frozen=True)
class Mark:
    """One parsed ``key: head; k=v; ...`` translator-comment line."""

    key: str
    head: str
    fields: dict[str, str]

    def render(self) -> str:
        parts = [self.head] if self.head else []
        parts += [f"{k}={v}" for k, v in self.fields.items()]
        return f"{self.key}: " + "; ".join(parts)


def parse_mark(line: str) -> Mark | None:
    """Parse one translator-comment line; None if it is not part of the vocabulary."""
    match = _LINE.match(line)
    if not match:
        return None
    key, rest = match.groups()
    head = ""
    fields: dict[str, str] = {}
    for i, part in enumerate(p.strip() for p in rest.split(";")):
        if not part:
            continue
        name, eq, value = part.partition("=")
        if eq and re.fullmatch(r"[A-Za-z_-]+", name.strip()):
            fields[name.strip()] = value.strip()
        elif i == 0:
            head = part
        else:
            fields.setdefault("note", part)
    return Mark(key, head, fields)


def _comment_lines(entry: polib.POEntry) -> list[str]:
    """Translator-comment lines, split at ``\\n`` only: a U+2028 inside a comment is text,
    as in GNU gettext (``str.splitlines`` would break the line there)."""
    return entry.tcomment.split("\n") if entry.tcomment else []


def marks(entry: polib.POEntry, key: str | None = None) -> list[Mark]:
    """All vocabulary lines in the entry's translator comments, optionally of one key."""
    found = []
    for line in _comment_lines(entry):
        mark = parse_mark(line)
        if mark and (key is None or mark.key == key):
            found.append(mark)
    return found


def _set_lines(entry: polib.POEntry, drop_keys: tuple[str, ...], add: list[str]) -> None:
    """Rewrite translator comments: remove lines of ``drop_keys``, append ``add``; keep the rest."""
    kept = []
    for line in _comment_lines(entry):
        mark = parse_mark(line)
        if mark and mark.key in drop_keys:
            continue
        kept.append(line)
    entry.tcomment = "\n".join(kept + add)


def is_fuzzy(entry: polib.POEntry) -> bool:
    return "fuzzy" in entry.flags


def has_translation(entry: polib.POEntry) -> bool:
    if entry.msgid_plural:
        return any(v for v in entry.msgstr_plural.values())
    return bool(entry.msgstr)


def source_fingerprint(entry: polib.POEntry) -> str:
    """A short, stable fingerprint of the source sentence (context + msgid) an approval covers."""
    key = f"{entry.msgctxt or ''}\x04{entry.msgid}".encode()
    return hashlib.sha256(key).hexdigest()[:10]


def approval_is_current(mark: Mark, entry: polib.POEntry) -> bool:
    """An approval counts for this msgid: written for it, or hand-written without a fingerprint."""
    src = mark.fields.get("src")
    return src is None or src == source_fingerprint(entry)


def state_of(entry: polib.POEntry) -> State:
    """The entry's state, derived from its flags, previous msgid and comments."""
    if not has_translation(entry):
        return State.UNTRANSLATED
    if is_fuzzy(entry):
        return State.STALE if entry.previous_msgid or draft_source_changed(entry) else State.DRAFT
    if any(approval_is_current(mark, entry) for mark in marks(entry, APPROVED_KEY)):
        return State.APPROVED
    return State.TRANSLATED


def draft_source_changed(entry: polib.POEntry) -> bool:
    """A draft made for another English sentence: its ``# draft:`` line's ``src=`` is not the
    fingerprint of the current msgid. GNU ``msgmerge --previous`` (and Weblate) move an
    already-fuzzy entry to a changed msgid without writing ``#| msgid``; this still shows it.
    Drafts without ``src=`` (hand-written, older files) count as current."""
    current = None
    for mark in marks(entry, DRAFT_KEY):
        src = mark.fields.get("src")
        if src is not None:
            current = current or source_fingerprint(entry)
            if src != current:
                return True
    return False


def draft_kind(entry: polib.POEntry) -> DraftKind | None:
    """Who drafted a draft/stale entry (None when no ``# draft:`` comment says so)."""
    for mark in marks(entry, DRAFT_KEY):
        try:
            return DraftKind(mark.head)
        except ValueError:
            return DraftKind.PERSON
    return None


def needs_human(entry: polib.POEntry) -> bool:
    """True for anything a reviewer must look at: drafts, stale entries, meaning-flip warnings."""
    state = state_of(entry)
    if state in (State.UNTRANSLATED, State.DRAFT, State.STALE):
        return True
    return bool(marks(entry, CHANGED_KEY)) and state is not State.APPROVED


def today() -> str:
    """The date written into marks (``SOURCE_DATE_EPOCH`` honoured, see :mod:`workflow.clock`)."""
    return clock.today()


def mark_draft(
    entry: polib.POEntry,
    text: str,
    kind: DraftKind,
    date: str | None = None,
    **fields: str,
) -> None:
    """Fill an entry with a draft: fuzzy, plus a ``# draft:`` comment naming its provenance
    and ``src=``, the fingerprint of the English sentence it translates."""
    entry.msgstr = text
    if "fuzzy" not in entry.flags:
        entry.flags.append("fuzzy")
    entry.previous_msgid = None
    all_fields = {**fields, "date": date or today(), "src": source_fingerprint(entry)}
    line = Mark(DRAFT_KEY, kind.value, all_fields).render()
    _set_lines(entry, STATE_KEYS, [line])


def mark_approved(entry: polib.POEntry, reviewer: str, date: str | None = None,
                  **extra: str) -> None:
    """A reviewer's approval: not fuzzy, no previous msgid, an ``# approved:`` comment.

    ``extra`` fields follow ``src=`` (the review app records ``anyway=`` confirmations there).
    """
    if not has_translation(entry):
        raise ValueError("cannot approve an untranslated entry")
    if "fuzzy" in entry.flags:
        entry.flags.remove("fuzzy")
    entry.previous_msgid = None
    entry.previous_msgctxt = None
    fields = {"date": date or today(), "src": source_fingerprint(entry), **extra}
    line = Mark(APPROVED_KEY, reviewer, fields).render()
    _set_lines(entry, (APPROVED_KEY, DRAFT_KEY, CHANGED_KEY, NEEDS_WORK_KEY), [line])


def mark_translated(entry: polib.POEntry, text: str | None = None, by: str | None = None,
                    date: str | None = None, **extra: str) -> None:
    """A human translation, not yet approved: clears fuzzy and any approval.

    With ``by`` (who saved it) the ``# draft:`` line is replaced by ``# translated: BY; date=``
    and resolved ``# changed:``/``# needs-work:`` lines go; without, other comments stay.
    """
    if text is not None:
        entry.msgstr = text
    if "fuzzy" in entry.flags:
        entry.flags.remove("fuzzy")
    entry.previous_msgid = None
    if by is None:
        _set_lines(entry, (APPROVED_KEY,), [])
        return
    line = Mark(TRANSLATED_KEY, by, {"date": date or today(), **extra}).render()
    _set_lines(entry, (APPROVED_KEY, DRAFT_KEY, TRANSLATED_KEY, CHANGED_KEY, NEEDS_WORK_KEY),
               [line])


def mark_needs_work(entry: polib.POEntry, text: str, by: str, note: str = "",
                    date: str | None = None) -> None:
    """A reviewer sends an entry back: fuzzy, their text as a person draft, their note.

    Evidence of a source change (``#| msgid``, ``# changed:``) is kept: nobody resolved it yet.
    """
    previous = entry.previous_msgid, entry.previous_msgctxt
    mark_draft(entry, text, DraftKind.PERSON, date, by=by)
    entry.previous_msgid, entry.previous_msgctxt = previous
    fields = {"date": date or today()}
    if note:
        fields["note"] = " ".join(note.replace(";", ",").split())
    _set_lines(entry, (NEEDS_WORK_KEY,), [Mark(NEEDS_WORK_KEY, by, fields).render()])


def mark_stale(entry: polib.POEntry, old_msgid: str, changes: list[str] | None = None) -> None:
    """The source sentence changed: fuzzy, ``#| msgid`` = old text, approval dropped.

    ``changes`` (meaning-flip guard) are written as one ``# changed:`` line.
    """
    if "fuzzy" not in entry.flags:
        entry.flags.append("fuzzy")
    entry.previous_msgid = old_msgid
    add = [Mark(CHANGED_KEY, "; ".join(changes), {}).render()] if changes else []
    _set_lines(entry, (APPROVED_KEY, CHANGED_KEY), add)


def drop_marks(entry: polib.POEntry, *keys: str) -> None:
    """Remove every vocabulary line of ``keys`` (other comments stay, in order)."""
    _set_lines(entry, keys, [])


def remove_warnings(entry: polib.POEntry, *heads: str) -> None:
    """Remove the ``# warning:`` lines that start with one of ``heads`` (a command's own
    warnings, before it judges the entry again); other warnings and comments stay."""
    prefixes = tuple(f"{WARNING_KEY}: {head}" for head in heads)
    lines = _comment_lines(entry)
    entry.tcomment = "\n".join(line for line in lines if not line.startswith(prefixes))


def notes(entry: polib.POEntry) -> list[str]:
    """The free-text ``# note:`` lines a translator wrote (a deliberate difference explained)."""
    lines = (line.strip() for line in _comment_lines(entry))
    return [line[5:].strip() for line in lines if line.startswith("note:")]


def human_comments(entry: polib.POEntry) -> list[tuple[str, str]]:
    """The translator-comment lines a person should read, as ``(kind, line)``: ``changed``,
    ``warning``, ``note`` or ``other``. State marks (draft, approved, ...) are the state's, shown
    as such, and left out."""
    shown = []
    for line in _comment_lines(entry):
        if not line.strip():
            continue
        mark = parse_mark(line)
        if mark is None or mark.key in (CHANGED_KEY, WARNING_KEY):
            key = mark.key if mark else line.split(":", 1)[0].strip().lower()
            shown.append((key if key in (CHANGED_KEY, WARNING_KEY, "note") else "other", line))
    return shown


def note_source_changed(entry: polib.POEntry, what: str) -> bool:
    """A ``# changed:`` line when the old sentence is unknown (only its fingerprint differs);
    False when the entry already has one."""
    if marks(entry, CHANGED_KEY):
        return False
    _set_lines(entry, (), [Mark(CHANGED_KEY, what, {}).render()])
    return True


def add_warning(entry: polib.POEntry, text: str) -> None:
    """Attach a ``# warning:`` line (replacing an identical one), e.g. numbers that disagree."""
    line = Mark(WARNING_KEY, text, {}).render()
    lines = _comment_lines(entry)
    if line not in lines:
        entry.tcomment = "\n".join([*lines, line])
