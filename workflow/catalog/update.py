"""``dossier update``: create or merge ``locales/<lang>/LC_MESSAGES/<slug>.po`` from templates.

Templates are refreshed first (cheap when sources are unchanged), then every catalog is merged
(:mod:`workflow.catalog.merge`). Every source, template and catalog is read and checked before
the first file is written, so a malformed catalog stops the run with nothing changed; then each
catalog is merged and saved as soon as it is done (an interruption loses only the one in
flight), through :func:`workflow.catalog.save.save_catalog`, which keeps any entry a person
changed in the file meanwhile.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from workflow.cache import digest, project_cache
from workflow.catalog.extract import ExtractReport, extract, write_templates
from workflow.catalog.header import language_name, translation_headers
from workflow.catalog.merge import MergeReport, merge
from workflow.catalog.pofile import Catalog, parse_catalog, render_catalog
from workflow.catalog.save import Kept, save_catalog
from workflow.config import Project
from workflow.errors import InputError
from workflow.layout import check_can_write, check_layout

SECTION = "update"


@dataclass
class UpdateReport:
    extract: ExtractReport
    created: list[str] = field(default_factory=list)
    merged: list[str] = field(default_factory=list)
    unchanged: list[str] = field(default_factory=list)
    skipped: list[str] = field(default_factory=list)
    merges: dict[str, MergeReport] = field(default_factory=dict)
    kept: list[Kept] = field(default_factory=list)  # concurrent edits that won over ours


def _header_comment(lang_name: str, template: Catalog) -> str:
    first = template.header_comment.split("\n", 1)[0]
    title = first.split(":", 1)[1].strip() if ":" in first else first
    return f"{lang_name} translation of: {title}" if title else f"{lang_name} translation"


def update_catalog(project: Project, lang: str, template: Catalog,
                   old: Catalog | None) -> tuple[str, MergeReport]:
    """The new text of one ``.po`` file and what the merge did."""
    catalog, report = updated_catalog(project, lang, template, old)
    return render_catalog(catalog), report


def updated_catalog(project: Project, lang: str, template: Catalog,
                    old: Catalog | None) -> tuple[Catalog, MergeReport]:
    """The new ``.po`` catalog and what the merge did."""
    active, obsolete, report = merge(template, old)
    catalog = Catalog(
        headers=translation_headers(project, lang, template.headers,
                                    old.headers if old else None,
                                    revised=report.translation_changed),
        header_comment=(old.header_comment if old and old.header_comment
                        else _header_comment(language_name(lang), template)),
        header_flags=[f for f in (old.header_flags if old else []) if f != "fuzzy"],
        entries=active,
        obsolete=obsolete,
    )
    _size_plurals(catalog)
    return catalog, report


def _size_plurals(catalog: Catalog) -> None:
    """Untranslated plural entries get one empty ``msgstr[i]`` per plural form of the
    language, as GNU msgmerge gives them (``msgfmt --check`` insists)."""
    match = re.search(r"nplurals\s*=\s*(\d+)", catalog.headers.get("Plural-Forms", ""))
    count = int(match.group(1)) if match else 2
    for entry in catalog.entries:
        if entry.msgid_plural and not any(entry.msgstr_plural.values()):
            entry.msgstr_plural = dict.fromkeys(range(count), "")


def update(project: Project, languages: list[str], slugs: list[str] | None = None) -> UpdateReport:
    check_layout(project, languages)
    cache = project_cache(project)
    report = UpdateReport(extract=extract(project, slugs, cache=cache, write=False))
    slugs = slugs if slugs is not None else project.slugs()
    # (key, template hash, template, old catalog, old bytes): all read and parsed first
    pending: list[tuple[str, str, Catalog, Catalog | None, bytes | None]] = []
    sizes: dict[str, int] = {}  # slug -> template size, to estimate the space needed
    for slug in slugs:
        pot_path = project.pot_path(slug)
        if slug in report.extract.pending:  # new template, written only if all catalogs parse
            pot_bytes = report.extract.pending[slug][1].encode("utf-8")
        else:
            try:
                pot_bytes = pot_path.read_bytes()
            except FileNotFoundError:
                raise InputError("no template; run 'dossier extract'",
                                 project.relative(pot_path)) from None
        pot_hash = digest(pot_bytes)
        sizes[slug] = len(pot_bytes)
        template: Catalog | None = None
        for lang in languages:
            po_path = project.po_path(lang, slug)
            key = f"{lang}/{slug}"
            try:
                po_bytes = po_path.read_bytes()
            except FileNotFoundError:
                po_bytes = None
            if po_bytes is not None and cache.fresh(SECTION, key, pot_hash, digest(po_bytes)):
                report.skipped.append(key)
                continue
            if template is None:
                template = parse_catalog(pot_bytes, project.relative(pot_path))
            old = (parse_catalog(po_bytes, project.relative(po_path))
                   if po_bytes is not None else None)
            pending.append((key, pot_hash, template, old, po_bytes))
    # Everything that will be written can be, and fits on the disk: checked before the first
    # template is written (a catalog needs about its old size, or its template's, and a copy).
    check_can_write(
        project,
        [project.pot_path(s) for s in report.extract.pending]
        + [project.po_path(*key.split("/", 1)) for key, *_ in pending],
        sum(len(text.encode("utf-8")) for _, text in report.extract.pending.values())
        + sum(2 * (len(old_bytes) if old_bytes else sizes[key.split("/", 1)[1]])
              for key, _, _, _, old_bytes in pending),
    )
    write_templates(project, report.extract, cache)
    try:
        for key, pot_hash, template, old, po_bytes in pending:
            lang, slug = key.split("/", 1)
            catalog, merge_report = updated_catalog(project, lang, template, old)
            report.merges[key] = merge_report
            po_path = project.po_path(lang, slug)
            saved = save_catalog(po_path, catalog, po_bytes, project.relative(po_path),
                                 project.wrap)
            report.kept += saved.kept
            if saved.gone:
                report.unchanged.append(key)  # deleted by someone meanwhile: not recreated
                continue
            if not saved.written:
                report.unchanged.append(key)
            else:
                (report.created if old is None else report.merged).append(key)
            if not saved.merged:
                cache.record(SECTION, key, pot_hash, digest(saved.data))
    finally:
        cache.save()  # what was saved before an error or interruption stays recorded
    return report
