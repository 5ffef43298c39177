"""Segmenter benchmark: golden-rule score and speed, ours against pySBD, in the same run.

Run by hand (not part of the test suite)::

    .venv/bin/python bench/bench_segment.py [--repeat N] [--seeds DIR]

Quality: the 52 English golden rules (tests/data/golden_en.jsonl), whitespace-normalised,
with the failing cases listed for each segmenter. Speed: sentences per second on the same
corpus for both (golden texts + the statements: ../shared/seeds/*.txt and sources/*.md when
present), split into paragraphs and repeated to a decent size; the ratio is printed.
Targets: score >= pySBD's, speed >= 5x pySBD's.
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from collections.abc import Callable
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))

from workflow.segment import split_sentences  # noqa: E402

GOLDEN = REPO / "tests" / "data" / "golden_en.jsonl"
SEEDS = REPO.parent / "shared" / "seeds"

Segmenter = Callable[[str], list[str]]


def _norm(sentences: list[str]) -> list[str]:
    return [" ".join(s.split()) for s in sentences if s.strip()]


def golden_score(name: str, segment: Segmenter, cases: list[dict]) -> int:
    """Print and return how many golden cases ``segment`` gets exactly right."""
    failed = []
    for case in cases:
        if _norm(segment(case["text"])) != _norm(case["expected"]):
            failed.append(case)
    passed = len(cases) - len(failed)
    print(f"{name:8} golden rules: {passed}/{len(cases)}")
    if not failed:
        print("    fails none")
    for case in failed:
        print(f"    fails #{case['id']:02d} {case['name']}: {segment(case['text'])!r}")
    return passed


def corpus(seeds: Path, cases: list[dict], target_chars: int) -> list[str]:
    """Paragraphs of the golden texts and the statements, repeated to ``target_chars``."""
    texts = [case["text"] for case in cases]
    files = sorted(seeds.glob("*.txt")) if seeds.is_dir() else []
    files += sorted((REPO / "sources").glob("*.md"))
    for path in files:
        body = path.read_text(encoding="utf-8")
        if body.startswith("---\n"):  # sources/*.md: skip the YAML front matter
            body = body.split("\n---\n", 1)[-1]
        texts += [p for p in body.split("\n\n") if p.strip()]
    base = sum(len(t) for t in texts)
    if not base:
        return []
    return texts * max(1, target_chars // base)


def speed(segment: Segmenter, paragraphs: list[str], rounds: int) -> tuple[int, float]:
    """(sentences, best seconds over ``rounds``) for segmenting every paragraph."""
    best = float("inf")
    count = 0
    for _ in range(rounds):
        t0 = time.perf_counter()
        count = sum(len(segment(p)) for p in paragraphs)
        best = min(best, time.perf_counter() - t0)
    return count, best


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n", 1)[0])
    parser.add_argument("--chars", type=int, default=400_000, help="corpus size in characters")
    parser.add_argument("--rounds", type=int, default=3, help="timing rounds (best is kept)")
    parser.add_argument("--seeds", type=Path, default=SEEDS, help="folder of raw statements")
    args = parser.parse_args(argv)

    import pysbd

    cases = [json.loads(line) for line in GOLDEN.read_text(encoding="utf-8").splitlines() if line]
    pysbd_seg = pysbd.Segmenter(language="en", clean=False)

    def ours(text: str) -> list[str]:
        return split_sentences(text, "en")

    def theirs(text: str) -> list[str]:
        return [s.strip() for s in pysbd_seg.segment(text) if s.strip()]

    print("== quality (Pragmatic Segmenter English golden rules)")
    our_score = golden_score("ours", ours, cases)
    their_score = golden_score("pysbd", theirs, cases)

    paragraphs = corpus(args.seeds, cases, args.chars)
    chars = sum(len(p) for p in paragraphs)
    print(f"\n== speed ({len(paragraphs)} paragraphs, {chars:,} characters)")
    our_n, our_t = speed(ours, paragraphs, args.rounds)
    their_n, their_t = speed(theirs, paragraphs, max(1, args.rounds - 2))
    our_rate, their_rate = our_n / our_t, their_n / their_t
    print(f"ours     {our_n:7d} sentences in {our_t:7.3f} s = {our_rate:10,.0f} sentences/s")
    print(f"pysbd    {their_n:7d} sentences in {their_t:7.3f} s = {their_rate:10,.0f} sentences/s")
    ratio = our_rate / their_rate
    print(f"\nspeed ratio ours/pysbd: {ratio:.1f}x (target >= 5x)")
    print(f"golden: ours {our_score}/{len(cases)} vs pysbd {their_score}/{len(cases)}")
    ok = our_score >= their_score and ratio >= 5
    print("targets met" if ok else "TARGETS NOT MET")
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
