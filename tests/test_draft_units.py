"""Library pieces of drafting: numbers, glossary, memory, engine batching."""

from __future__ import annotations

import polib
import pytest
from argos_fixture import copy_archives

from workflow.draft.glossary import Glossary, Term, load_glossary
from workflow.draft.memory import TranslationMemory
from workflow.draft.numbers import check_numbers, format_number, style_for
from workflow.errors import InputError
from workflow.states import DraftKind, mark_approved, mark_draft


@pytest.mark.parametrize(
    ("lang", "draft", "expected"),
    [
        ("fa", "In 1988 about 30,000 and 3.5%", "In ۱۹۸۸ about ۳۰٬۰۰۰ and ۳٫۵%"),
        ("fa", "در ۱۹۸۸ حدود ۳۰۰۰۰ و ۳٫۵٪", "در ۱۹۸۸ حدود ۳۰٬۰۰۰ و ۳٫۵٪"),
        ("de", "1988 etwa 30.000 und 3,5 %", "1988 etwa 30.000 und 3,5 %"),
        ("de", "1988 etwa 30,000 und 3.5 %", "1988 etwa 30.000 und 3,5 %"),
        ("fr", "en 1988 environ 30 000 et 3,5 %", "en 1988 environ 30\u202f000 et 3,5 %"),
    ],
)
def test_numbers_are_localised_when_they_agree(lang, draft, expected):
    check = check_numbers("In 1988 about 30,000 and 3.5%", draft, "en", lang)
    assert check.ok, check
    assert check.text == expected


def test_number_disagreements_are_reported():
    check = check_numbers("On 12 March 2024, 22,000 were arrested.", "Am 12. März 2025 22.000",
                          "en", "de")
    assert check.missing == ["2024"] and check.extra == ["2025"]
    assert check.warning() == "numbers differ from source: missing 2024; unexpected 2025"
    assert check_numbers("the 2nd anniversary", "the anniversary", "en", "fa").missing == ["2"]


def test_babel_styles():
    assert format_number(__import__("decimal").Decimal("30000"), style_for("fa"), True) == "۳۰٬۰۰۰"
    assert style_for("xx").locale is None  # a code unknown to Babel: plain digits
    # argos's own codes for Brazilian Portuguese and traditional Chinese
    assert check_numbers("30,000 and 3.5", "30,000 e 3.5", "en", "pb").text == "30.000 e 3,5"
    assert style_for("zt").locale == "zh_Hant"
    # CLDR: Arabic's default numbering system is Latin digits; Egyptian Arabic's is arab
    assert check_numbers("In 1988, 30,000", "1988 30,000", "en", "ar").text == "1988 30,000"
    assert check_numbers("In 1988, 30,000", "1988 30,000", "en", "ar_EG").text == "١٩٨٨ ٣٠٬٠٠٠"


def test_glossary_protect_and_restore():
    glossary = Glossary([
        Term("death commission", "هیئت مرگ", "term"),
        Term("commission", "کمیسیون", "term"),
        Term("Amnesty International", "", "dnt"),
        Term("Evin", "اوین", "name"),
    ])
    prot = glossary.protect("The Death Commission, the commission and Amnesty International "
                            "in Evin, not evin.")
    assert prot.text == "The [1], the [2] and [3] in [4], not evin."
    restored = glossary.restore(prot, "X [1] Y [ ۲ ] Z [3] W [4]")
    assert restored.text == "X هیئت مرگ Y کمیسیون Z Amnesty International W اوین"
    assert restored.applied == ["death commission", "commission", "Amnesty International", "Evin"]
    assert glossary.protect("commission of the death commission").text == "[1] of the [2]"
    lost = glossary.restore(prot, "X [1] Y")
    assert lost.lost == ["commission", "Amnesty International", "Evin"]
    assert glossary.protect("see [1] Evin").text == "see [1] Evin"  # ambiguous: untouched


def test_glossary_file_errors_name_the_line(tmp_path):
    path = tmp_path / "glossary.csv"
    assert len(load_glossary(path)) == 0
    path.write_text("\ufeffsource,target,kind,note\nEvin,اوین,name,x\n\nA,,dnt\n", "utf-8")
    assert [t.source for t in load_glossary(path).terms] == ["Evin", "A"]
    for body, message in [
        ("src,tgt\nx,y\n", ":1: expected header"),
        ("source,target,kind,note\nEvin,,name,\n", ":2: name 'Evin' has no target"),
        ("source,target,kind,note\n,x,term,\n", ":2: empty source"),
    ]:
        path.write_text(body, encoding="utf-8")
        with pytest.raises(InputError) as info:
            load_glossary(path)
        assert message in info.value.one_line()


def test_memory_prefers_approved_human_work_and_ignores_drafts():
    def entry(msgstr: str) -> polib.POEntry:
        return polib.POEntry(msgid="A sentence.", msgstr=msgstr)

    translated, approved, draft = entry("t"), entry("a"), entry("")
    mark_approved(approved, "Reviewer")
    mark_draft(draft, "d", DraftKind.MACHINE)
    memory = TranslationMemory()
    memory.add("one", [draft])
    assert memory.lookup("A sentence.") is None
    memory.add("two", [translated])
    memory.add("three", [approved])
    hit = memory.lookup("A sentence.")
    assert (hit.text, hit.slug) == ("a", "three")


