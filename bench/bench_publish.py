"""Benchmark ``dossier build``: the Persian side-by-side build against plain WeasyPrint.

Everything is measured in one run, in turns (baseline, build, baseline, build, ...; the best
of each kept), on the same data, so the figures compare as ratios across machines:

* **baseline**: plain one-column WeasyPrint (no tables, no checks) setting the same text as
  the dossier (every English block and its Persian translation as shown, titles included)
  with the same shipped fonts, one statement per page run;
* **build**: ``dossier build --lang fa -j 1 --force`` (every statement PDF and dossier.pdf) on
  the repository's five real statements and their Persian catalogs (team drafts), copied
  1x, 4x and 16x (5, 20, 80 statements);
* **edit**: one statement's catalog changed, then ``dossier build`` (no --force): that
  statement's PDF and the dossier are written again. "edit" changes a paragraph (the
  usual edit: the front matter and colophons come out as before and are read back from
  the build cache), "title" then changes the statement's title (shown in the contents and
  the colophons, which are laid out again); each ``turns`` times, another change each
  time, the best kept;
* **no change**: ``dossier build`` with nothing changed (and the size of dossier.pdf);
* **baseline, fixed** (``fix ms/p``, ``ratio*``): the same baseline with the one WeasyPrint
  fix dossier lays out with (``workflow.publish.linebox``: right-to-left lines laid out
  once, not twice), so the ratio can also be read against WeasyPrint as fixed. The target
  is the ratio to the plain baseline (``ratio``); ``ratio*`` says how much of it is the
  fix rather than dossier's own work.

Times are CPU seconds of this process (the build runs in it with ``-j 1``), so other jobs on
a shared machine do not distort them. Reported: pages/s, ms per page of dossier.pdf for the
build (the time of the whole build divided by the dossier's pages) and the baseline (per
page it set), their ratio, and the growth of ms per page from 1x to 16x. Targets (issue
14): ratio <= 2, 16x within 10% of 1x, edit rebuild < 25% of the full build.

The machine's load moves CPU times between runs (other jobs share its caches and cores), so
``--rounds N`` measures every scale N times, the scales taking turns, and prints the
medians; "ratio at 16x / 1x" compares each scale with the baseline measured beside it.

Run: .venv/bin/python bench/bench_publish.py [--scales 1,4,16] [--turns 2] [--rounds 1]
"""

from __future__ import annotations

import argparse
import contextlib
import html
import json
import os
import re
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import polib

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from workflow.config import find_project  # noqa: E402
from workflow.publish.model import gather  # noqa: E402
from workflow.publish.pipeline import BuildOptions, build  # noqa: E402

BASELINE_CSS = """
@page { size: A4; margin: 20mm 16mm 22mm 16mm; }
html { font-family: "Noto Serif", "Vazirmatn"; font-size: 10pt; line-height: 1.5; }
[dir="rtl"] { font-family: "Vazirmatn", "Noto Serif"; }
p { margin: 0 0 5pt 0; }
.statement { break-before: page; }
"""


def scaled_project(root: Path, copies: int) -> Path:
    """The repository's statements and Persian catalogs, ``copies`` times (distinct slugs)."""
    (root / "sources").mkdir(parents=True)
    (root / "dossier.toml").write_text('[tool.dossier]\nlanguages = ["fa"]\n')
    catalogs = root / "locales" / "fa" / "LC_MESSAGES"
    catalogs.mkdir(parents=True)
    for k in range(copies):
        for source in sorted((ROOT / "sources").glob("*.md")):
            slug = f"{source.stem}-{k:02d}" if copies > 1 else source.stem
            shutil.copy(source, root / "sources" / f"{slug}.md")
            po = ROOT / "locales" / "fa" / "LC_MESSAGES" / f"{source.stem}.po"
            if po.is_file():
                text = po.read_text(encoding="utf-8")
                (catalogs / f"{slug}.po").write_text(
                    text.replace(f"sources/{source.stem}.md", f"sources/{slug}.md"),
                    encoding="utf-8")
    return root


