"""Build small but genuine argos packages (``.argosmodel``) for tests and benchmarks.

A package is what argospm installs: a zip of one folder holding ``metadata.json``,
``sentencepiece.model`` and a CTranslate2 model in ``model/``. Two kinds of model:

* ``copy``: a crafted one-layer Transformer whose weights copy the source sentence token by
  token (cross-attention matches one-hot positions, values carry one-hot tokens). Running it
  through the real CTranslate2 beam search returns the input, so tests can check what the
  draft pipeline does around the model (glossary placeholders, numbers) on real decoder output.
* ``random``: random weights with the architecture of argos en->X packages (6+6 layers,
  d_model 512, 8 heads, FFN 2048, sinusoidal positions, shared vocabulary, int8): for speed.

Nothing here is product code; the product only ever runs packages it finds installed.
"""

from __future__ import annotations

import atexit
import functools
import io
import json
import shutil
import tempfile
import zipfile
from pathlib import Path

import ctranslate2
import numpy as np
import sentencepiece as spm
from ctranslate2.specs import transformer_spec

ENGLISH_TEXT = """\
Human rights defenders were arrested in Tehran on 12 March 2024.
The organisation calls for the immediate release of all prisoners of conscience.
In 1988, thousands of political prisoners were executed in Evin and Gohardasht prisons.
The death commission sent about 30,000 people to their deaths in a few weeks.
Families still do not know where their loved ones are buried.
We, the undersigned organisations, urge the United Nations to establish accountability.
Amnesty International and Human Rights Watch documented the mass graves.
The authorities have denied access to lawyers and independent doctors.
Women and girls face discrimination in law and in practice.
Journalists, students and workers were sentenced to long prison terms.
The 2nd anniversary of the protests will be marked on 16 September.
More than 500 people were killed and 22,000 arrested, according to the reports.
"""


def train_sentencepiece(text: str, vocab_size: int) -> bytes:
    """A unigram sentencepiece model trained on ``text`` (one sentence per line)."""
    sink = io.BytesIO()
    spm.SentencePieceTrainer.train(
        sentence_iterator=iter([line for line in text.splitlines() if line.strip()]),
        model_writer=sink,
        vocab_size=vocab_size,
        model_type="unigram",
        character_coverage=1.0,
        hard_vocab_limit=False,
        minloglevel=2,
    )
    return sink.getvalue()


def _zeros_layer(layer, d: int, ffn: int, cross: bool) -> None:
    """A residual block that adds nothing: zero output projections, identity layer norms."""
    for norm in [layer.self_attention.layer_norm, layer.ffn.layer_norm]:
        norm.gamma = np.ones(d, np.float32)
        norm.beta = np.zeros(d, np.float32)
    layer.self_attention.linear[0].weight = np.zeros((3 * d, d), np.float32)
    layer.self_attention.linear[1].weight = np.zeros((d, d), np.float32)
    layer.ffn.linear_0.weight = np.zeros((ffn, d), np.float32)
    layer.ffn.linear_1.weight = np.zeros((d, ffn), np.float32)
    if cross:
        layer.attention.layer_norm.gamma = np.ones(d, np.float32)
        layer.attention.layer_norm.beta = np.zeros(d, np.float32)


def copy_model_spec(vocab: list[str], max_positions: int = 256) -> transformer_spec.TransformerSpec:
    """A 1+1 layer Transformer that copies its input (see module docstring)."""
    v, p = len(vocab), max_positions
    d = v + p + ((v + p) % 2)
    ffn = 8
    spec = transformer_spec.TransformerSpec.from_config((1, 1), 1)
    spec.config.add_source_eos = True  # copying the source's </s> ends the output
    tok = np.zeros((v, d), np.float32)
    tok[np.arange(v), np.arange(v)] = 1.0
    pos = np.zeros((p, d), np.float32)
    pos[np.arange(p), v + np.arange(p)] = 1.0
    enc, dec = spec.encoder, spec.decoder
    enc.embeddings[0].weight = tok
    enc.scale_embeddings = False
    enc.position_encodings.encodings = pos
    enc.layer_norm.gamma, enc.layer_norm.beta = np.ones(d, np.float32), np.zeros(d, np.float32)
    _zeros_layer(enc.layer[0], d, ffn, cross=False)
    dec.embeddings.weight = np.zeros((v, d), np.float32)
    dec.scale_embeddings = False
    dec.position_encodings.encodings = pos
    dec.layer_norm.gamma, dec.layer_norm.beta = np.ones(d, np.float32), np.zeros(d, np.float32)
    layer = dec.layer[0]
    _zeros_layer(layer, d, ffn, cross=True)
    query = np.zeros((d, d), np.float32)
    query[v + np.arange(p), v + np.arange(p)] = 4.0  # decoder position p asks for source position p
    keys_values = np.zeros((2 * d, d), np.float32)
    keys_values[v + np.arange(p), v + np.arange(p)] = 1.0  # keys: source positions
    keys_values[d + np.arange(v), np.arange(v)] = 1.0  # values: source tokens
    out = np.zeros((d, d), np.float32)
    out[np.arange(v), np.arange(v)] = 4.0
    layer.attention.linear[0].weight = query
    layer.attention.linear[1].weight = keys_values
    layer.attention.linear[2].weight = out
    projection = np.zeros((v, d), np.float32)
    projection[np.arange(v), np.arange(v)] = 3.0
    dec.projection.weight = projection
    spec.register_source_vocabulary(vocab)
    spec.register_target_vocabulary(vocab)
    return spec


