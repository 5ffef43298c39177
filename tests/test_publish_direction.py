"""Mixed directions read in order: English names, titles, URLs and numbers with units
inside Persian and Arabic pages, checked in the PDFs' text layer (pdftotext).

The old failures these guard against: a name left in English in an Arabic signature block
printed with its final full stop first (".Activists of Iran"), and an English title in a
right-to-left heading whose brackets and slashes jumped to the other end of the line when
it broke (")UN report A/HRC/37/24( massacre").
"""

from __future__ import annotations

import re

import polib
import pytest
from cli_helpers import make_project, run
from pdf_helpers import tool

TITLE = "Statement on the 1988 prison massacre (UN report A/HRC/37/24)"
URL = "https://example.org/statements/alpha?id=7"
SOURCE = f"""---
title: {TITLE}
signatories: [Justice for Iran, Activists of Iran.]
origin: {{url: '{URL}'}}
imported: '2026-11-20'
---
# {TITLE}

Prisoners were executed in 1988, 10 km from the city. Families were not told.

<!-- signatures -->
Justice for Iran
Activists of Iran.
"""
FA = {"Prisoners were executed in 1988, 10 km from the city.":
      "زندانیان در سال 1988، 10 km دورتر از شهر اعدام شدند.",
      "Families were not told.": "به خانواده‌ها چیزی گفته نشد."}
AR = {"Prisoners were executed in 1988, 10 km from the city.":
      "أُعدم السجناء عام 1988 على بعد 10 km من المدينة.",
      "Families were not told.": "لم تُبلَّغ العائلات.",
      # Names and the title left in English by the translator (msgstr = msgid).
      "Justice for Iran": "Justice for Iran", "Activists of Iran.": "Activists of Iran.",
      TITLE: TITLE}


@pytest.fixture(scope="module")
def built(tmp_path_factory):
    root = make_project(tmp_path_factory.mktemp("bidi"), {"one": SOURCE}, ["fa", "ar"])
    for argv in (("extract",), ("update",)):
        assert run(root, *argv)[0] == 0
    for lang, table in (("fa", FA), ("ar", AR)):
        path = root / "locales" / lang / "LC_MESSAGES" / "one.po"
        po = polib.pofile(str(path), wrapwidth=0)
        for entry in po:
            if entry.msgid in table:
                entry.msgstr = table[entry.msgid]
        po.save(str(path))
    code, _, err = run(root, "build")
    assert code == 0, err
    return root


def text_of(root, lang: str) -> str:
    return tool("pdftotext", str(root / "output" / lang / "one.pdf"), "-")


@pytest.mark.parametrize("lang", ["fa", "ar"])
def test_no_line_starts_with_punctuation_that_belongs_at_its_end(built, lang):
    lines = text_of(built, lang).splitlines()
    assert not [li for li in lines if re.match(r"^[./]\s*[A-Za-z]", li)], lang
    assert not [li for li in lines if re.search(r"\)UN|UN\(|A/HRC\(|\(37/24\b", li)], lang


def test_names_left_in_english_keep_their_final_full_stop(built):
    lines = text_of(built, "ar").splitlines()
    assert sum(li.strip() == "Activists of Iran." for li in lines) >= 1
    assert not any(".Activists" in li for li in lines)


def test_english_title_on_persian_provenance_page_reads_in_order(built):
    text = " ".join(text_of(built, "fa").split())
    # The untranslated title on the Persian side: its own left-to-right line(s).
    assert text.count("Statement on the 1988 prison massacre (UN report A/HRC/37/24)") >= 2
    assert text.count("A/HRC/37/24)") >= 3  # running head, statement, provenance


@pytest.mark.parametrize("lang", ["fa", "ar"])
def test_numbers_with_units_and_urls_stay_whole(built, lang):
    text = text_of(built, lang)
    assert "10 km" in text
    assert URL in text
    assert "1988" in text