def baseline_html(project) -> str:
    """The dossier's text, plain: each block's English, then its Persian as shown."""
    parts = []
    for slug in project.slugs():
        st = gather(project, slug, "fa")
        parts.append('<div class="statement">')
        for row in st.rows:
            parts.append(f'<p lang="en">{html.escape(row.source)}</p>')
            shown = " ".join(s.shown for s in row.segments)
            parts.append(f'<p lang="fa" dir="rtl">{html.escape(shown)}</p>')
        parts.append("</div>")
    return "<!DOCTYPE html><html><body>" + "".join(parts) + "</body></html>"


def timed(fn):
    """``fn()``, and the CPU seconds this process spent on it.

    CPU time, not wall-clock: the build runs in this process (``-j 1``), and on a machine
    shared with other jobs wall-clock time says more about them than about the build.
    """
    started = time.process_time()
    value = fn()
    return value, time.process_time() - started


def pdf_pages(path: Path) -> int:
    info = subprocess.run(["pdfinfo", str(path)], capture_output=True, text=True, check=True)
    return int(re.search(r"Pages:\s+(\d+)", info.stdout).group(1))


class Baseline:
    """Plain WeasyPrint with the shipped fonts (the renderer's font configuration)."""

    def __init__(self, project):
        import weasyprint

        from workflow.publish.fonts import font_configuration

        self.wp = weasyprint
        self.fonts = font_configuration()
        self.css = weasyprint.CSS(string=BASELINE_CSS, font_config=self.fonts)
        self.text = baseline_html(project)

    def run(self, fixed: bool = False) -> tuple[int, float]:
        """Pages and CPU seconds of one render; ``fixed``: with dossier's WeasyPrint fix."""
        from workflow.publish.linebox import single_pass_rtl_lines

        def render():
            with single_pass_rtl_lines() if fixed else contextlib.nullcontext():
                document = self.wp.HTML(string=self.text).render(
                    font_config=self.fonts, stylesheets=[self.css])
            document.write_pdf()
            return len(document.pages)

        return timed(render)


def timed_edit(project, po: Path, kind: str):
    """A change to the first translated entry of ``kind`` (``#. type: ...``) in ``po``,
    then ``dossier build``: the build result and its CPU seconds."""
    catalog = polib.pofile(str(po), wrapwidth=0)
    entry = next(e for e in catalog if e.msgstr and not e.obsolete
                 and f"type: {kind}" in (e.comment or ""))
    entry.msgstr += " (ویرایش)"
    catalog.save(str(po))
    return timed(lambda: build(project, BuildOptions(("fa",), jobs=1)))


def measure(work: Path, copies: int, turns: int) -> dict:
    root = scaled_project(work / f"x{copies}", copies)
    project = find_project(root)
    baseline = Baseline(project)
    opts = BuildOptions(("fa",), jobs=1, force=True)
    # Warm-up: this process's renderer (fonts, stylesheets) for this project, one statement.
    build(project, BuildOptions(("fa",), only=project.slugs()[0], jobs=1, force=True))
    base_best, build_best, pages, total_pages = float("inf"), float("inf"), 0, 0
    fixed_best = float("inf")
    for _ in range(turns):
        base_pages, seconds = baseline.run()
        base_best = min(base_best, seconds / base_pages)
        base_pages, seconds = baseline.run(fixed=True)
        fixed_best = min(fixed_best, seconds / base_pages)
        result, seconds = timed(lambda: build(project, opts))
        pages = pdf_pages(project.output / "fa" / "dossier.pdf")
        total_pages = result.pages
        build_best = min(build_best, seconds)
    # One statement edited: its PDF and the dossier are written again. First a paragraph
    # (the usual edit: contents and colophons stay as they were), then its title (shown in
    # the contents and the colophons too, so they are laid out again).
    # Each edit ``turns`` times (another change each time), the best kept, as for the build.
    po = sorted((root / "locales" / "fa" / "LC_MESSAGES").glob("*.po"))[0]
    edits = [timed_edit(project, po, "paragraph") for _ in range(turns)]
    edited, edit_seconds = edits[0][0], min(seconds for _, seconds in edits)
    title_seconds = min(timed_edit(project, po, "title")[1] for _ in range(turns))
    _, unchanged = timed(lambda: build(project, BuildOptions(("fa",), jobs=1)))
    per_page = 1000 * build_best / pages
    return {
        "copies": copies, "statements": len(project.slugs()), "dossier_pages": pages,
        "all_pages": total_pages, "build_s": build_best, "build_ms_page": per_page,
        "base_ms_page": 1000 * base_best, "ratio": per_page / (1000 * base_best),
        "fixed_ms_page": 1000 * fixed_best, "ratio_fixed": per_page / (1000 * fixed_best),
        "pages_per_s": total_pages / build_best, "base_pages_per_s": 1 / base_best,
        "edit_s": edit_seconds, "edit_written": len(edited.written), "unchanged_s": unchanged,
        "title_edit_s": title_seconds,
        "dossier_kb": (project.output / "fa" / "dossier.pdf").stat().st_size / 1024,
    }


