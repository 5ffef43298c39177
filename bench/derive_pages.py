"""Write annotated pages in another input form, to probe the importer's other paths.

Run by hand, then measure the result with bench/bench_import.py::

    .venv/bin/python bench/derive_pages.py --as text|wrapped|mail OUT [--corpus DIR ...]
    PYTHONPATH=$PWD .venv/bin/python bench/bench_import.py --corpus OUT --only dossier --misses

Each page keeps its annotations (the must-keep sentences and must-drop strings are the same
text), so a page that the importer cleans in one form and not in another shows a fault of that
form's path. The forms:

- ``text``: each HTML page as a browser's copy of it (one line per block element);
- ``wrapped``: each plain-text web page (blog, news, NGO, intergovernmental) hard-wrapped at 72
  columns, as an e-mail client or a text export wraps it;
- ``mail``: each such page forwarded in an e-mail, quoted with "> " and wrapped at 70, under a
  forwarder's note and the forwarded headers.

These probes are the same wording as their pages, so they test the input paths, not unseen
wording; the honest measure of that remains pages nobody tuned on.
"""

from __future__ import annotations

import argparse
import re
import sys
import textwrap
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO / "tests"))

from import_corpus import CORPUS  # noqa: E402

_BLOCK = {"p", "div", "li", "h1", "h2", "h3", "h4", "h5", "h6", "tr", "section", "article",
          "header", "footer", "nav", "aside", "ul", "ol", "table", "blockquote", "form", "label",
          "button", "figcaption", "figure", "dt", "dd", "title", "hr"}
_WEB = ("blog", "newsletter", "news", "ngo", "igo")


def as_text(html: str) -> str:
    """A browser's copy of an HTML page: visible text, a line per block element."""
    from lxml import html as lxml_html

    doc = lxml_html.document_fromstring(html)
    for hidden in doc.xpath("//script|//style|//noscript|//template|//head"):
        hidden.drop_tree()
    for br in doc.iter("br"):
        br.tail = "\n" + (br.tail or "")
    for el in doc.iter():
        if isinstance(el.tag, str) and el.tag in _BLOCK:
            el.tail = "\n" + (el.tail or "")
            el.text = "\n" + (el.text or "")
    lines = (" ".join(line.split()) for line in doc.text_content().split("\n"))
    return "\n".join(line for line in lines if line) + "\n"


def wrap(text: str, width: int, prefix: str = "") -> str:
    out: list[str] = []
    for line in text.splitlines():
        out += [prefix + part for part in textwrap.wrap(line, width)] if line.strip() \
            else [prefix.rstrip()]
    return "\n".join(out) + "\n"


def as_mail(text: str, title: str) -> str:
    return ("From: Sara <sara@example.org>\nTo: list@example.org\nSubject: Fwd: " + title +
            "\nDate: Mon, 25 Nov 2024 22:10:41 +0100\nContent-Type: text/plain; charset=utf-8\n"
            "\nFYI, see below. Could we discuss this on Thursday?\n\nSara\n\n"
            "---------- Forwarded message ---------\nFrom: Press <press@example.org>\n"
            "Date: Mon, 25 Nov 2024 at 10:00\nSubject: " + title + "\nTo: sara@example.org\n\n"
            + wrap(text, 70, "> "))


def derive(form: str, sources: list[Path], out: Path) -> int:
    import yaml

    out.mkdir(parents=True, exist_ok=True)
    made = 0
    for corpus in sources:
        for spec in sorted(corpus.glob("*.yaml")):
            data = yaml.safe_load(spec.read_text("utf-8"))
            raws = [p for p in sorted(corpus.glob(spec.stem + ".*")) if p.suffix != ".yaml"]
            if not raws:
                continue
            raw = raws[0]
            if form == "text" and raw.suffix in (".html", ".htm"):
                text, suffix = as_text(raw.read_text("utf-8")), ".txt"
            elif form in ("wrapped", "mail") and raw.suffix == ".txt" and data["kind"] in _WEB:
                text = raw.read_text("utf-8")
                text, suffix = (wrap(text, 72), ".txt") if form == "wrapped" else \
                    (as_mail(text, str(data.get("title") or "")), ".eml")
            else:
                continue
            name = f"{form[0]}{spec.stem}"
            (out / (name + suffix)).write_text(text, "utf-8")
            meta = re.sub(r"^split: .*$", f"split: {form}", spec.read_text("utf-8"),
                          flags=re.MULTILINE)
            (out / (name + ".yaml")).write_text(meta, "utf-8")
            made += 1
    return made


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--as", dest="form", choices=("text", "wrapped", "mail"), required=True)
    parser.add_argument("out", type=Path, help="the directory to write (created)")
    parser.add_argument("--corpus", type=Path, action="append", default=[],
                        help="a directory of annotated pages (default: the bundled corpus)")
    args = parser.parse_args()
    made = derive(args.form, args.corpus or [CORPUS], args.out)
    print(f"wrote {made} pages to {args.out}")


if __name__ == "__main__":
    main()
