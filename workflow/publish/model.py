"""Stage 1: gather one statement's bilingual content for one language.

Blocks of ``sources/<slug>.md`` become rows; each row holds the block's sentences (the
catalog's units) paired with their ``.po`` entries by msgid, each with its state. Which
text a reader sees for a segment is decided here, once, so HTML and statistics agree.
"""

from __future__ import annotations

import hashlib
from collections import OrderedDict
from dataclasses import dataclass, field
from pathlib import Path

import polib

from workflow.catalog.pofile import parse_catalog
from workflow.catalog.units import units_of
from workflow.config import Project
from workflow.language import count_words
from workflow.source import SourceDocument, read_source
from workflow.states import (
    APPROVED_KEY,
    DRAFT_KEY,
    DraftKind,
    State,
    draft_kind,
    marks,
    needs_human,
    state_of,
)

# Word-count categories of the colophon, in the order they are printed.
CATEGORIES = ("approved", "unreviewed", "machine", "untranslated")

@dataclass(frozen=True)
class Segment:
    """One sentence: the source, the catalog's translation and what the reader is shown."""

    source: str
    target: str
    state: State
    draft: DraftKind | None = None
    po_line: int | None = None
    # A translation a reviewer must still check although it is not a draft: the entry keeps a
    # ``# changed:`` meaning-flip comment (numbers, negation) from ``update`` (needs_human).
    flagged: bool = False

    @property
    def shows_source(self) -> bool:
        """Untranslated and stale entries show the source sentence (a stale text is outdated)."""
        return self.state in (State.UNTRANSLATED, State.STALE)

    @property
    def shown(self) -> str:
        return self.source if self.shows_source else self.target

    @property
    def category(self) -> str:
        if self.shows_source:
            return "untranslated"
        if self.state is State.APPROVED:
            return "approved"
        if self.state is State.DRAFT and self.draft in (DraftKind.MACHINE, None):
            return "machine"
        return "unreviewed"

    @property
    def words(self) -> int:
        return count_words(self.source)


@dataclass(frozen=True)
class Row:
    """One source block (paragraph, heading, list item, ...) and its segments."""

    kind: str
    line: int
    marker: str
    segments: tuple[Segment, ...]

    @property
    def source(self) -> str:
        return " ".join(s.source for s in self.segments)


@dataclass(frozen=True)
class CatalogInfo:
    """What the provenance page says about the ``.po`` file behind a translation."""

    path: str  # relative to the project root
    exists: bool
    sha256: str = ""
    revision: str = ""
    last_translator: str = ""
    team: str = ""
    translators: tuple[str, ...] = ()
    reviewers: tuple[str, ...] = ()
    data: bytes = b""


@dataclass
class Statement:
    """A statement in one target language, ready for typesetting."""

    slug: str
    lang: str
    source_lang: str
    source_path: str
    meta: dict
    rows: list[Row]
    catalog: CatalogInfo
    source_file: Path = Path()
    source_bytes: bytes = b""
    counts: dict[str, int] = field(default_factory=dict)

    @property
    def title_row(self) -> Row | None:
        return next((r for r in self.rows if r.kind == "title"), None)

    @property
    def title(self) -> str:
        row = self.title_row
        return str(self.meta.get("title") or (row.source if row else self.slug))

    @property
    def target_title(self) -> str:
        """The title as shown in the target language (the source title when untranslated)."""
        row = self.title_row
        return " ".join(s.shown for s in row.segments) if row else self.title

    @property
    def title_translated(self) -> bool:
        row = self.title_row
        return bool(row) and not any(s.shows_source for s in row.segments)

    @property
    def total_words(self) -> int:
        return sum(self.counts.values())

    def share(self, category: str) -> float:
        total = self.total_words
        return 100.0 * self.counts.get(category, 0) / total if total else 0.0

    @property
    def reviewed_pct(self) -> float:
        """Share of words a reviewer approved: what ``--min-reviewed`` checks."""
        return self.share("approved")

    def segments(self) -> list[Segment]:
        return [s for r in self.rows for s in r.segments]


