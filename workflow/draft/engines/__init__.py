"""Machine-translation engines behind one small protocol, chosen by name.

An engine turns a batch of sentences (glossary items already replaced by placeholders) into
target-language sentences for one language pair, and says what to record as provenance. The
draft pipeline does everything else (memory, glossary, numbers, marking, writing) the same way
for every engine, so drafts look alike whichever engine made them.

Adding an engine means one module with a factory ``create(settings) -> Engine`` plus one line in
:data:`REGISTRY`. Engines are imported only when chosen, so choosing the LibreTranslate engine
never loads CTranslate2 and ``dossier --help`` loads neither.

Settings come from ``[tool.dossier] engine`` (a name, or a table such as
``{ name = "libretranslate", url = "https://lt.example.org", api-key-env = "LT_API_KEY" }``),
overridden by ``dossier draft --engine/--url/--api-key-env``.
"""

from __future__ import annotations

import importlib
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Protocol

from workflow.errors import ConfigError, DossierError

# name -> "module:factory"; the factory takes EngineSettings and returns an Engine.
REGISTRY: dict[str, str] = {
    "argos": "workflow.draft.engines.argos:create",
    "libretranslate": "workflow.draft.engines.libretranslate:create",
}
MEMORY_ONLY = "memory"  # not an engine: translation memory only, nothing sent anywhere
DEFAULT_ENGINE = "argos"

Progress = Callable[[int], None]  # number of distinct sentences just finished


class EngineError(DossierError):
    """The engine failed while drafting (server unreachable or gone, bad answer). Exit 1;
    the message says which catalogs were written before the failure."""

    exit_code = 1


class EngineRefused(EngineError):
    """The engine refused our credentials or settings (a wrong API key). Exit 2."""

    exit_code = 2


class PairTranslator(Protocol):
    """One language pair, ready to translate."""

    label: str  # shown in messages: "translate-en_fa-1.9", "libretranslate at lt.example.org"
    provenance: dict[str, str]  # written into "# draft: machine; ..." (engine=, model=, ...)

    def translate(
        self, sentences: Sequence[str], on_progress: Progress | None = None
    ) -> list[str]:
        """Translations of ``sentences`` in order; ``on_progress(n)`` as batches finish."""
        ...


@dataclass(frozen=True)
class Unsupported:
    """The engine cannot translate this pair; ``hint`` tells the user what to do."""

    reason: str  # "no en->ar model installed"
    hint: str  # "run `dossier models install en ar`"


class Engine(Protocol):
    name: str
    # Distinct sentences the pipeline gathers (whole catalogs at a time) before one
    # ``translate`` call and the writing of those catalogs: large for a local model, which
    # batches best over many sentences; 1 (one catalog at a time) for a remote server, so a
    # server dying mid-run costs at most one catalog's work.
    group_sentences: int

    def pair(self, source: str, target: str) -> PairTranslator | Unsupported: ...


@dataclass(frozen=True)
class EngineSettings:
    """Which engine, with its options (``url``, ``api-key-env``, ``timeout``, ...)."""

    name: str = DEFAULT_ENGINE
    options: Mapping[str, Any] = field(default_factory=dict)
    source: Path | None = None  # the config file the options came from, for messages

    def option(self, key: str, default: Any = None) -> Any:
        return self.options.get(key, default)


def engine_settings(
    configured: str | Mapping[str, Any] | None,
    config_file: Path | None = None,
    *,
    name: str | None = None,
    **overrides: Any,
) -> EngineSettings:
    """Settings from ``[tool.dossier] engine``, then command-line ``name``/``overrides``.

    A ``--engine`` naming another engine than the configured one starts from no options.
    """
    if configured is None:
        base: dict[str, Any] = {}
    elif isinstance(configured, str):
        base = {"name": configured}
    elif isinstance(configured, Mapping):
        base = dict(configured)
    else:
        raise ConfigError("'engine' must be a name or a table such as "
                          '{ name = "libretranslate", url = "..." }', config_file)
    configured_name = base.pop("name", DEFAULT_ENGINE)
    if not isinstance(configured_name, str):
        raise ConfigError("engine 'name' must be a string", config_file)
    chosen = name or configured_name
    options = base if chosen == configured_name else {}
    options.update({k.replace("_", "-"): v for k, v in overrides.items() if v is not None})
    if chosen != MEMORY_ONLY and chosen not in REGISTRY:
        known = ", ".join([*REGISTRY, MEMORY_ONLY])
        raise ConfigError(f"unknown engine {chosen!r} (engines: {known})", config_file)
    return EngineSettings(chosen, options, config_file)


def create_engine(settings: EngineSettings) -> Engine | None:
    """The engine for ``settings``; None for ``memory`` (no machine translation)."""
    if settings.name == MEMORY_ONLY:
        return None
    module, _, factory = REGISTRY[settings.name].partition(":")
    return getattr(importlib.import_module(module), factory)(settings)


def check_options(settings: EngineSettings, known: Sequence[str]) -> None:
    """Unknown option names are a configuration error naming the file."""
    unknown = sorted(set(settings.options) - set(known))
    if unknown:
        raise ConfigError(f"unknown option(s) for engine {settings.name!r}: "
                          f"{', '.join(unknown)} (known: {', '.join(known) or 'none'})",
                          settings.source)
