"""Translation memory: sentences a human already translated, reused exactly or as near matches.

Only finished human work counts (not fuzzy, not empty, not obsolete) from every catalog of the
language, plus pairs imported from TMX files (``locales/<lang>/memory.tmx``): approved
translations first, then translated ones, then imported ones, then catalogs in name order, so
the choice is deterministic. Drafts are never a memory source, so a machine draft cannot spread
as if it were reviewed.

Near matches are scored the way OmegaT and Translate Toolkit score them: a Levenshtein distance
over word and punctuation tokens (case-insensitive), ``score = 100 * (1 - distance / longer)``;
a different sentence never scores 100. An inverted index of tokens with a prefix filter
(only the query's rarest tokens are probed) and the bound ``score <= shared tokens / longer``
keep lookups fast on large memories.
"""

from __future__ import annotations

import math
import re
from collections import Counter, defaultdict
from dataclasses import dataclass

import polib

from workflow.states import State, state_of

DEFAULT_THRESHOLD = 75
IMPORTED_RANK = 2  # after approved (0) and translated (1) catalog entries
_TOKEN = re.compile(r"\w+(?:['’]\w+)*|[^\w\s]", re.UNICODE)


@dataclass(frozen=True)
class Hit:
    text: str
    slug: str  # the statement whose catalog holds the translation (or the TMX file)
    source: str = ""  # the English sentence translated (differs from the query for near matches)
    score: int = 100


def tokens(text: str) -> list[str]:
    return [t.lower() for t in _TOKEN.findall(text)]


def _keyed(toks: list[str]) -> list[str]:
    """Tokens numbered by occurrence ("the", "the#2"), so sets of them count like multisets."""
    seen: Counter = Counter()
    keyed = []
    for tok in toks:
        seen[tok] += 1
        keyed.append(tok if seen[tok] == 1 else f"{tok}#{seen[tok]}")
    return keyed


def token_distance(a: list[str], b: list[str]) -> int:
    """Levenshtein distance between token lists (insert, delete, substitute: cost 1)."""
    if len(a) < len(b):
        a, b = b, a
    previous = list(range(len(b) + 1))
    for i, x in enumerate(a, start=1):
        current = [i]
        for j, y in enumerate(b, start=1):
            current.append(min(previous[j] + 1, current[j - 1] + 1,
                               previous[j - 1] + (x != y)))
        previous = current
    return previous[-1]


def similarity(a: str, b: str) -> int:
    """OmegaT-style fuzzy score 0..100 of two sentences; 100 only when they are identical."""
    if a == b:
        return 100
    ta, tb = tokens(a), tokens(b)
    longer = max(len(ta), len(tb))
    if not longer:
        return 0
    return min(99, int(100 * (1 - token_distance(ta, tb) / longer)))


class TranslationMemory:
    def __init__(self) -> None:
        self._best: dict[str, tuple[int, Hit]] = {}
        self._tokens: dict[str, list[str]] = {}
        self._index: dict[str, set[str]] = defaultdict(set)

    def add(self, slug: str, entries: list[polib.POEntry]) -> None:
        """Approved and translated entries of one catalog."""
        for entry in entries:
            if entry.obsolete or not entry.msgid or entry.msgid_plural:
                continue
            state = state_of(entry)
            if state not in (State.APPROVED, State.TRANSLATED):
                continue
            self.add_pair(entry.msgid, entry.msgstr, slug,
                          rank=0 if state is State.APPROVED else 1)

    def add_pair(self, source: str, target: str, slug: str, rank: int = IMPORTED_RANK) -> None:
        if not source or not target:
            return
        known = self._best.get(source)
        if known is None or rank < known[0]:
            self._best[source] = (rank, Hit(target, slug, source))
        if source not in self._tokens:
            toks = tokens(source)
            self._tokens[source] = toks
            for key in _keyed(toks):
                self._index[key].add(source)

    def lookup(self, msgid: str) -> Hit | None:
        found = self._best.get(msgid)
        return found[1] if found else None

    def near(self, msgid: str, threshold: int = DEFAULT_THRESHOLD) -> Hit | None:
        """The best near match scoring at least ``threshold`` (ties: approved first, then
        translated, imported, catalog name, sentence); None below it or for an exact match."""
        best: tuple | None = None
        for score, source in self.scored(msgid, threshold):
            rank, hit = self._best[source]
            key = (-score, rank, hit.slug, source)
            if best is None or key < best[0]:
                best = (key, Hit(hit.text, hit.slug, source, score))
        return best[1] if best else None

    def scored(self, msgid: str, threshold: int = DEFAULT_THRESHOLD) -> list[tuple[int, str]]:
        """Every other source sentence scoring at least ``threshold``, as (score, sentence),
        best first.

        Candidates come from a prefix filter (as in set-similarity joins): a sentence that
        reaches the threshold shares at least ``need`` of the query's ``n`` tokens, so it
        shares one of the query's ``n - need + 1`` rarest tokens; common words ("the") are
        never probed. The filter is exact: it drops only sentences that cannot qualify.
        """
        query = tokens(msgid)
        if not query:
            return []
        keyed = _keyed(query)
        need = max(1, math.ceil(threshold * len(query) / 100))
        rare = sorted(keyed, key=lambda k: (len(self._index.get(k, ())), k))
        candidates: set[str] = set()
        for key in rare[: len(keyed) - need + 1]:
            candidates |= self._index.get(key, set())
        query_keys = set(keyed)
        found = []
        for source in candidates:
            if source == msgid:
                continue
            theirs = self._tokens[source]
            longer = max(len(query), len(theirs))
            common = len(query_keys.intersection(_keyed(theirs)))
            if 100 * common / longer < threshold:
                continue  # even a perfect alignment could not reach the threshold
            score = min(99, int(100 * (1 - token_distance(query, theirs) / longer)))
            if score >= threshold:
                found.append((score, source))
        return sorted(found, key=lambda item: (-item[0], item[1]))

    def pairs(self) -> list[Hit]:
        return [hit for _, hit in self._best.values()]

    def __len__(self) -> int:
        return len(self._best)
