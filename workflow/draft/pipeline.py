"""``dossier draft``: fill empty catalog entries with memory drafts, then machine drafts.

Per language: read every catalog under ``locales/<lang>/LC_MESSAGES`` and the imported TMX
memory; build the translation memory from them; take the empty entries of the selected
catalogs; reuse exact memory hits, then near matches (fuzzy, with the old English as
``#| msgid`` and the meaning-flip guard's ``# changed:`` line); send the rest (glossary items
protected, deduplicated across statements) through the chosen engine in batches; restore
glossary forms, localise and check numbers; mark every draft fuzzy with a ``# draft:``
provenance comment; write only catalogs that changed.

Catalogs are translated and written group by group (one catalog at a time for a remote server,
many for a local model), so an engine that fails mid-run leaves every catalog either fully
drafted and written or untouched. Entries with any text are never touched, so a second run
changes nothing.
"""

from __future__ import annotations

import time
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

import polib

from workflow.catalog.guard import meaning_changes
from workflow.catalog.pofile import Catalog, parse_catalog
from workflow.catalog.save import Kept, save_catalog
from workflow.config import Project
from workflow.draft.engines import (
    MEMORY_ONLY,
    Engine,
    EngineError,
    PairTranslator,
    Unsupported,
    create_engine,
    engine_settings,
)
from workflow.draft.glossary import Glossary, Protected, load_glossary
from workflow.draft.memory import DEFAULT_THRESHOLD, TranslationMemory
from workflow.draft.numbers import check_numbers
from workflow.draft.tmx import load_imported
from workflow.errors import InputError
from workflow.fileio import fs_error
from workflow.layout import check_can_write, check_layout
from workflow.states import (
    DraftKind,
    State,
    add_warning,
    mark_draft,
    mark_stale,
    remove_warnings,
    state_of,
    today,
)

NUMBERS_WARNING = "warning: numbers differ from source"
TERMS_WARNING = "warning: glossary term lost by the model"


@dataclass
class LanguageResult:
    """What happened (or, with --dry-run, would happen) for one language."""

    lang: str
    catalogs: int = 0
    pending: int = 0
    memory: int = 0  # exact memory hits
    near: int = 0  # near matches (fuzzy memory drafts)
    machine: int = 0
    sentences: int = 0  # distinct sentences sent to the engine
    number_warnings: int = 0
    term_warnings: int = 0
    route: str | None = None  # the engine's label for this pair
    unsupported: Unsupported | None = None  # machine drafts wanted but impossible
    changed: list[Path] = field(default_factory=list)
    kept: list[Kept] = field(default_factory=list)  # concurrent edits that won over a draft
    seconds: float = 0.0

    @property
    def left(self) -> int:
        return self.pending - self.memory - self.near - self.machine

    @property
    def no_route_hint(self) -> str | None:
        return self.unsupported.hint if self.unsupported else None


Progress = Callable[[int, int], None]  # (sentences translated so far, distinct sentences)


@dataclass
class _Planned:
    """One target catalog: its entries that go to the engine, and whether memory filled any."""

    path: Path
    catalog: Catalog
    data: bytes  # the file as read: what save_catalog compares with before replacing it
    machine: list[polib.POEntry] = field(default_factory=list)
    touched: bool = False


def _catalogs(project: Project, lang: str) -> list[tuple[str, Path, Catalog, bytes]]:
    """(slug, path, parsed catalog, bytes read) of every catalog of the language."""
    folder = project.locales / lang / "LC_MESSAGES"
    if not folder.is_dir():
        return []
    found = []
    for path in sorted(folder.glob("*.po")):
        try:
            data = path.read_bytes()
        except OSError as exc:
            raise fs_error(exc, project.relative(path)) from None
        found.append((path.stem, path, parse_catalog(data, project.relative(path)), data))
    return found


def _pending(catalog: Catalog) -> list[polib.POEntry]:
    return [
        e for e in catalog.entries
        if e.msgid and not e.msgid_plural and state_of(e) is State.UNTRANSLATED
    ]


def _clear_own_warnings(entry: polib.POEntry) -> None:
    remove_warnings(entry, *(w[len("warning: "):] for w in (NUMBERS_WARNING, TERMS_WARNING)))


def _field(text: str) -> str:
    """A value safe inside a ``k=v; k=v`` comment line."""
    return text.replace(";", ",").replace("\n", " ").strip()


