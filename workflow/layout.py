"""Check a project's folders before a command reads or writes anything.

A broken layout (``locales`` a file, ``LC_MESSAGES`` a file, a ``.po`` or ``.md`` that is a
folder, ``output`` a file, a read-only folder or catalog, a nearly full disk) must give one line
naming the path and exit 2 before the first file is written: never a traceback, never a
half-done run, and never "success" from a command that silently found nothing to read.
"""

from __future__ import annotations

import os
import shutil
from collections.abc import Iterable
from pathlib import Path

from workflow.config import Project
from workflow.errors import InputError
from workflow.fileio import check_writable, write_target

#: Head-room kept free besides what a command is about to write (temporary copies, the cache).
SPACE_MARGIN = 1 << 20


def _folder(project: Project, path: Path) -> None:
    if path.exists() and not path.is_dir():
        raise InputError("is a file, but dossier needs a folder here", project.relative(path))


def _files_in(project: Project, folder: Path, suffix: str) -> None:
    try:
        entries = os.scandir(folder)
    except (FileNotFoundError, NotADirectoryError):
        return
    except OSError as exc:
        raise InputError(exc.strerror or "cannot read this folder",
                         project.relative(folder)) from None
    with entries:
        for entry in entries:  # d_type: no stat per file
            if entry.name.endswith(suffix) and entry.is_dir():
                raise InputError("is a folder, not a file", project.relative(Path(entry.path)))


def check_layout(project: Project, languages: Iterable[str] = (), *,
                 output: bool = False) -> None:
    """The folders dossier reads are folders and the files it reads are files."""
    for folder in (project.root, project.sources, project.locales, project.templates):
        _folder(project, folder)
    _files_in(project, project.sources, ".md")
    _files_in(project, project.templates, ".pot")
    for lang in languages:
        messages = project.po_path(lang, "x").parent
        _folder(project, messages.parent)
        _folder(project, messages)
        _files_in(project, messages, ".po")
    if output:
        _folder(project, project.output)
        for lang in languages:
            _folder(project, project.output / lang)


def check_can_write(project: Project, files: Iterable[Path], extra_bytes: int = 0) -> None:
    """Every file can be replaced (not read-only, its folder writable or creatable) and the
    disk has room for ``extra_bytes`` more: checked before the first of them is written."""
    folders: dict[Path, None] = {}
    for path in files:
        target = write_target(path)
        if target.is_dir():
            raise InputError("is a folder, not a file", project.relative(path))
        check_writable(target)
        folders[target.parent] = None
    for folder in folders:
        existing = folder
        while not existing.exists():
            existing = existing.parent
        if not existing.is_dir():
            raise InputError("is a file, but dossier needs a folder here",
                             project.relative(existing))
        check_writable(existing)
        if not os.access(existing, os.W_OK | os.X_OK):
            raise InputError("permission denied: dossier cannot write in this folder",
                             project.relative(existing))
    if extra_bytes and folders:
        for folder in folders:
            existing = folder
            while not existing.exists():
                existing = existing.parent
            free = shutil.disk_usage(existing).free
            if free < extra_bytes + SPACE_MARGIN:
                raise InputError(f"not enough free space: {free // 1024} KiB free, about "
                                 f"{(extra_bytes + SPACE_MARGIN) // 1024} KiB needed; nothing "
                                 "was written", project.relative(existing))
