"""Benchmark: extract + update on a generated corpus, first run vs. an unchanged second run.

    .venv/bin/python bench/bench_catalog.py [--statements 1000] [--keep DIR]

Generates N statements (default 1,000) in a temporary project with five languages
(fa, ar, fr, de, es), then times ``dossier update`` (which extracts first) three times:
the first run (creates every template and catalog), a second run with nothing changed (must
skip unchanged work via content hashes) and a run after editing one statement. Prints the
times and the ratio second/first.
"""

from __future__ import annotations

import argparse
import random
import shutil
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from workflow.catalog.update import update  # noqa: E402
from workflow.config import find_project  # noqa: E402

LANGUAGES = ["fa", "ar", "fr", "de", "es"]
WORDS = str.split("prisoners political families regime court execution decree massacre government "
         "authorities victims witnesses evidence prison summer committee international rights "
         "justice truth accountability organisations members thousands graves memory crimes "
         "statement commission investigation survivors relatives security forces")
VERBS = str.split("arrested executed condemned demanded remembered documented denied released")
NAMES = str.split("Tehran Khomeini Montazeri Evin Gohardasht Khavaran Amnesty Geneva Iran Europe")
MONTHS = str.split("January February March April May June July August September October")


def sentence(rng: random.Random) -> str:
    words = rng.sample(WORDS, rng.randint(4, 14))
    parts = [rng.choice(["The", "Many", "Several", "Our"]), *words[:3], rng.choice(VERBS),
             *words[3:], "in", rng.choice(NAMES), "on", str(rng.randint(1, 28)),
             rng.choice(MONTHS), str(rng.randint(1979, 2024))]
    if rng.random() < 0.3:
        parts += ["and", f"{rng.randint(2, 30)},000", "others"]
    return " ".join(parts) + rng.choice([".", ".", ".", "!"])


def statement(rng: random.Random, index: int) -> str:
    body = [f"# Statement {index} on {rng.choice(WORDS)} and {rng.choice(WORDS)}", ""]
    for _ in range(rng.randint(4, 8)):
        if rng.random() < 0.3:
            body += [f"## {rng.choice(NAMES)} {rng.choice(WORDS)}", ""]
        body += [" ".join(sentence(rng) for _ in range(rng.randint(2, 6))), ""]
    body += [f"- {sentence(rng)}" for _ in range(3)] + [""]
    body += ["<!-- signatures -->", f"{rng.choice(NAMES)} Committee", "5 October 2013"]
    front = f"---\ntitle: Statement {index}\ndate: '2020-08-20'\nimported: '2026-11-22'\n---\n"
    return front + "\n".join(body) + "\n"


def timed(project) -> float:
    start = time.perf_counter()
    update(project, LANGUAGES)
    return time.perf_counter() - start


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--statements", type=int, default=1000)
    parser.add_argument("--keep", type=Path, help="build the corpus here and keep it")
    args = parser.parse_args()
    root = args.keep or Path(tempfile.mkdtemp(prefix="bench-catalog-"))
    try:
        (root / "sources").mkdir(parents=True, exist_ok=True)
        (root / "dossier.toml").write_text(f"[tool.dossier]\nlanguages = {LANGUAGES}\n")
        rng = random.Random(1988)
        for i in range(args.statements):
            (root / "sources" / f"statement-{i:04d}.md").write_text(statement(rng, i))
        project = find_project(root)
        first = timed(project)
        entries = sum(p.read_text().count("\nmsgid ") for p in project.templates.glob("*.pot"))
        second = timed(project)
        edited = project.source_path("statement-0000")
        edited.write_text(edited.read_text().replace(" on ", " not on ", 1))
        third = timed(project)
        print(f"corpus: {args.statements} statements x {len(LANGUAGES)} languages, "
              f"{entries} template entries, {args.statements * (1 + len(LANGUAGES))} files")
        print(f"first run (extract + update, all files created): {first:8.2f} s")
        print(f"second run (nothing changed, hashes only):         {second:8.2f} s")
        print(f"third run (one statement edited):                  {third:8.2f} s")
        print(f"ratio second/first: {second / first:.3f} ({first / second:.0f}x faster)")
    finally:
        if not args.keep:
            shutil.rmtree(root, ignore_errors=True)


if __name__ == "__main__":
    main()