def _units(doc: SourceDocument, lang: str) -> list[tuple[int, list[str]]]:
    """(block index, msgids) for every block, cut exactly as ``extract`` cut them."""
    grouped: OrderedDict[int, list[str]] = OrderedDict()
    for unit in units_of(doc, lang):
        grouped.setdefault(unit.block_index, []).append(unit.msgid)
    return list(grouped.items())


def _people(entries: list[polib.POEntry], key: str) -> tuple[str, ...]:
    """Distinct names from ``# draft: ...; by=NAME`` or ``# approved: NAME`` comments."""
    names: list[str] = []
    for entry in entries:
        for mark in marks(entry, key):
            name = mark.head if key == APPROVED_KEY else mark.fields.get("by", "")
            if key == DRAFT_KEY and mark.head == DraftKind.MACHINE.value:
                engine = mark.fields.get("engine", "machine")
                model = mark.fields.get("model", "")
                name = f"{engine} ({model})" if model else engine
            if name and name not in names:
                names.append(name)
    return tuple(names)


def load_catalog(project: Project, lang: str, slug: str) -> tuple[CatalogInfo, dict]:
    """The catalog's provenance and its entries keyed by (msgctxt, msgid) and by msgid."""
    path = project.po_path(lang, slug)
    rel = project.relative(path)
    if not path.is_file():
        return CatalogInfo(rel, False), {}
    data = path.read_bytes()
    catalog = parse_catalog(data, rel)
    entries = catalog.entries
    index: dict = {}
    for entry in entries:
        index.setdefault((entry.msgctxt, entry.msgid), entry)
        index.setdefault(entry.msgid, entry)
    meta = catalog.headers
    revision = meta.get("PO-Revision-Date", "")
    info = CatalogInfo(
        path=rel,
        exists=True,
        sha256=hashlib.sha256(data).hexdigest(),
        revision="" if revision.startswith("YEAR") else revision,
        last_translator="" if "FULL NAME" in meta.get("Last-Translator", "FULL NAME")
        else meta.get("Last-Translator", ""),
        team="" if "LANGUAGE" in meta.get("Language-Team", "LANGUAGE")
        else meta.get("Language-Team", ""),
        translators=_people(entries, DRAFT_KEY),
        reviewers=_people(entries, APPROVED_KEY),
        data=data,
    )
    return info, index


def _segment(text: str, entry: polib.POEntry | None) -> Segment:
    if entry is None:
        return Segment(text, "", State.UNTRANSLATED)
    state = state_of(entry)
    kind = draft_kind(entry) if state in (State.DRAFT, State.STALE) else None
    flagged = state is State.TRANSLATED and needs_human(entry)
    return Segment(text, entry.msgstr, state, kind, entry.linenum, flagged)


def gather(project: Project, slug: str, lang: str) -> Statement:
    """Read ``sources/<slug>.md`` and ``locales/<lang>/LC_MESSAGES/<slug>.po`` into a Statement.

    A missing or empty catalog is not an error: every segment is then untranslated, so a
    language can be published (and its gaps seen) before anyone translated a word.
    """
    path = project.source_path(slug)
    doc = read_source(path)
    catalog, index = load_catalog(project, lang, slug)
    rows: list[Row] = []
    counts = dict.fromkeys(CATEGORIES, 0)
    for block_index, sentences in _units(doc, project.source_language):
        block = doc.blocks[block_index]
        segments = tuple(_segment(text, index.get(text)) for text in sentences)
        if not segments:
            continue
        for seg in segments:
            counts[seg.category] += seg.words
        rows.append(Row(block.kind, block.line, block.marker, segments))
    return Statement(
        slug=slug,
        lang=lang,
        source_lang=project.source_language,
        source_path=project.relative(path),
        meta=doc.meta,
        rows=rows,
        catalog=catalog,
        source_file=path.resolve(),
        source_bytes=path.read_bytes(),
        counts=counts,
    )


def locate(statements: list[Statement], char: str) -> str:
    """Where a character occurs (``path:line``), for errors such as a missing glyph."""
    for st in statements:
        for row in st.rows:
            for seg in row.segments:
                if char in seg.source:
                    return f"{st.source_path}:{row.line}"
                if char in seg.shown:
                    return f"{st.catalog.path}:{seg.po_line}" if seg.po_line else st.catalog.path
        if any(char in str(v) for v in st.meta.values()):
            return f"{st.source_path}:1"
    return ""
