"""Merge a template into a translation catalog with ``msgmerge --previous`` semantics.

* exact msgid match: the old entry (translation, translator comments, flags, previous msgid)
  is kept; references and extracted comments come from the template;
* no exact match: the nearest old sentence (character similarity >= 0.6, GNU's threshold) lends
  its translation as a starting point; the entry becomes *stale* (fuzzy, ``#| msgid`` = old
  text, approval dropped) and the meaning-flip guard adds a ``# changed:`` line when needed;
* an exact match that another tool made fuzzy (GNU ``msgmerge``, Weblate) loses any approval
  and gets the meaning-flip check against its ``#| msgid``;
* a draft that another tool moved to a changed sentence (GNU ``msgmerge --previous`` writes no
  ``#| msgid`` for entries that were already fuzzy) is recognised by its ``src=`` fingerprint
  and gets a ``# changed:`` line saying so;
* old entries gone from the template become obsolete ``#~`` entries (untranslated ones, which
  hold nothing to lose, are dropped, as GNU msgmerge does). Unlike GNU msgmerge, an old entry
  that lent its translation to a changed sentence is kept as obsolete too: its approval and
  comments, dropped from the stale entry, are a reviewer's work and stay on record.

The result is a fixed point of GNU ``msgmerge --previous``: running it on our output against
the same template changes nothing.
"""

from __future__ import annotations

import copy
from dataclasses import dataclass, field
from difflib import SequenceMatcher

import polib

from workflow.catalog.guard import meaning_changes
from workflow.catalog.pofile import Catalog
from workflow.states import (
    APPROVED_KEY,
    CHANGED_KEY,
    draft_source_changed,
    drop_marks,
    has_translation,
    is_fuzzy,
    mark_stale,
    marks,
    note_source_changed,
)

FUZZY_THRESHOLD = 0.6
# A draft another tool moved to a changed sentence: only its src= fingerprint tells.
DRAFT_SOURCE_CHANGED = ("the English changed after this draft was made (its src= fingerprint "
                        "differs); compare the draft with the English")


def is_template_flag(flag: str) -> bool:
    """Flags that describe the source string, so they come from the template (as in GNU
    msgmerge): ``c-format``, ``no-python-format``, ``no-wrap``, ``range: 0..9``..."""
    return flag.endswith("-format") or flag in ("wrap", "no-wrap") or flag.startswith("range:")


def _flags(template_entry: polib.POEntry, old_flags: list[str]) -> list[str]:
    own = [f for f in old_flags if not is_template_flag(f)]
    return own + [f for f in template_entry.flags if is_template_flag(f) and f not in own]


@dataclass
class MergeReport:
    kept: int = 0
    new: int = 0
    fuzzy: int = 0
    flagged: list[tuple[str, list[str]]] = field(default_factory=list)  # (msgid, changes)
    obsoleted: int = 0
    revived: int = 0

    @property
    def translation_changed(self) -> bool:
        return bool(self.fuzzy or self.obsoleted or self.revived)


def _key(entry: polib.POEntry) -> tuple[str | None, str]:
    return (entry.msgctxt, entry.msgid)


def nearest(msgid: str, candidates: list[polib.POEntry]) -> polib.POEntry | None:
    """The most similar candidate (ratio >= FUZZY_THRESHOLD), ties broken by file order."""
    best, best_ratio = None, FUZZY_THRESHOLD
    matcher = SequenceMatcher(None, autojunk=False)
    matcher.set_seq2(msgid)
    for candidate in candidates:
        matcher.set_seq1(candidate.msgid)
        if matcher.real_quick_ratio() < best_ratio or matcher.quick_ratio() < best_ratio:
            continue
        ratio = matcher.ratio()
        if ratio > best_ratio or (best is None and ratio >= best_ratio):
            best, best_ratio = candidate, ratio
    return best