def resolve_engine(project: Project, engine: Engine | str | None) -> Engine | None:
    """An engine object from a name (``None``: the project's configured engine)."""
    if engine is None or isinstance(engine, str):
        return create_engine(engine_settings(project.engine, project.config_file, name=engine))
    return engine


def draft_language(
    project: Project,
    lang: str,
    *,
    only: str | None = None,
    engine: Engine | str | None = None,
    dry_run: bool = False,
    date: str | None = None,
    on_progress: Progress | None = None,
    threshold: int = DEFAULT_THRESHOLD,
) -> LanguageResult:
    """Draft one language; see the module docstring.

    ``engine``: an engine, a registered name, ``"memory"`` (memory only) or None (the
    project's configured engine). ``threshold``: the lowest near-match score reused (0..100;
    above 100 turns near matches off). ``on_progress(done, total)`` follows the machine
    translation: (0, total) before it starts, then after each finished batch; ``total`` is the
    number of distinct sentences sent to the engine. Not called when nothing goes to it.

    Raises :class:`EngineError` when the engine fails; its message says which catalogs were
    already written (complete) and that the others were left untouched.
    """
    started = time.perf_counter()
    date = date or today()
    result = LanguageResult(lang)
    check_layout(project, [lang])
    catalogs = _catalogs(project, lang)
    result.catalogs = len(catalogs)
    memory = TranslationMemory()
    for slug, _, catalog, _ in catalogs:
        memory.add(slug, catalog.entries)
    load_imported(project, lang, memory)
    plan: list[_Planned] = []
    for slug, path, catalog, data in catalogs:
        if only is not None and slug != only:
            continue
        planned = _Planned(path, catalog, data)
        plan.append(planned)
        for entry in _pending(catalog):
            result.pending += 1
            if _from_memory(entry, memory, threshold, date, result):
                planned.touched = True
            else:
                planned.machine.append(entry)

    chosen = None if engine == MEMORY_ONLY else resolve_engine(project, engine)
    try:
        translator: PairTranslator | None = None
        if chosen is not None:
            pair = chosen.pair(project.source_language, lang)
            if isinstance(pair, Unsupported):
                if any(p.machine for p in plan):
                    result.unsupported = pair
            else:
                translator = pair
                result.route = pair.label
        if translator is None:
            for planned in plan:
                planned.machine = []
        changing = [p for p in plan if p.touched or p.machine]
        if not dry_run:  # every catalog about to change can be written: checked before the first
            check_can_write(project, [p.path for p in changing],
                            sum(2 * len(p.data) for p in changing))
        _Drafter(project, lang, translator, chosen, result, date, dry_run, on_progress).run(plan)
    except EngineError as exc:
        written = result.changed
        where = (f"kept {len(written)} catalog(s) written before the failure "
                 f"({', '.join(project.relative(p) for p in written)}); the others "
                 "are untouched" if written else "nothing written")
        raise type(exc)(f"{lang}: {exc.message}; {where}") from None
    result.seconds = time.perf_counter() - started
    return result


def _from_memory(entry: polib.POEntry, memory: TranslationMemory, threshold: int, date: str,
                 result: LanguageResult) -> bool:
    hit = memory.lookup(entry.msgid)
    if hit is not None:
        result.memory += 1
        _clear_own_warnings(entry)
        mark_draft(entry, hit.text, DraftKind.MEMORY, date, **{"from": hit.slug})
        return True
    near = memory.near(entry.msgid, threshold) if threshold <= 100 else None
    if near is None:
        return False
    result.near += 1
    _clear_own_warnings(entry)
    mark_draft(entry, near.text, DraftKind.MEMORY, date,
               **{"from": near.slug, "score": str(near.score)})
    # The text translates another sentence: stale, with the old English for the reviewer
    # and the meaning-flip guard's verdict on the difference.
    mark_stale(entry, near.source, meaning_changes(near.source, entry.msgid))
    return True


