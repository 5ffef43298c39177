"""Batched machine translation through an installed argos package's own files.

argostranslate's ``translate()`` splits text into sentences (with models it downloads), then
calls CTranslate2 once per entry. Our catalogs are already one sentence per entry, so we load
the package's tokenizer (``sentencepiece.model``, or ``bpe.model`` for old packages) and its
CTranslate2 model (``model/``) ourselves and translate every pending sentence of a language in
one deduplicated, length-sorted stream of batches spread over all cores. Decoding options are
argos's (beam size ``ARGOS_BEAM_SIZE``, default 4; length penalty 0.2; unknown tokens
replaced from the source; the package's target prefix), so drafts read as argos would write them.

Long sentences are never truncated: ``max_input_length=0`` and a decoding limit that grows with
the longest input of each batch.
"""

from __future__ import annotations

import os
from collections.abc import Callable, Sequence
from dataclasses import dataclass

from workflow.draft.models import InstalledPackage, Route

LENGTH_PENALTY = 0.2  # argostranslate's value
CHUNK_SENTENCES = 512  # sentences handed to CTranslate2 per call


def cpu_count() -> int:
    try:
        return max(1, len(os.sched_getaffinity(0)))
    except AttributeError:  # not on Linux
        return max(1, os.cpu_count() or 1)


@dataclass(frozen=True)
class ThreadLayout:
    """CTranslate2 parallelism: ``inter`` batches at once, each on ``intra`` threads."""

    inter: int
    intra: int

    @classmethod
    def for_machine(cls, cores: int | None = None) -> ThreadLayout:
        """One worker per core: on small CPUs batch-level parallelism beats splitting matmuls.

        ``ARGOS_INTER_THREADS`` / ``ARGOS_INTRA_THREADS`` (environment or argos settings.json)
        override the choice when set.
        """
        from argostranslate import settings

        cores = cores or cpu_count()
        inter = settings.get_setting("ARGOS_INTER_THREADS")
        intra = settings.get_setting("ARGOS_INTRA_THREADS")
        if inter is None and intra is None:
            return cls(inter=cores, intra=1)
        inter_n = int(inter) if inter is not None else max(1, cores // max(1, int(intra or 1)))
        intra_n = int(intra) if intra is not None else max(1, cores // inter_n)
        return cls(inter=max(1, inter_n), intra=max(0, intra_n))


def beam_size() -> int:
    from argostranslate import settings

    return int(settings.get_setting("ARGOS_BEAM_SIZE", "4"))


class PackageTranslator:
    """One installed package, loaded once, translating lists of sentences in batches."""

    def __init__(
        self,
        package: InstalledPackage,
        layout: ThreadLayout | None = None,
        beam: int | None = None,
        max_batch_sentences: int = 16,
        max_decoding_length: int | None = None,
    ):
        import ctranslate2
        from argostranslate import settings

        self.package = package
        self.layout = layout or ThreadLayout.for_machine()
        self.beam = beam or beam_size()
        self.max_batch_sentences = max_batch_sentences
        self.max_decoding_length = max_decoding_length
        self.translator = ctranslate2.Translator(
            str(package.path / "model"),
            device=settings.device,
            inter_threads=self.layout.inter,
            intra_threads=self.layout.intra,
            compute_type=settings.compute_type,
        )
        self._encode, self._decode = _tokenizer(package)

    def translate(
        self, sentences: Sequence[str], on_progress: Callable[[int], None] | None = None
    ) -> list[str]:
        """Translations of ``sentences`` in order; each distinct sentence is translated once.

        ``on_progress(n)`` is called as batches finish, with the number of distinct sentences
        just translated; the counts add up to the number of distinct sentences.
        """
        unique = list(dict.fromkeys(sentences))
        tokens = self._encode(unique)
        order = sorted(range(len(unique)), key=lambda i: len(tokens[i]))
        done: dict[str, str] = {}
        for start in range(0, len(order), CHUNK_SENTENCES):
            chunk = order[start : start + CHUNK_SENTENCES]
            batch = [tokens[i] for i in chunk]
            outputs = (self.translate_tokens(batch, on_progress) if on_progress
                       else self.translate_tokens(batch))
            for i, out in zip(chunk, outputs, strict=True):
                done[unique[i]] = self._finish(out)
        return [done[s] for s in sentences]

    def translate_tokens(
        self, batch: list[list[str]], on_progress: Callable[[int], None] | None = None
    ) -> list[list[str]]:
        """Raw CTranslate2 call on pre-tokenised sentences, argos's decoding options.

        With ``on_progress`` the same call runs asynchronously (same batches, same results)
        and each finished batch is reported as it is collected.
        """
        if not batch:
            return []
        longest = max(len(t) for t in batch)
        limit = self.max_decoding_length or max(256, 2 * longest + 16)
        # Decoding dominates and costs per sentence, so batch by sentences (the input is sorted
        # by length, so batches need little padding): enough batches to keep every worker busy,
        # as large as possible otherwise.
        per_worker = -(-len(batch) // self.layout.inter)
        size = max(1, min(self.max_batch_sentences, per_worker))
        prefix = self.package.target_prefix
        results = self.translator.translate_batch(
            batch,
            target_prefix=[[prefix]] * len(batch) if prefix else None,
            max_batch_size=size,
            batch_type="examples",
            beam_size=self.beam,
            num_hypotheses=1,
            length_penalty=LENGTH_PENALTY,
            replace_unknowns=True,
            max_input_length=0,
            max_decoding_length=limit,
            asynchronous=on_progress is not None,
        )
        if on_progress is None:
            return [r.hypotheses[0] for r in results]
        hypotheses = []
        for start in range(0, len(results), size):
            hypotheses += [r.result().hypotheses[0] for r in results[start : start + size]]
            on_progress(min(size, len(results) - start))
        return hypotheses

    def _finish(self, tokens: list[str]) -> str:
        value = self._decode(tokens)
        prefix = self.package.target_prefix
        if prefix and value.startswith(prefix):
            value = value[len(prefix) :]
        return value.strip()


def _tokenizer(package: InstalledPackage):
    """(encode list[str] -> list[list[str]], decode list[str] -> str) for the package."""
    sp_path = package.path / "sentencepiece.model"
    if sp_path.exists():
        import sentencepiece

        processor = sentencepiece.SentencePieceProcessor(model_file=str(sp_path))

        def encode(texts: list[str]) -> list[list[str]]:
            return processor.encode(texts, out_type=str) if texts else []

        def decode(tokens: list[str]) -> str:
            return processor.decode_pieces(tokens).replace("\u2581", " ")

        return encode, decode
    bpe_path = package.path / "bpe.model"
    if bpe_path.exists():
        from argostranslate.tokenizer import BPETokenizer

        bpe = BPETokenizer(bpe_path, package.from_code, package.to_code)
        return (lambda texts: [bpe.encode(t) for t in texts]), bpe.decode
    raise FileNotFoundError(f"{package.path}: no sentencepiece.model or bpe.model")


class RouteTranslator:
    """A route's packages applied one after the other (pivot through English)."""

    def __init__(self, route: Route, **options):
        self.route = route
        self.steps = [PackageTranslator(step, **options) for step in route.steps]

    def translate(
        self, sentences: Sequence[str], on_progress: Callable[[int], None] | None = None
    ) -> list[str]:
        texts = list(sentences)
        for i, step in enumerate(self.steps):
            last = i == len(self.steps) - 1
            texts = step.translate(texts, on_progress if last else None)
        return texts


