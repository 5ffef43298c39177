"""Stage 4: decide what to build, skip what is up to date, render, write atomically.

Incremental builds: each PDF's inputs (source, catalog, language, layout, variant, build
date, and :func:`workflow.cache.code_fingerprint`: all of dossier's code, stylesheets and
fonts, the versions of the libraries that typeset, and the system's Pango and HarfBuzz:
:func:`workflow.publish.render.typesetter_versions`) are hashed; the hash and the written
PDF's sha256 are kept in ``output/<lang>/.build-manifest.json``. A PDF whose input hash is
unchanged and whose file is intact is not rendered again (``force`` renders anyway).

Reproducible builds: the build date printed and stored in the PDF is ``SOURCE_DATE_EPOCH``
when set, otherwise the latest date found in the inputs (catalog revision, source import),
never the clock, so the same inputs give byte-identical PDFs.
"""

from __future__ import annotations

import datetime as _dt
import functools
import hashlib
import io
import json
import multiprocessing
import os
import re
from collections.abc import Callable, Iterator
from concurrent.futures import FIRST_COMPLETED, ProcessPoolExecutor, wait
from dataclasses import dataclass, field
from pathlib import Path

from workflow import __version__, cache, clock, lifeline
from workflow.config import Project
from workflow.errors import InputError, ProblemsFound
from workflow.fileio import atomic_write
from workflow.layout import check_can_write, check_layout
from workflow.publish import langs
from workflow.publish.html import LAYOUTS, Settings, Writer
from workflow.publish.model import Statement, gather, locate
from workflow.publish.render import (
    DEFAULT_VARIANT,
    TAGGED_VARIANTS,
    VARIANTS,
    Attachment,
    keeps_attachments,
    typesetter_versions,
    variant_label,
)

MANIFEST = ".build-manifest.json"
DOSSIER = "dossier.pdf"
PARTS = Path(".dossier-cache", "parts")  # per language: each statement's pages, unnumbered
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
    skipped: list[str] = field(default_factory=list)  # up to date
    held_back: list[str] = field(default_factory=list)  # slugs below min-translated
    message: str = ""  # why ``held_back``, one line
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

    @property
    def held_back(self) -> list[str]:
        return [f"{r.lang}/{slug}" for r in self.languages for slug in r.held_back]

    @property
    def messages(self) -> list[str]:
        return [r.message for r in self.languages if r.message]


def translated_share(st: Statement) -> float:
    """Percent of a statement's words the reader sees translated (drafts included)."""
    return 100.0 - st.share("untranslated") if st.total_words else 0.0


def publishable(st: Statement, minimum: float) -> bool:
    """At least ``minimum`` percent translated or drafted, and never nothing at all: a PDF
    with the English in both columns helps no reader (po4a's ``--keep``)."""
    share = translated_share(st)
    return share > 0 and share >= minimum


def hold_back(project: Project, lang: str, statements: list[Statement], force: bool,
              only: bool) -> tuple[list[Statement], LanguageResult]:
    """The statements worth publishing in ``lang``, and a one-line note on the others."""
    minimum = project.min_translated_for(lang)
    result = LanguageResult(lang)
    if force:
        return statements, result
    kept = [st for st in statements if publishable(st, minimum)]
    low = [st for st in statements if st not in kept]
    if not low:
        return kept, result
    result.held_back = [st.slug for st in low]
    need = f"at least {minimum:g}%" if minimum > 0 else "more than 0%"
    why = ", ".join(f"{st.slug} ({translated_share(st):.1f}%)" for st in low)
    if not kept and all(translated_share(st) == 0 for st in low):
        what = "its statement" if only else f"any of its {len(low)} statement(s)"
        result.message = (f"{lang}: not built: nothing translated or drafted in {what} "
                          f"(min-translated: {need} of words); --force builds a proof copy")
    elif not kept:
        what = "the statement is" if only else "every statement is"
        result.message = (f"{lang}: not built: {what} below min-translated ({need} of words "
                          f"translated or drafted): {why}; --force builds a proof copy")
    else:
        rest = "" if only else f"; dossier.pdf holds the other {len(kept)}"
        result.message = (f"{lang}: skipped {why}: below min-translated ({need} of words "
                          f"translated or drafted){rest}; --force builds a proof copy")
    return kept, result


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
    fixed = clock.epoch()
    if fixed:
        return fixed
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

    def key(self, pdf: Path) -> str:
        """A PDF's name; a part PDF (kept in the build cache) is ``part:<name>``."""
        return pdf.name if pdf.parent == self.path.parent else f"part:{pdf.name}"

    def fresh(self, pdf: Path, digest: str) -> bool:
        entry = self.data.get(self.key(pdf))
        if not entry or entry.get("inputs") != digest or not pdf.is_file():
            return False
        return hashlib.sha256(pdf.read_bytes()).hexdigest() == entry.get("sha256")

    def record(self, pdf: Path, digest: str, data: bytes, pages: int) -> None:
        self.data[self.key(pdf)] = {"inputs": digest, "pages": pages,
                                    "sha256": hashlib.sha256(data).hexdigest()}

    def save(self) -> None:
        atomic_write(self.path, json.dumps(self.data, indent=1, sort_keys=True) + "\n")