class _Drafter:
    """Machine drafts group by group; each group's catalogs written once it is translated."""

    def __init__(self, project: Project, lang: str, translator: PairTranslator | None,
                 engine: Engine | None, result: LanguageResult, date: str, dry_run: bool,
                 on_progress: Progress | None):
        self.project, self.lang, self.translator = project, lang, translator
        self.result, self.date, self.dry_run = result, date, dry_run
        self.on_progress = on_progress
        self.group_sentences = max(1, engine.group_sentences) if engine else 1
        self.glossary: Glossary | None = None
        self.translated: dict[str, str] = {}
        self.done = 0

    def run(self, plan: list[_Planned]) -> None:
        # Keyed by entry, not msgid: the same sentence may be protected differently in two
        # places (a glossary form may depend on the entry's position in its statement).
        protected: dict[int, Protected] = {}
        if self.translator is not None:
            self.glossary = load_glossary(self.project.glossary_path(self.lang))
            glossary = self.glossary
            # A term's first mention in a statement gets its first form, later ones its later
            # form: mentions are counted over the whole catalog, in statement order.
            mentioned = {id(entry): before for p in plan if p.machine
                         for entry, before in zip(p.catalog.entries,
                                                  glossary.mentions(e.msgid
                                                                    for e in p.catalog.entries),
                                                  strict=True)}
            protected = {id(e): glossary.protect(e.msgid, mentioned[id(e)])
                         for p in plan for e in p.machine}
        self.protected = protected
        unique = list(dict.fromkeys(prot.text for prot in protected.values()))
        self.result.sentences = len(unique)
        if self.dry_run:
            self.result.machine = sum(len(p.machine) for p in plan)
            return
        if unique and self.on_progress:
            self.on_progress(0, len(unique))
        group: list[_Planned] = []
        queued: set[str] = set()
        for planned in plan:
            group.append(planned)
            queued.update(protected[id(e)].text for e in planned.machine)
            if len(queued) >= self.group_sentences:
                self._flush(group, queued)
                group, queued = [], set()
        self._flush(group, queued)

    def _flush(self, group: list[_Planned], queued: set[str]) -> None:
        if not group:
            return
        new = [s for s in dict.fromkeys(self.protected[id(e)].text
                                        for p in group for e in p.machine)
               if s not in self.translated]
        if new:
            assert self.translator is not None
            outputs = self.translator.translate(new, self._advance if self.on_progress else None)
            if len(outputs) != len(new):
                raise EngineError("the translation engine returned a different number of "
                                  "sentences")
            self.translated.update(zip(new, outputs, strict=True))
        for planned in group:
            for entry in planned.machine:
                if self._machine_draft(entry):
                    planned.touched = True
            if planned.touched:
                saved = save_catalog(planned.path, planned.catalog, planned.data,
                                     self.project.relative(planned.path), self.project.wrap)
                self.result.kept += saved.kept
                if saved.written:
                    self.result.changed.append(planned.path)

    def _advance(self, count: int) -> None:
        self.done += count
        assert self.on_progress is not None
        self.on_progress(self.done, self.result.sentences)

    def _machine_draft(self, entry: polib.POEntry) -> bool:
        assert self.translator is not None and self.glossary is not None
        prot = self.protected[id(entry)]
        raw = self.translated.get(prot.text, "")
        if not raw.strip():
            return False  # the engine produced nothing: leave the entry empty for a human
        restored = self.glossary.restore(prot, raw)
        source_lang, aliases = self.project.source_language, self.glossary.year_aliases
        numbers = check_numbers(entry.msgid, restored.text, source_lang, self.lang, aliases)
        # The numbers of a glossary form are the glossary's («قتل‌عام ۱۳۶۷ (۱۹۸۸)»).
        source, draft = self.glossary.without_forms(entry.msgid, restored.text)
        unexplained = check_numbers(source, draft, source_lang, self.lang, aliases)
        numbers.missing, numbers.extra = unexplained.missing, unexplained.extra
        _clear_own_warnings(entry)
        extra = {"terms": _field(", ".join(restored.applied))} if restored.applied else {}
        mark_draft(entry, numbers.text, DraftKind.MACHINE, self.date,
                   **self.translator.provenance, **extra)
        if not numbers.ok:
            self.result.number_warnings += 1
            add_warning(entry, numbers.warning())
        if restored.lost:
            self.result.term_warnings += 1
            add_warning(entry, f"{TERMS_WARNING[len('warning: '):]}: {', '.join(restored.lost)}")
        self.result.machine += 1
        return True


def check_only(project: Project, only: str | None) -> None:
    """``--only SLUG`` must name a statement (a source or at least one catalog)."""
    if only is None:
        return
    if project.source_path(only).is_file():
        return
    if any(project.po_path(lang, only).is_file() for lang in project.languages):
        return
    known = ", ".join(project.slugs()) or "none"
    raise InputError(f"no statement {only!r} (statements: {known})")
