"""The build cache: skip work whose inputs, code and libraries are all unchanged.

One store for every command (``.dossier-cache/<name>.json``, git-ignored, always safe to
delete). Each entry records a hash of the work's inputs and of the file it wrote (or any small
result, such as status counts); work is skipped only when both still match. The whole cache is
keyed by :func:`code_fingerprint`: every file of the ``workflow`` package (code, stylesheets,
templates, fonts) and the versions of the libraries that shape our output, so upgrading Babel
or editing ``workflow/source.py`` makes the next run redo the work instead of leaving old
output behind.
"""

from __future__ import annotations

import hashlib
import json
from functools import lru_cache
from importlib import metadata
from pathlib import Path
from typing import Any

from workflow import __version__
from workflow.fileio import atomic_write

CACHE_FORMAT = 2
PACKAGE = Path(__file__).resolve().parent
#: Libraries whose version changes what we write: catalogs (Babel's headers, polib's model,
#: YAML front matter), drafts' numbers (Babel), PDFs (WeasyPrint and its font/PDF stack; the
#: HTML it typesets: Jinja2's templates, MarkupSafe's escaping; and its parse: tinyhtml5, or
#: libxml2 through lxml, ``publish.htmlparse``).
SHAPING_LIBRARIES = ("babel", "polib", "PyYAML", "jdatetime", "weasyprint", "pydyf",
                     "fonttools", "tinycss2", "cssselect2", "pyphen", "pikepdf", "jinja2",
                     "markupsafe", "tinyhtml5", "lxml")
_SKIPPED_DIRS = {"__pycache__"}


def digest(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


def file_digest(path: Path) -> str | None:
    """SHA-256 of a file's bytes, or None when it does not exist."""
    try:
        return digest(path.read_bytes())
    except FileNotFoundError:
        return None


def library_versions(names: tuple[str, ...] = SHAPING_LIBRARIES) -> dict[str, str]:
    found = {}
    for name in names:
        try:
            found[name] = metadata.version(name)
        except metadata.PackageNotFoundError:
            found[name] = "-"
    return found


def package_digest(root: Path = PACKAGE) -> str:
    """Hash of every file under ``root`` (names and bytes), byte-code caches excepted."""
    hasher = hashlib.sha256()
    for path in sorted(p for p in root.rglob("*") if p.is_file()
                       and not _SKIPPED_DIRS.intersection(p.relative_to(root).parts)):
        name = path.relative_to(root).as_posix().encode()
        data = path.read_bytes()
        hasher.update(len(name).to_bytes(4, "big") + name + len(data).to_bytes(8, "big") + data)
    return hasher.hexdigest()


@lru_cache(maxsize=1)
def code_fingerprint() -> str:
    """What shapes every output besides its inputs: our code and the libraries' versions."""
    versions = json.dumps(library_versions(), sort_keys=True)
    return digest(f"{CACHE_FORMAT}:{__version__}:{package_digest()}:{versions}".encode())


class BuildCache:
    """A JSON map of section -> key -> [input hash, result], valid for one fingerprint.

    ``result`` is normally the hash of the file the work wrote (see :meth:`fresh`), or any
    JSON value the work wants back (see :meth:`lookup`).
    """

    def __init__(self, path: Path, fingerprint: str):
        self.path = path
        self.fingerprint = fingerprint
        self.data: dict[str, dict[str, list[Any]]] = {}
        self.dirty = False
        try:
            raw = json.loads(path.read_text(encoding="utf-8"))
            if raw.get("fingerprint") == fingerprint:
                self.data = raw.get("sections", {})
        except (OSError, ValueError, AttributeError):
            pass

    def fresh(self, section: str, key: str, input_hash: str, output_hash: str | None) -> bool:
        """True when ``key`` was made from ``input_hash`` and its output is still intact."""
        return output_hash is not None and self.lookup(section, key, input_hash) == output_hash

    def lookup(self, section: str, key: str, input_hash: str) -> Any | None:
        """The result recorded for ``key`` from ``input_hash``, or None."""
        known = self.data.get(section, {}).get(key)
        return known[1] if known and known[0] == input_hash else None

    def record(self, section: str, key: str, input_hash: str, result: Any) -> None:
        self.data.setdefault(section, {})[key] = [input_hash, result]
        self.dirty = True

    def save(self) -> None:
        if self.dirty:
            payload = {"fingerprint": self.fingerprint, "sections": self.data}
            atomic_write(self.path, json.dumps(payload, sort_keys=True, indent=0) + "\n")
            self.dirty = False


def project_cache(project, name: str = "catalogs") -> BuildCache:
    """The project's cache file ``name``, keyed by the code and by the project's settings."""
    settings = "|".join([project.name, project.bugs_address, project.team,
                         project.source_language, str(project.locales_dir),
                         str(getattr(project, "wrap", ""))])
    return BuildCache(project.root / ".dossier-cache" / f"{name}.json",
                      digest(f"{code_fingerprint()}|{settings}".encode()))
