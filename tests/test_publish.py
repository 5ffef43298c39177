"""``dossier build`` on a small synthetic project: real PDFs checked with poppler's tools.

The project is built once per module (Persian with catalogs in every state, German with no
catalogs at all); the tests then read the PDFs with pdffonts, pdftotext, pdfdetach and
pdftoppm. Failure cases (hostile logo, missing glyph) use a second tiny project and --only.
"""

from __future__ import annotations

import hashlib
import os
import re
import shutil
import subprocess
import sys
from pathlib import Path

import pikepdf
import polib
import pytest
from cli_helpers import make_project, run
from pdf_helpers import tool, words

from workflow.config import find_project
from workflow.publish import langs
from workflow.publish.html import Settings, Writer
from workflow.publish.model import Segment, gather
from workflow.publish.pipeline import BuildOptions, build
from workflow.publish.views import Views
from workflow.states import DraftKind, State, mark_approved, mark_draft, mark_stale, mark_translated

ARTIFACTS = Path(__file__).resolve().parent.parent / "test-artifacts" / "publish"

ALPHA = """---
title: Statement on the 1988 prison massacre
date: '2018-08-20'
signatories: [Justice for Iran, Example Rights Group]
origin: {file: 000_alpha.txt, url: 'https://example.org/statements/alpha'}
sha256: 0f0e0d0c0b0a09080706050403020100ffeeddccbbaa99887766554433221100
imported: '2026-11-20'
---
# Statement on the 1988 prison massacre

## Background

{PARA}

- Families still do not know where 30,000 victims are buried.
1. We call for an independent inquiry.

> Justice delayed is justice denied.

<!-- signatures -->
Justice for Iran
Example Rights Group
""".replace("{PARA}", "In the summer of 1988, thousands of political prisoners were "
            "executed in Iran. The UN Special Rapporteur Javaid Rehman called it a crime "
            "against humanity.")

BETA = """---
title: A second short statement
date: '2020-08'
imported: '2026-11-21'
---
# A second short statement

{LINK}

Amnesty's Diana Eltahawy said: "The authorities must reveal the truth."
""".replace("{LINK}", 'See [the report](file:///etc/passwd) and <img src="file:///etc/passwd"> '
            "for details, dated 2020-08-20.")

# Persian translations (Persian yeh U+06CC and keheh U+06A9 only) and the state each gets.
FA = {
    "Statement on the 1988 prison massacre":
        ("بیانیه دربارهٔ کشتار زندانیان در سال 1988", "approved"),
    "Background": ("پیشینه", "machine"),
    "In the summer of 1988, thousands of political prisoners were executed in Iran.":
        ("در تابستان 1988، هزاران زندانی سیاسی در ایران اعدام شدند.", "translated"),
    "The UN Special Rapporteur Javaid Rehman called it a crime against humanity.":
        ("گزارشگر ویژهٔ سازمان ملل، Javaid Rehman، آن را جنایت علیه بشریت خواند.", "stale"),
    "Families still do not know where 30,000 victims are buried.":
        ("خانواده\u200cها هنوز نمی\u200cدانند 30,000 قربانی کجا به خاک سپرده شده\u200cاند.",
         "team"),
    "We call for an independent inquiry.": ("ما خواستار تحقیقی مستقل هستیم.", "approved"),
    "Justice for Iran": ("عدالت برای ایران", "approved"),
    "A second short statement": ("بیانیهٔ کوتاه دوم", "machine"),
    "Justice delayed is justice denied.": ("عدالتی که دیر برسد عدالت نیست.", "changed"),
}

ALLOWED_FONTS = ("Noto-Serif", "NotoSerif", "Vazirmatn")


# -- helpers ---------------------------------------------------------------------------------

def missing_words(expected: str, pdf_text: str) -> set[str]:
    have = words(pdf_text)
    return {w for w in words(expected) if w not in have}


