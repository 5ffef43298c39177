"""The review app's only access to files: list catalogs, read entries, change exactly one entry.

Every address is checked against the project (configured language, existing catalog), so a
request can never name a path. A change re-reads the file, refuses when the entry was edited
on disk since the page was shown (a translator's work is never overwritten), rewrites only that
entry's lines and writes atomically.
"""

from __future__ import annotations

import hashlib
import re
import threading
from dataclasses import dataclass
from pathlib import Path

import polib

from workflow import states
from workflow.catalog.pofile import Catalog, parse_catalog, render_catalog, render_entry
from workflow.config import Project
from workflow.errors import InputError
from workflow.fileio import atomic_write

ACTIONS = ("save", "approve", "needs-work")
_SLUG = re.compile(r"^[A-Za-z0-9][A-Za-z0-9._-]*$")
_WRITE_LOCK = threading.Lock()


class Refused(InputError):
    """A change the app will not make; ``status`` is the HTTP status to answer with."""

    def __init__(self, message: str, status: int = 400, current: str | None = None) -> None:
        super().__init__(message)
        self.status = status
        self.current = current


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
class Store:
    """The catalogs of ``project`` in ``languages`` that the app may read and change."""

    project: Project
    languages: list[str]

    def catalog_path(self, lang: str, slug: str) -> Path:
        """The ``.po`` file for an address from a request; InputError (404) when not a catalog."""
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

    def change(self, lang: str, slug: str, key: str, action: str, text: str,
               file_sha: str, seen_digest: str, reviewer: str | None) -> int:
        """Apply one reviewer action to the entry ``key``; return its index in the catalog.

        ``file_sha``/``seen_digest`` are what the page was rendered from: when the file changed
        since and this entry differs from what the reviewer saw, the change is refused (409).
        """
        if action not in ACTIONS:
            raise Refused(f"unknown action {action!r}")
        text = text.replace("\r\n", "\n").replace("\r", "\n")
        if not text.strip():
            raise Refused("the translation is empty: type one first (to clear an entry, "
                          "use a .po editor)")
        if action != "save":
            reviewer = check_reviewer(reviewer or "")
        path = self.catalog_path(lang, slug)
        with _WRITE_LOCK:
            data = path.read_bytes()
            catalog = parse_catalog(data, self.project.relative(path))
            index = next((i for i, e in enumerate(catalog.entries) if entry_key(e) == key), None)
            if index is None:
                raise Refused("this sentence is no longer in the catalog (the statement was "
                              "updated); reload the page", 409)
            entry = catalog.entries[index]
            if entry.msgid_plural:
                raise Refused("plural entries are edited in a .po editor")
            if sha256(data) != file_sha and entry_digest(entry) != seen_digest:
                raise Refused("someone changed this entry in the file since the page was shown; "
                              "nothing was saved. Reload to see their version, then reapply "
                              "your edit", 409, current=entry.msgstr)
            _apply(entry, action, text, reviewer)
            atomic_write(path, splice(data.decode("utf-8"), catalog, index))
        return index


def _apply(entry: polib.POEntry, action: str, text: str, reviewer: str | None) -> None:
    if action == "save":
        states.mark_translated(entry, text)
    elif action == "approve":
        entry.msgstr = text
        states.mark_approved(entry, reviewer or "")
    else:
        states.mark_draft(entry, text, states.DraftKind.PERSON, by=reviewer or "")


def splice(original: str, catalog: Catalog, index: int) -> str:
    """The file with only entry ``index`` re-rendered; every other byte stays as it was.

    Falls back to :func:`render_catalog` when the file's layout cannot be spliced safely
    (checked by parsing the result back).
    """
    lines = original.splitlines(keepends=True)
    entry = catalog.entries[index]
    starts = sorted(e.linenum for e in catalog.entries + catalog.obsolete)
    start = entry.linenum - 1
    following = [n for n in starts if n > entry.linenum]
    end = following[0] - 1 if following else len(lines)
    while end > start and not lines[end - 1].strip():
        end -= 1
    new = "".join([*lines[:start], render_entry(entry), *lines[end:]])
    try:
        check = parse_catalog(new)
    except InputError:
        return render_catalog(catalog)
    same = (len(check.entries) == len(catalog.entries)
            and len(check.obsolete) == len(catalog.obsolete)
            and all(render_entry(a) == render_entry(b)
                    for a, b in zip(check.entries, catalog.entries, strict=True)))
    return new if same else render_catalog(catalog)
