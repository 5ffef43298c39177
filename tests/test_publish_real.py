"""One real statement (imported from the seeds), built in the other two layouts.

Persian (interleaved) with a few translations in different states, Arabic (target only)
with no catalog: the text layer must hold every word, fonts must be the shipped ones, the
footer must carry native digits. PNGs go to test-artifacts/publish/ for a person to check.
"""

from __future__ import annotations

import re
import shutil
from pathlib import Path

import polib
import pytest
from cli_helpers import run
from pdf_helpers import tool, words

from workflow.config import find_project
from workflow.language import language
from workflow.publish.model import gather
from workflow.states import DraftKind, mark_approved, mark_draft, mark_translated

DATA = Path(__file__).resolve().parent / "data" / "publish"
ARTIFACTS = Path(__file__).resolve().parent.parent / "test-artifacts" / "publish"
SLUG = "iran-1988-massacre-single"

# msgid prefix -> (Persian translation, state)
FA = {
    "Iran: The 1988 massacre": (
        "ایران: کشتار 1988 بدترین اعدام زندانیان سیاسی از زمان WW2 بود", "approved"),
    "London, 7 September": (
        "لندن، ۷ سپتامبر – نام 59 مقام ارشد در ایران که در کشتار 1988 نقش داشتند، "
        "این هفته از سوی مقاومت ایران منتشر شد.", "approved"),
    "The People’s Mojahedin": (
        "سازمان مجاهدین خلق ایران (PMOI/MEK) دربارهٔ کسانی که در این جنایات دست داشتند "
        "تحقیق کرده و نزدیک به 60 نفر را یافته است که هنوز در حکومت هستند.", "machine"),
    "The massacre was the single-worst": (
        "این کشتار بدترین اعدام زندانیان سیاسی از زمان WW2 بود و به مرگ 30,000 تن از "
        "مخالفان رژیم، عمدتاً اعضای PMOI، انجامید.", "translated"),
}


@pytest.fixture(scope="module")
def real(tmp_path_factory):
    root = tmp_path_factory.mktemp("real")
    (root / "sources").mkdir()
    shutil.copy(DATA / f"{SLUG}.md", root / "sources")
    (root / "dossier.toml").write_text('[tool.dossier]\nlanguages = ["fa", "ar"]\n')
    for argv in (("extract",), ("update", "--lang", "fa")):
        code, _, err = run(root, *argv)
        assert code == 0, err
    po_path = root / "locales" / "fa" / "LC_MESSAGES" / f"{SLUG}.po"
    po = polib.pofile(str(po_path), wrapwidth=0)
    for entry in po:
        for prefix, (text, state) in FA.items():
            if entry.msgid.startswith(prefix):
                if state == "approved":
                    entry.msgstr = text
                    mark_approved(entry, "Reviewer One", "2026-11-22")
                elif state == "machine":
                    mark_draft(entry, text, DraftKind.MACHINE, "2026-11-22", engine="argos")
                else:
                    mark_translated(entry, text)
    po.save(str(po_path))
    code, _, err = run(root, "build", "--lang", "fa", "--layout", "interleaved")
    assert code == 0, err
    code, _, err = run(root, "build", "--lang", "ar", "--layout", "target-only", "--force")
    assert code == 0, err
    return root


@pytest.mark.parametrize("lang", ["fa", "ar"])
def test_real_statement_every_word_and_only_shipped_fonts(real, lang):
    pdf = real / "output" / lang / "dossier.pdf"
    have = words(tool("pdftotext", str(pdf), "-"))
    st = gather(find_project(real), SLUG, lang)
    expected = " ".join(s.shown for s in st.segments())
    if lang == "fa":
        expected += " " + " ".join(s.source for s in st.segments())  # interleaved: both
    missing = [w for w in words(expected) if w not in have]
    assert not missing, missing[:10]
    for row in tool("pdffonts", str(pdf)).splitlines()[2:]:
        assert row.split()[0].split("+")[-1].startswith(("Noto-Serif", "Vazirmatn")), row


def test_real_statement_native_digits_in_footer_and_persian_letters(real):
    fa = real / "output" / "fa" / f"{SLUG}.pdf"
    footer = tool("pdftotext", "-f", "2", "-l", "2", "-y", "790", "-H", "52", "-W", "596",
                  str(fa), "-")
    assert "۲" in footer
    ar = real / "output" / "ar" / "dossier.pdf"
    footer = tool("pdftotext", "-f", "2", "-l", "2", "-y", "790", "-H", "52", "-W", "596",
                  str(ar), "-")
    assert language("ar").number(2) in footer  # the language model's digits (CLDR's rule)
    text = tool("pdftotext", str(real / "output" / "fa" / "dossier.pdf"), "-")
    assert "\u064a" not in text and "\u0643" not in text
    listing = tool("pdfdetach", "-list", str(fa))
    assert re.findall(r"^\d+: (.+)$", listing, re.M) == [f"{SLUG}.fa.po"]


def test_real_statement_pngs(real):
    ARTIFACTS.mkdir(parents=True, exist_ok=True)
    for lang in ("fa", "ar"):
        tool("pdftoppm", "-r", "70", "-f", "1", "-l", "3", "-png",
             str(real / "output" / lang / "dossier.pdf"), str(ARTIFACTS / f"real-{lang}"))
    assert len(list(ARTIFACTS.glob("real-*.png"))) >= 6
