"""``publish.htmlparse``: dossier's HTML parsed by libxml2 into the tree WeasyPrint's parser makes.

Every document a real build renders (three of the repository's statements with their Persian
catalogs, in two layouts) is parsed both ways and the trees compared (elements, attributes, text,
tails); the PDFs are compared byte for byte with those of a build that parses with
WeasyPrint's own parser; what the two parsers might read differently goes to WeasyPrint's;
and the WeasyPrint code ``parsed`` repeats is the installed one.
"""

from __future__ import annotations

import hashlib
import shutil
from pathlib import Path

import pytest

tinyhtml5 = pytest.importorskip("tinyhtml5")

from workflow.config import find_project  # noqa: E402
from workflow.publish import htmlparse, render  # noqa: E402
from workflow.publish.pipeline import BuildOptions, build  # noqa: E402

ROOT = Path(__file__).resolve().parent.parent


def _dump(element, out: list) -> list:
    out.append((element.tag, list(element.attrib.items()), element.text, element.tail))
    for child in element:
        _dump(child, out)
    return out


def weasyprint_tree(html: str) -> list:
    return _dump(tinyhtml5.parse(html, namespace_html_elements=False), [])


def our_tree(html: str) -> list:
    return _dump(htmlparse.tree(html), [])


@pytest.fixture(scope="module")
def project(tmp_path_factory):
    """Three of the repository's statements (the shortest) with their Persian catalogs."""
    root = tmp_path_factory.mktemp("parse")
    (root / "dossier.toml").write_text('[tool.dossier]\nlanguages = ["fa"]\n')
    (root / "sources").mkdir()
    catalogs = root / "locales" / "fa" / "LC_MESSAGES"
    catalogs.mkdir(parents=True)
    for source in sorted((ROOT / "sources").glob("*.md"), key=lambda p: p.stat().st_size)[:3]:
        shutil.copy(source, root / "sources" / source.name)
        po = ROOT / "locales" / "fa" / "LC_MESSAGES" / f"{source.stem}.po"
        shutil.copy(po, catalogs / po.name)
    return find_project(root)


def _build(project, monkeypatch, layout: str, variant: str = "pdf/a-3b"):
    """The documents laid out by a full build, and the sha256 of every PDF it wrote."""
    seen: list[str] = []
    original = render.Renderer.layout

    def layout_spy(self, html, page_css, **kwargs):
        seen.append(html)
        return original(self, html, page_css, **kwargs)

    monkeypatch.setattr(render.Renderer, "layout", layout_spy)
    build(project, BuildOptions(("fa",), layout=layout, variant=variant, jobs=1, force=True))
    monkeypatch.setattr(render.Renderer, "layout", original)
    outputs = sorted((project.root / "output" / "fa").glob("*.pdf"))
    return seen, {p.name: hashlib.sha256(p.read_bytes()).hexdigest() for p in outputs}


def test_the_installed_weasyprint_is_the_one_parsed_repeats():
    assert htmlparse.applies(), "WeasyPrint's HTML.__init__ changed: review publish/htmlparse.py"


@pytest.mark.parametrize("layout", ["side-by-side", "interleaved"])
def test_every_document_of_a_build_gives_weasyprints_own_tree(project, monkeypatch, layout):
    documents, _ = _build(project, monkeypatch, layout)
    ours = 0
    for html in documents:
        try:
            tree = our_tree(html)
        except htmlparse._Differs:
            continue
        ours += 1
        assert tree == weasyprint_tree(html)
    # Statements, colophons, contents, carriers, footers: all but the cover's table.
    assert ours >= len(documents) - 1 and ours > 6


@pytest.mark.parametrize("variant", ["pdf/a-3b", "pdf/ua-1"])
def test_pdfs_are_byte_identical_to_those_parsed_by_weasyprint(project, monkeypatch, variant):
    _, ours = _build(project, monkeypatch, "side-by-side", variant)
    monkeypatch.setattr(htmlparse, "applies", lambda: False)
    _, theirs = _build(project, monkeypatch, "side-by-side", variant)
    assert ours == theirs and len(ours) > 3


TEXTS = [
    "Tom &amp; Jerry &lt;b&gt; &#34;q&#34; &#39;s&#39;",
    "\u2068قتل‌عام ۱۸٬۰۰۰\u2069 (\u20662013-10-05\u2069) \u00a0 emoji \U0001f30d",
    "tabs\tand\nnew lines  and   spaces ",
    "",
]


@pytest.mark.parametrize("text", TEXTS)
def test_text_of_any_kind_gives_the_same_tree(text):
    html = ('<!DOCTYPE html>\n<html lang="fa" dir="rtl"><head><meta charset="utf-8">'
            f"<title>{text}</title></head>\n<body class=\"b\">\n<section><p lang=\"en\">{text}"
            f"<span class=\"seg\">{text}</span><br>{text}</p></section>\n"
            f"<table><thead><tr><th>{text}</th></tr></thead><tbody><tr><td>{text}</td></tr>"
            "</tbody></table>\n</body></html>\n")
    assert our_tree(html) == weasyprint_tree(html)


@pytest.mark.parametrize("html", [
    "<!DOCTYPE html><html><head></head><body><p>a\r\nb</p></body></html>",  # CR
    "<!DOCTYPE html><html><head></head><body><p>a\x00b</p></body></html>",  # NUL
    "<!DOCTYPE html><html><head></head><body><!-- c --><p>a</p></body></html>",  # comment
    "<!DOCTYPE html><html><head></head><body><p>a</p></body></html><p>after</p>",
    "<!DOCTYPE html><html><head></head><body><table><tr><td>a</td></tr></table></body></html>",
    "<p>no html element</p>",
    "<!DOCTYPE html><html><head></head><body><p>" + "x " * 2_000_001 + "</p></body></html>",
])
def test_what_the_parsers_may_read_differently_goes_to_weasyprints(html):
    with pytest.raises(htmlparse._Differs):
        htmlparse.tree(html)
    document = htmlparse.parsed(html, base_url="file:///", url_fetcher=None)
    assert _dump(document.etree_element, []) == weasyprint_tree(html)