def print_row(r: dict, label: str) -> None:
    print(f"{label:>5} {r['statements']:>5} {r['dossier_pages']:>7} "
          f"{r['all_pages']:>5} {r['build_s']:>8.2f} {r['build_ms_page']:>8.1f} "
          f"{r['base_ms_page']:>9.1f} {r['ratio']:>6.2f} {r['fixed_ms_page']:>8.1f} "
          f"{r['ratio_fixed']:>6.2f} {r['pages_per_s']:>8.1f} "
          f"{r['base_pages_per_s']:>8.1f} {r['edit_s']:>7.2f} "
          f"{100 * r['edit_s'] / r['build_s']:>6.1f} "
          f"{100 * r['title_edit_s'] / r['build_s']:>7.1f} {r['unchanged_s']:>7.2f} "
          f"{r['dossier_kb']:>6.0f}",
          flush=True)


def main_bench() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--scales", default="1,4,16",
                        help="copies of the five statements (default 1,4,16)")
    parser.add_argument("--turns", type=int, default=2, help="baseline/build turns (best kept)")
    parser.add_argument("--rounds", type=int, default=1,
                        help="times to measure every scale, the scales taking turns (default "
                             "1); with more, the medians of each scale are printed too")
    parser.add_argument("--one", type=int, help=argparse.SUPPRESS)  # a scale, in this process
    args = parser.parse_args()
    if args.one:
        work = Path(tempfile.mkdtemp(prefix="bench-publish-"))
        try:
            print(json.dumps(measure(work, args.one, args.turns)))
        finally:
            shutil.rmtree(work, ignore_errors=True)
        return
    os.environ.pop("SOURCE_DATE_EPOCH", None)
    if not any((ROOT / "sources").glob("*.md")):
        sys.exit("bench_publish: no sources/*.md in the repository; run 'dossier import' first")
    scales = [int(x) for x in args.scales.split(",")]
    rows: dict[int, list[dict]] = {copies: [] for copies in scales}
    print(f"{'scale':>5} {'stmts':>5} {'dossier':>7} {'all':>5} {'build s':>8} "
          f"{'ms/page':>8} {'base ms/p':>9} {'ratio':>6} {'fix ms/p':>8} {'ratio*':>6} "
          f"{'pages/s':>8} {'base p/s':>8} "
          f"{'edit s':>7} {'edit %':>6} {'title %':>7} {'no-op s':>7} {'KB':>6}")
    for _ in range(args.rounds):
        for copies in scales:
            # Each scale in a fresh process: one scale's memory and caches do not slow the
            # next; the scales take turns, so a busy spell of the machine hits them alike.
            done = subprocess.run([sys.executable, __file__, "--one", str(copies), "--turns",
                                   str(args.turns)], capture_output=True, text=True,
                                  check=True)
            r = json.loads(done.stdout.strip().splitlines()[-1])
            rows[copies].append(r)
            print_row(r, f"{copies}x")
    if args.rounds > 1:
        print("medians:")
        medians = {}
        for copies in scales:
            runs = rows[copies]
            medians[copies] = m = {key: statistics.median(r[key] for r in runs)
                                   for key in runs[0] if isinstance(runs[0][key], (int, float))}
            print_row(m, f"{copies}x")
    else:
        medians = {copies: rows[copies][0] for copies in scales}
    if len(scales) > 1:
        first, last = medians[scales[0]], medians[scales[-1]]
        print(f"ms per page at {scales[-1]}x / {scales[0]}x: "
              f"{last['build_ms_page'] / first['build_ms_page']:.2f} (the baseline: "
              f"{last['base_ms_page'] / first['base_ms_page']:.2f}); ratio at {scales[-1]}x / "
              f"{scales[0]}x: {last['ratio'] / first['ratio']:.2f}")


if __name__ == "__main__":
    main_bench()
