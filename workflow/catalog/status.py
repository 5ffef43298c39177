"""Translation progress per statement and language, counted from the ``.po`` files.

Columns follow :mod:`workflow.states`: untranslated, machine draft, other draft (memory, team,
person or unknown), stale (fuzzy with ``#| msgid``), translated, approved; obsolete entries are
counted apart. Words are the source sentence's words. Percentages are of active entries.
A missing catalog counts its template's entries as untranslated. Counts are cached by the
catalog's content hash, so only changed catalogs are parsed again.
"""

from __future__ import annotations

from dataclasses import dataclass, field

import polib

from workflow.cache import BuildCache, digest, project_cache
from workflow.catalog.pofile import parse_catalog, read_catalog
from workflow.config import Project
from workflow.language import count_words
from workflow.states import DraftKind, State, draft_kind, state_of

SECTION = "status-words2"  # renamed when the word rule changed: old counts are recounted
COLUMNS = ("untranslated", "machine", "draft", "stale", "translated", "approved")
LABELS = {"untranslated": "untranslated", "machine": "machine draft", "draft": "other draft",
          "stale": "stale", "translated": "translated", "approved": "approved"}


def column_of(entry: polib.POEntry) -> str:
    state = state_of(entry)
    if state is State.DRAFT:
        return "machine" if draft_kind(entry) is DraftKind.MACHINE else "draft"
    return state.value


def words(text: str) -> int:
    """Words of a source sentence: the language model's one rule (the PDFs count the same)."""
    return count_words(text)


@dataclass
class Counts:
    entries: dict[str, int] = field(default_factory=lambda: dict.fromkeys(COLUMNS, 0))
    words: dict[str, int] = field(default_factory=lambda: dict.fromkeys(COLUMNS, 0))
    obsolete_entries: int = 0
    obsolete_words: int = 0

    @property
    def total(self) -> int:
        return sum(self.entries.values())

    @property
    def total_words(self) -> int:
        return sum(self.words.values())

    def percent(self, *columns: str) -> float:
        total = self.total
        return round(100.0 * sum(self.entries[c] for c in columns) / total, 1) if total else 0.0

    @property
    def percent_drafted(self) -> float:
        """Entries with a current text of any kind: drafts, translations, approvals (not stale)."""
        return self.percent("machine", "draft", "translated", "approved")

    @property
    def percent_translated(self) -> float:
        return self.percent("translated", "approved")

    @property
    def percent_approved(self) -> float:
        return self.percent("approved")

    def as_list(self) -> list[int]:
        return ([self.entries[c] for c in COLUMNS] + [self.words[c] for c in COLUMNS]
                + [self.obsolete_entries, self.obsolete_words])

    @classmethod
    def from_list(cls, values: list[int]) -> Counts:
        n = len(COLUMNS)
        counts = cls(dict(zip(COLUMNS, values[:n], strict=True)),
                     dict(zip(COLUMNS, values[n:2 * n], strict=True)))
        counts.obsolete_entries, counts.obsolete_words = values[2 * n:2 * n + 2]
        return counts

    def add(self, other: Counts) -> None:
        for column in COLUMNS:
            self.entries[column] += other.entries[column]
            self.words[column] += other.words[column]
        self.obsolete_entries += other.obsolete_entries
        self.obsolete_words += other.obsolete_words

    def as_dict(self) -> dict:
        return {
            "states": {c: {"entries": self.entries[c], "words": self.words[c]} for c in COLUMNS},
            "obsolete": {"entries": self.obsolete_entries, "words": self.obsolete_words},
            "total": {"entries": self.total, "words": self.total_words},
            "percent_drafted": self.percent_drafted,
            "percent_translated": self.percent_translated,
            "percent_approved": self.percent_approved,
        }


@dataclass
class Row:
    statement: str
    language: str
    path: str
    exists: bool
    counts: Counts


def _template_msgids(project: Project, slug: str) -> list[str]:
    """Msgids of a statement's template, or of its source when not extracted yet."""
    pot = project.pot_path(slug)
    if pot.exists():
        return [e.msgid for e in read_catalog(pot, project.relative(pot)).entries]
    source = project.source_path(slug)
    if not source.exists():
        return []
    from workflow.catalog.units import units_of
    from workflow.source import read_source

    doc = read_source(source)
    return list(dict.fromkeys(u.msgid for u in units_of(doc, project.source_language)))


