"""The language model: one home for digits, lists, direction, dates, word counts and labels.

Each former disagreement between modules has a test here. No test asserts CLDR's data
itself (list words, month names, a locale's numbering system): only that every user of
the model gets the same answer.
"""

from __future__ import annotations

import json
import subprocess

import polib
import pytest
from cli_helpers import make_project, run
from pdf_helpers import tool

from workflow.catalog.status import count_catalog
from workflow.config import find_project
from workflow.draft.numbers import check_numbers
from workflow.language import count_words, label, language
from workflow.language.labels import LABELS_DIR, TEMPLATE, label_languages
from workflow.publish.html import Settings, Writer
from workflow.publish.model import gather
from workflow.states import mark_translated

SOURCE = """---
title: Names and numbers
date: '2018-08-20'
signatories: [Justice for Iran, Example Rights Group, Activists of Iran]
imported: '2026-11-20'
---
# Names and numbers

The U.N. counted 30,000 victims — a well-documented toll (A/HRC/37/24).

<!-- signatures -->
Justice for Iran
"""


@pytest.fixture(scope="module")
def project(tmp_path_factory):
    root = make_project(tmp_path_factory.mktemp("language"), {"names": SOURCE},
                        ["fa", "ar", "fr", "de", "es"])
    for argv in (("extract",), ("update",)):
        code, _, err = run(root, *argv)
        assert code == 0, err
    return root


@pytest.mark.parametrize("lang", ["fr", "de", "es", "en"])
def test_latin_languages_never_join_names_with_the_arabic_comma(project, lang):
    st = gather(find_project(project), "names", lang)
    page = Writer(Settings(lang=lang)).statement_part(st, 0)
    assert "،" not in page
    assert language(lang).join(["Justice for Iran", "Example Rights Group",
                                 "Activists of Iran"]) in page


def test_persian_names_joined_with_its_own_list_pattern_each_isolated(project):
    st = gather(find_project(project), "names", "fa")
    page = Writer(Settings(lang="fa")).statement_part(st, 0)
    fa = language("fa")
    joined = fa.join([fa.isolate(n) for n in ("Justice for Iran", "Example Rights Group",
                                              "Activists of Iran")])
    assert joined in page


def test_drafts_checks_and_pdfs_write_the_same_digits():
    for lang in ("fa", "ar", "ar_EG", "fr", "de"):
        digits = language(lang).digits
        drafted = check_numbers("In 1988 the", "1988", "en", lang).text
        assert drafted == "".join(digits[int(d)] for d in "1988"), (lang, drafted)
        assert language(lang).number(1988) == drafted
        assert language(lang).format_date("2018-08-20").count(digits[2]) >= 1


def test_arabic_pdf_footer_uses_the_digits_arabic_drafts_get(project):
    root = project
    code, _, err = run(root, "build", "--lang", "ar", "--only", "names", "--force")
    assert code == 0, err
    pdf = root / "output" / "ar" / "names.pdf"
    footer = tool("pdftotext", "-f", "1", "-l", "1", "-y", "790", "-H", "52", "-W", "596",
                  str(pdf), "-")
    drafted = check_numbers("page 1", "1", "en", "ar").text
    assert drafted in footer


def test_one_word_count_for_status_and_the_colophon(project):
    proj = find_project(project)
    po = proj.po_path("fa", "names")
    catalog = polib.pofile(str(po), wrapwidth=0)
    for entry in catalog:
        mark_translated(entry, "متن")
    catalog.save(str(po))
    code, out, err = run(project, "status", "--json", "--lang", "fa")
    assert code == 0, err
    status = json.loads(out)["catalogs"][0]
    st = gather(proj, "names", "fa")
    assert status["total"]["words"] == st.total_words
    _, counts = count_catalog(po, "names.po")
    assert counts.total_words == st.total_words
    # Dashes and brackets are not words; separators inside numbers and codes do not split.
    assert count_words("The U.N. counted 30,000 victims — a well-documented toll "
                       "(A/HRC/37/24).") == 9


def test_labels_are_a_gettext_catalog_each_msgfmt_clean():
    template = {e.msgctxt: e.msgid for e in polib.pofile(str(TEMPLATE))}
    assert "contents" in template and label("contents", "en") == template["contents"]
    for lang in label_languages():
        path = LABELS_DIR / f"{lang}.po"
        subprocess.run(["msgfmt", "--check", "-o", "/dev/null", str(path)], check=True)
        keys = {e.msgctxt for e in polib.pofile(str(path))}
        assert keys == set(template), lang
    assert label("contents", "fa") != label("contents", "en")


def test_a_language_without_labels_falls_back_to_english():
    assert label("provenance", "sw") == label("provenance", "en")
    assert label("provenance", "fa_IR") == label("provenance", "fa")


def test_direction_names_and_counter_styles_come_from_one_object():
    fa, ar, de = language("fa"), language("ar"), language("de")
    assert fa.rtl and ar.rtl and not de.rtl
    assert fa.direction == "rtl" and de.direction == "ltr"
    assert fa.counter_style != "decimal" and de.counter_style == "decimal"
    assert fa.calendar == "persian" and de.calendar == "gregorian"
    assert fa.punctuation[","] == "،" and not de.punctuation
    assert language("xx-unknown").direction == "ltr"
