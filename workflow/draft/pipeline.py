"""``dossier draft``: fill empty catalog entries with memory drafts, then machine drafts.

Per language: read every catalog under ``locales/<lang>/LC_MESSAGES``; build the translation
memory from all of them; take the empty entries of the selected catalogs; reuse memory hits;
send the rest (glossary items protected, deduplicated across statements) through the route's
packages in one batched pass; restore glossary forms, localise and check numbers; mark every
draft fuzzy with a ``# draft:`` provenance comment; write only catalogs that changed.
Entries with any text are never touched, so a second run changes nothing.
"""

from __future__ import annotations

import time
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

import polib

from workflow.catalog.pofile import Catalog, read_catalog, render_catalog
from workflow.config import Project
from workflow.draft.glossary import Glossary, load_glossary
from workflow.draft.memory import TranslationMemory
from workflow.draft.models import Route, find_route, install_hint
from workflow.draft.numbers import check_numbers
from workflow.errors import InputError
from workflow.fileio import atomic_write
from workflow.states import DraftKind, State, add_warning, mark_draft, state_of, today

ENGINES = ("argos", "memory")
NUMBERS_WARNING = "warning: numbers differ from source"
TERMS_WARNING = "warning: glossary term lost by the model"


@dataclass
class LanguageResult:
    """What happened (or, with --dry-run, would happen) for one language."""

    lang: str
    catalogs: int = 0
    pending: int = 0
    memory: int = 0
    machine: int = 0
    sentences: int = 0  # distinct sentences sent to the model
    number_warnings: int = 0
    term_warnings: int = 0
    route: str | None = None
    no_route_hint: str | None = None  # set when machine drafting was wanted but impossible
    changed: list[Path] = field(default_factory=list)
    seconds: float = 0.0

    @property
    def left(self) -> int:
        return self.pending - self.memory - self.machine


Translate = Callable[..., list[str]]  # (sentences[, on_progress(n)]) -> translations
Progress = Callable[[int, int], None]  # (sentences translated so far, distinct sentences)


def _default_translator(route: Route) -> Translate:
    from workflow.draft.engine import RouteTranslator  # imports ctranslate2 only now

    return RouteTranslator(route).translate


def _catalogs(project: Project, lang: str) -> list[tuple[str, Path, Catalog]]:
    folder = project.locales / lang / "LC_MESSAGES"
    if not folder.is_dir():
        return []
    return [(p.stem, p, read_catalog(p, project.relative(p))) for p in sorted(folder.glob("*.po"))]


def _pending(catalog: Catalog) -> list[polib.POEntry]:
    return [
        e for e in catalog.entries
        if e.msgid and not e.msgid_plural and state_of(e) is State.UNTRANSLATED
    ]


def _clear_own_warnings(entry: polib.POEntry) -> None:
    lines = (entry.tcomment or "").splitlines()
    kept = [ln for ln in lines if not ln.startswith((NUMBERS_WARNING, TERMS_WARNING))]
    entry.tcomment = "\n".join(kept)


def _field(text: str) -> str:
    """A value safe inside a ``k=v; k=v`` comment line."""
    return text.replace(";", ",").replace("\n", " ").strip()