def merge(template: Catalog, old: Catalog | None) -> tuple[list, list, MergeReport]:
    """Return (active entries, obsolete entries, report) for the new catalog."""
    report = MergeReport()
    old_active = old.by_msgid() if old else {}
    old_obsolete = {_key(e): e for e in old.obsolete} if old else {}
    wanted = {_key(e) for e in template.entries}
    candidates = [e for e in (old.entries + old.obsolete if old else [])
                  if _key(e) not in wanted and has_translation(e) and not e.msgid_plural]
    active: list[polib.POEntry] = []
    for entry in template.entries:
        key = _key(entry)
        previous = old_active.get(key)
        if previous is None and key in old_obsolete:
            previous = old_obsolete[key]
            report.revived += 1
        if previous is not None:
            merged = copy.copy(previous)
            merged.flags = _flags(entry, previous.flags)
            if entry.msgid_plural and previous.msgid_plural:
                merged.msgid_plural = entry.msgid_plural
            merged.obsolete = False
            merged.comment = entry.comment
            merged.occurrences = list(entry.occurrences)
            if is_fuzzy(merged) and merged.previous_msgid:
                _recheck(merged, report)
            elif (is_fuzzy(merged) and draft_source_changed(merged)
                  and note_source_changed(merged, DRAFT_SOURCE_CHANGED)):
                report.flagged.append((merged.msgid, [DRAFT_SOURCE_CHANGED]))
            report.kept += 1
        else:
            merged = polib.POEntry(msgid=entry.msgid, msgctxt=entry.msgctxt, msgstr="",
                                   msgid_plural=entry.msgid_plural,
                                   comment=entry.comment, occurrences=list(entry.occurrences),
                                   flags=_flags(entry, []))
            if entry.msgid_plural:
                merged.msgstr_plural = {0: "", 1: ""}  # sized to the language by the caller
            source = (nearest(entry.msgid, candidates)
                      if candidates and not entry.msgid_plural else None)
            if source is not None:
                merged.msgstr = source.msgstr
                merged.tcomment = source.tcomment
                merged.flags = _flags(entry, [f for f in source.flags if f != "fuzzy"])
                changes = meaning_changes(source.msgid, entry.msgid)
                mark_stale(merged, source.msgid, changes)
                report.fuzzy += 1
                if changes:
                    report.flagged.append((entry.msgid, changes))
            else:
                report.new += 1
        active.append(merged)
    obsolete: dict[tuple, polib.POEntry] = {}
    for entry in old.obsolete if old else []:
        if _key(entry) not in wanted:
            obsolete[_key(entry)] = _retire(entry)
    for entry in old.entries if old else []:
        if _key(entry) not in wanted and has_translation(entry):
            obsolete.pop(_key(entry), None)
            obsolete[_key(entry)] = _retire(entry)
            report.obsoleted += 1
    return active, list(obsolete.values()), report


def _recheck(entry: polib.POEntry, report: MergeReport) -> None:
    """A stale entry that another tool re-fuzzied (GNU ``msgmerge --previous``, Weblate's
    msgmerge add-on) may still carry its old ``# approved:`` line, which would count again once
    a translator unticks "Needs work" (Poedit then also drops the ``#| msgid``). Drop it, and
    run the meaning-flip guard on the recorded ``#| msgid`` unless a ``# changed:`` line
    already says what changed."""
    if marks(entry, APPROVED_KEY):
        drop_marks(entry, APPROVED_KEY)
    if marks(entry, CHANGED_KEY) or entry.previous_msgid == entry.msgid:
        return
    changes = meaning_changes(entry.previous_msgid, entry.msgid)
    if changes:
        mark_stale(entry, entry.previous_msgid, changes)
        report.flagged.append((entry.msgid, changes))


def _retire(entry: polib.POEntry) -> polib.POEntry:
    """An obsolete copy: translation and translator comments kept; like GNU msgmerge, no
    references or extracted comments (they point at text that no longer exists)."""
    gone = copy.copy(entry)
    gone.obsolete = True
    gone.comment = ""
    gone.occurrences = []
    return gone
