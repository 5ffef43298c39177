"""``--pdf-variant pdf/ua-1``: a tagged PDF whose Persian and Arabic passages say so
(``/Lang fa``), so a screen reader switches voice. Read back with pikepdf."""

from __future__ import annotations

import pikepdf
import polib
import pytest
from cli_helpers import make_project, run

SOURCE = """---
title: A tagged statement
imported: '2026-11-20'
---
# A tagged statement

Prisoners were executed in 1988. Families were not told.

Nobody was tried.
"""
DRAFTS = {"fa": {"A tagged statement": "بیانیه‌ای برچسب‌دار",
                 "Prisoners were executed in 1988.": "زندانیان در ۱۹۸۸ اعدام شدند."},
          "ar": {"A tagged statement": "بيان موسوم",
                 "Prisoners were executed in 1988.": "أُعدم السجناء عام 1988."}}


@pytest.fixture(scope="module")
def built(tmp_path_factory):
    root = make_project(tmp_path_factory.mktemp("tagged"), {"one": SOURCE}, ["fa", "ar"])
    for argv in (("extract",), ("update",)):
        assert run(root, *argv)[0] == 0
    for lang, table in DRAFTS.items():
        path = root / "locales" / lang / "LC_MESSAGES" / "one.po"
        po = polib.pofile(str(path), wrapwidth=0)
        for entry in po:
            entry.msgstr = table.get(entry.msgid, "")
        po.save(str(path))
    code, _, err = run(root, "build", "--pdf-variant", "pdf/ua-1")
    assert code == 0, err
    return root


def elements(node, inherited=None):
    """(structure type, effective /Lang, own /Lang) of every element under ``node``."""
    own = str(node["/Lang"]) if "/Lang" in node else None
    lang = own or inherited
    yield str(node.get("/S", "")), lang, own
    kids = node.get("/K")
    kids = kids if isinstance(kids, pikepdf.Array) else [kids]
    for kid in kids:
        if isinstance(kid, pikepdf.Dictionary) and kid.get("/Type") != "/MCR":
            yield from elements(kid, lang)


@pytest.mark.parametrize("lang", ["fa", "ar"])
@pytest.mark.parametrize("name", ["one.pdf", "dossier.pdf"])
def test_every_passage_is_tagged_with_its_language(built, lang, name):
    with pikepdf.open(built / "output" / lang / name) as pdf:
        assert str(pdf.Root.Lang) == "en"  # the document's main language
        assert pdf.Root.MarkInfo.Marked
        found = list(elements(pdf.Root.StructTreeRoot))
    passages = [(s, eff) for s, eff, _ in found if s in ("/P", "/H1", "/H2")]
    assert passages and all(eff for _, eff in passages)  # no passage without a language
    assert {eff for _, eff in passages} == {"en", lang}
    own = [o for s, _, o in found if s in ("/P", "/H1") and o == lang]
    # The translated title and sentence; the untranslated sentence is tagged English.
    assert len(own) >= 2


def test_untagged_variants_have_no_structure(built):
    code, _, err = run(built, "build", "--lang", "fa", "--only", "one")
    assert code == 0, err
    with pikepdf.open(built / "output" / "fa" / "one.pdf") as pdf:
        assert "/StructTreeRoot" not in pdf.Root


def test_tagged_variants_are_those_weasyprint_tags():
    """Tagged variants are written from layouts (``compose``), the others assembled."""
    from weasyprint.pdf import VARIANTS

    from workflow.publish.render import TAGGED_VARIANTS

    assert sorted(TAGGED_VARIANTS) == sorted(k for k, v in VARIANTS.items()
                                             if v[1].get("pdf_tags"))