def fill_catalog(po_path: Path, table: dict[str, tuple[str, str]]) -> None:
    po = polib.pofile(str(po_path), wrapwidth=0)
    for entry in po:
        if entry.msgid not in table:
            continue
        text, state = table[entry.msgid]
        if state == "approved":
            entry.msgstr = text
            mark_approved(entry, "Sara Reviewer <sara@example.org>", "2026-11-21")
        elif state == "translated":
            mark_translated(entry, text)
        elif state == "machine":
            mark_draft(entry, text, DraftKind.MACHINE, "2026-11-21", engine="argos",
                       model="translate-en_fa-1.9")
        elif state == "team":
            mark_draft(entry, text, DraftKind.TEAM, "2026-11-21", by="Dossier team")
        elif state == "stale":
            entry.msgstr = text
            mark_stale(entry, entry.msgid.replace("crime", "grave crime"))
        elif state == "changed":  # updated in Poedit ("Needs work" unticked), not approved
            entry.msgstr = text
            mark_stale(entry, entry.msgid.replace("denied", "not denied"), ["negation removed"])
            mark_translated(entry)
    po.metadata["PO-Revision-Date"] = "2026-11-21 09:30+0000"
    po.save(str(po_path))


@pytest.fixture(scope="module")
def project(tmp_path_factory):
    """alpha + beta; fa catalogs filled in every state; de has no catalogs at all."""
    saved = os.environ.pop("SOURCE_DATE_EPOCH", None)
    root = make_project(tmp_path_factory.mktemp("publish"), {"alpha": ALPHA, "beta": BETA},
                        ["fa", "de"])
    for argv in (("extract",), ("update",)):
        code, _, err = run(root, *argv)
        assert code == 0, err
    shutil.rmtree(root / "locales" / "de")
    for slug in ("alpha", "beta"):
        fill_catalog(root / "locales" / "fa" / "LC_MESSAGES" / f"{slug}.po", FA)
    code, out, err = run(root, "build")
    assert code == 0, err
    assert "de: not built: nothing translated or drafted" in out  # min-translated
    code, out, err = run(root, "build", "--lang", "de", "--force")  # a proof copy
    assert code == 0, err
    yield root
    if saved is not None:
        os.environ["SOURCE_DATE_EPOCH"] = saved


@pytest.fixture(scope="module")
def fa_text(project) -> str:
    return tool("pdftotext", str(project / "output" / "fa" / "dossier.pdf"), "-")


# -- what was built --------------------------------------------------------------------------

def test_every_statement_and_dossier_built_per_language(project):
    for lang in ("fa", "de"):
        names = sorted(p.name for p in (project / "output" / lang).glob("*.pdf"))
        assert names == ["alpha.pdf", "beta.pdf", "dossier.pdf"]


def test_fonts_all_embedded_and_only_the_shipped_families(project):
    for pdf in (project / "output").glob("*/*.pdf"):
        rows = tool("pdffonts", str(pdf)).splitlines()[2:]
        assert rows, pdf
        for row in rows:
            name, emb = row.split()[0], row.split()[-5]
            assert emb == "yes", row
            assert name.split("+")[-1].startswith(ALLOWED_FONTS), row
            assert "DejaVu" not in row


def test_every_word_of_every_segment_is_in_the_text_layer(project, fa_text):
    proj = find_project(project)
    expected = []
    for slug in ("alpha", "beta"):
        st = gather(proj, slug, "fa")
        for seg in st.segments():
            expected += [seg.source, seg.shown]
    missing = missing_words("\n".join(expected), fa_text)
    assert not missing, sorted(missing)[:20]


def test_untranslated_language_builds_with_source_text(project):
    text = tool("pdftotext", str(project / "output" / "de" / "dossier.pdf"), "-")
    body = (ALPHA.split("---")[2] + BETA.split("---")[2]).replace("<!-- signatures -->", "")
    assert not missing_words(body, text)
    assert "Nicht übersetzt" in text  # the legend, in German


