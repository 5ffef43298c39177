"""Project settings: ``[tool.dossier]`` in ``pyproject.toml`` or a ``dossier.toml``.

Found from the current folder upwards, as ruff, black and pytest find theirs.
"""

from __future__ import annotations

import tomllib
from dataclasses import dataclass, field
from pathlib import Path

from workflow.draft.memory import DEFAULT_THRESHOLD
from workflow.errors import ConfigError
from workflow.names import check_language_syntax, check_slug, language_problem, slug_ok

DEFAULT_LANGUAGES = ("fa", "ar", "fr", "de", "es")
DEFAULT_WRAP = 79  # GNU gettext's page width


def parse_wrap(value: object, where: Path | None = None, name: str = "'wrap'") -> int | None:
    """``wrap = 79`` (a page width, as ``msgcat --width``) or ``"none"`` (``--no-wrap``)."""
    if isinstance(value, str) and value.strip().lower() in ("none", "no", "off"):
        return None
    if isinstance(value, bool) or not isinstance(value, int) or not 20 <= value <= 10_000:
        raise ConfigError(f"{name} must be a page width from 20 to 10000 or \"none\", "
                          f"not {value!r}", where)
    return value


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
    #: Page width of written catalogs (GNU's 79), or None for one line per string (no-wrap).
    wrap: int | None = DEFAULT_WRAP
    config_file: Path | None = None
    # [tool.dossier] engine: a name or a table, validated by workflow.draft.engines
    engine: str | dict | None = field(default=None, compare=False)
    #: Lowest near-match score (percent) ``dossier draft`` reuses from memory; 101: exact only.
    memory_threshold: int = DEFAULT_THRESHOLD
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

    # Every path built from a language code or a slug checks it first (workflow.names).
    def pot_path(self, slug: str) -> Path:
        return self.templates / f"{check_slug(slug)}.pot"

    def po_path(self, lang: str, slug: str) -> Path:
        return self.locales / check_language_syntax(lang) / "LC_MESSAGES" / f"{check_slug(slug)}.po"

    def glossary_path(self, lang: str) -> Path:
        return self.locales / check_language_syntax(lang) / "glossary.csv"

    def source_path(self, slug: str) -> Path:
        return self.sources / f"{check_slug(slug)}.md"

    def slugs(self) -> list[str]:
        """Statements present in ``sources/``, sorted for deterministic output."""
        if not self.sources.is_dir():
            return []
        found = sorted(p.stem for p in self.sources.glob("*.md") if not p.name.startswith("."))
        for slug in found:
            if not slug_ok(slug):
                check_slug(slug, self.relative(self.sources / f"{slug}.md"))
        return found

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


def _memory_threshold(value: object, where: Path | None) -> int:
    if isinstance(value, bool) or not isinstance(value, int) or not 0 <= value <= 101:
        raise ConfigError(f"'memory-threshold' must be a whole percentage from 0 to 101, "
                          f"not {value!r}", where)
    return value


def project_from_settings(root: Path, settings: dict, config_file: Path | None = None) -> Project:
    """Validate raw settings into a Project."""
    known = {
        "source-language", "languages", "sources", "locales", "output",
        "name", "bugs-address", "team", "wrap", "engine", "declared-languages", "min-translated",
        "memory-threshold",
    }
    unknown = sorted(set(settings) - known)
    if unknown:
        names = ", ".join(unknown)
        raise ConfigError(f"unknown setting(s) in [tool.dossier]: {names}", config_file)
    languages = settings.get("languages", list(DEFAULT_LANGUAGES))
    if not isinstance(languages, list) or not all(isinstance(x, str) for x in languages):
        raise ConfigError("'languages' must be a list of language codes", config_file)
    declared = settings.get("declared-languages", [])
    if not isinstance(declared, list) or not all(isinstance(x, str) for x in declared):
        raise ConfigError("'declared-languages' must be a list of language codes", config_file)
    source_language = settings.get("source-language", "en")
    for code in [source_language, *languages, *declared]:
        problem = language_problem(code, tuple(declared))
        if problem:
            raise ConfigError(problem, config_file)
    return Project(
        min_translated=_min_translated(settings.get("min-translated", 0), config_file),
        root=root,
        source_language=source_language,
        languages=tuple(languages),
        sources_dir=Path(settings.get("sources", "sources")),
        locales_dir=Path(settings.get("locales", "locales")),
        output_dir=Path(settings.get("output", "output")),
        name=settings.get("name", "dossier"),
        bugs_address=settings.get("bugs-address", ""),
        team=settings.get("team", "Dossier translation team"),
        wrap=parse_wrap(settings.get("wrap", DEFAULT_WRAP), config_file),
        config_file=config_file,
        engine=settings.get("engine"),
        memory_threshold=_memory_threshold(settings.get("memory-threshold", DEFAULT_THRESHOLD),
                                           config_file),
    )