def test_engine_translates_each_distinct_sentence_once(tmp_path, monkeypatch):
    import zipfile

    from workflow.draft.engine import PackageTranslator, ThreadLayout
    from workflow.draft.models import _read_package

    with zipfile.ZipFile(copy_archives()["en_fa"]) as archive:
        archive.extractall(tmp_path)
    pkg = _read_package(next(tmp_path.iterdir()))
    translator = PackageTranslator(pkg, layout=ThreadLayout(2, 1))
    calls = []
    real = translator.translate_tokens
    monkeypatch.setattr(translator, "translate_tokens", lambda b: calls.append(len(b)) or real(b))
    sentences = ["Evin prison.", "The death commission.", "Evin prison.", ""]
    assert translator.translate(sentences) == ["Evin prison.", "The death commission.",
                                               "Evin prison.", ""]
    assert calls == [3]
    monkeypatch.setenv("ARGOS_INTER_THREADS", "1")
    assert ThreadLayout.for_machine(cores=4) == ThreadLayout(1, 4)
    monkeypatch.delenv("ARGOS_INTER_THREADS")
    assert ThreadLayout.for_machine(cores=4) == ThreadLayout(4, 1)


DATE_RULE = """source,target,kind,note,later
1988 massacre,قتل‌عام ۱۳۶۷ (۱۹۸۸),term,first mention; after it the short form,قتل‌عام ۶۷
massacre of 1988,قتل‌عام ۱۳۶۷ (۱۹۸۸),term,same item,قتل‌عام ۶۷
Evin,اوین,name,prison,
1988,۱۳۶۷,year,Solar Hijri,۶۷
1980s,دههٔ ۶۰,year,the decade,
"""


def test_glossary_first_and_later_forms_in_one_statement(tmp_path):
    path = tmp_path / "glossary.csv"
    path.write_text(DATE_RULE, encoding="utf-8")
    glossary = load_glossary(path)
    assert len(glossary) == 5 and [t.source for t in glossary.years] == ["1980s", "1988"]
    texts = ["Anniversary of the 1988 massacre", "Evin.", "The massacre of 1988 and Evin.",
             "The 1988 massacre, the 1988 massacre."]
    mentions = glossary.mentions(texts)
    key = "قتل‌عام ۱۳۶۷ (۱۹۸۸)"  # rows with one target are one item
    assert mentions == [frozenset(), {key}, {key, "اوین"}, {key, "اوین"}]
    first = glossary.protect(texts[0], mentions[0])
    assert glossary.restore(first, "سالگرد [1]").text == "سالگرد قتل‌عام ۱۳۶۷ (۱۹۸۸)"
    later = glossary.protect(texts[2], mentions[2])
    assert glossary.restore(later, "[1] و [2].").text == "قتل‌عام ۶۷ و اوین."
    # Without mentions (a lone sentence) the first form, then the later one in the sentence.
    twice = glossary.protect("The 1988 massacre, the 1988 massacre.")
    assert [form for _, form in twice.slots.values()] == [key, "قتل‌عام ۶۷"]
    # Year rows are equivalences for the check, never replaced in a draft.
    assert glossary.protect("In 1988 and the 1980s.").text == "In 1988 and the 1980s."


def test_glossary_year_mapping_in_the_numbers_pairing(tmp_path):
    path = tmp_path / "glossary.csv"
    path.write_text(DATE_RULE, encoding="utf-8")
    glossary = load_glossary(path)
    assert glossary.year_aliases == {1988: {1367, 67}, 1980: {60}}
    mapped = check_numbers("In the summer of 1988, 30,000", "تابستان ۱۳۶۷، 30000", "en", "fa",
                           glossary.year_aliases)
    assert mapped.ok and mapped.text == "تابستان ۱۳۶۷، ۳۰٬۰۰۰"  # the Hijri year is kept
    plain = check_numbers("In the summer of 1988", "تابستان ۱۳۶۷", "en", "fa")
    assert plain.missing == ["1988"] and plain.extra == ["۱۳۶۷"]
    # An exact pair wins over an alias: 1988 pairs with ۱۹۸۸, the 1367 stays extra.
    both = check_numbers("In 1988", "در ۱۳۶۷ (۱۹۸۸)", "en", "fa", glossary.year_aliases)
    assert both.extra == ["۱۳۶۷"]
    # A glossary form brings its own numbers and brackets.
    source, draft = glossary.without_forms("The 1988 massacre in Evin",
                                           "قتل‌عام ۱۳۶۷ (۱۹۸۸) در اوین")
    assert source.split() == ["The", "in"] and draft.split() == ["در"]


@pytest.mark.parametrize(("body", "message"), [
    ("source,target,kind,note,later\n1988x,۱۳۶۷,year,,\n", ":2: year '1988x': the source must"),
    ("source,target,kind,note,later\n1988,سال,year,,\n", ":2: year '1988': 'سال' has no number"),
    ("source,target,kind,note,later\nEvin,,dnt,,اوین\n", ":2: dnt 'Evin' keeps the source form"),
    ("source,target,kind,note\nEvin,اوین,name,prison,later\n", ":2: 5 columns, the header has 4"),
    ("source,target,kind,later\nEvin,اوین,name,\n", ":1: expected header"),
])
def test_glossary_date_rule_errors_name_the_line(tmp_path, body, message):
    path = tmp_path / "glossary.csv"
    path.write_text(body, encoding="utf-8")
    with pytest.raises(InputError) as info:
        load_glossary(path)
    assert message in info.value.one_line()