def test_persian_page_numbers_in_the_footer(project):
    pdf = project / "output" / "fa" / "dossier.pdf"
    pages = int(re.search(r"Pages:\s+(\d+)", tool("pdfinfo", str(pdf))).group(1))
    for page in range(2, pages + 1):
        footer = tool("pdftotext", "-f", str(page), "-l", str(page), "-x", "0", "-y", "790",
                      "-W", "596", "-H", "52", str(pdf), "-")
        assert langs.digits(str(page), "fa") in footer, (page, footer)


def test_side_by_side_pairs_start_at_the_same_height(project):
    bbox = tool("pdftotext", "-bbox", str(project / "output" / "fa" / "alpha.pdf"), "-")

    def top(word: str) -> float:
        match = re.search(rf'yMin="([\d.]+)"[^>]*>{re.escape(word)}</word>', bbox)
        assert match, word
        return float(match.group(1))

    for en, fa in (("Background", "هنیشیپ"), ("Families", "اههداوناخ")):
        assert abs(top(en) - top(fa)) < 3, (en, top(en), top(fa))


def test_solar_hijri_dates_with_gregorian_beside(fa_text):
    line = next(li for li in fa_text.splitlines() if "مرداد" in li)
    assert "2018-08-20" in line  # the Gregorian date beside the Solar Hijri one
    assert not missing_words("۲۹ مرداد ۱۳۹۷", line)


def test_no_arabic_yeh_or_kaf_in_persian_output(fa_text):
    assert "بیانیه" in fa_text
    assert "\u064a" not in fa_text and "\u0643" not in fa_text


def test_catalogs_attached_exactly(project):
    listing = tool("pdfdetach", "-list", str(project / "output" / "fa" / "dossier.pdf"))
    assert sorted(re.findall(r"^\d+: (.+)$", listing, re.M)) == ["alpha.fa.po", "beta.fa.po"]
    listing = tool("pdfdetach", "-list", str(project / "output" / "fa" / "beta.pdf"))
    assert re.findall(r"^\d+: (.+)$", listing, re.M) == ["beta.fa.po"]
    listing = tool("pdfdetach", "-list", str(project / "output" / "de" / "dossier.pdf"))
    assert listing.startswith("0 embedded files")


def test_metadata_and_pdfa(project):
    info = tool("pdfinfo", str(project / "output" / "fa" / "alpha.pdf"))
    assert "Statement on the 1988 prison massacre" in info
    assert "Author:          Dossier translation team" in info
    assert "2026" in re.search(r"CreationDate:(.*)", info).group(1)  # from the inputs
    xmp = tool("pdfinfo", "-meta", str(project / "output" / "fa" / "alpha.pdf"))
    assert 'pdfaid:part="3" pdfaid:conformance="B"' in xmp
    for name in ("alpha.pdf", "dossier.pdf"):  # assembled: the carrier's intent and profile
        with pikepdf.open(project / "output" / "fa" / name) as pdf:
            intents = pdf.Root.OutputIntents
            assert [str(i.S) for i in intents] == ["/GTS_PDFA1"]
            assert "/DestOutputProfile" in intents[0]
            assert pdf.open_metadata().get("pdfaid:part") == "3"
    outline = tool("pdftohtml", "-xml", "-stdout", "-i", "-q",
                   str(project / "output" / "fa" / "dossier.pdf"))
    assert ">Statement on the 1988 prison massacre — بیانیه دربارهٔ کشتار زندانیان" in outline
    assert ">Colophon — شناسنامه<" in outline


def test_source_markup_is_text_never_fetched(project):
    text = tool("pdftotext", str(project / "output" / "de" / "beta.pdf"), "-")
    assert "[the report](file:///etc/passwd) and <img" in text
    assert 'src="file:///etc/passwd">' in text
    assert "root:x:0:0" not in text
    assert b"/Subtype /Image" not in (project / "output" / "de" / "beta.pdf").read_bytes()


