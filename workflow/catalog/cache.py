"""Content-hash cache: skip statements whose inputs and outputs are unchanged since last run.

Stored in ``.dossier-cache/catalogs.json`` (git-ignored). An entry records the SHA-256 of the
input (source or template) and of the file we wrote; work is skipped only when both still match
byte for byte, so an edited catalog, an edited source, a deleted file or a new dossier version
all cause a real run. Deleting the folder is always safe.
"""

from __future__ import annotations

import hashlib
import json
from pathlib import Path

from workflow import __version__
from workflow.fileio import atomic_write

CACHE_FORMAT = 1


def digest(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


def file_digest(path: Path) -> str | None:
    try:
        return digest(path.read_bytes())
    except FileNotFoundError:
        return None


class HashCache:
    """A JSON map of section -> key -> [input hash, output hash]."""

    def __init__(self, path: Path, fingerprint: str):
        self.path = path
        self.fingerprint = f"{CACHE_FORMAT}:{__version__}:{fingerprint}"
        self.data: dict[str, dict[str, list[str]]] = {}
        self.dirty = False
        try:
            raw = json.loads(path.read_text(encoding="utf-8"))
            if raw.get("fingerprint") == self.fingerprint:
                self.data = raw.get("sections", {})
        except (FileNotFoundError, ValueError, AttributeError):
            pass

    def fresh(self, section: str, key: str, input_hash: str, output_hash: str | None) -> bool:
        return output_hash is not None and self.data.get(section, {}).get(key) == [
            input_hash, output_hash]

    def record(self, section: str, key: str, input_hash: str, output_hash: str) -> None:
        self.data.setdefault(section, {})[key] = [input_hash, output_hash]
        self.dirty = True

    def save(self) -> None:
        if self.dirty:
            payload = {"fingerprint": self.fingerprint, "sections": self.data}
            atomic_write(self.path, json.dumps(payload, sort_keys=True, indent=0) + "\n")
            self.dirty = False


def code_digest() -> str:
    """Hash of the code that shapes our output (segmenter, catalog writer): a new rule or a
    fix invalidates the cache instead of leaving old output behind."""
    root = Path(__file__).resolve().parents[1]
    hasher = hashlib.sha256()
    for folder in ("segment", "catalog"):
        for path in sorted((root / folder).glob("*.py")):
            hasher.update(path.name.encode() + b"\0" + path.read_bytes())
    return hasher.hexdigest()[:16]


def project_cache(project) -> HashCache:
    fingerprint = "|".join([project.name, project.bugs_address, project.team,
                            project.source_language, str(project.locales_dir), code_digest()])
    return HashCache(project.root / ".dossier-cache" / "catalogs.json", fingerprint)
