"""Argos translation packages: find, install, remove, and pick a route for a language pair.

Packages live in argostranslate's own folder (``ARGOS_PACKAGES_DIR`` or its settings.json,
default ``~/.local/share/argos-translate/packages``), so packages installed with ``argospm``
are seen and ours are seen by argos. The folder is read when called, not when imported, so
a changed ``ARGOS_PACKAGES_DIR`` takes effect at once.

Only ``argostranslate.settings`` and ``argostranslate.package`` are used here; they do not
import argostranslate's translation module (stanza, torch), so listing and installing stay fast.
"""

from __future__ import annotations

import json
import shutil
import urllib.error
import urllib.request
import zipfile
from dataclasses import dataclass
from pathlib import Path, PurePosixPath

from workflow.errors import DossierError, InputError

PIVOT = "en"
INDEX_TIMEOUT_S = 20


class NetworkError(DossierError):
    """The package index or a download could not be reached. Exit 1: nothing was changed."""

    exit_code = 1


@dataclass(frozen=True)
class InstalledPackage:
    """One installed argos translate package (a folder with metadata.json)."""

    path: Path
    from_code: str
    to_code: str
    version: str
    from_name: str = ""
    to_name: str = ""
    target_prefix: str = ""
    kind: str = "translate"

    @property
    def name(self) -> str:
        """The argospm name, e.g. ``translate-en_fa``."""
        return f"{self.kind}-{self.from_code}_{self.to_code}"

    @property
    def label(self) -> str:
        """Name and version as recorded in draft provenance, e.g. ``translate-en_fa-1.9``."""
        return f"{self.name}-{self.version}" if self.version else self.name

    def size(self) -> int:
        return sum(p.stat().st_size for p in self.path.rglob("*") if p.is_file())


@dataclass(frozen=True)
class Route:
    """How to get from one language to another: one package, or two through English."""

    steps: tuple[InstalledPackage, ...]

    @property
    def label(self) -> str:
        return "+".join(step.label for step in self.steps)

    @property
    def pivot(self) -> str | None:
        return self.steps[0].to_code if len(self.steps) > 1 else None


def _settings():
    from argostranslate import settings

    return settings


def packages_dirs() -> list[Path]:
    """Where argos looks for packages, the first one being where installs go."""
    settings = _settings()
    main = Path(settings.get_setting("ARGOS_PACKAGES_DIR", default=settings.data_dir / "packages"))
    extra = [p for p in settings.package_dirs[1:] if p != main]  # snap-bundled folders
    return [main, *extra]


def install_dir() -> Path:
    return packages_dirs()[0]