def test_pngs_for_people_to_look_at(project):
    ARTIFACTS.mkdir(parents=True, exist_ok=True)
    prefix = ARTIFACTS / "synthetic-fa"
    tool("pdftoppm", "-r", "70", "-f", "1", "-l", "4", "-png",
         str(project / "output" / "fa" / "dossier.pdf"), str(prefix))
    assert len(list(ARTIFACTS.glob("synthetic-fa-*.png"))) == 4


# -- incremental and reproducible ------------------------------------------------------------

def test_no_change_rebuild_skips_and_force_is_byte_identical(project):
    proj = find_project(project)
    pdf = project / "output" / "fa" / "dossier.pdf"
    before = hashlib.sha256(pdf.read_bytes()).hexdigest()
    result = build(proj, BuildOptions(languages=("fa", "de")))
    assert result.written == [] and len(result.skipped) == 3
    assert result.held_back == ["de/alpha", "de/beta"]  # below min-translated, not rendered
    result = build(proj, BuildOptions(languages=("fa",), force=True, jobs=1))
    assert len(result.written) == 3
    assert hashlib.sha256(pdf.read_bytes()).hexdigest() == before


def test_changed_catalog_rebuilds_only_its_statement_and_the_dossier(project, tmp_path):
    copy = tmp_path / "p"
    shutil.copytree(project, copy)
    po = copy / "locales" / "fa" / "LC_MESSAGES" / "beta.po"
    po.write_text(po.read_text(encoding="utf-8").replace("2026-11-21 09:30", "2026-11-21 09:45"),
                  encoding="utf-8")
    result = build(find_project(copy), BuildOptions(languages=("fa",), jobs=1))
    assert sorted(result.written) == ["output/fa/beta.pdf", "output/fa/dossier.pdf"]
    assert result.skipped == ["output/fa/alpha.pdf"]


def test_build_date_from_source_date_epoch_else_inputs(project, monkeypatch):
    from workflow.publish.pipeline import build_moment

    statements = [gather(find_project(project), "alpha", "fa")]
    assert build_moment(statements).isoformat() == "2026-11-21T09:30:00+00:00"  # PO revision
    monkeypatch.setenv("SOURCE_DATE_EPOCH", "1700000000")
    assert build_moment(statements).isoformat() == "2023-11-14T22:13:20+00:00"


# -- publishing policy -----------------------------------------------------------------------

def test_min_reviewed_refuses_and_names_the_statement(project):
    pdf = project / "output" / "fa" / "alpha.pdf"
    mtime = pdf.stat().st_mtime_ns
    code, _, err = run(project, "build", "--lang", "fa", "--min-reviewed", "50")
    assert code == 1
    assert "alpha [fa]" in err and "beta [fa]" in err
    assert pdf.stat().st_mtime_ns == mtime
    code, _, err = run(project, "build", "--lang", "fa", "--min-reviewed", "0")
    assert code == 0, err


def test_marks_follow_the_entry_states(project):
    proj = find_project(project)
    st = gather(proj, "alpha", "fa")
    by_source = {s.source: s for s in st.segments()}
    stale = by_source["The UN Special Rapporteur Javaid Rehman called it a crime against humanity."]
    assert stale.shows_source and stale.category == "untranslated"
    assert by_source["Background"].category == "machine"
    html = Writer(Settings(lang="fa")).statement_part(st, 0)
    assert 'class="seg machine"' in html and 'class="seg unreviewed-draft"' in html
    assert 'class="seg untranslated" data-state="stale"' in html
    assert "\u2068Javaid Rehman\u2069" not in html  # a stale text is not shown at all
    assert "\u206830,000\u2069" in html  # numbers in Persian text are isolated
    changed = by_source["Justice delayed is justice denied."]
    assert changed.state.value == "translated" and changed.flagged  # states.needs_human
    assert changed.category == "unreviewed" and not changed.shows_source
    assert '<span class="seg unreviewed-draft changed">عدالتی که دیر برسد' in html
    # Neighbouring sentences with the same mark share one span (less to lay out).
    team = Segment("A.", "الف.", State.DRAFT, DraftKind.TEAM)
    runs, all_source = Views(Settings(lang="fa")).runs((team, team, stale))
    assert [r.cls for r in runs] == ["seg unreviewed-draft", "seg untranslated"]
    assert runs[0].text == "الف. الف." and not all_source
    assert st.counts["approved"] > 0 and st.counts["untranslated"] > 0


