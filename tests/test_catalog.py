"""dossier extract / update through the CLI, on real files, judged by GNU gettext."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from babel.messages.plurals import get_plural
from catalog_helpers import SOURCE, assert_gnu_clean, gnu, make_project, run

from workflow.catalog.pofile import read_catalog, render_catalog
from workflow.catalog.units import units_of
from workflow.source import read_source
from workflow.states import (
    DraftKind,
    State,
    mark_approved,
    mark_draft,
    mark_translated,
    needs_human,
    state_of,
)

REPO = Path(__file__).resolve().parents[1]
EDITED = SOURCE.replace(
    'Police arrested him on 3 May in Tehran. He was held for 30,000 hours. '
    'The court said "the law is clear." Police arrested him on 3 May in Tehran.',
    "Police arrested him on 5 May in Tehran. Police did not arrest him on 3 May in Tehran. "
    "He was held for 30,000 hours. A completely new sentence appears here.",
).replace("- Another item\n", "").replace("\nPolice arrested him on 3 May in Tehran.\n\n", "\n")


@pytest.fixture(scope="module")
def project(tmp_path_factory):
    root = make_project(tmp_path_factory.mktemp("catalog"), {"alpha": SOURCE})
    code, out, err = run(root, "update")
    assert code == 0, err
    return root


def entries(path: Path) -> dict:
    return {e.msgid: e for e in read_catalog(path).entries}


def test_template_has_one_entry_per_sentence_with_types_and_references(project):
    pot = project / "locales/templates/alpha.pot"
    found = entries(pot)
    assert list(found)[:3] == ["Alpha statement", "Mr. Smith speaks",
                               "Police arrested him on 3 May in Tehran."]
    assert found["Alpha statement"].comment == "type: title"
    assert found["Mr. Smith speaks"].comment == "type: heading"
    assert found["First item."].comment == "type: list"
    assert found["Second sentence of item."].comment == "type: list"
    assert found["A quotation here."].comment == "type: quote"
    assert found["5 October 2013"].comment == "type: signature"
    shared = found["Police arrested him on 3 May in Tehran."]
    assert shared.occurrences == [("sources/alpha.md", "10"), ("sources/alpha.md", "17")]
    text = pot.read_text(encoding="utf-8")
    assert "#: sources/alpha.md:10 sources/alpha.md:17\n" in text
    assert "POT-Creation-Date: 2026-11-22 00:00+0000" in text


def test_units_api_gives_blocks_and_sentence_positions(project):
    units = units_of(read_source(project / "sources/alpha.md"), "en")
    para = [u for u in units if u.line == 10]
    assert [u.sentence_index for u in para] == [0, 1, 2, 3]
    assert len({u.block_index for u in para}) == 1
    assert units[0].kind == "title" and units[-1].kind == "signature"


def test_every_catalog_passes_gettext_tools(project):
    pot = project / "locales/templates/alpha.pot"
    assert_gnu_clean(pot)
    for lang in ("fa", "fr"):
        assert_gnu_clean(project / f"locales/{lang}/LC_MESSAGES/alpha.po", pot)


def test_new_catalog_headers_come_from_babel(project):
    # Compared with the installed Babel, not with one CLDR release's rules.
    headers = read_catalog(project / "locales/fa/LC_MESSAGES/alpha.po").headers
    assert headers["Language"] == "fa"
    assert headers["Language-Team"].startswith("Persian")
    assert headers["Plural-Forms"] == str(get_plural("fa"))
    assert headers["Content-Type"] == "text/plain; charset=UTF-8"
    assert headers["MIME-Version"] == "1.0"
    assert headers["X-Generator"].startswith("dossier ")
    fr = read_catalog(project / "locales/fr/LC_MESSAGES/alpha.po").headers
    assert fr["Plural-Forms"] == str(get_plural("fr"))


def test_outputs_are_deterministic_and_cached(project):
    files = sorted((project / "locales").rglob("*.po*"))
    before = {p: (p.read_bytes(), p.stat().st_mtime_ns) for p in files}
    code, out, _ = run(project, "update")
    assert code == 0 and "0 written" in out and "0 created, 0 merged" in out
    shutil.rmtree(project / ".dossier-cache")  # no cache: full re-run, same bytes
    assert run(project, "update")[0] == 0
    assert {p: (p.read_bytes(), p.stat().st_mtime_ns) for p in files} == before


def test_source_edit_keeps_translations_and_flags_meaning_flips(tmp_path, monkeypatch):
    monkeypatch.setenv("SOURCE_DATE_EPOCH", "1795000000")
    root = make_project(tmp_path, {"alpha": SOURCE}, languages=("fa",))
    assert run(root, "update")[0] == 0
    po = root / "locales/fa/LC_MESSAGES/alpha.po"
    catalog = read_catalog(po)
    for entry in catalog.entries:
        if entry.msgid == "Police arrested him on 3 May in Tehran.":
            entry.msgstr = "پلیس او را در ۳ مه در تهران بازداشت کرد."
            mark_approved(entry, "Jane Doe", "2026-11-20")
        elif entry.msgid == "He was held for 30,000 hours.":
            mark_translated(entry, "او ۳۰٬۰۰۰ ساعت بازداشت بود.")
            entry.tcomment = "checked with the lawyer"
        elif entry.msgid == "First item.":
            mark_draft(entry, "مورد اول.", DraftKind.MACHINE, "2026-11-21", engine="argos")
        elif entry.msgid == "Another item":
            mark_translated(entry, "مورد دیگر")
    catalog.headers["Last-Translator"] = "Jane Doe <jane@example.org>"
    po.write_text(render_catalog(catalog), encoding="utf-8")
    revision = catalog.headers["PO-Revision-Date"]

    monkeypatch.setenv("SOURCE_DATE_EPOCH", "1795100000")
    (root / "sources/alpha.md").write_text(EDITED, encoding="utf-8")
    code, _, err = run(root, "update")
    assert code == 0, err
    assert "meaning may have changed" in err
    after = read_catalog(po)
    found = {e.msgid: e for e in after.entries}
    kept = found["He was held for 30,000 hours."]
    assert kept.msgstr == "او ۳۰٬۰۰۰ ساعت بازداشت بود."
    assert kept.tcomment == "checked with the lawyer"
    assert state_of(kept) is State.TRANSLATED
    assert state_of(found["First item."]) is State.DRAFT
    date = found["Police arrested him on 5 May in Tehran."]
    neg = found["Police did not arrest him on 3 May in Tehran."]
    for entry in (date, neg):
        assert "fuzzy" in entry.flags
        assert entry.previous_msgid == "Police arrested him on 3 May in Tehran."
        assert entry.msgstr == "پلیس او را در ۳ مه در تهران بازداشت کرد."
        assert state_of(entry) is State.STALE and "approved:" not in entry.tcomment
    assert "changed: date 3 May -> 5 May" in date.tcomment
    assert "changed: negation added (not)" in neg.tcomment
    assert found["A completely new sentence appears here."].msgstr == ""
    gone = {e.msgid: e for e in after.obsolete}
    assert gone["Another item"].msgstr == "مورد دیگر"
    assert gone["Police arrested him on 3 May in Tehran."].tcomment.startswith("approved:")
    assert after.headers["Last-Translator"] == "Jane Doe <jane@example.org>"
    # update changed translations: revised at SOURCE_DATE_EPOCH
    assert (revision, after.headers["PO-Revision-Date"]) == (
        "2026-11-18 11:06+0000", "2026-11-19 14:53+0000")
    text = po.read_text(encoding="utf-8")
    assert '#| msgid "Police arrested him on 3 May in Tehran."\n' in text
    assert '#~ msgid "Another item"\n#~ msgstr "مورد دیگر"\n' in text
    assert_gnu_clean(po, root / "locales/templates/alpha.pot")

    # adding a sentence changes no translation: PO-Revision-Date stays
    monkeypatch.setenv("SOURCE_DATE_EPOCH", "1796000000")
    revision = after.headers["PO-Revision-Date"]
    (root / "sources/alpha.md").write_text(EDITED.replace("> A quotation here.",
                                                          "> A quotation here. And more."))
    assert run(root, "update")[0] == 0
    again = read_catalog(po)
    assert again.headers["PO-Revision-Date"] == revision
    assert "And more." in {e.msgid for e in again.entries}
    assert len(again.obsolete) == 2


def test_states_survive_gnu_msgmerge_and_a_poedit_style_unfuzzy(tmp_path):
    """GNU msgmerge (or Weblate's msgmerge add-on) re-fuzzies an approved entry but keeps its
    '# approved:' comment; Poedit drops '#| msgid' when "Needs work" is unticked. The entry
    must not come back approved, and the meaning-flip guard must still speak."""
    root = make_project(tmp_path, {"alpha": SOURCE}, languages=("fa",))
    assert run(root, "update")[0] == 0
    po, pot = root / "locales/fa/LC_MESSAGES/alpha.po", root / "locales/templates/alpha.pot"
    catalog = read_catalog(po)
    for entry in catalog.entries:
        if entry.msgid == "He was held for 30,000 hours.":
            mark_translated(entry, "او ۳۰٬۰۰۰ ساعت بازداشت بود.")
            mark_approved(entry, "Jane Doe", "2026-11-20")
    po.write_text(render_catalog(catalog), encoding="utf-8")
    merged = gnu("msgcat", str(po)).stdout  # msgcat keeps the state as it is
    assert state_of(entries_of_text(tmp_path, merged)["He was held for 30,000 hours."]) \
        is State.APPROVED
    (root / "sources/alpha.md").write_text(SOURCE.replace("30,000 hours", "3,000 hours"),
                                           encoding="utf-8")
    assert run(root, "extract")[0] == 0
    result = gnu("msgmerge", "--previous", "-q", "-o", str(po), str(po), str(pot))
    assert result.returncode == 0, result.stderr
    entry = entries(po)["He was held for 3,000 hours."]
    assert state_of(entry) is State.STALE and "approved: Jane Doe" in entry.tcomment
    code, _, err = run(root, "update")
    assert code == 0 and "number 30,000 -> 3,000" in err
    entry = entries(po)["He was held for 3,000 hours."]
    assert "approved:" not in entry.tcomment
    assert "changed: number 30,000 -> 3,000" in entry.tcomment
    assert_gnu_clean(po, pot)
    # Poedit: unticking "Needs work" removes the fuzzy flag and the previous msgid
    poedit = "".join(line for line in po.read_text(encoding="utf-8").splitlines(True)
                     if not line.startswith(("#, fuzzy", "#| ")))
    entry = entries_of_text(tmp_path, poedit)["He was held for 3,000 hours."]
    assert state_of(entry) is State.TRANSLATED and needs_human(entry)
    # plain msgmerge (no --previous) drops '#|': stale degrades to draft, still needs a human
    plain = gnu("msgmerge", "-q", "-o", "-", str(po), str(pot)).stdout
    entry = entries_of_text(tmp_path, plain)["He was held for 3,000 hours."]
    assert state_of(entry) is State.DRAFT and needs_human(entry)


def entries_of_text(folder: Path, text: str) -> dict:
    path = folder / "scratch.po"
    path.write_text(text, encoding="utf-8")
    return entries(path)


def test_hand_edited_catalog_is_not_skipped(tmp_path):
    root = make_project(tmp_path, {"alpha": SOURCE}, languages=("fr",))
    assert run(root, "update")[0] == 0
    po = root / "locales/fr/LC_MESSAGES/alpha.po"
    po.write_text(po.read_text(encoding="utf-8").replace(
        '#: sources/alpha.md:8\nmsgid "Mr. Smith speaks"',
        '#: wrong.md:1\nmsgid "Mr. Smith speaks"'), encoding="utf-8")
    code, out, _ = run(root, "update")
    assert code == 0 and "1 merged" in out
    assert "#: sources/alpha.md:8\n" in po.read_text(encoding="utf-8")


def test_malformed_po_is_an_input_error_and_nothing_is_written(tmp_path):
    root = make_project(tmp_path, {"alpha": SOURCE, "beta": SOURCE}, languages=("fa", "fr"))
    assert run(root, "update")[0] == 0
    bad = root / "locales/fr/LC_MESSAGES/beta.po"
    good = root / "locales/fa/LC_MESSAGES/alpha.po"
    bad.write_text(bad.read_text(encoding="utf-8") + '\nmsgid "x"\nmsgstr "y" junk\n',
                   encoding="utf-8")
    lines = bad.read_text(encoding="utf-8").count("\n")
    (root / "sources/alpha.md").write_text(EDITED, encoding="utf-8")
    pot = root / "locales/templates/alpha.pot"
    before = (bad.read_bytes(), good.read_bytes(), pot.read_bytes())
    code, _, err = run(root, "update")
    assert code == 2
    assert f"locales/fr/LC_MESSAGES/beta.po:{lines}: syntax error" in err
    assert (bad.read_bytes(), good.read_bytes(), pot.read_bytes()) == before  # nor the template
    bad.write_bytes(bad.read_bytes().replace(b'\nmsgid "x"\nmsgstr "y" junk\n', b""))
    assert run(root, "update")[0] == 0 and pot.read_bytes() != before[2]


def test_bad_sources_give_one_line_errors(tmp_path):
    root = make_project(tmp_path, {"alpha": "# No front matter\n\nText.\n"})
    code, _, err = run(root, "extract")
    assert code == 2 and "sources/alpha.md:1: no YAML front matter" in err
    (root / "sources/alpha.md").write_text("---\ntitle: x\n---\n\n", encoding="utf-8")
    code, _, err = run(root, "extract")
    assert code == 2 and "empty body" in err
    assert not (root / "locales").exists()


def test_unknown_language_is_a_usage_error(project):
    code, _, err = run(project, "update", "--lang", "xx")
    assert code == 2 and "xx" in err


@pytest.mark.skipif(not list((REPO / "sources").glob("*.md")), reason="no imported sources")
def test_imported_statements(tmp_path):
    shutil.copytree(REPO / "sources", tmp_path / "sources",
                    ignore=shutil.ignore_patterns("*.txt"))
    make_project(tmp_path, {}, languages=("fa", "ar"))
    code, _, err = run(tmp_path, "update")
    assert code == 0, err
    for pot in sorted((tmp_path / "locales/templates").glob("*.pot")):
        assert len(read_catalog(pot).entries) > 5
        assert_gnu_clean(pot)
        for lang in ("fa", "ar"):
            assert_gnu_clean(tmp_path / f"locales/{lang}/LC_MESSAGES/{pot.stem}.po", pot)
    assert gnu("msgfmt", "--version").returncode == 0
