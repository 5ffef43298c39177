"""Per-language glossary: fixed translations and do-not-translate items for machine drafts.

File: ``locales/<lang>/glossary.csv``, UTF-8 (a BOM from Excel/LibreOffice is fine), header
``source,target,kind,note``; one row per item::

    source,target,kind,note
    death commission,هیئت مرگ,term,the 1988 commission
    Evin,اوین,name,prison in Tehran
    Amnesty International,,dnt,keep in Latin script

``kind``: ``term`` (fixed translation; matched case-insensitively), ``name`` (a person,
organisation or place with its fixed target form; matched case-sensitively) or ``dnt``
(do not translate: the source form is kept; ``target`` may be empty). Empty kind means ``term``.

Before machine translation each match is replaced by a placeholder ``[N]`` that models pass
through like a reference mark; afterwards each placeholder is replaced by the item's target form.
A placeholder the model lost is reported, so the entry gets a warning instead of a silent gap.
"""

from __future__ import annotations

import csv
import re
import unicodedata
from dataclasses import dataclass, field
from pathlib import Path

from workflow.errors import InputError

KINDS = ("term", "name", "dnt")
HEADER = ["source", "target", "kind", "note"]
_PLACEHOLDER = re.compile(r"\[\s*(\d+)\s*\]")


@dataclass(frozen=True)
class Term:
    source: str
    target: str
    kind: str = "term"
    note: str = ""
    line: int = 0

    def pattern(self) -> re.Pattern[str]:
        flags = re.IGNORECASE if self.kind == "term" else 0
        return re.compile(r"(?<!\w)" + re.escape(self.source) + r"(?!\w)", flags)


@dataclass
class Protected:
    """A sentence with glossary matches replaced by placeholders, and how to undo it."""

    text: str
    slots: dict[int, tuple[Term, str]] = field(default_factory=dict)  # N -> (term, target form)


@dataclass
class Restored:
    text: str
    applied: list[str]  # glossary sources whose target form is in the draft
    lost: list[str]  # glossary sources whose placeholder the model dropped


class Glossary:
    """Items of one language, longest source first so "death commission" beats "commission"."""

    def __init__(self, terms: list[Term], path: Path | None = None):
        self.path = path
        self.terms = sorted(terms, key=lambda t: (-len(t.source), t.line))
        self._patterns = [(t, t.pattern()) for t in self.terms]

    def __len__(self) -> int:
        return len(self.terms)

    def protect(self, text: str) -> Protected:
        """Replace matches (longest item wins, no overlaps) by ``[1]``, ``[2]``... in text order."""
        result = Protected(text)
        if not self.terms or _PLACEHOLDER.search(text):
            # A source that already contains "[N]" would be ambiguous: leave it untouched.
            return result
        pieces, last = [], 0
        for slot, (a, b, term) in enumerate(self.matches(text), start=1):
            target = term.target if term.kind != "dnt" or term.target else text[a:b]
            result.slots[slot] = (term, target)
            pieces += [text[last:a], f"[{slot}]"]
            last = b
        result.text = "".join(pieces) + text[last:]
        return result

    def matches(self, text: str) -> list[tuple[int, int, Term]]:
        """Items found in ``text`` as (start, end, term), in text order; longest item wins and
        matches never overlap. Used by :meth:`protect` and by ``dossier check``."""
        claimed: list[tuple[int, int, Term]] = []
        for term, pattern in self._patterns:
            for match in pattern.finditer(text):
                a, b = match.span()
                if all(b <= x or a >= y for x, y, _ in claimed):
                    claimed.append((a, b, term))
        return sorted(claimed, key=lambda c: c[0])

    def restore(self, protected: Protected, draft: str) -> Restored:
        seen: set[int] = set()

        def replace(match: re.Match[str]) -> str:
            slot = int("".join(str(unicodedata.digit(c)) for c in match.group(1)))
            if slot not in protected.slots:
                return match.group()
            seen.add(slot)
            return protected.slots[slot][1]

        text = _PLACEHOLDER.sub(replace, draft) if protected.slots else draft
        applied = _unique(protected.slots[s][0].source for s in sorted(seen))
        lost = _unique(t.source for s, (t, _) in sorted(protected.slots.items()) if s not in seen)
        return Restored(text, applied, lost)


def _unique(items) -> list[str]:
    return list(dict.fromkeys(items))


def load_glossary(path: Path) -> Glossary:
    """Read ``glossary.csv``; a missing file is an empty glossary; bad rows name file and line."""
    if not path.is_file():
        return Glossary([], path)
    try:
        text = path.read_text(encoding="utf-8-sig")
    except UnicodeDecodeError as exc:
        raise InputError(f"not UTF-8 text ({exc.reason})", path) from exc
    rows = csv.reader(text.splitlines())
    terms: list[Term] = []
    header_seen = False
    for number, row in enumerate(rows, start=1):
        if not row or not any(cell.strip() for cell in row):
            continue
        cells = [cell.strip() for cell in row]
        if not header_seen:
            if [c.lower() for c in cells[:4]] != HEADER[: len(cells[:4])] or len(cells) < 3:
                raise InputError(f"expected header {','.join(HEADER)}", path, number)
            header_seen = True
            continue
        cells += [""] * (4 - len(cells))
        source, target, kind, note = cells[:4]
        kind = kind.lower() or "term"
        if kind not in KINDS:
            raise InputError(f"unknown kind {kind!r} (use {', '.join(KINDS)})", path, number)
        if not source:
            raise InputError("empty source", path, number)
        if not target and kind != "dnt":
            raise InputError(f"{kind} {source!r} has no target (use kind dnt to keep it)",
                             path, number)
        terms.append(Term(source, target, kind, note, number))
    return Glossary(terms, path)