# -- safety ----------------------------------------------------------------------------------

HOSTILE = """---
title: Hostile
logo: {logo}
---
# Hostile

A paragraph.
"""


@pytest.fixture(scope="module")
def bad_project(tmp_path_factory):
    root = make_project(tmp_path_factory.mktemp("bad"), {
        "passwd": HOSTILE.format(logo="file:///etc/passwd"),
        "climb": HOSTILE.format(logo="../../../../../../etc/passwd"),
        "web": HOSTILE.format(logo="'http://example.org/logo.png'"),
        "glyph": HOSTILE.format(logo="''").replace("A paragraph.", "Signed in 中文 too."),
    }, ["de"])
    return root


@pytest.mark.parametrize("slug", ["passwd", "climb", "web"])
def test_resources_outside_the_project_fail_the_build(bad_project, slug):
    code, _, err = run(bad_project, "build", "--only", slug, "--force")
    assert code == 2, err
    assert "refused to load" in err
    assert "passwd" in err or "example.org" in err
    assert not (bad_project / "output" / "de" / f"{slug}.pdf").exists()


def test_missing_glyph_fails_naming_the_character(bad_project):
    code, _, err = run(bad_project, "build", "--only", "glyph", "--force")
    assert code == 1
    assert "U+4E2D" in err and "sources/glyph.md:" in err


def test_fetcher_serves_only_project_files(tmp_path):
    from weasyprint.urls import FatalURLFetchingError

    from workflow.publish.fetcher import ProjectURLFetcher

    (tmp_path / "logo.png").write_bytes(b"\x89PNG")
    (tmp_path / "link").symlink_to("/etc/passwd")
    fetcher = ProjectURLFetcher([tmp_path])
    assert fetcher.fetch((tmp_path / "logo.png").as_uri()).read() == b"\x89PNG"
    for url in ("file:///etc/passwd", (tmp_path / "link").as_uri(), "https://example.org/x",
                (tmp_path / ".." / "etc").as_uri(), "data:text/plain,hi"):
        with pytest.raises(FatalURLFetchingError):
            fetcher.fetch(url)


def test_help_does_not_import_weasyprint():
    code = ("import sys, workflow.cli.build; from workflow.cli import main; "
            "assert 'weasyprint' not in sys.modules, 'weasyprint imported'")
    subprocess.run([sys.executable, "-c", code], check=True)


def test_fontconfig_setup_leaves_no_temporary_files(tmp_path):
    """Render workers end with os._exit (no atexit): nothing may be left in the temp folder."""
    code = "import os; from workflow.publish import fonts; fonts.font_configuration(); os._exit(0)"
    env = {**os.environ, "TMPDIR": str(tmp_path)}
    subprocess.run([sys.executable, "-c", code], check=True,
                   env=env, cwd=Path(__file__).resolve().parent.parent)
    assert list(tmp_path.iterdir()) == []


# -- one layout per page ---------------------------------------------------------------------

def _kind(html: str) -> str:
    """What a document laid out is: a statement, colophon, cover, contents, the footer
    pages, or a carrier (a blank page with a PDF's metadata and attachments)."""
    kind = re.search(r'<section class="(statement|colophon|cover)"', html)
    if kind:
        return kind.group(1)
    if '<nav class="toc">' in html:
        return "contents"
    return "footer" if "<body><div></div>" in html else "carrier"


