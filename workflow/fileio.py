"""Atomic file writes: a crash or an error never leaves a half-written file behind.

Every failure of the file system (a read-only file or folder, a full disk, a folder where a
file should be) becomes a one-line :class:`InputError` naming the path, never a traceback.
"""

from __future__ import annotations

import contextlib
import ctypes
import errno
import fcntl
import os
import re
import stat
import sys
import tempfile
import time
from collections.abc import Iterable, Iterator
from pathlib import Path

from workflow.errors import InputError

#: Hidden temporary files of :func:`atomic_write` (``.NAME.XXXXXXXX.tmp``, as mkstemp names them).
TEMP_PATTERN = re.compile(r"^\.(?P<name>.+)\.[A-Za-z0-9_]{8}\.tmp$")
#: A temporary file older than this was left by a killed command, not one still writing it.
STALE_AFTER_S = 600.0


def shown(path: Path | str) -> str:
    """``path`` as messages show it: relative to the current folder when inside it."""
    path = Path(path)
    try:
        return path.resolve().relative_to(Path.cwd().resolve()).as_posix()
    except (ValueError, OSError):
        return str(path)


def fs_error(exc: OSError, path: Path | str) -> InputError:
    """A one-line error for a failed file-system call (``path`` as the user knows it)."""
    reason = {
        errno.ENOSPC: "no space left on the device; nothing was replaced",
        errno.EDQUOT: "disk quota exceeded; nothing was replaced",
        errno.EROFS: "read-only file system",
        errno.EACCES: "permission denied",
        errno.EPERM: "permission denied",
        errno.EISDIR: "is a folder, not a file",
        errno.ENOTDIR: "a part of this path is a file, not a folder",
        errno.EEXIST: "exists and is not a folder",
    }.get(exc.errno, exc.strerror or str(exc))
    return InputError(reason, shown(path))


def write_target(path: Path | str) -> Path:
    """The file a write of ``path`` must replace: a symlink's target (the link stays)."""
    path = Path(path)
    if path.is_symlink():
        return Path(os.path.realpath(path))
    return path


def check_writable(path: Path) -> None:
    """Refuse a read-only file or folder (mode bits, so even root respects a user's chmod)."""
    try:
        mode = path.stat().st_mode
    except FileNotFoundError:
        return
    except OSError as exc:
        raise fs_error(exc, path) from None
    if not mode & 0o222:
        kind = "folder" if stat.S_ISDIR(mode) else "file"
        raise InputError(f"read-only {kind}: dossier will not change it (make it writable "
                         "with 'chmod u+w' to allow)", shown(path))


def atomic_write(path: Path | str, data: str | bytes, encoding: str = "utf-8") -> bool:
    """Write ``data`` to ``path`` via a temporary file and ``os.replace``.

    Returns False (and leaves the file's mtime alone) when the content is already identical,
    so unchanged outputs cause no churn. A symlink is written through (its target replaced
    atomically, the link kept). Files people edit meanwhile: see :func:`swap_in`.
    """
    path = write_target(path)
    payload = data.encode(encoding) if isinstance(data, str) else data
    check_writable(path)
    current = _read(path)
    if current == payload:
        return False
    tmp = _temporary_copy(path, payload)
    try:
        os.chmod(tmp, path.stat().st_mode & 0o777 if current is not None else 0o644)
        os.replace(tmp, path)
    except OSError as exc:
        Path(tmp).unlink(missing_ok=True)
        raise fs_error(exc, path) from None
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise
    return True


_AT_FDCWD = -100
_RENAME_EXCHANGE = 2


def _renameat2():
    try:
        libc = ctypes.CDLL(None, use_errno=True)
        func = libc.renameat2
    except (OSError, AttributeError):
        return None
    func.argtypes = [ctypes.c_int, ctypes.c_char_p, ctypes.c_int, ctypes.c_char_p, ctypes.c_uint]
    func.restype = ctypes.c_int
    return func


_EXCHANGE = _renameat2() if sys.platform.startswith("linux") else None