def count_catalog(path, display: str, template=None, cache: BuildCache | None = None,
                  ) -> tuple[bool, Counts]:
    """Counts of one catalog (cached by its content hash), or of its template when missing."""
    counts = Counts()
    try:
        data = path.read_bytes()
    except FileNotFoundError:
        data = None
    if data is not None:
        key = digest(data)
        known = cache.lookup(SECTION, display, key) if cache else None
        if known:
            return True, Counts.from_list(known)
        catalog = parse_catalog(data, display)
        for entry in catalog.entries:
            column = column_of(entry)
            counts.entries[column] += 1
            counts.words[column] += words(entry.msgid)
        for entry in catalog.obsolete:
            counts.obsolete_entries += 1
            counts.obsolete_words += words(entry.msgid)
        if cache is not None:
            cache.record(SECTION, display, key, counts.as_list())
        return True, counts
    for msgid in template() if template else []:
        counts.entries["untranslated"] += 1
        counts.words["untranslated"] += words(msgid)
    return False, counts


def collect(project: Project, languages: list[str], slugs: list[str] | None = None) -> list[Row]:
    """One row per statement and language, sorted by statement then configured language."""
    from workflow.layout import check_layout

    check_layout(project, languages)
    rows = []
    cache = project_cache(project)
    if slugs is None:
        found = set(project.slugs())
        if project.templates.is_dir():
            found |= {p.stem for p in project.templates.glob("*.pot")}
        slugs = sorted(found)
    for slug in slugs:
        cached: list[list[str]] = []

        def template(slug: str = slug, cached: list = cached) -> list[str]:
            if not cached:
                cached.append(_template_msgids(project, slug))
            return cached[0]

        for lang in languages:
            path = project.po_path(lang, slug)
            exists, counts = count_catalog(path, project.relative(path), template, cache)
            rows.append(Row(slug, lang, project.relative(path), exists, counts))
    cache.save()
    return rows


def totals(rows: list[Row]) -> dict[str, Counts]:
    """Totals per language, plus ``"all"``."""
    result: dict[str, Counts] = {}
    for row in rows:
        result.setdefault(row.language, Counts()).add(row.counts)
    everything = Counts()
    for counts in list(result.values()):
        everything.add(counts)
    result["all"] = everything
    return result


def as_json(rows: list[Row]) -> dict:
    return {
        "columns": list(COLUMNS),
        "catalogs": [{"statement": r.statement, "language": r.language, "path": r.path,
                      "exists": r.exists, **r.counts.as_dict()} for r in rows],
        "totals": {lang: counts.as_dict() for lang, counts in totals(rows).items()},
    }


def render_table(rows: list[Row]) -> str:
    """A plain-text table; each state cell is ``entries/words``."""
    head = ["statement", "lang", *[LABELS[c] for c in COLUMNS], "obsolete",
            "%draft", "%transl", "%appr"]
    body = []

    def line(name: str, lang: str, counts: Counts, exists: bool = True) -> list[str]:
        cells = [f"{counts.entries[c]}/{counts.words[c]}" for c in COLUMNS]
        return [name, lang if exists else f"{lang}*", *cells,
                f"{counts.obsolete_entries}/{counts.obsolete_words}",
                f"{counts.percent_drafted:.1f}", f"{counts.percent_translated:.1f}",
                f"{counts.percent_approved:.1f}"]

    for row in rows:
        body.append(line(row.statement, row.language, row.counts, row.exists))
    sums = totals(rows)
    footer = [line("TOTAL", lang, counts) for lang, counts in sums.items() if lang != "all"]
    footer.append(line("TOTAL", "all", sums["all"]))
    widths = [max(len(r[i]) for r in [head, *body, *footer]) for i in range(len(head))]

    def fmt(cells: list[str]) -> str:
        return "  ".join(c.ljust(w) if i < 2 else c.rjust(w)
                         for i, (c, w) in enumerate(zip(cells, widths, strict=True))).rstrip()

    rule = "  ".join("-" * w for w in widths)
    out = [fmt(head), rule, *map(fmt, body), rule, *map(fmt, footer)]
    out.append("cells: entries/words; * = catalog not created yet (run 'dossier update')")
    return "\n".join(out)