def test_each_statement_is_laid_out_once_for_its_pdf_and_the_dossier(project, monkeypatch):
    from workflow.publish.render import Renderer

    laid_out: list[tuple[str, int]] = []
    original = Renderer.layout

    def counting(self, html, *args, **kwargs):
        document = original(self, html, *args, **kwargs)
        laid_out.append((_kind(html), len(document.pages)))
        return document

    monkeypatch.setattr(Renderer, "layout", counting)
    result = build(find_project(project), BuildOptions(languages=("fa",), force=True, jobs=1))
    assert len(result.written) == 3
    kinds = [kind for kind, _ in laid_out]
    assert kinds.count("statement") == 2  # alpha and beta: once each, for both PDFs
    assert kinds.count("cover") == kinds.count("contents") == kinds.count("footer") == 1
    assert kinds.count("colophon") == 3  # each PDF's own word counts
    assert kinds.count("carrier") == 3  # one per PDF, its page dropped
    pages = int(re.search(r"Pages:\s+(\d+)", tool(
        "pdfinfo", str(project / "output" / "fa" / "dossier.pdf"))).group(1))
    front = sum(n for kind, n in laid_out if kind in ("cover", "contents"))
    bodies = sum(n for kind, n in laid_out if kind == "statement")
    colophon = max(n for kind, n in laid_out if kind == "colophon")
    assert pages == front + bodies + colophon


def test_contents_page_numbers_match_where_the_statements_start(project):
    pdf = project / "output" / "fa" / "dossier.pdf"
    outline = tool("pdftohtml", "-xml", "-stdout", "-i", "-q", str(pdf))
    starts = {label: int(page) for page, label in
              re.findall(r'<item page="(\d+)">([^<]+)', outline)}
    alpha = next(p for label, p in starts.items() if label.startswith("Statement on the 1988"))
    beta = next(p for label, p in starts.items() if label.startswith("A second short"))
    contents = tool("pdftotext", "-f", "2", "-l", "2", "-layout", str(pdf), "-")
    line_alpha = next(li for li in contents.splitlines() if "Statement on the 1988" in li)
    line_beta = next(li for li in contents.splitlines() if "A second short" in li)
    assert re.search(rf"\.\s*{alpha}\b", line_alpha), line_alpha
    assert re.search(rf"\.\s*{beta}\b", line_beta), line_beta
    assert langs.digits(str(beta), "fa") in contents  # the Persian column's numbers


# -- incremental: the dossier assembled from part PDFs -----------------------------------------

def _count_layouts(monkeypatch) -> list[str]:
    """The kind of every document laid out from now on (statement titles for statements)."""
    from workflow.publish.render import Renderer

    laid_out: list[str] = []
    original = Renderer.layout

    def counting(self, html, *args, **kwargs):
        title = re.search(r"<title>([^<—]+)", html)
        name = _kind(html)
        laid_out.append(f"{name}:{title.group(1).strip()}" if name == "statement" else name)
        return original(self, html, *args, **kwargs)

    monkeypatch.setattr(Renderer, "layout", counting)
    return laid_out


def _edit_beta(root: Path) -> None:
    po = root / "locales" / "fa" / "LC_MESSAGES" / "beta.po"
    text = po.read_text(encoding="utf-8")
    po.write_text(text.replace("بیانیهٔ کوتاه دوم", "بیانیهٔ کوتاه دوم (ویرایش)"), encoding="utf-8")


