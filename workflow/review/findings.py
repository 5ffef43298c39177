"""What ``dossier check`` says about one entry, and which findings need an explicit "anyway".

The review app runs the registered checks (:mod:`workflow.check`) on the text a reviewer is
about to save, before any action. An entry that is stale (the English changed), still carries a
``# changed:`` line from the meaning-flip guard, or has an error-level finding is only saved or
approved when the reviewer confirms it; the confirmation is recorded in the entry.
"""

from __future__ import annotations

import copy
import threading
from dataclasses import dataclass
from pathlib import Path

import polib

from workflow import states
from workflow.check import checks as _checks  # noqa: F401  (registers the checks)
from workflow.check.registry import ERROR, Context, Problem, run_checks
from workflow.draft.glossary import Glossary, load_glossary

REASON_WORDS = {
    "stale": "the English changed since this was translated",
    "changed": "the meaning-flip guard flagged the change (# changed:)",
}


@dataclass(frozen=True)
class EntryReview:
    """Findings for one entry with a candidate text, and the reasons that need confirmation."""

    problems: list[Problem]
    reasons: list[str]  # "stale", "changed", "error:<code>"

    @property
    def errors(self) -> list[Problem]:
        return [p for p in self.problems if p.severity == ERROR]


def reason_words(reason: str) -> str:
    if reason.startswith("error:"):
        return f"the {reason[6:]} check reports an error"
    return REASON_WORDS.get(reason, reason)


def review_entry(entry: polib.POEntry, text: str | None, lang: str, source_lang: str,
                 glossary: Glossary, mentioned: frozenset[str] = frozenset()) -> EntryReview:
    """Run every registered check on ``entry`` as it would be with ``text`` (None: as it is).

    ``mentioned``: the glossary items earlier entries of the statement mention (see
    :meth:`Glossary.mentions`), so a term's later form is judged as ``dossier check`` judges it.
    """
    candidate = entry
    if text is not None and text != entry.msgstr:
        candidate = copy.copy(entry)
        candidate.msgstr = text
    problems: list[Problem] = []
    if candidate.msgstr and not candidate.msgid_plural:
        ctx = Context(candidate.msgid, candidate.msgstr, candidate, lang, source_lang, glossary,
                      mentioned=mentioned)
        problems = list(run_checks(ctx))
    reasons = []
    if entry.previous_msgid is not None and states.is_fuzzy(entry):
        reasons.append("stale")
    if states.marks(entry, states.CHANGED_KEY):
        reasons.append("changed")
    for code in dict.fromkeys(p.code for p in problems if p.severity == ERROR):
        if code != "meaning-flip":  # covered by "changed"
            reasons.append(f"error:{code}")
    return EntryReview(problems, reasons)


class GlossaryCache:
    """``locales/<lang>/glossary.csv`` read once and again only when the file changes."""

    def __init__(self) -> None:
        self._cache: dict[Path, tuple[tuple[int, int], Glossary]] = {}
        self._lock = threading.Lock()

    def get(self, path: Path) -> Glossary:
        try:
            stat = path.stat()
            stamp = (stat.st_mtime_ns, stat.st_size)
        except FileNotFoundError:
            stamp = (0, -1)
        with self._lock:
            hit = self._cache.get(path)
            if hit and hit[0] == stamp:
                return hit[1]
        glossary = load_glossary(path)
        with self._lock:
            self._cache[path] = (stamp, glossary)
        return glossary
