"""TMX 1.4 translation memories: import another tool's work, export ours.

OmegaT, Trados, memoQ, Weblate and Translate Toolkit all read and write TMX, so a coalition's
earlier translations count here and ours count there. Import keeps the pairs of each configured
language in ``locales/<lang>/memory.tmx`` (a TMX file itself), which ``dossier draft`` reads
as memory after the catalogs; export writes every approved and translated catalog entry.

Standard library XML only. Entity declarations are refused (no entity expansion attacks);
inline markup inside ``<seg>`` keeps its text, while native codes (``<bpt>``, ``<ept>``,
``<ph>``, ``<it>``, ``<ut>``) are dropped, as a plain-text memory needs.
"""

from __future__ import annotations

import xml.etree.ElementTree as ET
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path

from workflow import __version__
from workflow.config import Project
from workflow.draft.memory import IMPORTED_RANK, TranslationMemory
from workflow.errors import InputError
from workflow.fileio import atomic_write

MEMORY_FILE = "memory.tmx"
XML_LANG = "{http://www.w3.org/XML/1998/namespace}lang"
_CODES = {"bpt", "ept", "ph", "it", "ut"}


@dataclass(frozen=True)
class Unit:
    """One translation pair: English (the source language) and one target language."""

    lang: str
    source: str
    target: str
    note: str = ""  # where it came from: a statement slug, or the imported file


def memory_path(project: Project, lang: str) -> Path:
    return project.locales / lang / MEMORY_FILE


def _seg_text(seg: ET.Element) -> str:
    parts = [seg.text or ""]
    for child in seg:
        if child.tag not in _CODES:
            parts.append(_seg_text(child))
        parts.append(child.tail or "")
    return "".join(parts)


def _lang_of(tuv: ET.Element) -> str:
    return (tuv.get(XML_LANG) or tuv.get("lang") or "").strip()


def match_language(code: str, languages: Iterable[str]) -> str | None:
    """The configured language a TMX code means: exact (``fa-IR`` = ``fa_IR``, any case),
    else by primary subtag (``fa-IR`` -> ``fa``)."""
    norm = code.replace("-", "_").lower()
    langs = list(languages)
    for lang in langs:
        if lang.replace("-", "_").lower() == norm:
            return lang
    primary = norm.split("_")[0]
    for lang in langs:
        if lang.replace("-", "_").lower() == primary:
            return lang
    return None


def read_tmx(path: Path, source_lang: str, languages: Iterable[str]) -> tuple[list[Unit], set]:
    """Units of ``path`` for the configured ``languages``, and the TMX codes left out."""
    path = Path(path)
    try:
        data = path.read_bytes()
    except OSError as exc:
        raise InputError(f"cannot read ({exc.strerror})", path) from None
    if b"<!ENTITY" in data:
        raise InputError("entity declarations are not accepted in a TMX file", path)
    try:
        root = ET.fromstring(data)
    except ET.ParseError as exc:
        line = exc.position[0] if exc.position else None
        raise InputError(f"not well-formed XML: {exc.msg if hasattr(exc, 'msg') else exc}",
                         path, line) from None
    if root.tag != "tmx" or root.find("body") is None:
        raise InputError("not a TMX file (no <tmx> root with a <body>)", path)
    langs = list(languages)
    units: list[Unit] = []
    skipped: set[str] = set()
    for tu in root.find("body").iter("tu"):
        segs: dict[str, str] = {}
        for tuv in tu.findall("tuv"):
            seg = tuv.find("seg")
            code = _lang_of(tuv)
            if seg is None or not code:
                continue
            segs.setdefault(code, " ".join(_seg_text(seg).split()))
        source = next((text for code, text in segs.items()
                       if match_language(code, [source_lang])), "")
        if not source:
            continue
        for code, text in segs.items():
            if match_language(code, [source_lang]) or not text:
                continue
            lang = match_language(code, langs)
            if lang is None:
                skipped.add(code)
                continue
            units.append(Unit(lang, source, text, path.name))
    return units, skipped