@dataclass(frozen=True)
class Output:
    """One PDF to write: a statement alone (``index``) or the language's dossier (None).

    ``part``: the statement's pages alone, unnumbered (``parts_folder``/<slug>.pdf), which
    the dossier is assembled from (``assemble``); kept so that an edit lays out one statement.
    """

    index: int | None
    target: Path
    digest: str
    when: _dt.datetime
    part: bool = False


@dataclass(frozen=True)
class Job:
    """The PDFs of one language to write; rendered together so each page is laid out once.

    ``parts``: every statement's part PDF (``parts_folder``), read by the worker when the
    dossier is assembled and its statement is not laid out again.
    """

    lang: str
    outputs: tuple[Output, ...]
    parts: tuple[Path, ...] = ()
    code: str = ""  # workflow.cache.code_fingerprint()

    @property
    def shown(self) -> tuple[Output, ...]:
        """The outputs a user asked for (the PDFs, not their parts)."""
        return tuple(o for o in self.outputs if not o.part)


_RENDERERS: dict[str, object] = {}


def _renderer(project: Project):
    """One Renderer per project and process: fonts and stylesheets are loaded once."""
    key = str(project.root.resolve())
    if key not in _RENDERERS:
        from workflow.publish.render import Renderer

        _RENDERERS[key] = Renderer(project.root)
    return _RENDERERS[key]


def _settings(project: Project, lang: str, opts: BuildOptions, when: _dt.datetime) -> Settings:
    return Settings(lang=lang, source_lang=project.source_language, layout=opts.layout,
                    built=when, team=project.team, generator=f"dossier {__version__}",
                    variant_label=variant_label(opts.variant),
                    attachments=keeps_attachments(opts.variant))


def parts_folder(project: Project, lang: str) -> Path:
    """Where a language's part PDFs and footer PDFs are kept: the project's build cache
    (git-ignored, safe to delete: what is missing is laid out again)."""
    return project.root / PARTS / lang


def assembled(variant: str) -> bool:
    """Whether ``variant``'s PDFs are assembled from part PDFs (``assemble``).

    Tagged variants (PDF/UA, PDF/A-*a) keep one structure tree per file, which page
    assembly would have to merge: they are written from the laid-out pages (``compose``).
    """
    return variant not in TAGGED_VARIANTS  # no weasyprint import in the planning process


def render_job(project: Project, job: Job, statements: list[Statement],
               opts: BuildOptions) -> Iterator[tuple[bytes, int]]:
    """PDF bytes and page count of each output of ``job``, in order, as each is written.

    Each statement whose PDF (or part PDF) is out of date is laid out once. Untagged
    variants: its pages are written once, unnumbered, as its part PDF, and its own PDF and
    the dossier are assembled from part PDFs (the other statements' read from disk, not
    laid out again). Tagged variants: its laid-out pages go into its own PDF and into the
    dossier (``compose``), so the dossier lays out every statement.
    """
    from workflow.publish.compose import Composer, quiet_collector

    keep = not assembled(opts.variant)  # tagged: every statement stays laid out
    with quiet_collector(keep_layouts=keep):
        composer = Composer(_renderer(project), opts.variant, parts_folder(project, job.lang),
                            job.code, reuse=not opts.force, keep_layouts=keep)
        if not keep:
            try:
                yield from _assemble_outputs(project, job, statements, opts, composer)
            finally:
                composer.close()
        else:
            yield from _render_outputs(project, job, statements, opts, composer)