def _read_package(folder: Path) -> InstalledPackage | None:
    meta_path = folder / "metadata.json"
    try:
        meta = json.loads(meta_path.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return None
    if not isinstance(meta, dict) or not meta.get("from_code") or not meta.get("to_code"):
        return None
    return InstalledPackage(
        path=folder,
        from_code=str(meta["from_code"]),
        to_code=str(meta["to_code"]),
        version=str(meta.get("package_version", "")),
        from_name=str(meta.get("from_name", "")),
        to_name=str(meta.get("to_name", "")),
        target_prefix=str(meta.get("target_prefix", "")),
        kind=str(meta.get("type", "translate")),
    )


def installed_packages() -> list[InstalledPackage]:
    """Installed translate packages, sorted by name (the first folder wins on duplicates)."""
    found: dict[str, InstalledPackage] = {}
    for directory in packages_dirs():
        if not directory.is_dir():
            continue
        for folder in sorted(directory.iterdir()):
            pkg = _read_package(folder) if folder.is_dir() else None
            if pkg and pkg.kind == "translate" and pkg.name not in found:
                found[pkg.name] = pkg
    return sorted(found.values(), key=lambda p: p.name)


def find_route(
    from_code: str, to_code: str, packages: list[InstalledPackage] | None = None
) -> Route | None:
    """A direct package, else a pivot through English; None when neither is installed."""
    packages = installed_packages() if packages is None else packages
    by_pair = {(p.from_code, p.to_code): p for p in packages}
    if (from_code, to_code) in by_pair:
        return Route((by_pair[from_code, to_code],))
    first, second = by_pair.get((from_code, PIVOT)), by_pair.get((PIVOT, to_code))
    if first and second:
        return Route((first, second))
    return None


def install_hint(from_code: str, to_code: str) -> str:
    return f"dossier models install {from_code} {to_code}"


def _package_root(archive: zipfile.ZipFile, path: Path) -> str:
    """The single top folder holding metadata.json; refuses unsafe or malformed archives."""
    roots = set()
    for name in archive.namelist():
        pure = PurePosixPath(name)
        if pure.is_absolute() or ".." in pure.parts or "\\" in name:
            raise InputError(f"unsafe path in package archive: {name}", path)
        roots.add(pure.parts[0])
    if len(roots) != 1:
        raise InputError("not an argos package: expected one top folder in the archive", path)
    root = roots.pop()
    if f"{root}/metadata.json" not in archive.namelist():
        raise InputError("not an argos package: no metadata.json in its folder", path)
    meta = json.loads(archive.read(f"{root}/metadata.json").decode("utf-8"))
    if not isinstance(meta, dict) or not meta.get("from_code") or not meta.get("to_code"):
        raise InputError("not an argos package: metadata.json lacks from_code/to_code", path)
    has_model = any(n.startswith(f"{root}/model/") for n in archive.namelist())
    if not has_model:
        raise InputError("not an argos package: no model/ folder", path)
    return root


def install_file(path: Path) -> InstalledPackage:
    """Install a downloaded ``.argosmodel`` (offline); replaces an installed same-pair package."""
    path = Path(path)
    if not path.is_file():
        raise InputError("no such file", path)
    if not zipfile.is_zipfile(path):
        raise InputError("not an argos package (must be a zip archive, .argosmodel)", path)
    from argostranslate import package as argos_package

    target = install_dir()
    target.mkdir(parents=True, exist_ok=True)
    with zipfile.ZipFile(path) as archive:
        try:
            root = _package_root(archive, path)
        except (ValueError, UnicodeDecodeError) as exc:
            raise InputError(f"not an argos package: bad metadata.json ({exc})", path) from exc
        staging = target / f".{root}.installing"
        shutil.rmtree(staging, ignore_errors=True)
        with argos_package.package_lock:
            archive.extractall(staging)
            new = _read_package(staging / root)
            assert new is not None
            for old in installed_packages():
                if old.name == new.name and old.path.parent == target:
                    shutil.rmtree(old.path)
            final = target / root
            shutil.rmtree(final, ignore_errors=True)
            (staging / root).rename(final)
            shutil.rmtree(staging, ignore_errors=True)
    result = _read_package(final)
    assert result is not None
    return result


def index_base() -> str:
    """The package index location, read now (``ARGOS_PACKAGE_INDEX`` or settings.json)."""
    settings = _settings()
    return str(settings.get_setting("ARGOS_PACKAGE_INDEX", default=settings.package_index))


def _fetch(url: str) -> bytes:
    request = urllib.request.Request(url, headers={"User-Agent": "ArgosTranslate"})
    with urllib.request.urlopen(request, timeout=INDEX_TIMEOUT_S) as response:
        return response.read()


def install_pair(from_code: str, to_code: str) -> InstalledPackage:
    """Download the package for a pair from the argos package index and install it."""
    settings = _settings()
    index_url = index_base().rstrip("/") + "/index.json"
    offline = (
        f"cannot reach the argos package index ({index_url}); offline? "
        f"download translate-{from_code}_{to_code}.argosmodel on another machine and run "
        "`dossier models install FILE.argosmodel`"
    )
    try:
        index = json.loads(_fetch(index_url).decode("utf-8"))
    except (urllib.error.URLError, OSError, ValueError) as exc:
        raise NetworkError(offline) from exc
    if not isinstance(index, list):
        raise NetworkError(f"unexpected package index format at {index_url}")
    index = [meta for meta in index if isinstance(meta, dict)]
    choices = [
        meta for meta in index
        if meta.get("type", "translate") == "translate"
        and meta.get("from_code") == from_code and meta.get("to_code") == to_code
    ]
    if not choices:
        pairs = sorted(
            f"{m.get('from_code')}->{m.get('to_code')}" for m in index
            if m.get("from_code") == from_code or m.get("to_code") == to_code
        )
        hint = f"; related: {', '.join(pairs)}" if pairs else ""
        raise InputError(f"the argos package index has no {from_code}->{to_code} package{hint}")
    meta = choices[-1]
    last_error: Exception | None = None
    for url in meta.get("links", []):
        try:
            data = _fetch(url)
            break
        except (urllib.error.URLError, OSError) as exc:
            last_error = exc
    else:
        raise NetworkError(f"download failed for translate-{from_code}_{to_code}: {last_error}")
    downloads = Path(settings.downloads_dir)
    downloads.mkdir(parents=True, exist_ok=True)
    archive = downloads / f"translate-{from_code}_{to_code}.argosmodel"
    archive.write_bytes(data)
    try:
        return install_file(archive)
    finally:
        archive.unlink(missing_ok=True)


def remove(name: str) -> InstalledPackage:
    """Remove an installed package by argospm name (``translate-en_fa``), label or folder."""
    for pkg in installed_packages():
        if name in (pkg.name, pkg.label, pkg.path.name, f"{pkg.from_code}_{pkg.to_code}"):
            from argostranslate import package as argos_package

            with argos_package.package_lock:
                shutil.rmtree(pkg.path)
            return pkg
    known = ", ".join(p.name for p in installed_packages()) or "none installed"
    raise InputError(f"no installed package named {name!r} (installed: {known})")
