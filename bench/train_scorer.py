"""Would a learned scorer decide the import's blocks better than the hand-weighted rules?

Run by hand (numpy only, about ten seconds)::

    PYTHONPATH=$PWD .venv/bin/python bench/train_scorer.py [--corpus DIR ...] [--misses]

The question behind it: the classifier's rules (workflow/importer/classifier.py) were weighted by
hand on the corpus, and on each batch of pages written after a tuning round they first lost
some substance and kept some furniture. Would weights *learned* from the annotations do better
on pages nobody tuned on?

Every block the rules decide on an annotated page (tests/data/import/corpus/, and each
``--corpus`` directory) is labelled from the page's annotations: *keep* when it holds a
must-keep sentence (or a line of one, hard-wrapped), *drop* when it holds a must-drop string;
blocks with neither (or both) teach nothing. Each block is described by the classifier's own
evidence (workflow/importer/features.py: sentence-likeness, furniture points by kind), its
context (neighbours, distance to the body, runs of short lines, place on the page, the HTML
extractor's kind) and, for the *stacked* models, the rules' verdict (keep, score, zone, role).
A logistic regression with an L2 penalty (Newton's method), the keep class weighted up (losing a
sentence costs more than keeping a line of furniture), replaces the rules' decision on every
block but titles and signature blocks (they feed the metadata).

Leave-one-split-out cross-validation: each split (dev, heldout, fresh, ... and a ``--corpus``
directory's splits) is imported whole with a model trained on the other splits and scored as
bench/bench_import.py scores it. The rules cannot be retrained per split: their row is their
figure after tuning on every bundled page, so the honest comparison for them is their
first-run figure on pages written later (docs/import.md); a ``--corpus`` directory of such
pages gives both under the same protocol. The product ships no learned scorer: on the pages
measured (docs/import.md) none of these models beat the rules.
"""

from __future__ import annotations

import argparse
import math
import re
import sys
from dataclasses import dataclass
from pathlib import Path

import numpy as np

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))
sys.path.insert(0, str(REPO / "tests"))

from import_corpus import CORPUS, Page, norm, pages, score  # noqa: E402

from workflow.importer import boilerplate, convert, read_raw  # noqa: E402
from workflow.importer import classifier as rules  # noqa: E402
from workflow.importer.classifier import Decision, bare  # noqa: E402
from workflow.importer.features import Features, measure  # noqa: E402
from workflow.importer.text import Line, list_marker, starts_lower  # noqa: E402
from workflow.source import parse_source, render_source  # noqa: E402

KEEP_WEIGHT = 3.0  # a lost sentence costs this many kept junk lines
L2 = 1.0
FIXED_ROLES = ("title", "signature", "subtitle")  # decided by the rules: they feed metadata
RULE_FEATURES = ("rule_keep", "rule_score", "zone_header", "zone_body", "zone_after",
                 "zone_title", "zone_footnote", "role_heading", "role_footnote")
_EVIDENCE = {
    "lexicon": "lexicon", "links": "links/addresses", "counter": "counter", "date": "date",
    "time": "time stamp", "digits": "digits", "separators": "menu separators",
    "form": "form field", "caption": "photo caption", "copyright": "copyright line",
    "emoji": "emoji", "hashtags": "hashtags", "run": "run of ", "repeated": "repeated on",
    "earlier": "removed from an earlier import",
}
_KINDS = ("paragraph", "heading", "list", "quote", "title")
_ZONES = ("header", "body", "after", "title", "footnote")
_CAPS = re.compile(r"^[^a-z]*[A-Z]{3}[^a-z]*$")


@dataclass
class Context:
    """What the classifier knew of a page when it decided its blocks."""

    lines: list[Line]
    content: list[int]
    feats: dict[int, Features]
    repeat: dict[int, tuple[float, list[str]]]
    body: tuple[int, int]
    title: int | None


def context(lines: list[Line], hints, result) -> Context | None:
    """The classifier's evidence, measured again as classify_lines measures it."""
    if result.body is None:
        return None
    hints = hints or rules.PageHints()
    content = [i for i, line in enumerate(lines) if line.text]
    feats = {i: measure(bare(lines[i].text)) for i in content}
    rules._runs(lines, content, feats)
    counts: dict[str, int] = {}
    for i in content:
        counts[rules.key(lines[i].text)] = counts.get(rules.key(lines[i].text), 0) + 1
    repeat = {i: rules._repetition(i, lines, feats, counts, hints) for i in content}
    rules._short_runs(lines, content, feats, repeat)
    return Context(lines, content, feats, repeat, result.body, result.title)


def _clip(x: float, lo: float = -3.0, hi: float = 3.0) -> float:
    return max(lo, min(hi, x))


