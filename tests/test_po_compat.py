"""Catalogs other tools write: dossier reads them and writes them back exactly as msgcat does.

tests/data/po/ holds small realistic catalogs (plural forms, contexts, obsolete entries,
previous msgids, long wrapped lines, format flags, a raw xgettext template, literal line and
paragraph separators); GNU msgcat, run here, is the judge of every byte.
"""

from __future__ import annotations

import os
import time
from pathlib import Path

import pytest
from catalog_helpers import SOURCE, assert_gnu_clean, gnu, make_project, run

from workflow.catalog.pofile import parse_catalog, read_catalog, render_catalog
from workflow.catalog.update import update_catalog
from workflow.config import find_project

DATA = Path(__file__).resolve().parent / "data" / "po"
FILES = sorted(DATA.iterdir())


@pytest.mark.parametrize("path", FILES, ids=[p.name for p in FILES])
def test_writer_is_byte_identical_with_msgcat(path):
    theirs = gnu("msgcat", str(path))
    assert theirs.returncode == 0, theirs.stderr
    assert render_catalog(read_catalog(path)) == theirs.stdout


def test_literal_separators_and_form_feed_are_text(tmp_path):
    """U+2028, U+2029, U+0085 and a literal form feed are not line ends (GNU keeps them)."""
    text = ('msgid ""\nmsgstr ""\n"Content-Type: text/plain; charset=UTF-8\\n"\n\n'
            'msgid "a\u2028b"\nmsgstr "x\u2029y\u0085z\x0cw"\n\n'
            '\x0c\n#: f.c:1\nmsgid "second"\nmsgstr ""\n')
    path = tmp_path / "sep.po"
    path.write_text(text, encoding="utf-8")
    catalog = read_catalog(path)
    assert catalog.entries[0].msgid == "a\u2028b"
    assert catalog.entries[0].msgstr == "x\u2029y\u0085z\x0cw"
    assert render_catalog(catalog) == gnu("msgcat", str(path)).stdout


def test_commands_read_a_catalog_with_a_line_separator(tmp_path):
    """Review defect 6: such a text saved in a catalog must not make it unreadable."""
    root = make_project(tmp_path / "p", {"alpha": SOURCE}, languages=("fa",))
    assert run(root, "update")[0] == 0
    po = root / "locales/fa/LC_MESSAGES/alpha.po"
    po.write_text(po.read_text(encoding="utf-8").replace(
        'msgid "Alpha statement"\nmsgstr ""', 'msgid "Alpha statement"\nmsgstr "بیانیه\u2028آلفا"'),
        encoding="utf-8")
    for command in ("status", "check", "update"):
        code, _, err = run(root, command)
        assert code in (0, 1), (command, err)
    assert "بیانیه\u2028آلفا" in po.read_text(encoding="utf-8")
    assert_gnu_clean(po)


def test_xgettext_template_with_commented_plural_forms_parses():
    catalog = read_catalog(DATA / "xgettext.pot")
    first = catalog.entries[0]
    assert first.msgid == "%s: missing operand"
    assert first.tcomment == '"Plural-Forms: nplurals=INTEGER; plural=EXPRESSION;\\n"'
    assert catalog.headers["Content-Transfer-Encoding"] == "8bit"


def test_new_entries_from_a_template_keep_plurals_and_format_flags(tmp_path):
    root = make_project(tmp_path / "p", {"alpha": SOURCE}, languages=("de",))
    project = find_project(root)
    template = read_catalog(DATA / "xgettext.pot")
    template.headers["Project-Id-Version"] = "demo 1.0"  # msgfmt warns about the placeholder
    text, _ = update_catalog(project, "de", template, None)
    new = {e.msgid: e for e in parse_catalog(text).entries}
    plural = new["%d directory removed"]
    assert plural.msgid_plural == "%d directories removed"
    assert "c-format" in plural.flags and "c-format" in new["%s: missing operand"].flags
    assert new["Ready"].msgctxt == "status bar"
    po = tmp_path / "de.po"
    po.write_text(text, encoding="utf-8")
    assert_gnu_clean(po, DATA / "xgettext.pot")  # msgfmt --check, msgmerge fixed point
    # An existing entry takes its format flags from the template, as msgmerge does.
    old = parse_catalog(text.replace("#, c-format\nmsgid \"%s: missing operand\"",
                                     "msgid \"%s: missing operand\""))
    again, _ = update_catalog(project, "de", template, old)
    assert "c-format" in {e.msgid: e for e in parse_catalog(again).entries}[
        "%s: missing operand"].flags


@pytest.mark.parametrize("argv", [("update", "--bogus"), ("build", "--layout", "nope"),
                                  ("nosuch",), ("draft", "--engine", "x"), ("check", "--select")])
def test_usage_errors_take_one_line(tmp_path, argv):
    root = make_project(tmp_path / "p", {"alpha": SOURCE})
    code, out, err = run(root, *argv)
    assert code == 2 and out == ""
    assert err.count("\n") == 1 and err.startswith("dossier: error: ") and "--help" in err, err


def test_stale_temporary_files_are_cleaned_on_the_next_run(tmp_path):
    root = make_project(tmp_path / "p", {"alpha": SOURCE}, languages=("fa",))
    assert run(root, "update")[0] == 0
    folder = root / "locales/fa/LC_MESSAGES"
    old = folder / ".alpha.po.k3j_x9a2.tmp"
    fresh = folder / ".alpha.po.q8w7e6r5.tmp"  # a writer may still be busy with this one
    other = folder / ".notes.tmp"  # not ours: never touched
    for path in (old, fresh, other):
        path.write_text("partial", encoding="utf-8")
    hour_ago = time.time() - 3600
    os.utime(old, (hour_ago, hour_ago))
    os.utime(other, (hour_ago, hour_ago))
    pot_tmp = root / "locales/templates/.alpha.pot.abcdefgh.tmp"
    pot_tmp.write_text("partial", encoding="utf-8")
    os.utime(pot_tmp, (hour_ago, hour_ago))
    assert run(root, "status")[0] == 0
    assert not old.exists() and not pot_tmp.exists()
    assert fresh.exists() and other.exists()


def test_a_line_separator_inside_a_translator_comment_stays_text():
    import polib

    from workflow import states

    entry = polib.POEntry(msgid="A sentence.", msgstr="",
                          tcomment="note: pasted\u2028from a word processor")
    states.mark_draft(entry, "یک جمله.", states.DraftKind.TEAM, "2026-11-20")
    assert entry.tcomment.split("\n")[0] == "note: pasted\u2028from a word processor"
    assert states.notes(entry) == ["pasted\u2028from a word processor"]
    assert states.human_comments(entry) == [("note", "note: pasted\u2028from a word processor")]


def test_the_comments_a_reviewer_reads_leave_the_state_marks_out():
    import polib

    from workflow import states

    entry = polib.POEntry(msgid="In 1988, 30 people.", msgstr="",
                          tcomment="Translator: check the year\nnote: kept the Latin name")
    states.mark_draft(entry, "در ۱۳۶۷، ۳۰ نفر.", states.DraftKind.MACHINE, "2026-11-20")
    states.add_warning(entry, "numbers differ: 30")
    states.note_source_changed(entry, "numbers: 1988")
    kinds = [kind for kind, _ in states.human_comments(entry)]
    assert kinds == ["other", "note", "warning", "changed"]
    assert not any(line.startswith("draft:") for _, line in states.human_comments(entry))