def _lay_out_statement(project: Project, composer, lang: str, st: Statement, index: int,
                       opts: BuildOptions):
    settings = _settings(project, lang, opts, build_moment([st]))
    where = project.relative(project.output / lang / f"{st.slug}.pdf")
    return composer.part(Writer(settings).statement_part(st, index), settings,
                         locate=lambda ch, st=st: locate([st], ch), label=where)


def _render_outputs(project: Project, job: Job, statements: list[Statement],
                    opts: BuildOptions, composer) -> Iterator[tuple[bytes, int]]:
    full = any(o.index is None for o in job.outputs)
    needed = range(len(statements)) if full else sorted(o.index for o in job.outputs)
    bodies = {i: _lay_out_statement(project, composer, job.lang, statements[i], i, opts)
              for i in needed}
    for out in job.outputs:
        yield _write_output(project, composer, job.lang, out, statements, bodies, opts)


def _assemble_outputs(project: Project, job: Job, statements: list[Statement],
                      opts: BuildOptions, composer) -> Iterator[tuple[bytes, int]]:
    """Parts first (each laid out once and written unnumbered), then each PDF assembled
    from part PDFs: those just written, the others read from disk. A statement's layout is
    let go as soon as its part is written: only its page count is needed afterwards (at 16x
    the corpus, keeping 80 laid-out statements slowed every later layout)."""
    from workflow.publish.compose import PART_VARIANT

    laid: dict[int, int] = {}  # statement index -> pages of its part just laid out
    parts: dict[int, bytes] = {}
    for out in job.outputs:
        if out.part:
            st = statements[out.index]
            with composer.collecting():
                body = _lay_out_statement(project, composer, job.lang, st, out.index, opts)
                parts[out.index] = composer.renderer.write(
                    body.document, variant=PART_VARIANT, when=out.when,
                    locate=lambda ch, st=st: locate([st], ch),
                    label=project.relative(out.target))
                laid[out.index] = len(body.pages)
                del body
            yield parts[out.index], laid[out.index]
    for out in job.shown:
        indices = range(len(statements)) if out.index is None else [out.index]
        runs = {i: parts[i] if i in parts else job.parts[i].read_bytes() for i in indices}
        counts = {i: laid[i] if i in laid else _page_count(runs[i]) for i in indices}
        with composer.collecting():
            made = _assemble_output(project, composer, job.lang, out, statements, opts, runs,
                                    counts)
        yield made


def _assemble_output(project: Project, composer, lang: str, out: Output,
                     statements: list[Statement], opts: BuildOptions,
                     runs: dict[int, bytes], counts: dict[int, int]) -> tuple[bytes, int]:
    """One PDF assembled from PDFs: the front matter (the dossier's), the statements' part
    PDFs and the colophon, in a carrier WeasyPrint writes with the PDF's metadata and
    attachments; every page but the cover numbered from the footer PDF. The front matter
    and colophon are kept in the build cache like the parts: an edit that leaves them as
    they were does not lay them out again."""
    from workflow.publish.assemble import Run, assemble

    frame = _Frame(project, composer, lang, out, statements, opts)
    settings, writer = frame.settings, frame.writer
    inserted = []
    front_pages = 0
    if out.index is None:
        front, front_pages = frame.front_pdfs(list(counts.values()))
        inserted += [Run(data, names=True) for data in front]
    inserted += [Run(data, Writer.anchor(i)) for i, data in runs.items()]
    role = "colophon" if out.index is None else f"colophon-{statements[out.index].slug}"
    colophon, colophon_pages = composer.kept_pdf(
        role, writer.colophon_part(frame.used), settings, locate=frame.find,
        label=frame.label)
    composer.prune(role)
    inserted.append(Run(colophon, names=True))
    head = (writer.dossier_head(statements) if out.index is None
            else writer.statement_head(statements[out.index]))
    carrier = composer.renderer.write(
        composer.part(Writer.carrier(head), settings, label=frame.label).document,
        variant=opts.variant, attachments=_attachments(frame.used, opts.variant),
        when=settings.built, locate=frame.find, label=frame.label)
    total = front_pages + sum(counts.values()) + colophon_pages
    numbers = composer.footers(total, settings)
    return assemble(carrier, inserted, numbers, numbered_from=1 if front_pages else 0), total


