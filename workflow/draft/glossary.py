"""Per-language glossary: fixed translations and do-not-translate items for machine drafts.

File: ``locales/<lang>/glossary.csv``, UTF-8 (a BOM from Excel/LibreOffice is fine), header
``source,target,kind,note`` with an optional fifth column ``later``; one row per item::

    source,target,kind,note,later
    death commission,هیئت مرگ,term,the 1988 commission,
    Evin,اوین,name,prison in Tehran,
    Amnesty International,,dnt,keep in Latin script,
    1988 massacre,قتل‌عام ۱۳۶۷ (۱۹۸۸),term,first mention; after: قتل‌عام ۶۷,قتل‌عام ۶۷
    1988,۱۳۶۷,year,Solar Hijri year of the events,۶۷

``kind``: ``term`` (fixed translation; matched case-insensitively), ``name`` (a person,
organisation or place with its fixed target form; matched case-sensitively), ``dnt``
(do not translate: the source form is kept; ``target`` may be empty) or ``year`` (a calendar
mapping, see below). Empty kind means ``term``. Four-column files are read as before.

``later`` (terms and names): the form for every mention after the first in one statement;
``target`` is then the first-mention form. Rows with the same ``target`` are one item for this
("1988 massacre" and "massacre of 1988"). Without ``later`` the target is used everywhere.

``year`` rows are not translations but equivalences for ``dossier check``'s numbers check: the
source is a year or decade (``1988``, ``1980s``), ``target`` and ``later`` write it in the target
calendar (``۱۳۶۷`` and short ``۶۷``; ``دههٔ ۶۰``), and a translation may write the source's
number as any of these numbers. Drafting leaves years to the model: a year row replaces nothing.

Numbers and brackets inside a glossary form belong to the form: where the source has a term and
the translation writes one of its forms exactly, the checks compare the rest of the sentence
(:meth:`Glossary.without_forms`), so «قتل‌عام ۱۳۶۷ (۱۹۸۸)» for "1988 massacre" is no extra number.

Before machine translation each match is replaced by a placeholder ``[N]`` that models pass
through like a reference mark; afterwards each placeholder is replaced by the item's target form.
A placeholder the model lost is reported, so the entry gets a warning instead of a silent gap.
"""

from __future__ import annotations

import csv
import re
import unicodedata
from collections.abc import Collection, Iterable
from dataclasses import dataclass, field
from decimal import Decimal
from pathlib import Path

from workflow.errors import InputError

KINDS = ("term", "name", "dnt", "year")
HEADER = ["source", "target", "kind", "note", "later"]
_REQUIRED = 3  # source, target, kind; note and later are optional columns
_PLACEHOLDER = re.compile(r"\[\s*(\d+)\s*\]")
_YEAR_SOURCE = re.compile(r"[0-9]{4}s?")  # 1988, 1980s (source digits)
_DIGITS = re.compile(r"\d+")


