"""The PDFs' HTML comes from Jinja2 templates shipped in the package, autoescaped.

A statement whose title, signatories, translator and translations hold ``<``, ``&`` and
quotes is built with ``dossier build``: the PDFs' text layer (``pdftotext``) and metadata
(``pdfinfo``) show them as written, and the HTML holds no element they could have made.
"""

from __future__ import annotations

import importlib.resources
import re
import tomllib
from html.parser import HTMLParser
from pathlib import Path

import jinja2
import polib
import pytest
from cli_helpers import make_project, run
from pdf_helpers import tool

from workflow.config import find_project
from workflow.publish.html import Settings, Writer, environment, footer_document, render
from workflow.publish.model import gather
from workflow.states import DraftKind, mark_draft, mark_translated

ROOT = Path(__file__).resolve().parent.parent
TITLE = 'Tom & Jerry say "<b>no</b>" <script>x</script>'
SIGNATORY = 'Rights <Watch> & "Friends"'
TRANSLATOR = 'Ali <ali@example.org> & "Co"'
DRAFTER = 'Team <img src=x> & "Q"'
PARAGRAPH = 'A paragraph with <i>tags</i> & "quotes".'
HOSTILE = f"""---
title: '{TITLE}'
date: '2019-03-04'
signatories: ['{SIGNATORY}', 'Other & Co']
origin: 'https://example.org/a?b=1&c="2"'
---
# {TITLE}

{PARAGRAPH}

A second paragraph.
"""
TRANSLATIONS = {  # language -> the paragraph's translation
    "fa": 'پاراگرافی با <i>برچسب</i> & "نقل".',
    "fr": 'Un paragraphe avec <i>balises</i> & "guillemets".',
}
ENTITIES = re.compile(r"&(?:amp|lt|gt|quot|#x?[0-9a-fA-F]+);")


@pytest.fixture(scope="module")
def project(tmp_path_factory):
    root = make_project(tmp_path_factory.mktemp("escaping"), {"hostile": HOSTILE}, ["fa", "fr"])
    for argv in (("extract",), ("update",)):
        code, _, err = run(root, *argv)
        assert code == 0, err
    for lang, text in TRANSLATIONS.items():
        path = root / "locales" / lang / "LC_MESSAGES" / "hostile.po"
        po = polib.pofile(str(path), wrapwidth=0)
        mark_translated(po.find(PARAGRAPH), text)
        mark_draft(po.find("A second paragraph."), "…", DraftKind.TEAM, "2026-11-21",
                   by=DRAFTER)
        po.metadata["Last-Translator"] = TRANSLATOR
        po.save(str(path))
    code, _, err = run(root, "build")
    assert code == 0, err
    return root


def text_layer(pdf: Path) -> str:
    """The PDF's text, every run of white space one space (lines wrap anywhere)."""
    return " ".join(tool("pdftotext", str(pdf), "-").split())


# -- escaping ------------------------------------------------------------------------------

@pytest.mark.parametrize("lang", ["fa", "fr"])
def test_markup_characters_come_out_as_text_in_the_pdfs(project, lang):
    statement = text_layer(project / "output" / lang / "hostile.pdf")
    dossier = text_layer(project / "output" / lang / "dossier.pdf")
    for text in (statement, dossier):
        assert not ENTITIES.search(text), ENTITIES.search(text)
        assert TITLE in text  # the title heading (the contents too, in the dossier)
        assert f"{SIGNATORY} and Other & Co" in text  # the English column's list
        assert PARAGRAPH in text
        assert TRANSLATOR in text and DRAFTER in text  # the provenance page
    if lang == "fr":  # left to right: the translation reads in order in the text layer
        assert TRANSLATIONS["fr"] in statement
        assert f"{SIGNATORY} et Other & Co" in statement
    else:  # a right-to-left line comes out reordered: its characters are all there
        raw = tool("pdftotext", str(project / "output" / lang / "hostile.pdf"), "-")
        line = next(li for li in raw.splitlines() if "برچسب" in li)
        assert all(piece in line for piece in ("<", "&", '"', "نقل", "i>")), line
    info = tool("pdfinfo", str(project / "output" / lang / "hostile.pdf"))
    assert re.search(r"^Title:\s+(.*)$", info, re.M).group(1) == TITLE


class _Elements(HTMLParser):
    def __init__(self) -> None:
        super().__init__()
        self.tags: list[str] = []
        self.text: list[str] = []

    def handle_starttag(self, tag, attrs) -> None:
        self.tags.append(tag)

    def handle_data(self, data) -> None:
        self.text.append(data)


@pytest.mark.parametrize("layout", ["side-by-side", "interleaved", "target-only"])
def test_text_makes_no_element_in_any_part(project, layout):
    st = gather(find_project(project), "hostile", "fa")
    writer = Writer(Settings(lang="fa", layout=layout, team='A <team> & "B"'))
    for html in (writer.statement_part(st, 0), writer.colophon_part([st]),
                 writer.front_part([st], [3]), Writer.carrier(writer.statement_head(st))):
        parsed = _Elements()
        parsed.feed(html)
        assert not {"i", "script", "img", "watch"} & set(parsed.tags), parsed.tags
        assert TITLE in "".join(parsed.text)  # heading, contents, table or <title>
    page = _Elements()
    page.feed(writer.statement_part(st, 0))
    text = "".join(page.text).replace("\u2068", "").replace("\u2069", "")  # isolates
    assert TITLE in text and TRANSLATOR in text and TRANSLATIONS["fa"] in text
    assert (PARAGRAPH in text) == (layout != "target-only")


# -- the templates -------------------------------------------------------------------------

def test_templates_are_found_in_the_package_and_shipped_by_its_package_data():
    folder = importlib.resources.files("workflow.publish") / "templates"
    shipped = {p.name for p in folder.iterdir() if p.name.endswith(".html")}
    assert {"statement.html", "colophon.html", "front.html", "cover.html", "contents.html",
            "_cover.html", "_contents.html", "head.html", "carrier.html", "footer.html",
            "macros.html"} <= shipped
    assert set(environment().list_templates()) == shipped
    # pyproject's package data (what a wheel holds) matches every template file.
    config = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))
    patterns = config["tool"]["setuptools"]["package-data"]["workflow"]
    package = ROOT / "workflow"
    matched = {p for pattern in patterns for p in package.glob(pattern)}
    files = {package / "publish" / "templates" / name for name in shipped}
    assert files <= matched, files - matched


def test_environment_made_once_autoescaping_strict_templates_compiled_once(project,
                                                                          monkeypatch):
    env = environment()
    assert environment() is env
    assert env.autoescape is True and env.undefined is jinja2.StrictUndefined
    st = gather(find_project(project), "hostile", "fa")
    writer = Writer(Settings(lang="fa"))

    def every_part() -> list[str]:
        return [writer.statement_part(st, 0), writer.colophon_part([st]),
                writer.front_part([st], [3]), Writer.carrier(writer.dossier_head([st])),
                footer_document(3)]

    first = every_part()
    compiled = []
    monkeypatch.setattr(env, "compile", lambda *a, **k: compiled.append(a) or None)
    assert every_part() == first and not compiled
    assert env.get_template("statement.html") is env.get_template("statement.html")


def test_a_missing_value_is_an_error_not_an_empty_string():
    with pytest.raises(jinja2.UndefinedError):
        render("head.html")


def test_footer_document_has_one_page_per_number():
    assert footer_document(1).count("<div") == 1
    assert footer_document(4).count('<div class="next"></div>') == 3
