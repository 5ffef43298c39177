"""Stage 4: decide what to build, skip what is up to date, render, write atomically.

Incremental builds: each PDF's inputs (source, catalog, language, layout, variant, build
date, and this package's code, stylesheet and fonts) are hashed; the hash and the written
PDF's sha256 are kept in ``output/<lang>/.build-manifest.json``. A PDF whose input hash is
unchanged and whose file is intact is not rendered again (``force`` renders anyway).

Reproducible builds: the build date printed and stored in the PDF is ``SOURCE_DATE_EPOCH``
when set, otherwise the latest date found in the inputs (catalog revision, source import),
never the clock, so the same inputs give byte-identical PDFs.
"""

from __future__ import annotations

import datetime as _dt
import hashlib
import json
import os
import re
from collections.abc import Callable
from concurrent.futures import ProcessPoolExecutor
from dataclasses import dataclass, field
from pathlib import Path

from workflow import __version__
from workflow.config import Project
from workflow.errors import InputError, ProblemsFound
from workflow.fileio import atomic_write
from workflow.publish import fonts, langs
from workflow.publish.html import LAYOUTS, Settings, Writer, page_css
from workflow.publish.model import Statement, gather, locate
from workflow.publish.render import (
    DEFAULT_VARIANT,
    VARIANTS,
    Attachment,
    keeps_attachments,
    variant_label,
)

MANIFEST = ".build-manifest.json"
DOSSIER = "dossier.pdf"
_PACKAGE = Path(__file__).resolve().parent
_REVISION = re.compile(r"(\d{4}-\d{2}-\d{2})[ T](\d{2}):(\d{2})(?::\d{2})?\s*([+-]\d{4}|Z)?")


@dataclass(frozen=True)
class BuildOptions:
    languages: tuple[str, ...]
    layout: str = "side-by-side"
    only: str | None = None
    min_reviewed: float | None = None
    variant: str = DEFAULT_VARIANT
    force: bool = False
    jobs: int = 0  # 0: one process per language, up to the CPU count


@dataclass
class LanguageResult:
    lang: str
    written: list[str] = field(default_factory=list)
    skipped: list[str] = field(default_factory=list)
    pages: int = 0


@dataclass
class BuildResult:
    languages: list[LanguageResult] = field(default_factory=list)

    @property
    def written(self) -> list[str]:
        return [p for r in self.languages for p in r.written]

    @property
    def skipped(self) -> list[str]:
        return [p for r in self.languages for p in r.skipped]

    @property
    def pages(self) -> int:
        return sum(r.pages for r in self.languages)


def code_fingerprint() -> str:
    """Hash of what shapes the PDFs besides the inputs: this package's code, CSS, fonts."""
    digest = hashlib.sha256(__version__.encode())
    for path in sorted(_PACKAGE.glob("*.py")) + [_PACKAGE / "dossier.css"]:
        digest.update(path.name.encode())
        digest.update(path.read_bytes())
    digest.update(fonts.fingerprint().encode())
    return digest.hexdigest()


def _parse_moment(value: object) -> _dt.datetime | None:
    if isinstance(value, _dt.datetime):
        return value if value.tzinfo else value.replace(tzinfo=_dt.UTC)
    match = _REVISION.match(str(value or "").strip())
    if match:
        day, hour, minute, zone = match.groups()
        moment = _dt.datetime.fromisoformat(f"{day}T{hour}:{minute}:00")
        offset = _dt.UTC
        if zone and zone != "Z":
            sign = 1 if zone[0] == "+" else -1
            offset = _dt.timezone(sign * _dt.timedelta(hours=int(zone[1:3]),
                                                       minutes=int(zone[3:5])))
        return moment.replace(tzinfo=offset).astimezone(_dt.UTC)
    day = langs.parse_date(value)
    return _dt.datetime(day.year, day.month, day.day, tzinfo=_dt.UTC) if day else None


