"""The local engine: installed argos packages, run batched through CTranslate2 on this machine.

Routes (direct or through English) come from :mod:`workflow.draft.models`; the batched
translation itself is :mod:`workflow.draft.engine`, imported only when a sentence is actually
translated, so dry runs and memory-only runs never load CTranslate2.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field

from workflow.draft.engines import (
    EngineSettings,
    PairTranslator,
    Progress,
    Unsupported,
    check_options,
)
from workflow.draft.models import Route, find_route, install_hint

OPTIONS = ("max-decoding-length",)
GROUP_SENTENCES = 512  # one CTranslate2 stream over many statements batches best


@dataclass
class ArgosPair:
    route: Route
    options: dict = field(default_factory=dict)
    _translator: object = None

    @property
    def label(self) -> str:
        return self.route.label

    @property
    def provenance(self) -> dict[str, str]:
        fields = {"engine": "argos", "model": self.route.label}
        if self.route.pivot:
            fields["via"] = self.route.pivot
        return fields

    def translate(self, sentences: Sequence[str], on_progress: Progress | None = None
                  ) -> list[str]:
        if self._translator is None:
            from workflow.draft.engine import RouteTranslator  # loads ctranslate2 only now

            self._translator = RouteTranslator(self.route, **self.options)
        return self._translator.translate(sentences, on_progress)


class ArgosEngine:
    name = "argos"
    group_sentences = GROUP_SENTENCES

    def __init__(self, max_decoding_length: int | None = None):
        self.options = {"max_decoding_length": max_decoding_length} if max_decoding_length else {}
        self._pairs: dict[tuple[str, str], ArgosPair] = {}

    def pair(self, source: str, target: str) -> PairTranslator | Unsupported:
        route = find_route(source, target)
        if route is None:
            return Unsupported(f"no {source}->{target} model installed",
                               f"run `{install_hint(source, target)}`")
        known = self._pairs.get((source, target))
        if known is None or known.route != route:
            known = self._pairs[source, target] = ArgosPair(route, self.options)
        return known


def create(settings: EngineSettings) -> ArgosEngine:
    check_options(settings, OPTIONS)
    cap = settings.option("max-decoding-length")
    return ArgosEngine(int(cap) if cap else None)