def test_one_statement_edit_lays_out_only_that_statement(project, tmp_path, monkeypatch):
    copy = tmp_path / "p"
    shutil.copytree(project, copy)
    _edit_beta(copy)
    laid_out = _count_layouts(monkeypatch)
    result = build(find_project(copy), BuildOptions(languages=("fa",), jobs=1))
    assert sorted(result.written) == ["output/fa/beta.pdf", "output/fa/dossier.pdf"]
    statements = [kind for kind in laid_out if kind.startswith("statement")]
    assert statements == ["statement:A second short statement"]  # alpha comes from its part
    # beta's title changed: the contents and both colophons that list it are laid out
    # again, the cover (word counts only) is read back from the build cache
    assert sorted(k for k in laid_out if not k.startswith("statement")) == [
        "carrier", "carrier", "colophon", "colophon", "contents"]
    dossier = copy / "output" / "fa" / "dossier.pdf"
    text = tool("pdftotext", str(dossier), "-")
    assert not missing_words("ویرایش Javaid Rehman", text)  # the edit, alpha's cached pages
    incremental = dossier.read_bytes()
    laid_out.clear()
    build(find_project(copy), BuildOptions(languages=("fa",), jobs=1, force=True))
    assert len([kind for kind in laid_out if kind.startswith("statement")]) == 2
    assert dossier.read_bytes() == incremental  # the same file as a full build


def test_a_missing_part_is_laid_out_again(project, tmp_path, monkeypatch):
    copy = tmp_path / "p"
    shutil.copytree(project, copy)
    (copy / ".dossier-cache" / "parts" / "fa" / "alpha.pdf").unlink()
    _edit_beta(copy)
    laid_out = _count_layouts(monkeypatch)
    result = build(find_project(copy), BuildOptions(languages=("fa",), jobs=1))
    assert sorted(result.written) == ["output/fa/beta.pdf", "output/fa/dossier.pdf"]
    assert sorted(k for k in laid_out if k.startswith("statement")) == [
        "statement:A second short statement", "statement:Statement on the 1988 prison massacre"]
    assert (copy / ".dossier-cache" / "parts" / "fa" / "alpha.pdf").is_file()


def test_assembled_pdfs_within_ten_percent_of_a_single_render(project, tmp_path, monkeypatch):
    """Each PDF assembled from parts (fonts merged into one subset per font) is at most 10%
    larger than WeasyPrint writing the same pages as one document (``compose``)."""
    from workflow.publish import pipeline

    copy = tmp_path / "p"
    shutil.copytree(project, copy)
    monkeypatch.setattr(pipeline, "assembled", lambda variant: False)
    build(find_project(copy), BuildOptions(languages=("fa",), jobs=1, force=True))
    folder = copy / "output" / "fa"
    single = {p.name: p.stat().st_size for p in folder.glob("*.pdf")}
    fonts = tool("pdffonts", str(folder / "dossier.pdf"))
    assembled = {p.name: p.stat().st_size for p in (project / "output" / "fa").glob("*.pdf")}
    assert sorted(single) == sorted(assembled) == ["alpha.pdf", "beta.pdf", "dossier.pdf"]
    for name, size in single.items():
        assert assembled[name] <= 1.10 * size, (name, assembled[name], size)
    # the dossier embeds each font program once, as the single render does
    with pikepdf.open(project / "output" / "fa" / "dossier.pdf") as pdf:
        programs = {obj.objgen for obj in pdf.objects
                    if isinstance(obj, pikepdf.Stream) and "/Length1" in obj}
    assert len(programs) == len(re.findall(r"CID TrueType", fonts))


def _link_targets(pdf) -> list[int]:
    """The page index each internal link of ``pdf`` leads to (named destinations resolved)."""
    names = pikepdf.NameTree(pdf.Root.Names.Dests)
    index = {page.objgen: i for i, page in enumerate(pdf.pages)}
    found = []
    for page in pdf.pages:
        for annot in page.obj.get("/Annots", []):
            dest = annot.get("/Dest")
            if dest is None and "/A" in annot:
                dest = annot.A.get("/D")
            if isinstance(dest, (pikepdf.String, pikepdf.Name)):
                dest = names[str(dest).lstrip("/")]
                if isinstance(dest, pikepdf.Dictionary):
                    dest = dest.D
            if isinstance(dest, pikepdf.Array):
                found.append(index[dest[0].objgen])
    return found