def random_model_spec(
    vocab: list[str],
    layers: int = 6,
    d_model: int = 512,
    heads: int = 8,
    ffn: int = 2048,
    seed: int = 0,
) -> transformer_spec.TransformerSpec:
    """Random weights in the shape of an argos en->X Transformer (pre-norm, shared vocab)."""
    rng = np.random.default_rng(seed)
    v, d = len(vocab), d_model

    def mat(rows: int, cols: int) -> np.ndarray:
        return (rng.standard_normal((rows, cols)) / np.sqrt(cols)).astype(np.float32)

    def vec(n: int, one: bool = False) -> np.ndarray:
        return np.ones(n, np.float32) if one else np.zeros(n, np.float32)

    def norm(spec_norm) -> None:
        spec_norm.gamma, spec_norm.beta = vec(d, True), vec(d)

    spec = transformer_spec.TransformerSpec.from_config((layers, layers), heads)
    enc, dec = spec.encoder, spec.decoder
    enc.embeddings[0].weight = mat(v, d)
    dec.embeddings.weight = mat(v, d)
    norm(enc.layer_norm)
    norm(dec.layer_norm)
    for layer in [*enc.layer, *dec.layer]:
        norm(layer.self_attention.layer_norm)
        norm(layer.ffn.layer_norm)
        layer.self_attention.linear[0].weight = mat(3 * d, d)
        layer.self_attention.linear[0].bias = vec(3 * d)
        layer.self_attention.linear[1].weight = mat(d, d)
        layer.self_attention.linear[1].bias = vec(d)
        layer.ffn.linear_0.weight = mat(ffn, d)
        layer.ffn.linear_0.bias = vec(ffn)
        layer.ffn.linear_1.weight = mat(d, ffn)
        layer.ffn.linear_1.bias = vec(d)
    for layer in dec.layer:
        norm(layer.attention.layer_norm)
        layer.attention.linear[0].weight = mat(d, d)
        layer.attention.linear[0].bias = vec(d)
        layer.attention.linear[1].weight = mat(2 * d, d)
        layer.attention.linear[1].bias = vec(2 * d)
        layer.attention.linear[2].weight = mat(d, d)
        layer.attention.linear[2].bias = vec(d)
    dec.projection.weight = mat(v, d)
    dec.projection.bias = vec(v)
    spec.register_source_vocabulary(vocab)
    spec.register_target_vocabulary(vocab)
    return spec


def build_package(
    out_dir: Path,
    *,
    from_code: str = "en",
    to_code: str = "fa",
    version: str = "1.0",
    kind: str = "copy",
    text: str = ENGLISH_TEXT,
    vocab_size: int = 200,
    quantization: str | None = None,
    pad_vocab_to: int = 0,
    **model_options: int,
) -> Path:
    """Write ``translate-<from>_<to>-<version>.argosmodel`` into ``out_dir``; return its path."""
    out_dir = Path(out_dir)
    name = f"translate-{from_code}_{to_code}-{version.replace('.', '_')}"
    folder = out_dir / name
    (folder / "model").mkdir(parents=True, exist_ok=True)
    sp_bytes = train_sentencepiece(text, vocab_size)
    (folder / "sentencepiece.model").write_bytes(sp_bytes)
    processor = spm.SentencePieceProcessor(model_proto=sp_bytes)
    vocab = [processor.id_to_piece(i) for i in range(processor.get_piece_size())]
    # A small corpus cannot give a 32k sentencepiece vocabulary; pad the model's vocabulary so
    # the output layer (the costly part of each decoding step) has the real size.
    vocab += [f"<extra_{i}>" for i in range(max(0, pad_vocab_to - len(vocab)))]
    if kind == "copy":
        spec = copy_model_spec(vocab, **model_options)
    elif kind == "random":
        spec = random_model_spec(vocab, **model_options)
    else:
        raise ValueError(f"unknown model kind {kind!r}")
    spec.validate()
    spec.optimize(quantization=quantization)
    spec.save(str(folder / "model"))
    metadata = {
        "package_version": version,
        "argos_version": "1.9",
        "from_code": from_code,
        "from_name": "English" if from_code == "en" else from_code,
        "to_code": to_code,
        "to_name": {"fa": "Persian", "en": "English"}.get(to_code, to_code),
        "type": "translate",
        "links": [],
    }
    (folder / "metadata.json").write_text(json.dumps(metadata, indent=2), encoding="utf-8")
    (folder / "README.md").write_text(f"Test package ({kind} model).\n", encoding="utf-8")
    archive = out_dir / f"{name}.argosmodel"
    with zipfile.ZipFile(archive, "w", zipfile.ZIP_DEFLATED) as zf:
        for path in sorted(folder.rglob("*")):
            if path.is_file():
                zf.write(path, path.relative_to(out_dir).as_posix())
    return archive


def check_copy(package_dir: Path, sentence: str) -> str:
    """Translate one sentence with the raw model (a sanity check for the fixture itself)."""
    processor = spm.SentencePieceProcessor(model_file=str(package_dir / "sentencepiece.model"))
    translator = ctranslate2.Translator(str(package_dir / "model"), device="cpu")
    tokens = processor.encode(sentence, out_type=str)
    result = translator.translate_batch([tokens], beam_size=4, replace_unknowns=True)
    return processor.decode_pieces(result[0].hypotheses[0])


@functools.lru_cache(maxsize=1)
def copy_archives() -> dict[str, Path]:
    """Copy-model packages built once per test process: en->fa (long positions), de->en."""
    out = Path(tempfile.mkdtemp(prefix="dossier-argos-"))
    atexit.register(shutil.rmtree, out, True)
    return {
        "en_fa": build_package(out / "en_fa", max_positions=640),
        "de_en": build_package(out / "de_en", from_code="de", to_code="en", version="0.9"),
    }
