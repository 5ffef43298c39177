"""Run the checks over a project's catalogs and collect findings with file and line.

Entries with a translation (draft, stale, translated, approved) are checked; untranslated
ones are counted and skipped (``dossier status`` is where they matter); obsolete ones ignored.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path

import polib

from workflow.catalog.pofile import parse_catalog
from workflow.check import checks as _checks  # noqa: F401  (registers the checks)
from workflow.check.registry import CHECKS, ERROR, Context, Problem, run_checks
from workflow.config import Project
from workflow.draft.glossary import Glossary, load_glossary
from workflow.errors import InputError
from workflow.layout import check_layout
from workflow.states import has_translation


@dataclass(frozen=True)
class Finding:
    """A problem located in a file: ``path:line`` is the entry's ``msgid`` line."""

    path: str
    line: int
    lang: str
    slug: str
    msgid: str
    problem: Problem

    def render(self) -> str:
        p = self.problem
        return f"{self.path}:{self.line}: {p.severity}[{p.code}]: {p.message}"

    def as_json(self) -> dict:
        return {"file": self.path, "line": self.line, "lang": self.lang, "statement": self.slug,
                "code": self.problem.code, "severity": self.problem.severity,
                "message": self.problem.message, "msgid": self.msgid}


@dataclass
class Summary:
    """Per language: what was checked and what was found."""

    lang: str
    catalogs: int = 0
    checked: int = 0
    untranslated: int = 0
    counts: Counter = field(default_factory=Counter)  # (severity, code) -> n

    @property
    def errors(self) -> int:
        return sum(n for (sev, _), n in self.counts.items() if sev == ERROR)

    @property
    def warnings(self) -> int:
        return sum(n for (sev, _), n in self.counts.items() if sev != ERROR)

    def render(self) -> str:
        by_code = Counter()
        for (_, code), n in self.counts.items():
            by_code[code] += n
        detail = ", ".join(f"{code} {n}" for code, n in sorted(by_code.items()))
        return (f"{self.lang}: {self.catalogs} catalog(s), {self.checked} entries checked, "
                f"{self.untranslated} untranslated skipped: {self.errors} error(s), "
                f"{self.warnings} warning(s)" + (f" ({detail})" if detail else ""))

    def as_json(self) -> dict:
        codes: dict[str, dict[str, int]] = {}
        for (sev, code), n in sorted(self.counts.items()):
            codes.setdefault(code, {})[sev] = n
        return {"catalogs": self.catalogs, "checked": self.checked,
                "untranslated": self.untranslated, "errors": self.errors,
                "warnings": self.warnings, "checks": codes}


@dataclass
class Report:
    findings: list[Finding] = field(default_factory=list)
    summaries: list[Summary] = field(default_factory=list)

    @property
    def errors(self) -> int:
        return sum(s.errors for s in self.summaries)

    @property
    def warnings(self) -> int:
        return sum(s.warnings for s in self.summaries)

    def as_json(self) -> dict:
        return {"problems": [f.as_json() for f in self.findings],
                "summary": {s.lang: s.as_json() for s in self.summaries},
                "errors": self.errors, "warnings": self.warnings}


def msgid_line(lines: list[str], entry: polib.POEntry) -> int:
    """1-based line of the entry's ``msgid`` keyword: the first one from where the entry starts
    (its comments), so ``#| msgid`` lines and msgctxt are skipped."""
    start = max(int(entry.linenum or 1), 1)
    for number in range(start, len(lines) + 1):
        if lines[number - 1].startswith("msgid ") or lines[number - 1].startswith("msgid\t"):
            return number
    return start


def _pairs(entry: polib.POEntry) -> list[tuple[int, str, str]]:
    """(form, source, translation) for each non-empty translation of the entry."""
    if not entry.msgid_plural:
        return [(0, entry.msgid, entry.msgstr)] if entry.msgstr else []
    return [(n, entry.msgid if n == 0 else entry.msgid_plural, text)
            for n, text in sorted(entry.msgstr_plural.items()) if text]


def check_catalog(path: Path, lang: str, glossary: Glossary, summary: Summary,
                  display: str, slug: str, source_lang: str = "en",
                  codes: list[str] | None = None) -> list[Finding]:
    """Findings for one ``.po`` file; a malformed file is an InputError naming file and line."""
    try:
        data = path.read_bytes()
    except OSError as exc:
        raise InputError(f"cannot read catalog ({exc.strerror})", display) from None
    catalog = parse_catalog(data, display)
    lines = data.decode("utf-8").lstrip("\ufeff").splitlines()
    summary.catalogs += 1
    findings = []
    mentions = glossary.mentions(entry.msgid for entry in catalog.entries)
    for entry, mentioned in zip(catalog.entries, mentions, strict=True):
        if not has_translation(entry):
            summary.untranslated += 1
            continue
        summary.checked += 1
        line = 0
        for form, source, translation in _pairs(entry):
            ctx = Context(source, translation, entry, lang, source_lang, glossary, form,
                          mentioned)
            for found in run_checks(ctx, codes):
                line = line or msgid_line(lines, entry)
                summary.counts[(found.severity, found.code)] += 1
                findings.append(Finding(display, line, lang, slug, entry.msgid, found))
    return findings


def catalogs_for(project: Project, lang: str, only: str | None = None) -> list[tuple[str, Path]]:
    """(slug, path) of the language's catalogs, sorted; one statement with ``only``."""
    folder = project.locales / lang / "LC_MESSAGES"
    paths = sorted(folder.glob("*.po")) if folder.is_dir() else []
    return [(p.stem, p) for p in paths if only is None or p.stem == only]


def check_project(project: Project, langs: list[str], only: str | None = None,
                  codes: list[str] | None = None) -> Report:
    """Check every catalog of ``langs`` (or one statement); see :func:`check_catalog`."""
    unknown = [c for c in codes or [] if c not in CHECKS]
    if unknown:
        raise InputError(f"unknown check(s) {', '.join(unknown)} "
                         f"(checks: {', '.join(CHECKS)})")
    if only is not None and not project.source_path(only).is_file() and not any(
            catalogs_for(project, lang, only) for lang in project.languages):
        known = ", ".join(project.slugs()) or "none"
        raise InputError(f"no statement {only!r} (statements: {known})")
    check_layout(project, langs)
    report = Report()
    for lang in langs:
        summary = Summary(lang)
        report.summaries.append(summary)
        glossary = load_glossary(project.glossary_path(lang))
        for slug, path in catalogs_for(project, lang, only):
            report.findings += check_catalog(path, lang, glossary, summary,
                                             project.relative(path), slug,
                                             project.source_language, codes)
    return report