def test_contents_links_lead_to_where_the_statements_start(project, tmp_path, monkeypatch):
    """Both columns' contents entries link to their statement's first page, in a full build
    and after an edit that reads the front matter, colophons and parts back from the cache."""
    copy = tmp_path / "p"
    shutil.copytree(project, copy)
    dossier = copy / "output" / "fa" / "dossier.pdf"
    outline = tool("pdftohtml", "-xml", "-stdout", "-i", "-q", str(dossier))
    starts = sorted(int(page) - 1 for page, label in re.findall(
        r'<item page="(\d+)">([^<]+)', outline) if label.startswith(("Statement on", "A second")))
    with pikepdf.open(dossier) as pdf:
        targets = _link_targets(pdf)
    # each entry's link (one per line box, in both columns) goes to its statement
    assert sorted(set(targets)) == starts and len(targets) >= 2 * len(starts)
    po = copy / "locales" / "fa" / "LC_MESSAGES" / "alpha.po"
    catalog = polib.pofile(str(po), wrapwidth=0)
    entry = next(e for e in catalog if e.msgstr and e.msgid.startswith("We call"))
    entry.msgstr += " (ویرایش)"  # a body paragraph: contents and colophons unchanged
    catalog.save(str(po))
    laid_out = _count_layouts(monkeypatch)
    result = build(find_project(copy), BuildOptions(languages=("fa",), jobs=1))
    assert sorted(result.written) == ["output/fa/alpha.pdf", "output/fa/dossier.pdf"]
    # one statement laid out; front matter and colophons read back; the two carriers
    assert sorted(laid_out) == ["carrier", "carrier",
                                "statement:Statement on the 1988 prison massacre"]
    assert not missing_words("(ویرایش)", tool("pdftotext", str(dossier), "-"))
    with pikepdf.open(dossier) as pdf:
        targets = _link_targets(pdf)
    assert sorted(set(targets)) == starts and len(targets) >= 2 * len(starts)


@pytest.mark.parametrize(("statements", "per_page", "tries"),
                         [(5, 30, 1), (80, 16, 1), (80, 10, 2)])
def test_front_matter_settles_its_page_numbers(statements, per_page, tries):
    """The contents' numbers count the front matter's own pages: a long contents is laid out
    once when the first guess holds, twice when it does not, and always ends consistent."""
    from workflow.publish.compose import contents_starts, front_matter

    calls: list[list[int]] = []

    def compose(starts: list[int]) -> tuple[list[int], int]:
        calls.append(starts)
        return starts, 1 + -(-len(starts) // per_page)  # cover + contents pages

    starts, pages = front_matter(compose, [3] * statements, count=lambda made: made[1])
    assert len(calls) == tries
    assert starts == contents_starts(pages, [3] * statements) and starts[0] == pages + 1


def test_merged_font_subsets_keep_glyph_ids_and_drop_layout_tables():
    """HarfBuzz (and the fontTools fallback) subset the shipped font to the glyphs asked
    for, each at its original id, without layout tables (PDF text is shaped already)."""
    import io

    from fontTools.ttLib import TTFont

    from workflow.publish import subset
    from workflow.publish.fonts import FONT_DIR

    program = (FONT_DIR / "Vazirmatn-Regular.ttf").read_bytes()
    original = TTFont(io.BytesIO(program))
    names = original.getGlyphOrder()
    kept = {5, 40, 41, 300}
    assert subset.version().startswith(("harfbuzz ", "fonttools "))
    for made in (subset.subset(program, kept), subset._fonttools_subset(program, kept)):
        font = TTFont(io.BytesIO(made))
        assert not {"GSUB", "GPOS", "GDEF"} & set(font.keys())
        glyf = font["glyf"]
        for gid in kept:  # the same outline at the same id
            assert glyf[font.getGlyphOrder()[gid]].numberOfContours == \
                original["glyf"][names[gid]].numberOfContours
        dropped = next(g for g in range(1, 300) if g not in kept
                       and original["glyf"][names[g]].numberOfContours > 0)
        assert glyf[font.getGlyphOrder()[dropped]].numberOfContours == 0
