"""Project settings: ``[tool.dossier]`` in ``pyproject.toml`` or a ``dossier.toml``.

Found from the current folder upwards, as ruff, black and pytest find theirs.
"""

from __future__ import annotations

import tomllib
from dataclasses import dataclass, field
from pathlib import Path

from workflow.errors import ConfigError

DEFAULT_LANGUAGES = ("fa", "ar", "fr", "de", "es")


@dataclass(frozen=True)
class Project:
    """Where a project's files live and which languages it serves."""

    root: Path
    source_language: str = "en"
    languages: tuple[str, ...] = DEFAULT_LANGUAGES
    sources_dir: Path = field(default=Path("sources"))
    locales_dir: Path = field(default=Path("locales"))
    output_dir: Path = field(default=Path("output"))
    name: str = "dossier"
    bugs_address: str = ""
    team: str = "Dossier translation team"
    config_file: Path | None = None
    # ``min-translated``: share of words (percent) with a translation or draft before
    # ``dossier build`` writes a PDF; per language, "default" for the others.
    min_translated: tuple[tuple[str, float], ...] = ()

    def min_translated_for(self, lang: str) -> float:
        """The ``min-translated`` percentage of ``lang`` (0: something must be drafted)."""
        table = dict(self.min_translated)
        return table.get(lang, table.get("default", 0.0))

    @property
    def sources(self) -> Path:
        return self.root / self.sources_dir

    @property
    def locales(self) -> Path:
        return self.root / self.locales_dir

    @property
    def output(self) -> Path:
        return self.root / self.output_dir

    @property
    def templates(self) -> Path:
        return self.locales / "templates"

    def pot_path(self, slug: str) -> Path:
        return self.templates / f"{slug}.pot"

    def po_path(self, lang: str, slug: str) -> Path:
        return self.locales / lang / "LC_MESSAGES" / f"{slug}.po"

    def glossary_path(self, lang: str) -> Path:
        return self.locales / lang / "glossary.csv"

    def source_path(self, slug: str) -> Path:
        return self.sources / f"{slug}.md"

    def slugs(self) -> list[str]:
        """Statements present in ``sources/``, sorted for deterministic output."""
        if not self.sources.is_dir():
            return []
        return sorted(p.stem for p in self.sources.glob("*.md"))

    def select_languages(self, spec: str | None) -> list[str]:
        """Parse a ``--lang fa,ar`` option; unknown languages are a usage error."""
        if not spec:
            return list(self.languages)
        wanted = [part.strip() for part in spec.split(",") if part.strip()]
        unknown = [lang for lang in wanted if lang not in self.languages]
        if unknown:
            raise ConfigError(
                f"language(s) {', '.join(unknown)} not configured; "
                f"configured: {', '.join(self.languages)} (edit [tool.dossier] languages)",
                self.config_file,
            )
        return wanted

    def relative(self, path: Path) -> str:
        """Path as shown in messages and written in references: relative to the root, POSIX."""
        try:
            return path.resolve().relative_to(self.root.resolve()).as_posix()
        except ValueError:
            return str(path)


def _read_settings(path: Path) -> dict | None:
    try:
        data = tomllib.loads(path.read_text(encoding="utf-8"))
    except tomllib.TOMLDecodeError as exc:
        raise ConfigError(f"invalid TOML: {exc}", path) from exc
    if path.name == "dossier.toml":
        return data.get("tool", {}).get("dossier", data)
    return data.get("tool", {}).get("dossier")


def find_project(start: Path | None = None) -> Project:
    """Walk up from ``start`` (default: cwd) to the first folder with dossier settings."""
    here = (start or Path.cwd()).resolve()
    for folder in (here, *here.parents):
        for name in ("dossier.toml", "pyproject.toml"):
            candidate = folder / name
            if candidate.is_file():
                settings = _read_settings(candidate)
                if settings is not None:
                    return project_from_settings(folder, settings, candidate)
    raise ConfigError(
        f"no dossier project found in {here} or its parents "
        "(add [tool.dossier] to pyproject.toml or create dossier.toml)"
    )


def _min_translated(value: object, config_file: Path | None) -> tuple[tuple[str, float], ...]:
    """``min-translated = 20`` or ``min-translated = {default = 1, ar = 50}``."""
    table = value if isinstance(value, dict) else {"default": value}
    out = []
    for lang, pct in table.items():
        if isinstance(pct, bool) or not isinstance(pct, int | float) or not 0 <= pct <= 100:
            raise ConfigError(f"'min-translated' for {lang!r} must be a percentage 0-100, "
                              f"not {pct!r}", config_file)
        out.append((str(lang), float(pct)))
    return tuple(sorted(out))


def project_from_settings(root: Path, settings: dict, config_file: Path | None = None) -> Project:
    """Validate raw settings into a Project."""
    known = {
        "source-language", "languages", "sources", "locales", "output",
        "name", "bugs-address", "team", "min-translated",
    }
    unknown = sorted(set(settings) - known)
    if unknown:
        names = ", ".join(unknown)
        raise ConfigError(f"unknown setting(s) in [tool.dossier]: {names}", config_file)
    languages = settings.get("languages", list(DEFAULT_LANGUAGES))
    if not isinstance(languages, list) or not all(isinstance(x, str) for x in languages):
        raise ConfigError("'languages' must be a list of language codes", config_file)
    return Project(
        min_translated=_min_translated(settings.get("min-translated", 0), config_file),
        root=root,
        source_language=settings.get("source-language", "en"),
        languages=tuple(languages),
        sources_dir=Path(settings.get("sources", "sources")),
        locales_dir=Path(settings.get("locales", "locales")),
        output_dir=Path(settings.get("output", "output")),
        name=settings.get("name", "dossier"),
        bugs_address=settings.get("bugs-address", ""),
        team=settings.get("team", "Dossier translation team"),
        config_file=config_file,
    )
