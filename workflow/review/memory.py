"""Translation-memory matches for the reviewer: how other statements translated this sentence.

Only finished human work counts, as in :mod:`workflow.draft.memory` (approved or translated,
never a draft). Exact matches first, then near ones scored as ``dossier draft`` scores them
(:meth:`TranslationMemory.scored`: OmegaT-style token similarity, at least 75%), from the
other catalogs of the same language. Rebuilt when a catalog changes.
"""

from __future__ import annotations

import threading
from dataclasses import dataclass
from pathlib import Path

from workflow import states
from workflow.catalog.pofile import read_catalog
from workflow.draft.memory import DEFAULT_THRESHOLD, TranslationMemory
from workflow.errors import InputError


@dataclass(frozen=True)
class Match:
    score: int  # percent similarity of the English
    msgid: str
    text: str
    slug: str
    approved: bool


class MemoryIndex:
    def __init__(self, folder_of) -> None:
        self._folder_of = folder_of  # lang -> LC_MESSAGES folder
        self._cache: dict[str, tuple[tuple, dict[str, list[tuple[str, str, str, bool]]],
                                     TranslationMemory]] = {}
        self._lock = threading.Lock()

    def _units(self, lang: str) -> tuple[dict[str, list[tuple[str, str, str, bool]]],
                                         TranslationMemory]:
        folder: Path = self._folder_of(lang)
        paths = sorted(folder.glob("*.po")) if folder.is_dir() else []
        stamp = tuple((p.name, p.stat().st_mtime_ns, p.stat().st_size) for p in paths)
        with self._lock:
            hit = self._cache.get(lang)
            if hit and hit[0] == stamp:
                return hit[1], hit[2]
        units: dict[str, list[tuple[str, str, str, bool]]] = {}
        memory = TranslationMemory()
        for path in paths:
            try:
                catalog = read_catalog(path)
            except InputError:
                continue  # a broken catalog is reported where it is opened, not here
            for entry in catalog.entries:
                state = states.state_of(entry)
                if entry.msgid_plural or state not in (states.State.APPROVED,
                                                       states.State.TRANSLATED):
                    continue
                units.setdefault(entry.msgid, []).append(
                    (path.stem, entry.msgid, entry.msgstr, state is states.State.APPROVED))
            memory.add(path.stem, catalog.entries)
        with self._lock:
            self._cache[lang] = (stamp, units, memory)
        return units, memory

    def matches(self, lang: str, msgid: str, slug: str, limit: int = 3) -> list[Match]:
        """Up to ``limit`` translations of this or a similar sentence from other statements."""
        units, memory = self._units(lang)
        found: list[Match] = []
        for other_slug, source, text, approved in units.get(msgid, []):
            if other_slug != slug:
                found.append(Match(100, source, text, other_slug, approved))
        if len(found) < limit:
            for score, source in memory.scored(msgid, DEFAULT_THRESHOLD)[:limit]:
                for other_slug, _, text, approved in units[source]:
                    if other_slug != slug:
                        found.append(Match(score, source, text, other_slug, approved))
        found.sort(key=lambda m: (-m.score, not m.approved, m.slug))
        return found[:limit]