def _write_output(project: Project, composer, lang: str, out: Output,
                  statements: list[Statement], bodies: dict, opts: BuildOptions
                  ) -> tuple[bytes, int]:
    """One PDF from the laid-out statements: theirs + a colophon (+ cover and contents)."""
    frame = _Frame(project, composer, lang, out, statements, opts)
    if out.index is None:
        front = frame.front_matter([len(bodies[i].pages) for i in range(len(statements))])
        parts = [front, *(bodies[i] for i in range(len(statements))), frame.colophon]
    else:
        parts = [bodies[out.index], frame.colophon]
    return composer.write(parts[0], parts, frame.settings, cover=out.index is None,
                          attachments=_attachments(frame.used, opts.variant),
                          locate=frame.find, label=frame.label)


class _Frame:
    """What every output PDF needs before its pages: settings, the statements it holds, the
    glyph locator for error messages, and its laid-out colophon."""

    def __init__(self, project: Project, composer, lang: str, out: Output,
                 statements: list[Statement], opts: BuildOptions) -> None:
        self.composer, self.statements = composer, statements
        self.settings = _settings(project, lang, opts, out.when)
        self.writer = Writer(self.settings)
        self.label = project.relative(out.target)
        self.used = statements if out.index is None else [statements[out.index]]

    @functools.cached_property
    def colophon(self):
        """The colophon laid out (the tagged variants' PDFs are written from layouts)."""
        return self.composer.part(self.writer.colophon_part(self.used), self.settings,
                                  locate=self.find, label=self.label)

    def find(self, ch: str) -> str:
        return locate(self.used, ch)

    def front_matter(self, counts: list[int]):
        """Cover and contents, numbered from the statements' page ``counts``."""
        from workflow.publish.compose import front_matter

        return front_matter(
            lambda starts: self.composer.part(self.writer.front_part(self.statements, starts),
                                              self.settings, locate=self.find,
                                              label=self.label), counts)

    def front_pdfs(self, counts: list[int]) -> tuple[list[bytes], int]:
        """The cover and the contents as PDFs of their own, and their pages together; the
        contents numbered from the statements' page ``counts``. Each is kept in the build
        cache (the contents: every try, see ``front_matter``), so a title edit, which
        changes the contents, does not lay the cover out again."""
        from workflow.publish.compose import front_matter

        cover, cover_pages = self.composer.kept_pdf(
            "cover", self.writer.cover_part(self.statements), self.settings,
            locate=self.find, label=self.label)
        contents, pages = front_matter(
            lambda starts: self.composer.kept_pdf(
                "contents", self.writer.contents_part(self.statements, starts),
                self.settings, locate=self.find, label=self.label, anchored=True), counts,
            count=lambda made: cover_pages + made[1])
        for role in ("cover", "contents", "front"):  # "front": both in one PDF, before
            self.composer.prune(role)
        return [cover, contents], cover_pages + pages


def _page_count(data: bytes) -> int:
    import pikepdf

    with pikepdf.open(io.BytesIO(data)) as pdf:
        return len(pdf.pages)


def _run_job(args) -> list[tuple[bytes, int]]:
    return list(render_job(*args))


