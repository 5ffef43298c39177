"""Import orchestration: plan every file first (nothing written on any error), then write.

Idempotence: the front matter's ``imported`` date is kept while the raw bytes (``sha256``) are
unchanged, so re-importing the same file gives byte-identical output. An existing source is
replaced only with ``force``.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from pathlib import Path

from workflow.config import Project
from workflow.errors import InputError
from workflow.fileio import atomic_write
from workflow.importer.classifier import key
from workflow.importer.convert import Conversion, convert
from workflow.importer.fetch import fetch_url, is_url, name_for, read_stdin
from workflow.importer.metadata import SLUG, find_date, slugify
from workflow.importer.rawinput import RawInput, raw_from_bytes, read_raw
from workflow.importer.report import REPORT_HEADER
from workflow.source import read_source, render_source


@dataclass(frozen=True)
class ImportResult:
    """What one import did. ``status`` is "created", "updated" or "unchanged"."""

    slug: str
    raw: Path
    source: Path
    report: Path
    status: str
    blocks: int
    removed: int
    altered: int
    flags: tuple[str, ...]
    report_text: str

    @property
    def changed(self) -> bool:
        return self.status != "unchanged"


@dataclass
class Plan:
    """A fully prepared import: the texts to write and where; writing cannot fail on content."""

    slug: str
    raw: Path
    source: Path
    report: Path
    source_text: str
    report_text: str
    status: str
    conversion: Conversion

    def write(self) -> ImportResult:
        if self.status != "unchanged":
            atomic_write(self.source, self.source_text)
        atomic_write(self.report, self.report_text)
        rep = self.conversion.report
        return ImportResult(
            slug=self.slug, raw=self.raw, source=self.source, report=self.report,
            status=self.status, blocks=len(self.conversion.pieces), removed=rep.removed_count(),
            altered=len(rep.altered), flags=tuple(e.render().strip() for e in rep.flags),
            report_text=self.report_text)


def valid_slug(slug: str) -> bool:
    return bool(SLUG.match(slug)) and len(slug) <= 80


def plan_import(project: Project, raw: Path | str, *, slug: str | None = None,
                origin: str | None = None, report_path: Path | str | None = None,
                encoding: str | None = None, force: bool = False,
                today: str | None = None, taken: frozenset[str] = frozenset(),
                known_raws: dict[str, str] | None = None) -> Plan:
    """Read, clean and compare one raw file with its existing source; writes nothing.

    Without ``slug`` the name comes from the title (see :func:`_free_slug`); ``taken`` are
    slugs that other files of the same import already claimed; ``known_raws`` is
    :func:`imported_raws` when the caller has it already."""
    if slug is not None and not valid_slug(slug):
        raise InputError(f"invalid slug {slug!r}: use lowercase ASCII letters, digits and "
                         "hyphens, e.g. 1988-massacre-joint-statement-2020")
    data, fetched = open_raw(raw, encoding)
    raw = data.path
    conversion = preview(project, data)
    if slug is None:  # a re-import finds its source by the raw bytes, whatever the title now
        known = imported_raws(project) if known_raws is None else known_raws
        slug = known.get(data.sha256) or _free_slug(project, conversion, raw.name, data.sha256,
                                                    taken)
    again = _same_raw_report(project.source_path(slug), report_path, data.sha256)
    if again is not None:  # re-import: the earlier imports' evidence that this one used
        conversion = preview(None, data, again)
    source = project.source_path(slug)
    report = Path(report_path) if report_path else source.with_suffix(".import.txt")
    _check_report_path(project, report, raw, source, force, explicit=report_path is not None)
    existing = _existing_meta(source)
    imported = today or dt.date.today().isoformat()
    if existing.get("sha256") == data.sha256 and existing.get("imported"):
        imported = str(existing["imported"])
    old_origin = existing.get("origin") if isinstance(existing.get("origin"), dict) else {}
    url = origin or fetched or old_origin.get("url")
    meta = dict(conversion.meta)
    meta["origin"] = {"file": raw.name, **({"url": url} if url else {})}
    meta["sha256"] = data.sha256
    meta["imported"] = imported
    source_text = render_source(meta, conversion.body)
    status = "created"
    if source.exists():
        current = source.read_text(encoding="utf-8", errors="replace")
        if current == source_text:
            status = "unchanged"
        elif not force:
            raise InputError(_conflict(existing, old_origin, raw.name, data.sha256), source)
        else:
            status = "updated"
    header = [
        f"raw: {raw.name} ({conversion.raw_lines} lines, {conversion.raw_words} words; "
        f"{data.encoding}{', HTML' if data.is_html else ''}"
        f"{', ' + _KINDS[data.kind] if data.kind in _KINDS else ''})",
        f"sha256: {data.sha256}",
        f"source: {project.relative(source)} ({len(conversion.pieces)} blocks, "
        f"{conversion.kept_words} words)",
        f"layout: {conversion.layout}",
        f"Line numbers (L12, L7-19) are {conversion.report.line_numbers}; blank lines are not "
        "listed.",
    ]
    return Plan(slug=slug, raw=raw, source=source, report=report, source_text=source_text,
                report_text=conversion.report.render(header), status=status,
                conversion=conversion)


_KINDS = {"pdf": "PDF", "docx": "DOCX", "email": "e-mail", "telegram": "Telegram chat export"}


def open_raw(raw: Path | str, encoding: str | None = None) -> tuple[RawInput, str | None]:
    """Read a raw statement from a file, a web address or standard input (``-``); returns it
    and the address it was fetched from, if any."""
    text = str(raw)
    if isinstance(raw, str) and is_url(text):
        return raw_from_bytes(fetch_url(text), Path(name_for(text)), encoding), text
    if text == "-":
        return raw_from_bytes(read_stdin(), Path("stdin"), encoding), None
    return read_raw(Path(raw), encoding=encoding), None


def preview(project: Project | None, data: RawInput,
            removed: frozenset[str] | None = None) -> Conversion:
    """Clean a raw input without writing: what ``--explain`` shows and an import writes.
    ``removed``: the furniture keys from earlier imports (default: read from the project)."""
    if removed is None:
        removed = earlier_furniture(project, data) if project is not None else frozenset()
    try:
        return convert(data, removed_before=removed)
    except InputError as exc:
        if exc.path is None:
            raise InputError(exc.message, data.path) from None
        raise


_REMOVED_ENTRY = re.compile(r'^  L\d+(?:-\d+)?: .*?: "(.+)"$')


def earlier_furniture(project: Project, data: RawInput) -> frozenset[str]:
    """Short lines that earlier imports' reports removed (other raw files: a site's menus and
    footers recur from one statement to the next), as classifier keys. Lines with a full date
    are left out: with its numbers as 0, "Geneva, 20 September 2024" would match another
    statement's "Geneva, 12 September 2023", removed there as that statement's date line."""
    found: set[str] = set()
    folder = project.sources
    if not folder.is_dir():
        return frozenset()
    for report in sorted(folder.glob("*.import.txt")):
        try:
            text = report.read_text("utf-8", errors="replace")
        except OSError:
            continue
        if not text.startswith(REPORT_HEADER) or f"sha256: {data.sha256}" in text:
            continue  # not a report, or one of this very file (re-imports stay identical)
        section = ""
        for line in text.splitlines():
            if not line.startswith("  "):
                section = line.split(" (")[0]
                continue
            match = _REMOVED_ENTRY.match(line)
            if section == "REMOVED" and match and " ... " not in match.group(1) and \
                    not find_date(match.group(1)):  # a date is each statement's own
                k = key(match.group(1))
                if k and len(k.split()) <= 12:
                    found.add(k)
    return frozenset(found)


def _same_raw_report(source: Path, report_path: Path | str | None,
                     sha: str) -> frozenset[str] | None:
    """For a re-import of the same raw bytes: the furniture keys its earlier report shows as
    taken from earlier imports (so the result stays byte-identical however many statements were
    imported since); None when this is not a re-import."""
    report = Path(report_path) if report_path else source.with_suffix(".import.txt")
    try:
        text = report.read_text("utf-8", errors="replace")
    except OSError:
        return None
    if not text.startswith(REPORT_HEADER) or f"\nsha256: {sha}\n" not in text:
        return None
    keys = set()
    for line in text.splitlines():
        match = _REMOVED_ENTRY.match(line)
        if match and "removed from an earlier import" in line:
            keys.add(key(match.group(1)))
    return frozenset(keys)


_SHA_LINE = re.compile(r"^sha256: *['\"]?([0-9a-f]{64})['\"]? *$", re.M)


def imported_raws(project: Project) -> dict[str, str]:
    """sha256 of each imported raw file -> the slug of its source (from the front matter's
    ``sha256`` line), so a re-import finds its source even when the title it reads now (with
    more imports to learn the site's furniture from) makes another slug."""
    found: dict[str, str] = {}
    for source in sorted(project.sources.glob("*.md")):
        try:
            with source.open("r", encoding="utf-8", errors="replace") as handle:
                head = handle.read(8192)
        except OSError:
            continue
        end = head.find("\n---", 3)
        match = _SHA_LINE.search(head[:end if end > 0 else len(head)])
        if head.startswith("---") and match:
            found.setdefault(match.group(1), source.stem)
    return found


def slug_candidates(title: str, iso_date: str | None):
    """Slugs for a statement, shortest first: the usual four title words (and year), then
    more of the title's words, then a counter; so statements whose titles begin alike ("Iran:
    UN experts alarmed at ...") get names that still say which is which."""
    seen = set()
    for words in range(4, 11):
        candidate = slugify(title, iso_date, max_words=words)
        if candidate not in seen:
            seen.add(candidate)
            yield candidate
    base = slugify(title, iso_date)
    for number in range(2, 1000):
        yield f"{base}-{number}"


def _free_slug(project: Project, conversion: Conversion, raw_name: str, sha: str,
               taken: frozenset[str]) -> str:
    """The first candidate slug that is free or already this raw file's (same file name or
    same bytes): a re-import finds its own source again, a different statement never
    replaces another's."""
    for candidate in slug_candidates(conversion.title, conversion.meta.get("date")):
        if candidate in taken:
            continue
        source = project.source_path(candidate)
        if not source.exists():
            return candidate
        existing = _existing_meta(source)
        origin = existing.get("origin") if isinstance(existing.get("origin"), dict) else {}
        if existing.get("_unreadable") or origin.get("file") in (None, raw_name) \
                or existing.get("sha256") == sha:
            return candidate  # this statement's (or a hand-made source: _conflict says so)
    raise InputError("no free slug for this title; choose one with --slug")  # pragma: no cover


def _check_report_path(project: Project, report: Path, raw: Path, source: Path, force: bool,
                       explicit: bool) -> None:
    """A report goes to a new file or replaces an earlier report of the same import; it stays
    inside the project unless ``force``; never the raw page or the source."""
    target = report.resolve()
    if target in (raw.resolve(), source.resolve()):
        raise InputError("--report must name a new file, not the raw page or the source "
                         "(it would be overwritten)", report)
    root = project.root.resolve()
    if explicit and not force and root not in target.parents:
        raise InputError("--report is outside the project; pass --force to write it there",
                         report)
    if target.is_dir():
        raise InputError("--report names a folder, not a file", report)
    if (target.exists() or target.is_symlink()) and \
            not _earlier_report(target, project.relative(source)):
        raise InputError("--report would overwrite a file that is not an earlier report of "
                             "this import; name a new file" if explicit else
                             "exists and is not an import report; move it away first", report)


def _earlier_report(path: Path, source: str) -> bool:
    try:
        with path.open("r", encoding="utf-8", errors="replace") as handle:
            head = handle.read(4096)
    except OSError:
        return False
    return head.startswith(REPORT_HEADER) and f"\nsource: {source} (" in head


def _existing_meta(source: Path) -> dict:
    if not source.exists():
        return {}
    try:
        return read_source(source).meta
    except InputError:
        return {"_unreadable": True}


def _conflict(existing: dict, old_origin: dict, raw_name: str, sha: str) -> str:
    if old_origin.get("file") and old_origin["file"] != raw_name:
        return (f"already imported from another raw file ({old_origin['file']}); choose another "
                "--slug, or pass --force to replace it")
    if existing.get("sha256") and existing["sha256"] != sha:
        return (f"raw file {raw_name} changed since it was imported (sha256 differs); "
                "pass --force to update the source")
    return (f"exists and differs from a fresh import of {raw_name} (edited by hand, or made by "
            "an older importer); pass --force to overwrite it")


def import_raw(project: Project, raw: Path | str, **options) -> ImportResult:
    """Import one raw statement into ``sources/<slug>.md`` and its report (see plan_import)."""
    return plan_import(project, raw, **options).write()


def import_many(project: Project, raws: list[Path | str], *, slug: str | None = None,
                origin: str | None = None, report_path: Path | str | None = None,
                encoding: str | None = None, force: bool = False,
                today: str | None = None,
                each: Callable[[list], Iterable] | None = None) -> list[ImportResult]:
    """Import several raw files; every file is checked before the first is written.

    ``each`` wraps the list of raw files while they are read and cleaned (the slow part), e.g.
    with a progress bar."""
    if len(raws) > 1 and (slug or origin or report_path):
        raise InputError("--slug, --origin and --report name one statement: import one RAW "
                         "file at a time with them")
    if sum(1 for raw in raws if str(raw) == "-") > 1:
        raise InputError("standard input (-) can be given once")
    plans: list[Plan] = []
    known = imported_raws(project)
    for raw in (each(raws) if each else raws):
        plans.append(plan_import(project, raw, slug=slug, origin=origin,
                                 report_path=report_path, encoding=encoding, force=force,
                                 today=today, taken=frozenset(p.slug for p in plans),
                                 known_raws=known))
    seen: dict[Path, Path] = {}
    for plan in plans:
        if plan.source in seen:
            raise InputError(f"{seen[plan.source].name} and {plan.raw.name} both make "
                             f"{project.relative(plan.source)}; import them one by one with "
                             "--slug", plan.raw)
        seen[plan.source] = plan.raw
    return [plan.write() for plan in plans]
