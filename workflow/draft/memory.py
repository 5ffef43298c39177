"""Translation memory: sentences a human already translated in any catalog of a language.

Only finished human work counts (not fuzzy, not empty, not obsolete): approved translations
first, then translated ones, then catalogs in name order, so the choice is deterministic.
Drafts are never a memory source, so a machine draft cannot spread as if it were reviewed.
"""

from __future__ import annotations

from dataclasses import dataclass

import polib

from workflow.states import State, state_of


@dataclass(frozen=True)
class Hit:
    text: str
    slug: str  # the statement whose catalog holds the translation


class TranslationMemory:
    def __init__(self) -> None:
        self._best: dict[str, tuple[int, Hit]] = {}

    def add(self, slug: str, entries: list[polib.POEntry]) -> None:
        for entry in entries:
            if entry.obsolete or not entry.msgid or entry.msgid_plural:
                continue
            state = state_of(entry)
            if state not in (State.APPROVED, State.TRANSLATED):
                continue
            rank = 0 if state is State.APPROVED else 1
            known = self._best.get(entry.msgid)
            if known is None or rank < known[0]:
                self._best[entry.msgid] = (rank, Hit(entry.msgstr, slug))

    def lookup(self, msgid: str) -> Hit | None:
        found = self._best.get(msgid)
        return found[1] if found else None

    def __len__(self) -> int:
        return len(self._best)
