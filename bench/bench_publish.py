"""Benchmark ``dossier build``: pages per second and the cost of a no-change rebuild.

Measured in one run, against a baseline from the same run (plain WeasyPrint on the same
English text, one column, no checks), so figures from different machines compare as ratios:

1. the five real statements (``sources/`` of this repository), Persian, side by side;
2. a generated dossier of about 300 pages (Persian catalogs fully translated, some drafts);
3. a no-change rebuild of (2): must be a small fraction of the full build;
4. every configured language of (1), as ``make dossier`` runs it (parallel processes).

Run: .venv/bin/python bench/bench_publish.py [--statements N]
"""

from __future__ import annotations

import argparse
import contextlib
import io
import os
import re
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import polib

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from workflow.cli import main  # noqa: E402
from workflow.config import find_project  # noqa: E402
from workflow.publish.pipeline import BuildOptions, build  # noqa: E402
from workflow.states import DraftKind, mark_draft, mark_translated  # noqa: E402

EN = ("On {n} August 1988 the authorities in Tehran began a wave of executions that, "
      "according to Amnesty International, claimed the lives of thousands of prisoners. "
      "Families were told nothing for months, and many still do not know where their "
      "relatives are buried. The United Nations has been asked {n} times to open an "
      "independent inquiry into what happened in the prisons of Evin and Gohardasht.")
FA = ("در {n} اوت 1988 مقامات در تهران موجی از اعدام\u200cها را آغاز کردند که به گفتهٔ "
      "Amnesty International جان هزاران زندانی را گرفت. به خانواده\u200cها ماه\u200cها "
      "چیزی گفته نشد و بسیاری هنوز نمی\u200cدانند عزیزانشان کجا به خاک سپرده شده\u200cاند. "
      "از سازمان ملل {n} بار خواسته شده است که تحقیقی مستقل دربارهٔ آنچه در زندان\u200cهای "
      "اوین و گوهردشت گذشت آغاز کند.")


def quiet_main(root: Path, *argv: str) -> int:
    old = Path.cwd()
    os.chdir(root)
    try:
        with contextlib.redirect_stdout(io.StringIO()), contextlib.redirect_stderr(io.StringIO()):
            return main(list(argv))
    finally:
        os.chdir(old)


def make_project(root: Path, languages: list[str]) -> Path:
    (root / "sources").mkdir(parents=True)
    quoted = ", ".join(f'"{lang}"' for lang in languages)
    (root / "dossier.toml").write_text(f"[tool.dossier]\nlanguages = [{quoted}]\n")
    return root


def generated_project(root: Path, statements: int, paragraphs: int) -> Path:
    make_project(root, ["fa"])
    for s in range(statements):
        body = [f"# Generated statement number {s + 1}", "", "## Summary", ""]
        for p in range(paragraphs):
            body += [EN.replace("{n}", str(s * 100 + p + 1)), ""]
        front = f"---\ntitle: Generated statement number {s + 1}\ndate: '2018-08-20'\n" \
                "imported: '2026-11-22'\n---\n"
        (root / "sources" / f"gen-{s:03d}.md").write_text(front + "\n".join(body))
    assert quiet_main(root, "extract") == 0 and quiet_main(root, "update") == 0
    for po_path in (root / "locales" / "fa" / "LC_MESSAGES").glob("*.po"):
        po = polib.pofile(str(po_path), wrapwidth=0)
        for i, entry in enumerate(po):
            digits = "".join(ch for ch in entry.msgid if ch.isdigit()) or "1"
            text = FA.replace("{n}", digits)
            if i % 3 == 0:
                mark_draft(entry, text, DraftKind.MACHINE, "2026-11-22", engine="argos")
            else:
                mark_translated(entry, text)
        po.save(str(po_path))
    return root


def timed(fn):
    started = time.perf_counter()
    value = fn()
    return value, time.perf_counter() - started


def baseline_pages_per_second(sources: Path) -> float:
    """Plain WeasyPrint: the same English text, one column, default settings."""
    import html

    import weasyprint

    from workflow.source import read_source

    paragraphs = []
    for path in sorted(sources.glob("*.md")):
        doc = read_source(path)
        paragraphs += [f"<p>{html.escape(b.text)}</p>" for b in doc.blocks]
        paragraphs.append('<p style="break-after: page"></p>')
    text = "<html><body>" + "".join(paragraphs) + "</body></html>"
    weasyprint.HTML(string="<p>warm-up</p>").write_pdf()
    document, seconds = timed(lambda: weasyprint.HTML(string=text).render())
    _, more = timed(document.write_pdf)
    return len(document.pages) / (seconds + more)


def main_bench() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--statements", type=int, default=20)
    parser.add_argument("--paragraphs", type=int, default=24)
    args = parser.parse_args()
    os.environ.pop("SOURCE_DATE_EPOCH", None)
    sources = ROOT / "sources"
    if not any(sources.glob("*.md")):
        sys.exit("bench_publish: no sources/*.md in the repository; run 'dossier import' first")
    work = Path(tempfile.mkdtemp(prefix="bench-publish-"))
    try:
        base = baseline_pages_per_second(sources)
        print(f"baseline (plain WeasyPrint, one column)   {base:6.1f} pages/s")

        real = make_project(work / "real", ["fa", "ar", "fr", "de", "es"])
        for path in sources.glob("*.md"):
            shutil.copy(path, real / "sources")
        assert quiet_main(real, "extract") == 0 and quiet_main(real, "update") == 0
        project = find_project(real)
        result, seconds = timed(lambda: build(project, BuildOptions(("fa",), jobs=1)))
        rate = result.pages / seconds
        print(f"five statements, fa, side by side          {rate:6.1f} pages/s "
              f"({result.pages} pages in {seconds:.1f}s; x{rate / base:.2f} baseline)")

        gen = generated_project(work / "gen", args.statements, args.paragraphs)
        project = find_project(gen)
        result, seconds = timed(lambda: build(project, BuildOptions(("fa",), jobs=1)))
        dossier = project.output / "fa" / "dossier.pdf"
        info = subprocess.run(["pdfinfo", str(dossier)], capture_output=True, text=True)
        pages = int(re.search(r"Pages:\s+(\d+)", info.stdout).group(1))
        rate = result.pages / seconds
        print(f"generated dossier ({pages} pages) + statements {rate:6.1f} pages/s "
              f"({result.pages} pages in {seconds:.1f}s; x{rate / base:.2f} baseline)")
        again, rebuild = timed(lambda: build(project, BuildOptions(("fa",), jobs=1)))
        assert not again.written, again.written
        print(f"no-change rebuild of the generated project {rebuild:6.2f} s "
              f"({100 * rebuild / seconds:.1f}% of the full build)")

        project = find_project(real)
        langs = ("fa", "ar", "fr", "de", "es")
        result, seconds = timed(lambda: build(project, BuildOptions(langs, force=True)))
        print(f"five statements x five languages (-j {os.cpu_count()}) "
              f"{seconds:6.1f} s ({result.pages} pages, {result.pages / seconds:.1f} pages/s)")
    finally:
        shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    main_bench()