@dataclass(frozen=True)
class Term:
    source: str
    target: str
    kind: str = "term"
    note: str = ""
    line: int = 0
    later: str = ""  # the form after the first mention in a statement; "" = target everywhere

    def pattern(self) -> re.Pattern[str]:
        flags = re.IGNORECASE if self.kind == "term" else 0
        return re.compile(r"(?<!\w)" + re.escape(self.source) + r"(?!\w)", flags)

    @property
    def key(self) -> str:
        """What counts as one item for first and later mentions: rows sharing a target."""
        return self.target or self.source

    @property
    def forms(self) -> tuple[str, ...]:
        """The target forms, first-mention form first."""
        return tuple(dict.fromkeys(f for f in (self.target, self.later) if f))

    def form(self, first: bool) -> str:
        """The form for a first mention, or for a later one (the target if there is no later)."""
        return self.later if self.later and not first else self.target

    def numbers(self) -> frozenset[Decimal]:
        """Values of the numbers written in the forms (``year`` rows: the mapped years)."""
        return frozenset(Decimal(d) for f in self.forms
                         for d in _DIGITS.findall(_ascii_digits(f)))


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
    """Items of one language, longest source first so "death commission" beats "commission".

    ``terms`` are matched in sources (terms, names, dnt); ``years`` are the calendar mappings."""

    def __init__(self, terms: list[Term], path: Path | None = None):
        self.path = path
        ordered = sorted(terms, key=lambda t: (-len(t.source), t.line))
        self.terms = [t for t in ordered if t.kind != "year"]
        self.years = [t for t in ordered if t.kind == "year"]
        self._patterns = [(t, t.pattern()) for t in self.terms]
        # matches() per source text: a statement's mentions, the checks and drafting all ask.
        self._matches: dict[str, list[tuple[int, int, Term]]] = {}
        self.year_aliases: dict[Decimal, frozenset[Decimal]] = {}
        for row in self.years:
            value = _year_value(row.source)
            if value is not None:
                self.year_aliases[value] = self.year_aliases.get(value, frozenset()) | row.numbers()

    def __len__(self) -> int:
        return len(self.terms) + len(self.years)

    def mentions(self, texts: Iterable[str]) -> list[frozenset[str]]:
        """For source texts in document order (a statement's entries): the keys of the items
        mentioned before each text, so the first mention gets the first form."""
        seen: set[str] = set()
        before = []
        for text in texts:
            before.append(frozenset(seen))
            seen.update(term.key for _, _, term in self.matches(text))
        return before

    def protect(self, text: str, mentioned: Collection[str] = ()) -> Protected:
        """Replace matches (longest item wins, no overlaps) by ``[1]``, ``[2]``... in text order.

        ``mentioned``: keys of items the statement mentioned before this text (see
        :meth:`mentions`); their placeholders restore the ``later`` form."""
        result = Protected(text)
        if not self.terms or _PLACEHOLDER.search(text):
            # A source that already contains "[N]" would be ambiguous: leave it untouched.
            return result
        seen = set(mentioned)
        pieces, last = [], 0
        for slot, (a, b, term) in enumerate(self.matches(text), start=1):
            if term.kind == "dnt" and not term.target:
                target = text[a:b]
            else:
                target = term.form(term.key not in seen)
            seen.add(term.key)
            result.slots[slot] = (term, target)
            pieces += [text[last:a], f"[{slot}]"]
            last = b
        result.text = "".join(pieces) + text[last:]
        return result

    def matches(self, text: str) -> list[tuple[int, int, Term]]:
        """Items found in ``text`` as (start, end, term), in text order; longest item wins and
        matches never overlap. Used by :meth:`protect` and by ``dossier check``."""
        if text in self._matches:
            return list(self._matches[text])
        claimed: list[tuple[int, int, Term]] = []
        for term, pattern in self._patterns:
            for match in pattern.finditer(text):
                a, b = match.span()
                if all(b <= x or a >= y for x, y, _ in claimed):
                    claimed.append((a, b, term))
        found = self._matches[text] = sorted(claimed, key=lambda c: c[0])
        return list(found)

    def without_forms(self, source: str, translation: str) -> tuple[str, str]:
        """``source`` and ``translation`` with each glossary item of the source, and the form of
        it that the translation writes exactly, blanked out (as spaces): a form brings its own
        numbers and brackets, so the numbers and brackets checks compare only the rest."""
        src, tgt = list(source), list(translation)
        taken: list[tuple[int, int]] = []
        # Longest source item first, so "massacre" does not take the «قتل‌عام» of «قتل‌عام ۶۷».
        for a, b, term in sorted(self.matches(source), key=lambda m: m[0] - m[1]):
            for form in sorted(term.forms, key=len, reverse=True):
                at = _find_free(translation, form, taken)
                if at is not None:
                    taken.append((at, at + len(form)))
                    src[a:b] = " " * (b - a)
                    tgt[at: at + len(form)] = " " * len(form)
                    break
        return "".join(src), "".join(tgt)

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


def _ascii_digits(text: str) -> str:
    return "".join(str(unicodedata.digit(c)) if c.isdigit() else c for c in text)


def _year_value(source: str) -> Decimal | None:
    """1988 -> 1988, 1980s -> 1980: the number the numbers check finds in the source."""
    digits = _DIGITS.match(source.strip())
    return Decimal(digits.group()) if digits else None


def _find_free(text: str, form: str, taken: list[tuple[int, int]]) -> int | None:
    """Start of the first occurrence of ``form`` in ``text`` outside the ``taken`` spans."""
    at = text.find(form)
    while at != -1:
        if all(at + len(form) <= x or at >= y for x, y in taken):
            return at
        at = text.find(form, at + 1)
    return None


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
    columns = 0
    for number, row in enumerate(rows, start=1):
        if not row or not any(cell.strip() for cell in row):
            continue
        cells = [cell.strip() for cell in row]
        if not columns:
            names = [c.lower() for c in cells if c]
            if len(names) < _REQUIRED or names != HEADER[: len(names)]:
                raise InputError(f"expected header {','.join(HEADER[:4])}[,later]", path, number)
            columns = len(names)
            continue
        if any(cells[columns:]):
            raise InputError(f"{len(cells)} columns, the header has {columns} (a comma inside "
                             "a cell needs quotes)", path, number)
        terms.append(_row(cells[:columns], path, number))
    return Glossary(terms, path)


def _row(cells: list[str], path: Path, number: int) -> Term:
    """One glossary row, validated; the error names file and line."""
    cells = cells + [""] * (len(HEADER) - len(cells))
    source, target, kind, note, later = cells[: len(HEADER)]
    kind = kind.lower() or "term"
    if kind not in KINDS:
        raise InputError(f"unknown kind {kind!r} (use {', '.join(KINDS)})", path, number)
    if not source:
        raise InputError("empty source", path, number)
    if not target and kind != "dnt":
        raise InputError(f"{kind} {source!r} has no target (use kind dnt to keep it)",
                         path, number)
    if later and kind == "dnt":
        raise InputError(f"dnt {source!r} keeps the source form: no later form", path, number)
    if kind == "year":
        if not _YEAR_SOURCE.fullmatch(source):
            raise InputError(f"year {source!r}: the source must be a year or decade "
                             "(1988, 1980s)", path, number)
        for form in (target, later):
            if form and not _DIGITS.search(_ascii_digits(form)):
                raise InputError(f"year {source!r}: {form!r} has no number", path, number)
    return Term(source, target, kind, note, number, later)
