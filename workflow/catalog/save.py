"""Save a catalog beside people who edit it: nobody's concurrent work is overwritten.

Commands read a catalog, work on it for seconds or minutes, then write it back; meanwhile a
translator may save the same file in Poedit or a text editor (they take no lock) and the review
page may save an entry. :func:`save_catalog` therefore re-reads the file just before its atomic
replace and merges three ways, entry by entry (key: msgctxt + msgid):

* an entry only dossier changed gets dossier's version;
* an entry only the person changed (or added, or deleted) keeps the person's version;
* an entry both changed keeps the person's version, and is reported in :attr:`Saved.kept`.

Header fields merge the same way, one field at a time. dossier's own writers (``update``,
``draft``, the review server) also hold :func:`workflow.fileio.file_lock` around the
read-compare-replace, and the final compare happens after the temporary file is written, right
before ``os.replace``.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

import polib

from workflow.catalog.pofile import Catalog, parse_catalog, render_catalog, render_entry
from workflow.catalog.wrap import PAGE_WIDTH
from workflow.errors import InputError
from workflow.fileio import file_lock, fs_error, shown, swap_in, write_target

ATTEMPTS = 20  # re-reads when the file keeps changing under us (each costs milliseconds)


@dataclass(frozen=True)
class Kept:
    """An entry changed in the file while dossier worked on it: the person's version stays."""

    path: str
    line: int
    msgid: str
    deleted: bool = False

    def render(self) -> str:
        what = "deleted" if self.deleted else "edited"
        text = " ".join(self.msgid.split())
        text = text if len(text) <= 60 else text[:57] + "..."
        return (f"{self.path}:{self.line}: kept the entry as {what} in the file meanwhile, "
                f"dossier's change not applied: {text!r}")


@dataclass
class Saved:
    """What :func:`save_catalog` did."""

    written: bool = False
    merged: bool = False  # the file had changed and was merged three ways
    kept: list[Kept] = field(default_factory=list)
    gone: bool = False  # the file was deleted meanwhile: not recreated
    data: bytes = b""  # the file's content after the save


def save_catalog(path: Path | str, new: Catalog, based_on: bytes | None,
                 display: str | None = None, width: int | None = PAGE_WIDTH) -> Saved:
    """Write ``new`` to ``path`` unless that would undo someone's concurrent edit.

    ``based_on`` is the file's content when the caller read it (None: it did not exist).
    A file deleted meanwhile stays deleted (``Saved.gone``). A file that changed meanwhile and
    no longer parses is an InputError: nothing is written over a half-finished edit. The
    replace is an atomic exchange: a save that lands between the last read and the replace
    is in hand afterwards and merged back at once (see :func:`workflow.fileio.swap_in`).
    ``width`` is the project's ``wrap`` setting (see :func:`render_catalog`).
    """
    target = write_target(path)
    display = display or shown(path)
    result = Saved()
    base, ours = based_on, new
    with file_lock(target):
        for _ in range(ATTEMPTS):
            try:
                current = target.read_bytes()
            except FileNotFoundError:
                current = None
            except OSError as exc:
                raise fs_error(exc, display) from None
            if current is None and base is not None:
                result.gone = True
                return result
            if current == base:
                out = ours
            else:
                theirs = _parse_current(current, display)
                out, kept = merge_three(_parse(base, display), ours, theirs, display)
                result.merged = True
                _add(result, kept)
            data = render_catalog(out, width).encode("utf-8")
            result.data = data
            if data == current:
                return result
            written, displaced = swap_in(target, data, current)
            if not written:
                continue  # changed or created meanwhile and nothing replaced: read again
            result.written = True
            if displaced == current:
                return result
            # Someone saved between our read and the exchange: their file is in hand now.
            theirs = _parse_current(displaced, display)
            merged, kept = merge_three(_parse(current, display), out, theirs, display)
            result.merged = True
            _add(result, kept)
            base, ours = data, merged
    raise InputError("the file kept changing while dossier tried to save it; run the command "
                     "again", display)


def _parse(data: bytes | None, display: str) -> Catalog:
    return parse_catalog(data, display) if data is not None else Catalog()


def _add(result: Saved, kept: list[Kept]) -> None:
    known = {(k.msgid, k.deleted) for k in result.kept}
    result.kept += [k for k in kept if (k.msgid, k.deleted) not in known]


def _parse_current(data: bytes, display: str) -> Catalog:
    try:
        return parse_catalog(data, display)
    except InputError as exc:
        raise InputError(f"changed on disk meanwhile and no longer reads ({exc.message}); "
                         "dossier wrote nothing over it", display, exc.line) from None


def _key(entry: polib.POEntry) -> tuple[str | None, str]:
    return (entry.msgctxt, entry.msgid)


def _index(catalog: Catalog) -> dict[tuple[str | None, str], polib.POEntry]:
    found: dict[tuple[str | None, str], polib.POEntry] = {}
    for entry in catalog.entries + catalog.obsolete:
        found.setdefault(_key(entry), entry)
    return found


def _text(entry: polib.POEntry | None) -> str | None:
    return None if entry is None else render_entry(entry)


def merge_three(base: Catalog, ours: Catalog, theirs: Catalog,
                display: str = "") -> tuple[Catalog, list[Kept]]:
    """Merge per entry: what only one side changed is taken; when both did, theirs wins.

    Order: ours (the writer's new file), then entries only theirs has, in their order.
    """
    b, o, t = _index(base), _index(ours), _index(theirs)
    keys = list(dict.fromkeys([*o, *t]))
    kept: list[Kept] = []
    active: list[polib.POEntry] = []
    obsolete: list[polib.POEntry] = []
    for key in keys:
        rb, ro, rt = _text(b.get(key)), _text(o.get(key)), _text(t.get(key))
        if rt == rb or ro == rt:
            pick = o.get(key)
        elif ro == rb:
            pick = t.get(key)
        else:
            pick = t.get(key)
            source = t.get(key) or b.get(key)
            kept.append(Kept(display, (source.linenum or 0) if source else 0, key[1],
                             deleted=key not in t))
        if pick is not None:
            (obsolete if pick.obsolete else active).append(pick)
    merged = Catalog(
        headers=_merge_headers(base.headers, ours.headers, theirs.headers),
        header_comment=_pick(base.header_comment, ours.header_comment, theirs.header_comment),
        header_flags=_pick(base.header_flags, ours.header_flags, theirs.header_flags),
        entries=active,
        obsolete=obsolete,
        path=ours.path,
    )
    return merged, kept


def _pick(base, ours, theirs):
    return ours if theirs == base else theirs


def _merge_headers(base: dict[str, str], ours: dict[str, str],
                   theirs: dict[str, str]) -> dict[str, str]:
    """Field by field; a field the person changed (or removed) keeps the person's value."""
    merged: dict[str, str] = {}
    for key in dict.fromkeys([*ours, *theirs]):
        value = _pick(base.get(key), ours.get(key), theirs.get(key))
        if value is not None:
            merged[key] = value
    return merged