def draft_language(
    project: Project,
    lang: str,
    *,
    only: str | None = None,
    engine: str = "argos",
    dry_run: bool = False,
    translator_for: Callable[[Route], Translate] = _default_translator,
    date: str | None = None,
    on_progress: Progress | None = None,
) -> LanguageResult:
    """Draft one language; see the module docstring.

    ``on_progress(done, total)`` follows the machine translation: (0, total) before it starts,
    then after each finished batch; ``total`` is the number of distinct sentences sent to
    the model. Not called when nothing goes to the model (memory only, dry run, no route).
    """
    started = time.perf_counter()
    date = date or today()
    result = LanguageResult(lang)
    catalogs = _catalogs(project, lang)
    result.catalogs = len(catalogs)
    memory = TranslationMemory()
    for slug, _, catalog in catalogs:
        memory.add(slug, catalog.entries)
    targets = [c for c in catalogs if only is None or c[0] == only]
    touched: dict[Path, Catalog] = {}
    machine_todo: list[tuple[Path, Catalog, polib.POEntry]] = []
    for _slug, path, catalog in targets:
        for entry in _pending(catalog):
            result.pending += 1
            hit = memory.lookup(entry.msgid)
            if hit is not None:
                result.memory += 1
                _clear_own_warnings(entry)
                mark_draft(entry, hit.text, DraftKind.MEMORY, date, **{"from": hit.slug})
                touched[path] = catalog
            else:
                machine_todo.append((path, catalog, entry))

    if engine == "argos":
        route = find_route(project.source_language, lang)
        if route is not None:
            result.route = route.label
            if machine_todo:
                _machine(project, lang, route, machine_todo, result, touched,
                         translator_for, dry_run, date, on_progress)
        elif machine_todo:
            result.no_route_hint = install_hint(project.source_language, lang)

    if not dry_run:
        for path, catalog in touched.items():
            if atomic_write(path, render_catalog(catalog, project.wrap)):
                result.changed.append(path)
    result.seconds = time.perf_counter() - started
    return result


def _machine(
    project: Project,
    lang: str,
    route: Route,
    todo: list[tuple[Path, Catalog, polib.POEntry]],
    result: LanguageResult,
    touched: dict[Path, Catalog],
    translator_for: Callable[[Route], Translate],
    dry_run: bool,
    date: str,
    on_progress: Progress | None = None,
) -> None:
    glossary: Glossary = load_glossary(project.glossary_path(lang))
    # A term's first mention in a statement gets its first form, later ones its later form.
    mentioned = {id(entry): before for catalog in {id(c): c for _, c, _ in todo}.values()
                 for entry, before in zip(catalog.entries,
                                          glossary.mentions(e.msgid for e in catalog.entries),
                                          strict=True)}
    protected = {id(entry): glossary.protect(entry.msgid, mentioned[id(entry)])
                 for _, _, entry in todo}
    unique = list(dict.fromkeys(p.text for p in protected.values()))
    result.sentences = len(unique)
    if dry_run:
        result.machine = len(todo)
        return
    translate = translator_for(route)
    if on_progress is None:
        outputs = translate(unique)
    else:
        total, done = len(unique), 0

        def advance(count: int) -> None:
            nonlocal done
            done += count
            on_progress(done, total)

        on_progress(0, total)
        outputs = translate(unique, advance)
    if len(outputs) != len(unique):
        raise RuntimeError("translation engine returned a different number of sentences")
    translated = dict(zip(unique, outputs, strict=True))
    fields = {"engine": "argos", "model": route.label}
    if route.pivot:
        fields["via"] = route.pivot
    for path, catalog, entry in todo:
        prot = protected[id(entry)]
        raw = translated[prot.text]
        if not raw.strip():
            continue  # the model produced nothing: leave the entry empty for a human
        restored = glossary.restore(prot, raw)
        numbers = check_numbers(entry.msgid, restored.text, project.source_language, lang,
                                glossary.year_aliases)
        # The numbers of a glossary form are the glossary's («قتل‌عام ۱۳۶۷ (۱۹۸۸)»).
        source, draft = glossary.without_forms(entry.msgid, restored.text)
        unexplained = check_numbers(source, draft, project.source_language, lang,
                                    glossary.year_aliases)
        numbers.missing, numbers.extra = unexplained.missing, unexplained.extra
        _clear_own_warnings(entry)
        extra = {"terms": _field(", ".join(restored.applied))} if restored.applied else {}
        mark_draft(entry, numbers.text, DraftKind.MACHINE, date, **fields, **extra)
        if not numbers.ok:
            result.number_warnings += 1
            add_warning(entry, numbers.warning())
        if restored.lost:
            result.term_warnings += 1
            add_warning(entry, f"{TERMS_WARNING[len('warning: '):]}: {', '.join(restored.lost)}")
        result.machine += 1
        touched[path] = catalog


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