def build_moment(statements: list[Statement]) -> _dt.datetime:
    """``SOURCE_DATE_EPOCH``, else the latest input date; never the current time."""
    epoch = os.environ.get("SOURCE_DATE_EPOCH", "").strip()
    if epoch:
        if not epoch.isdigit():
            raise InputError(f"SOURCE_DATE_EPOCH must be a number of seconds, not {epoch!r}")
        return _dt.datetime.fromtimestamp(int(epoch), _dt.UTC)
    found = []
    for st in statements:
        for value in (st.meta.get("updated"), st.meta.get("imported"), st.catalog.revision):
            moment = _parse_moment(value)
            if moment:
                found.append(moment)
    return max(found, default=_dt.datetime(1980, 1, 1, tzinfo=_dt.UTC))


def _digest(*parts: object) -> str:
    digest = hashlib.sha256()
    for part in parts:
        data = part if isinstance(part, bytes) else str(part).encode()
        digest.update(len(data).to_bytes(8, "big"))
        digest.update(data)
    return digest.hexdigest()


def statement_digest(st: Statement, opts: BuildOptions, when: _dt.datetime, code: str) -> str:
    return _digest(code, st.lang, opts.layout, opts.variant, when.isoformat(), st.slug,
                   st.source_bytes, st.catalog.data)


def check_min_reviewed(statements: list[Statement], pct: float) -> None:
    """Exit 1 (ProblemsFound) naming every statement below ``pct`` approved words."""
    low = [st for st in statements if st.reviewed_pct < pct]
    if low:
        names = ", ".join(f"{st.slug} [{st.lang}] {st.reviewed_pct:.1f}%" for st in low)
        raise ProblemsFound(
            f"below --min-reviewed {pct:g}% of words approved: {names}; nothing was written"
        )


def _attachments(statements: list[Statement], variant: str) -> tuple[Attachment, ...]:
    if not keeps_attachments(variant):
        return ()
    return tuple(
        Attachment(f"{st.slug}.{st.lang}.po", st.catalog.data,
                   f"{st.catalog.path}: the {st.lang} catalog this translation was typeset from")
        for st in statements if st.catalog.exists
    )


class _Manifest:
    """``output/<lang>/.build-manifest.json``: input hash and output sha256 per PDF."""

    def __init__(self, folder: Path):
        self.path = folder / MANIFEST
        try:
            self.data = json.loads(self.path.read_text(encoding="utf-8"))
        except (OSError, ValueError):
            self.data = {}

    def fresh(self, pdf: Path, digest: str) -> bool:
        entry = self.data.get(pdf.name)
        if not entry or entry.get("inputs") != digest or not pdf.is_file():
            return False
        return hashlib.sha256(pdf.read_bytes()).hexdigest() == entry.get("sha256")

    def record(self, pdf: Path, digest: str, data: bytes, pages: int) -> None:
        self.data[pdf.name] = {"inputs": digest, "sha256": hashlib.sha256(data).hexdigest(),
                               "pages": pages}

    def save(self) -> None:
        atomic_write(self.path, json.dumps(self.data, indent=1, sort_keys=True) + "\n")


