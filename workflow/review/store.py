"""The review app's only access to files: list catalogs, read entries, change exactly one entry.

Every address is checked against the project (configured language, existing catalog), so a
request can never name a path. A change takes the file's lock (:func:`workflow.fileio.file_lock`,
shared with every dossier writer in every process), re-reads the file, refuses when the entry
was edited since the page was shown (a translator's work is never overwritten), runs the checks
and asks for confirmation where needed, rewrites only that entry's lines, verifies the result
with ``msgfmt --check`` and only then replaces the file atomically.
"""

from __future__ import annotations

import hashlib
import re
from dataclasses import dataclass, field
from pathlib import Path

import polib

from workflow import states
from workflow.catalog.pofile import Catalog, parse_catalog, render_catalog, render_entry
from workflow.catalog.wrap import PAGE_WIDTH
from workflow.config import Project
from workflow.errors import InputError
from workflow.fileio import atomic_write, file_lock
from workflow.review.findings import EntryReview, GlossaryCache, review_entry
from workflow.review.text import normalise
from workflow.review.validate import msgfmt_check

ACTIONS = ("save", "approve", "needs-work")
CONFIRMED_ACTIONS = ("save", "approve")  # these resolve evidence, so they need "anyway"
_SLUG = re.compile(r"^[A-Za-z0-9][A-Za-z0-9._-]*$")


class Refused(InputError):
    """A change the app will not make; ``status`` is the HTTP status to answer with."""

    def __init__(self, message: str, status: int = 400) -> None:
        super().__init__(message)
        self.status = status


class Conflict(Refused):
    """The entry changed in the file since the page was shown: a merge is needed (409)."""

    def __init__(self, message: str, index: int | None, entry: polib.POEntry | None,
                 mine: str, file_sha: str) -> None:
        super().__init__(message, 409)
        self.index, self.entry, self.mine, self.file_sha = index, entry, mine, file_sha


class NeedsConfirmation(Refused):
    """Saving or approving needs an explicit "anyway" for these reasons (stale, errors)."""

    def __init__(self, index: int, entry: polib.POEntry, text: str, review: EntryReview,
                 missing: list[str]) -> None:
        super().__init__("this entry needs your explicit confirmation: "
                         + ", ".join(missing), 409)
        self.index, self.entry, self.text, self.review = index, entry, text, review
        self.missing = missing


