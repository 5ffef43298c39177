"""Import benchmark: dossier against trafilatura and jusText on the hand-written corpus.

Run by hand (not part of the test suite)::

    .venv/bin/python bench/bench_import.py [--split NAME|all|each] [--corpus DIR]
        [--misses] [--only dossier,trafilatura,jusText]

For every page of tests/data/import/corpus/ (928 pages of seven kinds: blogs and newsletters,
news sites, NGO CMS pages, intergovernmental press releases, PDF extractions, messaging-channel
posts, e-mails; split into dev (tuned on), heldout (measured, then looked at), fresh to fresh4
(each written after the tuning before it and measured once first), fresh5 (64 pages written
independently of the code while it was tuned on them), fresh6 (32, measured once, then tuned
on), fresh7 (16, measured once, then three causes fixed), fresh8 (19, measured once, then
tuned on), fresh9 (40, from three writers, measured once, then tuned on), fresh10 (20, measured
once, then tuned on), fresh11 (16, measured once, then tuned on), fresh12 (54, from three
writers, measured once, then tuned on), fresh13 (108, from six writers, measured once, then
tuned on), fresh14, fresh15, fresh17 and fresh18 (54 each, from three writers, measured once,
then tuned on), fresh19, fresh20 and fresh21 (54 each, measured once, then tuned on) and
fresh22 (54, measured once, then tuned on) and fresh23 (54, measured once: the latest)), each
extractor's output is scored on: substance sentences kept whole, boilerplate strings dropped,
title, date (ISO) and signatories. The baselines see what dossier sees: the HTML page
itself, or the text (of a PDF, an e-mail) with each line given as a paragraph. jusText finds
neither title nor date nor signatories (n/a); trafilatura finds title and date from HTML
metadata only, no signatories (n/a).
Targets (issue 10): >= 98% substance, >= 95% boilerplate, title and date right on 9 pages in
10, >= 90% of signatories, on pages not tuned on (each split's first measurement).
"""

from __future__ import annotations

import argparse
import html as htmlmod
import sys
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))
sys.path.insert(0, str(REPO / "tests"))

from import_corpus import CORPUS, Page, Score, pages, score  # noqa: E402

from workflow.importer import convert, read_raw  # noqa: E402
from workflow.source import parse_source, render_source  # noqa: E402


def run_dossier(page: Page) -> Score:
    conversion = convert(read_raw(page.raw))
    doc = parse_source(render_source(conversion.meta, conversion.body), Path("x.md"))
    blocks = [b.text for b in doc.blocks]
    meta = conversion.meta
    return score(page, blocks, meta.get("title"), meta.get("date"),
                 list(meta.get("signatories") or []))


def _as_html(page: Page) -> tuple[str, bool]:
    raw = read_raw(page.raw)
    if raw.is_html:
        return raw.text, True
    if raw.kind == "telegram":  # an app's HTML export (Telegram's) that dossier reads as messages
        return page.raw.read_text(encoding="utf-8", errors="replace"), True
    paragraphs = "\n".join(f"<p>{htmlmod.escape(line)}</p>" for line in raw.text.splitlines()
                           if line.strip())
    return f"<html><body>{paragraphs}</body></html>", False


def run_trafilatura(page: Page) -> Score:
    import trafilatura

    html, _ = _as_html(page)
    text = trafilatura.extract(html, output_format="txt", include_comments=False,
                               include_tables=True) or ""
    meta = trafilatura.extract_metadata(html)
    title = meta.title if meta else None
    date = meta.date if meta and meta.date else None
    return score(page, text.splitlines(), title, date[:10] if date else None, None)


def run_justext(page: Page) -> Score:
    import justext

    html, _ = _as_html(page)
    paragraphs = justext.justext(html.encode("utf-8"), justext.get_stoplist("English"))
    kept = [p.text for p in paragraphs if not p.is_boilerplate]
    result = score(page, kept, None, None, None)
    result.title_ok = result.date_ok = None
    return result


EXTRACTORS = {"dossier": run_dossier, "trafilatura": run_trafilatura, "jusText": run_justext}


def _pct(part: int, whole: int) -> str:
    return f"{100 * part / whole:5.1f}%" if whole else "  n/a"


def table(split: str, results: dict[str, list[tuple[Page, Score]]]) -> None:
    n = len(next(iter(results.values())))
    print(f"\n{split}: {n} pages")
    print(f"{'extractor':12} {'substance':>10} {'boilerplate':>12} {'title':>7} {'date':>7} "
          f"{'signatories':>12} {'seconds':>8}")
    for name, rows in results.items():
        scores = [s for _, s in rows]
        kept = sum(s.kept for s in scores)
        keep_total = sum(s.keep_total for s in scores)
        dropped = sum(s.dropped for s in scores)
        drop_total = sum(s.drop_total for s in scores)
        titles = [s.title_ok for s in scores if s.title_ok is not None]
        dates = [s.date_ok for s in scores if s.date_ok is not None]
        title = f"{sum(titles)}/{len(titles)}" if titles else "n/a"
        date = f"{sum(dates)}/{len(dates)}" if dates and name != "jusText" else "n/a"
        sig = (_pct(sum(s.signatories_found for s in scores),
                    sum(s.signatories_total for s in scores)) if name == "dossier" else "  n/a")
        print(f"{name:12} {_pct(kept, keep_total):>10} {_pct(dropped, drop_total):>12} "
              f"{title:>7} {date:>7} {sig:>12} {TIMES[name]:8.2f}")


TIMES: dict[str, float] = {}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--split", default="each",
                        help="a split name, 'all' (every page at once) or 'each' (default: one "
                             "table per split)")
    parser.add_argument("--corpus", type=Path, default=CORPUS,
                        help="a directory of raw pages with their .yaml (default: the bundled "
                             "corpus)")
    parser.add_argument("--misses", action="store_true", help="list what each page got wrong")
    parser.add_argument("--only", default="", help="extractor names, comma-separated")
    args = parser.parse_args()
    every = pages("all", args.corpus)
    splits = (list(dict.fromkeys(p.split for p in every)) if args.split == "each"
              else [args.split])
    chosen = {k: v for k, v in EXTRACTORS.items()
              if not args.only or k in args.only.split(",")}
    for split in splits:
        results: dict[str, list[tuple[Page, Score]]] = {}
        for name, run in chosen.items():
            start = time.perf_counter()
            results[name] = [(page, run(page)) for page in pages(split, args.corpus)]
            TIMES[name] = time.perf_counter() - start
        if args.misses:
            for name, rows in results.items():
                for page, result in rows:
                    for miss in result.misses:
                        print(f"{name:12} {page.name:28} {miss}")
        table(split, results)


if __name__ == "__main__":
    main()
