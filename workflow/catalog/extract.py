"""``sources/<slug>.md`` -> ``locales/templates/<slug>.pot``.

One entry per sentence (titles, headings, list items and signature lines apart), a
``#. type:`` comment saying what the entry is, ``#: sources/<slug>.md:LINE`` references, and
identical sentences of one statement merged into one entry with several references.
All sources are read and checked before anything is written.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

import polib

from workflow.cache import BuildCache, digest, file_digest, project_cache
from workflow.catalog.header import template_comment, template_headers
from workflow.catalog.pofile import Catalog, render_catalog
from workflow.catalog.units import units_of
from workflow.config import Project
from workflow.errors import InputError
from workflow.fileio import atomic_write
from workflow.layout import check_can_write, check_layout
from workflow.source import SourceDocument, parse_source

SECTION = "extract"


@dataclass
class ExtractReport:
    written: list[str] = field(default_factory=list)
    unchanged: list[str] = field(default_factory=list)
    skipped: list[str] = field(default_factory=list)  # cache hits: not even parsed
    entries: int = 0
    #: slug -> (source hash, template text) not yet written (``extract(..., write=False)``)
    pending: dict[str, tuple[str, str]] = field(default_factory=dict)


def build_template(project: Project, doc: SourceDocument) -> Catalog:
    """The template catalog of one parsed source."""
    reference = project.relative(doc.path) if doc.path.is_absolute() else doc.path.as_posix()
    entries: dict[str, polib.POEntry] = {}
    kinds: dict[str, list[str]] = {}
    for unit in units_of(doc, project.source_language):
        entry = entries.get(unit.msgid)
        if entry is None:
            entry = entries[unit.msgid] = polib.POEntry(msgid=unit.msgid, msgstr="")
            kinds[unit.msgid] = []
        ref = (reference, str(unit.line))
        if ref not in entry.occurrences:
            entry.occurrences.append(ref)
        if unit.kind not in kinds[unit.msgid]:
            kinds[unit.msgid].append(unit.kind)
    for msgid, entry in entries.items():
        entry.comment = "type: " + ", ".join(kinds[msgid])
    return Catalog(
        headers=template_headers(project, doc),
        header_comment=template_comment(doc),
        header_flags=["fuzzy"],
        entries=list(entries.values()),
    )


def _decode(data: bytes, path) -> str:
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError as exc:
        raise InputError("source is not valid UTF-8", path,
                         data[: exc.start].count(b"\n") + 1) from None


def extract(project: Project, slugs: list[str] | None = None,
            cache: BuildCache | None = None, write: bool = True) -> ExtractReport:
    """Write templates for ``slugs`` (default: every source); skip unchanged ones.

    With ``write=False`` the new templates are left in ``report.pending`` for the caller to
    write with :func:`write_templates` (``update`` checks every catalog first).
    """
    if write:  # update checks the whole layout itself
        check_layout(project)
    own_cache = cache is None
    cache = cache or project_cache(project)
    report = ExtractReport()
    for slug in slugs if slugs is not None else project.slugs():
        path = project.source_path(slug)
        try:
            data = path.read_bytes()
        except FileNotFoundError:
            raise InputError("no such source", project.relative(path)) from None
        source_hash = digest(data)
        pot = project.pot_path(slug)
        if cache.fresh(SECTION, slug, source_hash, file_digest(pot)):
            report.skipped.append(slug)
            continue
        shown = project.relative(path)
        doc = parse_source(_decode(data, shown), Path(shown))
        catalog = build_template(project, doc)
        if not catalog.entries:
            raise InputError("the source has no text to translate", shown)
        report.entries += len(catalog.entries)
        report.pending[slug] = (source_hash, render_catalog(catalog, project.wrap))
    if write:
        write_templates(project, report, cache)
        if own_cache:
            cache.save()
    return report


def write_templates(project: Project, report: ExtractReport, cache: BuildCache) -> None:
    """Write the templates left in ``report.pending`` and record them in the cache."""
    check_can_write(project, [project.pot_path(slug) for slug in report.pending],
                    sum(len(text.encode("utf-8")) for _, text in report.pending.values()))
    for slug, (source_hash, text) in report.pending.items():
        changed = atomic_write(project.pot_path(slug), text)
        (report.written if changed else report.unchanged).append(slug)
        cache.record(SECTION, slug, source_hash, digest(text.encode("utf-8")))
    report.pending.clear()