def names() -> list[str]:
    """The features' names, in vector order."""
    out = ["bias", "sentence", "furniture", "soft", "hard", "words", "long", "terminal", "stop",
           "wrapped", "prose", "arabic", "other_script", "repeat", "list_marker", "lower",
           "caps", "colon_end", "ellipsis"]
    out += [f"ev_{k}" for k in _EVIDENCE]
    out += [f"kind_{k}" for k in _KINDS]
    out += ["before_title", "before_body", "in_body", "after_body", "dist_before", "dist_after",
            "position", "first_lines", "last_lines"]
    out += ["prev_prose", "next_prose", "near_sentence", "near_furniture", "near_short"]
    out += ["rule_keep", "rule_score"] + [f"zone_{z}" for z in _ZONES]
    return out + ["role_heading", "role_footnote"]


def vector(ctx: Context, pos: int, decision: Decision) -> list[float]:
    """The block at ``ctx.content[pos]``, described for the model."""
    i = ctx.content[pos]
    f = ctx.feats[i]
    text = ctx.lines[i].text
    rep, why = ctx.repeat[i]
    evidence = " | ".join(f.evidence + why)
    n = len(ctx.content)
    a, b = ctx.body
    apos = ctx.content.index(a) if a in ctx.content else 0
    bpos = ctx.content.index(b) if b in ctx.content else n - 1
    x = [1.0, _clip(f.sentence / 3), _clip(f.furniture / 3), _clip(f.soft / 3),
         _clip(f.hard / 3), math.log1p(f.words) / 3, float(f.words >= 20), float(f.terminal),
         f.stop, float(f.wrapped), float(f.prose), float(f.script == "arabic"),
         float(f.script == "other"), _clip(rep / 2), float(bool(list_marker(text))),
         float(starts_lower(text)), float(bool(_CAPS.match(text))),
         float(text.rstrip().endswith(":")), float(text.rstrip().endswith(("...", "…")))]
    x += [float(tag in evidence) for tag in _EVIDENCE.values()]
    x += [float(ctx.lines[i].kind == k) for k in _KINDS]
    title = ctx.title
    x += [float(title is not None and i < title), float(i < a), float(a <= i <= b),
          float(i > b), min(max(apos - pos, 0), 10) / 10, min(max(pos - bpos, 0), 10) / 10,
          pos / max(n - 1, 1), float(pos < 3), float(pos >= n - 3)]
    near = [ctx.content[k] for k in range(max(pos - 2, 0), min(pos + 3, n)) if k != pos]
    prev = ctx.feats[ctx.content[pos - 1]] if pos else None
    nxt = ctx.feats[ctx.content[pos + 1]] if pos + 1 < n else None
    x += [float(bool(prev and prev.prose)), float(bool(nxt and nxt.prose)),
          _clip(sum(ctx.feats[j].sentence for j in near) / max(len(near), 1) / 3),
          _clip(sum(ctx.feats[j].furniture for j in near) / max(len(near), 1) / 3),
          sum(1 for j in near if ctx.feats[j].words <= 4) / max(len(near), 1)]
    x += [float(decision.keep), _clip(decision.score / 5, -1.0, 1.0)]
    x += [float(decision.zone == z) for z in _ZONES]
    return x + [float(decision.role == "heading"), float(decision.role == "footnote")]


def _tokens(text: str) -> list[str]:
    return re.findall(r"\w+", norm(text).lower())


def label(page: Page, text: str) -> int | None:
    """1 keep, 0 drop, None unknown, from the page's annotations."""
    toks = _tokens(bare(text))
    if not toks:
        return None
    joined = " " + " ".join(toks) + " "
    keeps = [" " + " ".join(_tokens(k)) + " " for k in page.keep]
    keep = any(k in joined for k in keeps if k.strip())
    if not keep and len(toks) >= 4:  # a line of a wrapped sentence (its ends may be broken)
        inner = " " + " ".join(toks[1:-1]) + " "
        keep = any(inner in k for k in keeps)
    drops = [" " + " ".join(_tokens(d)) + " " for d in page.drop]
    drop = any(d in joined for d in drops if d.strip()) or \
        (len(toks) >= 2 and any(joined in d for d in drops))
    if keep == drop:
        return None
    return 1 if keep else 0


class Hooked:
    """boilerplate.classify_lines with something done to its decisions (record, rescore)."""

    def __init__(self, act) -> None:
        self.act = act
        self.original = boilerplate.classify_lines

    def __enter__(self):
        def classify(lines, hints=None):
            result = self.original(lines, hints)
            ctx = context(lines, hints, result)
            if ctx is not None:
                self.act(ctx, result.decisions)
            return result

        boilerplate.classify_lines = classify
        return self

    def __exit__(self, *exc) -> None:
        boilerplate.classify_lines = self.original


def _decided(ctx: Context, decisions: dict):
    for pos, i in enumerate(ctx.content):
        d = decisions.get(i)
        if d is not None and d.role not in FIXED_ROLES and d.zone != "title":
            yield pos, i, d


def collect(every: list[Page]) -> list[tuple[str, str, list[float], int, bool]]:
    """(page, split, vector, label, the rules' keep) for every labelled block."""
    rows = []
    page: Page | None = None

    def record(ctx: Context, decisions: dict) -> None:
        for pos, i, d in _decided(ctx, decisions):
            y = label(page, ctx.lines[i].text)
            if y is not None:
                rows.append((page.name, page.split, vector(ctx, pos, d), y, d.keep))

    with Hooked(record):
        for page in every:
            convert(read_raw(page.raw))
    return rows


