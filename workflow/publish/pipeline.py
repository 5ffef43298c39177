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
import multiprocessing
import os
import re
from collections.abc import Callable
from concurrent.futures import FIRST_COMPLETED, ProcessPoolExecutor, wait
from dataclasses import dataclass, field
from pathlib import Path

from workflow import __version__
from workflow.config import Project
from workflow.errors import InputError, ProblemsFound
from workflow.fileio import atomic_write
from workflow.language.labels import catalog_files
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
_LANGUAGE = _PACKAGE.parent / "language"
_REVISION = re.compile(r"(\d{4}-\d{2}-\d{2})[ T](\d{2}):(\d{2})(?::\d{2})?\s*([+-]\d{4}|Z)?")


@dataclass(frozen=True)
class BuildOptions:
    languages: tuple[str, ...]
    layout: str = "side-by-side"
    only: str | None = None
    min_reviewed: float | None = None
    variant: str = DEFAULT_VARIANT
    force: bool = False
    jobs: int = 0  # processes rendering PDFs in parallel; 0: one per CPU


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
    """Hash of what shapes the PDFs besides the inputs: this package's code, CSS, fonts, and
    the language model (its code and the labels catalogs). The one cache-key function."""
    digest = hashlib.sha256(__version__.encode())
    shaping = sorted(_PACKAGE.glob("*.py")) + [_PACKAGE / "dossier.css"]
    shaping += sorted(_LANGUAGE.glob("*.py")) + catalog_files()
    for path in shaping:
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


@dataclass(frozen=True)
class Job:
    """One PDF to render: a statement alone (``index``) or the language's dossier (None)."""

    lang: str
    index: int | None
    target: Path
    digest: str
    when: _dt.datetime


_RENDERERS: dict[str, object] = {}


def _renderer(project: Project):
    """One Renderer per project and process: fonts and stylesheets are loaded once."""
    key = str(project.root.resolve())
    if key not in _RENDERERS:
        from workflow.publish.render import Renderer

        _RENDERERS[key] = Renderer(project.root)
    return _RENDERERS[key]


def render_job(project: Project, job: Job, statements: list[Statement],
               opts: BuildOptions) -> tuple[bytes, int]:
    """HTML for the job, rendered to PDF bytes (and page count)."""
    settings = Settings(lang=job.lang, source_lang=project.source_language, layout=opts.layout,
                        built=job.when, team=project.team, generator=f"dossier {__version__}",
                        variant_label=variant_label(opts.variant),
                        attachments=keeps_attachments(opts.variant))
    writer = Writer(settings)
    if job.index is None:
        html, used = writer.dossier_document(statements), statements
    else:
        used = [statements[job.index]]
        html = writer.statement_document(used[0])
    return _renderer(project).render(
        html, page_css(settings), variant=opts.variant,
        attachments=_attachments(used, opts.variant), when=job.when,
        locate=lambda ch: locate(used, ch), label=project.relative(job.target))


def _run_job(args) -> tuple[bytes, int]:
    return render_job(*args)


def plan(project: Project, lang: str, statements: list[Statement], opts: BuildOptions,
         full: bool, manifest: _Manifest, code: str) -> tuple[list[Job], list[str]]:
    """The PDFs of one language that need rendering, and those already up to date."""
    folder = project.output / lang
    jobs: list[Job] = []
    fresh: list[str] = []
    digests = []
    for i, st in enumerate(statements):
        when = build_moment([st])
        digest = statement_digest(st, opts, when, code)
        digests.append(digest)
        job = Job(lang, i, folder / f"{st.slug}.pdf", digest, when)
        if not opts.force and manifest.fresh(job.target, digest):
            fresh.append(project.relative(job.target))
        else:
            jobs.append(job)
    if full and statements:
        when = build_moment(statements)
        digest = _digest(code, "dossier", when.isoformat(), *digests)
        job = Job(lang, None, folder / DOSSIER, digest, when)
        if not opts.force and manifest.fresh(job.target, digest):
            fresh.append(project.relative(job.target))
        else:
            jobs.insert(0, job)  # the biggest first: better spread over processes
    return jobs, fresh


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
          report: Callable[[str], None] | None = None,
          on_progress: Callable[[int, int], None] | None = None) -> BuildResult:
    """Build every selected language; checks (``min_reviewed``) run before anything is written.

    ``--only SLUG`` builds that statement's PDFs and leaves ``dossier.pdf`` alone (a dossier
    of one statement would replace the full one). ``on_progress(done, total)`` counts PDFs
    rendered: (0, total) before the first, then once per PDF as it finishes (not called
    when every PDF is up to date).
    """
    slugs = validate(project, opts)
    per_lang = {lang: [gather(project, slug, lang) for slug in slugs] for lang in opts.languages}
    if opts.min_reviewed is not None:
        check_min_reviewed([st for sts in per_lang.values() for st in sts], opts.min_reviewed)
    full = opts.only is None
    code = code_fingerprint()
    result = BuildResult()
    manifests: dict[str, _Manifest] = {}
    work: list[Job] = []
    for lang, statements in per_lang.items():
        manifests[lang] = _Manifest(project.output / lang)
        jobs, fresh = plan(project, lang, statements, opts, full, manifests[lang], code)
        result.languages.append(LanguageResult(lang, skipped=fresh))
        work += jobs
    by_lang = {r.lang: r for r in result.languages}

    def done(job: Job, pdf: bytes, pages: int) -> None:
        atomic_write(job.target, pdf)
        manifests[job.lang].record(job.target, job.digest, pdf, pages)
        manifests[job.lang].save()
        rel = project.relative(job.target)
        by_lang[job.lang].written.append(rel)
        by_lang[job.lang].pages += pages
        if report:
            report(f"wrote {rel} ({pages} pages)")

    if on_progress and work:
        on_progress(0, len(work))
    processes = opts.jobs or (os.cpu_count() or 1)
    if processes <= 1 or len(work) <= 1:
        for count, job in enumerate(work, start=1):
            done(job, *render_job(project, job, per_lang[job.lang], opts))
            if on_progress:
                on_progress(count, len(work))
        return result
    # Big jobs first; results are written in plan order, so output and messages are stable.
    args = [(project, job, per_lang[job.lang], opts) for job in work]
    # forkserver, not fork: forking a process with threads (pytest-xdist, a GUI) can deadlock.
    context = multiprocessing.get_context("forkserver")
    with ProcessPoolExecutor(max_workers=min(processes, len(work)), mp_context=context) as pool:
        futures = [pool.submit(_run_job, a) for a in args]
        try:
            _collect(futures, lambda i, pdf, pages: done(work[i], pdf, pages), on_progress)
        except BaseException:
            for future in futures:
                future.cancel()
            raise
    return result


def _collect(futures: list, write: Callable[[int, bytes, int], None],
             on_progress: Callable[[int, int], None] | None) -> None:
    """Write results in submission order; count each job as it finishes, in any order."""
    pending, written, finished = set(futures), 0, 0
    while pending:
        ready, pending = wait(pending, return_when=FIRST_COMPLETED)
        finished += len(ready)
        while written < len(futures) and futures[written].done():
            write(written, *futures[written].result())
            written += 1
        if on_progress:
            on_progress(finished, len(futures))