def sha256(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


def entry_key(entry: polib.POEntry) -> str:
    """Stable address of an entry inside its catalog: a fingerprint of msgctxt + msgid."""
    return states.source_fingerprint(entry)


def entry_digest(entry: polib.POEntry) -> str:
    """Fingerprint of everything in the entry, to notice any edit made on disk meanwhile."""
    return sha256(render_entry(entry).encode("utf-8"))[:16]


def check_reviewer(name: str) -> str:
    """A reviewer name as written into ``# approved: NAME; ...``: one line, no ``;`` or ``=``."""
    name = " ".join(name.split())
    if not name:
        raise Refused("enter your name first (it is written into the approval)")
    if len(name) > 100 or any(c in name for c in ";=#") or not name.isprintable():
        raise Refused("a reviewer name is at most 100 characters, without ';', '=' or '#'")
    return name


@dataclass
class Change:
    """One reviewer action on one entry, as the form sent it."""

    action: str
    key: str
    text: str | None  # None: keep the text in the file (batch approval)
    file_sha: str
    seen: str
    reviewer: str | None
    note: str = ""
    anyway: frozenset[str] = frozenset()  # reasons the reviewer confirmed


@dataclass
class Done:
    index: int
    entry: polib.POEntry
    confirmed: list[str] = field(default_factory=list)
    file_sha: str = ""  # the file after the change
    before_sha: str = ""  # the file it was applied to
    catalog: Catalog | None = None  # the file after the change, parsed


@dataclass
class Store:
    """The catalogs of ``project`` in ``languages`` that the app may read and change."""

    project: Project
    languages: list[str]
    glossaries: GlossaryCache = field(default_factory=GlossaryCache)

    def catalog_path(self, lang: str, slug: str) -> Path:
        """The ``.po`` file for an address from a request; Refused (404) when not a catalog."""
        if lang not in self.languages or not _SLUG.match(slug or ""):
            raise Refused("no such catalog", 404)
        path = self.project.po_path(lang, slug)
        if not path.is_file():
            raise Refused("no such catalog", 404)
        return path

    def load(self, lang: str, slug: str) -> tuple[Catalog, str]:
        """The parsed catalog and the sha256 of its bytes."""
        path = self.catalog_path(lang, slug)
        data = path.read_bytes()
        return parse_catalog(data, self.project.relative(path)), sha256(data)

    def glossary(self, lang: str):
        return self.glossaries.get(self.project.glossary_path(lang))

    def review(self, lang: str, entry: polib.POEntry, text: str | None = None,
               mentioned: frozenset[str] = frozenset()) -> EntryReview:
        return review_entry(entry, text, lang, self.project.source_language,
                            self.glossary(lang), mentioned)

    def mentions(self, lang: str, catalog: Catalog) -> list[frozenset[str]]:
        """Per entry, the glossary items the statement mentioned before it."""
        return self.glossary(lang).mentions(e.msgid for e in catalog.entries)

    def change(self, lang: str, slug: str, change: Change) -> Done:
        """Apply one reviewer action; see the module docstring for the order of the guards."""
        return self.change_many(lang, slug, [change])[0]

    def change_many(self, lang: str, slug: str, changes: list[Change],
                    skip_refused: bool = False) -> list[Done | Refused]:
        """Apply several actions to one catalog in one locked read-modify-write.

        With ``skip_refused`` a refused change is returned in its place and the others are
        still written (batch approval); otherwise the first refusal is raised, nothing written.
        """
        for change in changes:
            if change.action not in ACTIONS:
                raise Refused(f"unknown action {change.action!r}")
            change.reviewer = check_reviewer(change.reviewer or "")
        path = self.catalog_path(lang, slug)
        display = self.project.relative(path)
        with file_lock(path):
            data = path.read_bytes()
            catalog = parse_catalog(data, display)
            text = data.decode("utf-8")
            results: list[Done | Refused] = []
            indices = []
            for change in changes:
                try:
                    done = self._apply_one(lang, catalog, data, change)
                except Refused as exc:
                    if not skip_refused:
                        raise
                    results.append(exc)
                    continue
                results.append(done)
                indices.append(done.index)
            if indices:
                spliced, parsed = splice_parsed(text, catalog, indices, self.project.wrap)
                new = spliced.encode("utf-8")
                msgfmt_check(new, display)
                atomic_write(path, new)
                for result in results:
                    if isinstance(result, Done):
                        result.file_sha, result.before_sha = sha256(new), sha256(data)
                        result.catalog = parsed
        return results

    def _apply_one(self, lang: str, catalog: Catalog, data: bytes, change: Change) -> Done:
        index = next((i for i, e in enumerate(catalog.entries) if entry_key(e) == change.key),
                     None)
        mine = change.text if change.text is not None else ""
        if index is None:
            raise Conflict("this sentence is no longer in the catalog (the statement was "
                           "updated); nothing was saved", None, None, mine, sha256(data))
        entry = catalog.entries[index]
        if entry.msgid_plural:
            raise Refused("plural entries are edited in a .po editor")
        if sha256(data) != change.file_sha and entry_digest(entry) != change.seen:
            raise Conflict("someone changed this entry in the file since the page was shown; "
                           "nothing was saved", index, entry, mine or entry.msgstr,
                           sha256(data))
        text = normalise(entry.msgstr if change.text is None else change.text, entry.msgid)
        if not text:
            raise Refused("the translation is empty: type one first (to clear an entry, "
                          "use a .po editor)")
        confirmed: list[str] = []
        if change.action in CONFIRMED_ACTIONS:
            review = self.review(lang, entry, text, self.mentions(lang, catalog)[index])
            missing = [r for r in review.reasons if r not in change.anyway]
            if missing:
                raise NeedsConfirmation(index, entry, text, review, missing)
            confirmed = review.reasons
        _apply(entry, change, text, confirmed)
        return Done(index, entry, confirmed)


def _apply(entry: polib.POEntry, change: Change, text: str, confirmed: list[str]) -> None:
    extra = {"anyway": ",".join(confirmed)} if confirmed else {}
    if change.action == "save":
        states.mark_translated(entry, text, by=change.reviewer or "", **extra)
    elif change.action == "approve":
        entry.msgstr = text
        states.mark_approved(entry, change.reviewer or "", **extra)
    else:
        states.mark_needs_work(entry, text, change.reviewer or "", change.note)


def lines_of(text: str) -> list[str]:
    """Lines split at ``\\n`` only (U+2028 and friends are text inside a line, not breaks)."""
    parts = text.split("\n")
    lines = [p + "\n" for p in parts[:-1]]
    return lines + [parts[-1]] if parts[-1] else lines


def splice(original: str, catalog: Catalog, indices: list[int],
           width: int | None = PAGE_WIDTH) -> str:
    """The file with only the entries ``indices`` re-rendered; every other byte stays.

    Falls back to :func:`render_catalog` when the file's layout cannot be spliced safely
    (checked by parsing the result back).
    """
    return splice_parsed(original, catalog, indices, width)[0]


def splice_parsed(original: str, catalog: Catalog, indices: list[int],
                  width: int | None = PAGE_WIDTH) -> tuple[str, Catalog]:
    """:func:`splice`, and the result parsed back (the check it had to make anyway).

    ``width`` is the project's ``wrap`` setting, so a spliced entry is laid out like the rest.
    """
    lines = lines_of(original)
    starts = sorted(e.linenum for e in catalog.entries + catalog.obsolete)
    spans = []
    for index in indices:
        entry = catalog.entries[index]
        start = entry.linenum - 1
        following = [n for n in starts if n > entry.linenum]
        end = following[0] - 1 if following else len(lines)
        while end > start and not lines[end - 1].strip():
            end -= 1
        spans.append((start, end, render_entry(entry, width)))
    for start, end, rendered in sorted(spans, reverse=True):
        lines[start:end] = [rendered]
    new = "".join(lines)
    try:
        check = parse_catalog(new, catalog.path or "<catalog>")
    except InputError:
        check = None
    same = (check is not None and len(check.entries) == len(catalog.entries)
            and len(check.obsolete) == len(catalog.obsolete)
            and all(render_entry(a, width) == render_entry(b, width)
                    for a, b in zip(check.entries, catalog.entries, strict=True)))
    if same:
        return new, check
    rendered = render_catalog(catalog, width)
    return rendered, parse_catalog(rendered, catalog.path or "<catalog>")