def fit(rows: list, mask: list[bool], keep_weight: float = KEEP_WEIGHT,
        l2: float = L2) -> np.ndarray:
    """Logistic regression by Newton's method (IRLS), L2 on every weight but the bias; masked
    features held at zero."""
    X = np.array([r[2] for r in rows], dtype=float) * np.array(mask, dtype=float)
    y = np.array([r[3] for r in rows], dtype=float)
    sw = np.where(y == 1, keep_weight, 1.0)
    w = np.zeros(X.shape[1])
    reg = np.full(X.shape[1], l2)
    reg[0] = 1e-6
    reg[~np.array(mask)] = 1e6
    for _ in range(50):
        p = 1 / (1 + np.exp(-np.clip(X @ w, -30, 30)))
        step = np.linalg.solve((X * (sw * p * (1 - p))[:, None]).T @ X + np.diag(reg),
                               X.T @ (sw * (p - y)) + reg * w)
        w -= step
        if np.abs(step).max() < 1e-8:
            break
    return w


def rescorer(w: np.ndarray, threshold: float, sure: tuple[float, float] | None):
    """The model's decisions in place of the rules' (``sure``: only where the model is at least
    that sure, (drop below, keep above))."""
    def act(ctx: Context, decisions: dict) -> None:
        for pos, i, d in _decided(ctx, decisions):
            p = float(1 / (1 + np.exp(-np.clip(np.dot(w, vector(ctx, pos, d)), -30, 30))))
            keep = p >= threshold if sure is None else \
                (p >= sure[0] if d.keep else p >= sure[1])
            if keep != d.keep:
                decisions[i] = Decision(i, keep, p - threshold, d.zone, f"model p={p:.2f}",
                                        d.evidence)
    return act


def page_scores(split_pages: list[Page], act=None) -> tuple[int, int, int, int, list]:
    """Import the pages (the rules alone, or with ``act`` on their decisions) and score them."""
    kept = keep_total = dropped = drop_total = 0
    misses = []
    with Hooked(act or (lambda ctx, decisions: None)):
        for page in split_pages:
            conversion = convert(read_raw(page.raw))
            doc = parse_source(render_source(conversion.meta, conversion.body), Path("x.md"))
            meta = conversion.meta
            s = score(page, [b.text for b in doc.blocks], meta.get("title"), meta.get("date"),
                      list(meta.get("signatories") or []))
            kept, keep_total = kept + s.kept, keep_total + s.keep_total
            dropped, drop_total = dropped + s.dropped, drop_total + s.drop_total
            misses += [f"{page.name}: {m}" for m in s.misses
                       if m.startswith(("lost", "kept junk"))]
    return kept, keep_total, dropped, drop_total, misses


def _pct(a: int, b: int) -> str:
    return f"{100 * a / b:5.1f}%" if b else "  n/a"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--corpus", type=Path, action="append", default=[],
                        help="another directory of annotated pages (its splits join the CV)")
    parser.add_argument("--misses", action="store_true", help="list each variant's misses")
    args = parser.parse_args()
    every = pages("all", CORPUS) + [p for d in args.corpus for p in pages("all", d)]
    rows = collect(every)
    right = sum(r[4] == bool(r[3]) for r in rows)
    print(f"{len(rows)} labelled blocks ({sum(r[3] for r in rows)} keep) on {len(every)} "
          f"pages; the rules decide {right} of them right")
    full = [True] * len(names())
    evidence = [n not in RULE_FEATURES for n in names()]
    variants = {  # name: (features, keep weight, threshold, sure)
        "rules": None,
        "stacked": (full, KEEP_WEIGHT, 0.3, None),
        "stacked-sure": (full, 1.0, 0.5, (0.05, 0.9)),
        "evidence": (evidence, KEEP_WEIGHT, 0.3, None),
        "evidence-sure": (evidence, 1.0, 0.5, (0.05, 0.9)),
    }
    totals: dict[str, list[int]] = {}
    print(f"{'split':10} {'variant':14} {'substance':>10} {'boilerplate':>12}")
    for split in dict.fromkeys(p.split for p in every):
        held = [p for p in every if p.split == split]
        train = [r for r in rows if r[1] != split]
        for name, spec in variants.items():
            act = None
            if spec is not None:
                mask, keep_weight, threshold, sure = spec
                act = rescorer(fit(train, mask, keep_weight), threshold, sure)
            k, kt, d, dt, misses = page_scores(held, act)
            acc = totals.setdefault(name, [0, 0, 0, 0])
            for n, v in enumerate((k, kt, d, dt)):
                acc[n] += v
            print(f"{split:10} {name:14} {_pct(k, kt):>10} {_pct(d, dt):>12}")
            for miss in misses if args.misses else ():
                print(f"{'':10} {name:14} {miss}")
    for name, (k, kt, d, dt) in totals.items():
        print(f"{'all':10} {name:14} {_pct(k, kt):>10} {_pct(d, dt):>12}")


if __name__ == "__main__":
    main()
