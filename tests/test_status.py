"""dossier status: counts per state from real catalogs, table and JSON."""

from __future__ import annotations

import json

import pytest
from catalog_helpers import SOURCE, make_project, run

from workflow.catalog.pofile import read_catalog, render_catalog
from workflow.states import DraftKind, mark_approved, mark_draft, mark_stale, mark_translated


@pytest.fixture(scope="module")
def project(tmp_path_factory):
    root = make_project(tmp_path_factory.mktemp("status"), {"alpha": SOURCE, "beta": SOURCE},
                        languages=("fa", "fr"))
    assert run(root, "update", "--lang", "fa", "alpha")[0] == 0
    po = root / "locales/fa/LC_MESSAGES/alpha.po"
    catalog = read_catalog(po)
    e = catalog.entries
    mark_draft(e[0], "بیانیه", DraftKind.MACHINE, "2026-11-22", engine="argos")
    mark_draft(e[1], "آقای اسمیت", DraftKind.MEMORY, "2026-11-22")
    mark_translated(e[2], "پلیس")
    e[3].msgstr = "او"
    mark_approved(e[3], "Jane Doe", "2026-11-22")
    e[4].msgstr = "دادگاه"
    mark_stale(e[4], "An older sentence.")
    catalog.obsolete.append(polib_obsolete())
    po.write_text(render_catalog(catalog), encoding="utf-8")
    return root


def polib_obsolete():
    import polib
    return polib.POEntry(msgid="Gone sentence here.", msgstr="رفته", obsolete=True)


def test_json_counts_entries_and_words_per_state(project):
    code, out, err = run(project, "status", "--json")
    assert code == 0, err
    data = json.loads(out)
    rows = {(c["statement"], c["language"]): c for c in data["catalogs"]}
    fa = rows[("alpha", "fa")]
    states = {k: v["entries"] for k, v in fa["states"].items()}
    total = fa["total"]["entries"]
    assert states == {"machine": 1, "draft": 1, "translated": 1, "approved": 1, "stale": 1,
                      "untranslated": total - 5}
    assert fa["states"]["translated"]["words"] == 8  # "Police arrested him on 3 May in Tehran."
    assert fa["obsolete"] == {"entries": 1, "words": 3}
    assert fa["percent_translated"] == round(200 / total, 1)
    assert fa["percent_approved"] == round(100 / total, 1)
    assert fa["percent_drafted"] == round(400 / total, 1)  # stale text translates an old sentence
    assert rows[("beta", "fr")]["exists"] is False
    assert rows[("beta", "fr")]["states"]["untranslated"]["entries"] == total
    assert data["totals"]["all"]["total"]["entries"] == 4 * total


def test_table_has_rows_and_totals(project):
    code, out, _ = run(project, "status", "--lang", "fa")
    assert code == 0
    lines = out.splitlines()
    assert lines[0].split()[:3] == ["statement", "lang", "untranslated"]
    assert any(line.startswith("alpha") and " fa " in line for line in lines)
    assert any(line.startswith("beta") and " fa* " in line for line in lines)
    assert any(line.startswith("TOTAL") and " all " in line for line in lines)
    assert not any(" fr" in line for line in lines[2:-1])


def test_unreadable_catalog_is_exit_2(project, tmp_path):
    po = project / "locales/fa/LC_MESSAGES/alpha.po"
    saved = po.read_bytes()
    try:
        po.write_bytes(saved + b'\nmsgid "x"\n')
        code, _, err = run(project, "status")
        assert code == 2 and "alpha.po" in err
    finally:
        po.write_bytes(saved)


def test_counts_follow_edits_despite_the_cache(tmp_path):
    root = make_project(tmp_path, {"alpha": SOURCE}, languages=("fr",))
    assert run(root, "update")[0] == 0

    def translated() -> int:
        data = json.loads(run(root, "status", "--json")[1])
        return data["totals"]["all"]["states"]["translated"]["entries"]

    assert translated() == 0
    po = root / "locales/fr/LC_MESSAGES/alpha.po"
    catalog = read_catalog(po)
    mark_translated(catalog.entries[0], "Déclaration Alpha")
    po.write_text(render_catalog(catalog), encoding="utf-8")
    assert translated() == 1


def test_unknown_statement_is_an_input_error(project):
    code, out, err = run(project, "status", "nosuch")
    assert code == 2
    assert "no such statement: nosuch" in err
    assert out == ""