def build_language(project: Project, lang: str, statements: list[Statement],
                   opts: BuildOptions, full: bool,
                   report: Callable[[str], None] | None = None) -> LanguageResult:
    """Build ``output/<lang>/<slug>.pdf`` for each statement and, when ``full``, the dossier."""
    result = LanguageResult(lang)
    folder = project.output / lang
    manifest = _Manifest(folder)
    code = code_fingerprint()
    renderer = None
    base = dict(lang=lang, source_lang=project.source_language, layout=opts.layout,
                team=project.team, generator=f"dossier {__version__}",
                variant_label=variant_label(opts.variant),
                attachments=keeps_attachments(opts.variant))

    def render(html: str, settings: Settings, attach, label: str) -> tuple[bytes, int]:
        nonlocal renderer
        if renderer is None:
            from workflow.publish.render import Renderer

            renderer = Renderer(project.root)
        return renderer.render(html, page_css(settings), variant=opts.variant,
                               attachments=attach, when=settings.built,
                               locate=lambda ch: locate(statements, ch), label=label)

    digests = []
    for st in statements:
        when = build_moment([st])
        digest = statement_digest(st, opts, when, code)
        digests.append(digest)
        target = folder / f"{st.slug}.pdf"
        rel = project.relative(target)
        if not opts.force and manifest.fresh(target, digest):
            result.skipped.append(rel)
            continue
        settings = Settings(built=when, **base)
        html = Writer(settings).statement_document(st)
        pdf, pages = render(html, settings, _attachments([st], opts.variant), rel)
        atomic_write(target, pdf)
        manifest.record(target, digest, pdf, pages)
        manifest.save()
        result.written.append(rel)
        result.pages += pages
        if report:
            report(f"wrote {rel} ({pages} pages)")
    if full and statements:
        when = build_moment(statements)
        digest = _digest(code, "dossier", when.isoformat(), *digests)
        target = folder / DOSSIER
        rel = project.relative(target)
        if not opts.force and manifest.fresh(target, digest):
            result.skipped.append(rel)
        else:
            settings = Settings(built=when, **base)
            html = Writer(settings).dossier_document(statements)
            pdf, pages = render(html, settings, _attachments(statements, opts.variant), rel)
            atomic_write(target, pdf)
            manifest.record(target, digest, pdf, pages)
            manifest.save()
            result.written.append(rel)
            result.pages += pages
            if report:
                report(f"wrote {rel} ({pages} pages)")
    return result


def _build_language_job(args) -> LanguageResult:
    return build_language(*args)


def validate(project: Project, opts: BuildOptions) -> list[str]:
    """The slugs to build; a usage error for a bad layout, variant or --only."""
    if opts.layout not in LAYOUTS:
        raise InputError(f"unknown layout {opts.layout!r}; choose one of {', '.join(LAYOUTS)}")
    if opts.variant not in VARIANTS:
        raise InputError(f"unknown PDF variant {opts.variant!r}; choose one of "
                         f"{', '.join(VARIANTS)}")
    if opts.min_reviewed is not None and not 0 <= opts.min_reviewed <= 100:
        raise InputError(f"--min-reviewed must be between 0 and 100, not {opts.min_reviewed:g}")
    slugs = project.slugs()
    if not slugs:
        raise InputError("no statements to build (sources/ has no .md files; "
                         "run 'dossier import' first)", project.relative(project.sources))
    if opts.only:
        if opts.only not in slugs:
            raise InputError(f"no statement {opts.only!r} in {project.relative(project.sources)}"
                             f" (known: {', '.join(slugs)})")
        slugs = [opts.only]
    return slugs


def build(project: Project, opts: BuildOptions,
          report: Callable[[str], None] | None = None) -> BuildResult:
    """Build every selected language; checks (``min_reviewed``) run before anything is written.

    ``--only SLUG`` builds that statement's PDFs and leaves ``dossier.pdf`` alone (a dossier
    of one statement would replace the full one).
    """
    slugs = validate(project, opts)
    per_lang = {lang: [gather(project, slug, lang) for slug in slugs] for lang in opts.languages}
    if opts.min_reviewed is not None:
        check_min_reviewed([st for sts in per_lang.values() for st in sts], opts.min_reviewed)
    full = opts.only is None
    jobs = opts.jobs or min(len(per_lang), os.cpu_count() or 1)
    result = BuildResult()
    if jobs <= 1 or len(per_lang) <= 1:
        for lang, statements in per_lang.items():
            result.languages.append(build_language(project, lang, statements, opts, full, report))
        return result
    work = [(project, lang, sts, opts, full) for lang, sts in per_lang.items()]
    with ProcessPoolExecutor(max_workers=jobs) as pool:
        for lang_result in pool.map(_build_language_job, work):
            result.languages.append(lang_result)
            if report:
                for rel in lang_result.written:
                    report(f"wrote {rel}")
    return result