def swap_in(path: Path | str, data: bytes, expected: bytes | None) -> tuple[bool, bytes | None]:
    """Replace ``path`` (expected to hold ``expected``; None: absent) with ``data`` atomically
    and return (written, what was replaced).

    The replace is an atomic exchange (``renameat2(RENAME_EXCHANGE)``), so the content it
    displaced is known exactly, even when an editor saved in the last microsecond: the caller
    compares it with ``expected`` and merges that save back instead of losing it. A new file is
    linked into place only if nobody created it meanwhile (else written is False). Where the
    exchange is not supported the file is compared once more and replaced.
    """
    path = write_target(path)
    check_writable(path)
    tmp = _temporary_copy(path, data)
    try:
        if expected is None:
            os.chmod(tmp, 0o644)
            try:
                os.link(tmp, path)
            except FileExistsError:
                return False, None
            return True, None
        try:
            os.chmod(tmp, path.stat().st_mode & 0o777)
        except FileNotFoundError:
            return False, None  # deleted meanwhile
        if _EXCHANGE is not None:
            done = _EXCHANGE(_AT_FDCWD, os.fsencode(tmp), _AT_FDCWD, os.fsencode(path),
                             _RENAME_EXCHANGE)
            if done == 0:
                return True, Path(tmp).read_bytes()
            code = ctypes.get_errno()
            if code == errno.ENOENT:
                return False, None  # deleted meanwhile
            if code not in (errno.EINVAL, errno.ENOSYS, errno.EOPNOTSUPP):
                raise OSError(code, os.strerror(code))
        if _read(path) != expected:
            return False, None
        os.replace(tmp, path)
        return True, expected
    except OSError as exc:
        raise fs_error(exc, path) from None
    finally:
        Path(tmp).unlink(missing_ok=True)


def _temporary_copy(path: Path, payload: bytes) -> str:
    """``payload`` in a hidden ``.NAME.XXXX.tmp`` beside ``path``, flushed to disk, ready to be
    moved into place (the folder made and checked first; stale ones are cleaned later)."""
    make_folder(path.parent)
    check_writable(path.parent)
    try:
        fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
    except OSError as exc:
        raise fs_error(exc, path.parent) from None
    try:
        with os.fdopen(fd, "wb") as handle:
            handle.write(payload)
            handle.flush()
            os.fsync(handle.fileno())
    except BaseException as exc:
        Path(tmp).unlink(missing_ok=True)
        if isinstance(exc, OSError):
            raise fs_error(exc, path) from None
        raise
    return tmp


def _read(path: Path) -> bytes | None:
    try:
        return path.read_bytes()
    except FileNotFoundError:
        return None
    except OSError as exc:
        raise fs_error(exc, path) from None


def make_folder(folder: Path) -> None:
    """``mkdir -p`` with one-line errors (a file in the way, a read-only parent)."""
    if folder.is_dir():
        return
    for part in (*reversed(folder.parents), folder):
        if part.exists() and not part.is_dir():
            raise InputError("is a file, but dossier needs a folder here", shown(part))
    try:
        folder.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise fs_error(exc, folder) from None


@contextlib.contextmanager
def file_lock(path: Path | str) -> Iterator[None]:
    """Hold an exclusive lock among dossier's own writers of ``path`` (all processes).

    The lock lives in a hidden sibling ``.NAME.lock`` (an ``flock``), so the locked file itself
    can still be replaced atomically. Editors take no lock: writers must still re-read before
    they replace. Re-entrant use in one process is not supported; nest nothing under it.
    """
    path = write_target(path)
    lock = path.parent / f".{path.name}.lock"
    make_folder(path.parent)
    try:
        fd = os.open(lock, os.O_RDWR | os.O_CREAT, 0o644)
    except OSError as exc:
        raise fs_error(exc, path.parent) from None
    try:
        fcntl.flock(fd, fcntl.LOCK_EX)
        yield
    finally:
        os.close(fd)


def clean_stale_temps(folders: Iterable[Path], older_than_s: float = STALE_AFTER_S) -> list[Path]:
    """Remove ``.NAME.XXXXXXXX.tmp`` files an interrupted :func:`atomic_write` left behind.

    Only files matching that pattern and untouched for ``older_than_s`` seconds go (a live
    writer's file is seconds old); folders are not descended into. Returns what was removed.
    """
    removed: list[Path] = []
    limit = time.time() - older_than_s
    for folder in folders:
        try:
            entries = list(os.scandir(folder))
        except OSError:
            continue
        for entry in entries:
            if not TEMP_PATTERN.match(entry.name):
                continue
            try:
                if entry.is_file(follow_symlinks=False) and entry.stat().st_mtime < limit:
                    os.unlink(entry.path)
                    removed.append(Path(entry.path))
            except OSError:
                continue
    return removed
