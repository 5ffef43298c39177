"""``dossier draft``: fill empty catalog entries with memory drafts, then machine drafts.

Per language: read every catalog under ``locales/<lang>/LC_MESSAGES``; build the translation
memory from all of them; take the empty entries of the selected catalogs; reuse memory hits;
send the rest (glossary items protected, deduplicated across statements) through the route's
packages in batches of whole catalogs; restore glossary forms, localise and check numbers; mark
every draft fuzzy with a ``# draft:`` provenance comment; save each catalog as soon as its drafts
are done (an interruption loses only the batch in flight) through
:func:`workflow.catalog.save.save_catalog`, so an entry a translator filled in meanwhile keeps
the translator's text. Entries with any text are never touched, so a second run changes nothing.
"""

from __future__ import annotations

import time
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

import polib

from workflow.catalog.pofile import Catalog, parse_catalog
from workflow.catalog.save import Kept, save_catalog
from workflow.config import Project
from workflow.draft.glossary import Glossary, load_glossary
from workflow.draft.memory import TranslationMemory
from workflow.draft.models import Route, find_route, install_hint
from workflow.draft.numbers import check_numbers
from workflow.errors import InputError
from workflow.fileio import fs_error
from workflow.layout import check_can_write, check_layout
from workflow.states import DraftKind, State, add_warning, mark_draft, state_of, today

ENGINES = ("argos", "memory")
NUMBERS_WARNING = "warning: numbers differ from source"
TERMS_WARNING = "warning: glossary term lost by the model"
#: Catalogs are machine-drafted in groups of at least this many distinct sentences, each group
#: saved when done: big enough batches for the model, little work lost to an interruption.
GROUP_SENTENCES = 256


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
    kept: list[Kept] = field(default_factory=list)  # concurrent edits that won over a draft
    seconds: float = 0.0

    @property
    def left(self) -> int:
        return self.pending - self.memory - self.machine


Translate = Callable[..., list[str]]  # (sentences[, on_progress(n)]) -> translations
Progress = Callable[[int, int], None]  # (sentences translated so far, distinct sentences)


def _default_translator(route: Route) -> Translate:
    from workflow.draft.engine import RouteTranslator  # imports ctranslate2 only now

    return RouteTranslator(route).translate


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
    check_layout(project, [lang])
    catalogs = _catalogs(project, lang)
    result.catalogs = len(catalogs)
    memory = TranslationMemory()
    for slug, _, catalog, _ in catalogs:
        memory.add(slug, catalog.entries)
    targets = [c for c in catalogs if only is None or c[0] == only]
    read = {path: data for _, path, _, data in targets}

    def save(path: Path, catalog: Catalog) -> None:
        if dry_run:
            return
        saved = save_catalog(path, catalog, read[path], project.relative(path))
        result.kept += saved.kept
        if saved.written:
            result.changed.append(path)

    touched: dict[Path, Catalog] = {}
    machine_todo: list[tuple[Path, Catalog, polib.POEntry]] = []
    for _slug, path, catalog, _ in targets:
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

    route = find_route(project.source_language, lang) if engine == "argos" else None
    if engine == "argos" and route is None and machine_todo:
        result.no_route_hint = install_hint(project.source_language, lang)
    if route is not None:
        result.route = route.label
    waiting = {path for path, _, _ in machine_todo} if route is not None else set()
    if not dry_run:  # every catalog about to change can be written: checked before the first
        check_can_write(project, [*touched, *waiting],
                        sum(2 * len(read[path]) for path in {*touched, *waiting}))
    for path, catalog in touched.items():  # memory drafts only: saved before the model runs
        if path not in waiting:
            save(path, catalog)
    if route is not None and machine_todo:
        _machine(project, lang, route, machine_todo, result, touched,
                 translator_for, dry_run, date, on_progress, save)
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
    on_progress: Progress | None,
    save: Callable[[Path, Catalog], None],
) -> None:
    glossary: Glossary = load_glossary(project.glossary_path(lang))
    protected = {entry.msgid: glossary.protect(entry.msgid) for _, _, entry in todo}
    unique = list(dict.fromkeys(p.text for p in protected.values()))
    result.sentences = len(unique)
    if dry_run:
        result.machine = len(todo)
        return
    translate = translator_for(route)
    total, done = len(unique), 0

    def advance(count: int) -> None:
        nonlocal done
        done += count
        on_progress(done, total)

    if on_progress is not None:
        on_progress(0, total)
    fields = {"engine": "argos", "model": route.label}
    if route.pivot:
        fields["via"] = route.pivot
    translated: dict[str, str] = {}
    for group in _groups(todo):
        wanted = list(dict.fromkeys(protected[e.msgid].text for _, _, e in group))
        wanted = [text for text in wanted if text not in translated]
        if wanted:
            outputs = translate(wanted) if on_progress is None else translate(wanted, advance)
            if len(outputs) != len(wanted):
                raise RuntimeError("translation engine returned a different number of sentences")
            translated.update(zip(wanted, outputs, strict=True))
        for path, catalog, entry in group:
            prot = protected[entry.msgid]
            raw = translated[prot.text]
            if not raw.strip():
                continue  # the model produced nothing: leave the entry empty for a human
            restored = glossary.restore(prot, raw)
            numbers = check_numbers(entry.msgid, restored.text, project.source_language, lang)
            _clear_own_warnings(entry)
            extra = {"terms": _field(", ".join(restored.applied))} if restored.applied else {}
            mark_draft(entry, numbers.text, DraftKind.MACHINE, date, **fields, **extra)
            if not numbers.ok:
                result.number_warnings += 1
                add_warning(entry, numbers.warning())
            if restored.lost:
                result.term_warnings += 1
                add_warning(entry,
                            f"{TERMS_WARNING[len('warning: '):]}: {', '.join(restored.lost)}")
            result.machine += 1
            touched[path] = catalog
        for path in dict.fromkeys(path for path, _, _ in group):
            if path in touched:
                save(path, touched[path])


def _groups(todo: list[tuple[Path, Catalog, polib.POEntry]]):
    """Whole catalogs' pending entries, grouped until a group has GROUP_SENTENCES or more."""
    group: list[tuple[Path, Catalog, polib.POEntry]] = []
    sentences: set[str] = set()
    previous: Path | None = None
    for item in todo:
        if item[0] != previous and len(sentences) >= GROUP_SENTENCES:
            yield group
            group, sentences = [], set()
        previous = item[0]
        group.append(item)
        sentences.add(item[2].msgid)
    if group:
        yield group


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