def plan(project: Project, lang: str, statements: list[Statement], opts: BuildOptions,
         full: bool, manifest: _Manifest, code: str) -> tuple[Job | None, list[str]]:
    """The PDFs of one language that need rendering (one job), and those up to date.

    Untagged variants also keep each statement's part PDF: written with its PDF, and for
    the dossier only where it is missing or out of date (so an edit lays out one
    statement). The job's outputs are its parts, then the dossier, then the statements.
    """
    folder = project.output / lang
    outputs: list[Output] = []
    fresh: list[str] = []
    digests, whens = [], []
    for i, st in enumerate(statements):
        when = build_moment([st])
        digest = statement_digest(st, opts, when, code)
        digests.append(digest)
        whens.append(when)
        out = Output(i, folder / f"{st.slug}.pdf", digest, when)
        if not opts.force and manifest.fresh(out.target, digest):
            fresh.append(project.relative(out.target))
        else:
            outputs.append(out)
    if full and statements:
        when = build_moment(statements)
        digest = _digest(code, "dossier", when.isoformat(), *digests)
        out = Output(None, folder / DOSSIER, digest, when)
        if not opts.force and manifest.fresh(out.target, digest):
            fresh.append(project.relative(out.target))
        else:
            outputs.insert(0, out)  # first: its footer pages serve the statements' PDFs
    parts = tuple(parts_folder(project, lang) / f"{st.slug}.pdf" for st in statements)
    if outputs and assembled(opts.variant):
        dossier = outputs[0].index is None
        written = {o.index for o in outputs}
        outputs = [Output(i, parts[i], digests[i], whens[i], part=True)
                   for i in range(len(statements))
                   if i in written or (dossier and not manifest.fresh(parts[i], digests[i]))
                   ] + outputs
    return (Job(lang, tuple(outputs), parts, code) if outputs else None), fresh


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
    of one statement would replace the full one). Statements with less than the project's
    ``min-translated`` share (default: nothing) translated or drafted are held back, named
    in ``result.messages``; the dossier holds the others (``force`` writes them all).
    ``on_progress(done, total)`` counts PDFs rendered: (0, total) before the first, then
    once per PDF as it finishes (not called when every PDF is up to date).
    """
    check_layout(project, opts.languages, output=True)
    slugs = validate(project, opts)
    full = opts.only is None
    per_lang: dict[str, list[Statement]] = {}
    result = BuildResult()
    for lang in opts.languages:
        gathered = [gather(project, slug, lang) for slug in slugs]
        per_lang[lang], noted = hold_back(project, lang, gathered, opts.force, not full)
        result.languages.append(noted)
    if opts.min_reviewed is not None:
        check_min_reviewed([st for sts in per_lang.values() for st in sts], opts.min_reviewed)
    code = cache.digest(f"{cache.code_fingerprint()}|{typesetter_versions()}".encode())
    manifests: dict[str, _Manifest] = {}
    work: list[Job] = []
    for noted in result.languages:
        lang, statements = noted.lang, per_lang[noted.lang]
        manifests[lang] = _Manifest(project.output / lang)
        job, fresh = plan(project, lang, statements, opts, full, manifests[lang], code)
        noted.skipped = fresh
        if job:
            work.append(job)
    by_lang = {r.lang: r for r in result.languages}
    check_can_write(project, [out.target for job in work for out in job.outputs])
    total = sum(len(job.shown) for job in work)
    finished = [0]

    def done(job: Job, rendered, count: bool = False) -> None:
        for out, (pdf, pages) in zip(job.outputs, rendered, strict=True):
            atomic_write(out.target, pdf)
            manifests[job.lang].record(out.target, out.digest, pdf, pages)
            manifests[job.lang].save()
            if out.part:
                continue
            rel = project.relative(out.target)
            by_lang[job.lang].written.append(rel)
            by_lang[job.lang].pages += pages
            if report:
                report(f"wrote {rel} ({pages} pages)")
            if count and on_progress:
                finished[0] += 1
                on_progress(finished[0], total)

    def progress(jobs_done: list[Job]) -> None:
        finished[0] = sum(len(j.shown) for j in jobs_done)
        if on_progress:
            on_progress(finished[0], total)

    if on_progress and work:
        on_progress(0, total)
    processes = opts.jobs or (os.cpu_count() or 1)
    if processes <= 1 or len(work) <= 1:
        for job in work:  # each PDF written (and counted) as soon as it is rendered
            done(job, render_job(project, job, per_lang[job.lang], opts), count=True)
        return result
    # One process per language (a language's pages are laid out together, once each);
    # results are written in plan order, so output and messages are stable.
    args = [(project, job, per_lang[job.lang], opts) for job in work]
    # forkserver, not fork: forking a process with threads (pytest-xdist, a GUI) can deadlock.
    # Workers and the forkserver die with this process, even on SIGKILL (workflow.lifeline).
    context = multiprocessing.get_context("forkserver")
    lifeline.prepare_forkserver(context)
    with lifeline.terminate_cleanly(), ProcessPoolExecutor(
            max_workers=min(processes, len(work)), mp_context=context,
            initializer=lifeline.die_with_parent, initargs=(os.getpid(),)) as pool:
        futures = [pool.submit(_run_job, a) for a in args]
        try:
            _collect(futures, lambda i, rendered: done(work[i], rendered),
                     lambda finished_jobs: progress([work[i] for i in finished_jobs]))
        except BaseException:
            lifeline.stop_pool(pool, futures)
            raise
    return result


def _collect(futures: list, write: Callable[[int, list], None],
             on_finished: Callable[[list[int]], None]) -> None:
    """Write results in submission order; report jobs as they finish, in any order."""
    pending, written = set(futures), 0
    while pending:
        _ready, pending = wait(pending, return_when=FIRST_COMPLETED)
        while written < len(futures) and futures[written].done():
            write(written, futures[written].result())
            written += 1
        on_finished([i for i, f in enumerate(futures) if f.done()])