def render_tmx(units: Iterable[Unit], source_lang: str) -> str:
    """A TMX 1.4 document, one ``<tu>`` per pair, in the given order (written by
    ElementTree, which escapes every text and attribute)."""
    root = ET.Element("tmx", version="1.4")
    ET.SubElement(root, "header", {
        "creationtool": "dossier", "creationtoolversion": __version__,
        "datatype": "plaintext", "segtype": "sentence", "adminlang": "en",
        "srclang": source_lang, "o-tmf": "gettext",
    })
    body = ET.SubElement(root, "body")
    for unit in units:
        tu = ET.SubElement(body, "tu")
        if unit.note:
            ET.SubElement(tu, "prop", type="x-dossier-from").text = unit.note
        for lang, text in ((source_lang, unit.source), (unit.lang, unit.target)):
            tuv = ET.SubElement(tu, "tuv", {XML_LANG: lang.replace("_", "-")})
            ET.SubElement(tuv, "seg").text = text
    ET.indent(root, space="  ")
    return '<?xml version="1.0" encoding="UTF-8"?>\n' + ET.tostring(root, "unicode") + "\n"


def load_imported(project: Project, lang: str, memory: TranslationMemory) -> int:
    """Add ``locales/<lang>/memory.tmx`` (if any) to ``memory``; returns the pairs read."""
    path = memory_path(project, lang)
    if not path.is_file():
        return 0
    units, _ = read_tmx(path, project.source_language, [lang])
    for unit in units:
        memory.add_pair(unit.source, unit.target, MEMORY_FILE, rank=IMPORTED_RANK)
    return len(units)


@dataclass
class ImportReport:
    units: int = 0
    added: dict[str, int] = field(default_factory=dict)
    known: dict[str, int] = field(default_factory=dict)
    paths: dict[str, Path] = field(default_factory=dict)
    skipped: set[str] = field(default_factory=set)


def import_tmx(project: Project, path: Path, languages: list[str]) -> ImportReport:
    """Merge the pairs of ``path`` into each language's ``memory.tmx``; everything is read and
    checked before the first file is written."""
    units, skipped = read_tmx(path, project.source_language, languages)
    report = ImportReport(units=len(units), skipped=skipped)
    pending: list[tuple[Path, str]] = []
    for lang in languages:
        target = memory_path(project, lang)
        existing = (read_tmx(target, project.source_language, [lang])[0]
                    if target.is_file() else [])
        seen = {(u.source, u.target) for u in existing}
        new = []
        for unit in units:
            if unit.lang != lang:
                continue
            if (unit.source, unit.target) in seen:
                report.known[lang] = report.known.get(lang, 0) + 1
                continue
            seen.add((unit.source, unit.target))
            new.append(unit)
        report.paths[lang] = target
        report.added[lang] = len(new)
        if new:
            pending.append((target, render_tmx([*existing, *new], project.source_language)))
    for target, text in pending:
        atomic_write(target, text)
    return report


def catalog_units(project: Project, lang: str, only: str | None = None) -> list[Unit]:
    """Approved, then translated, entries of a language's catalogs (drafts never)."""
    from workflow.catalog.pofile import read_catalog
    from workflow.states import State, state_of

    folder = project.locales / lang / "LC_MESSAGES"
    ranked: list[tuple[int, Unit]] = []
    seen: set[tuple[str, str]] = set()
    for po in sorted(folder.glob("*.po")) if folder.is_dir() else []:
        if only is not None and po.stem != only:
            continue
        for entry in read_catalog(po, project.relative(po)).entries:
            if entry.obsolete or not entry.msgid or entry.msgid_plural:
                continue
            state = state_of(entry)
            if state not in (State.APPROVED, State.TRANSLATED):
                continue
            if (entry.msgid, entry.msgstr) in seen:
                continue
            seen.add((entry.msgid, entry.msgstr))
            ranked.append((0 if state is State.APPROVED else 1,
                           Unit(lang, entry.msgid, entry.msgstr, f"{po.stem}; {state.value}")))
    return [unit for _, unit in sorted(ranked, key=lambda r: r[0])]


def export_tmx(project: Project, path: Path, languages: list[str],
               only: str | None = None) -> dict[str, int]:
    units: list[Unit] = []
    counts: dict[str, int] = {}
    for lang in languages:
        found = catalog_units(project, lang, only)
        counts[lang] = len(found)
        units += found
    atomic_write(path, render_tmx(units, project.source_language))
    return counts
