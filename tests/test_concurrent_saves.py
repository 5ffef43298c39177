"""A person saving a catalog while `update` or `draft` works on it never loses their edit.

The editor's save is injected at the moment the command is busy (merging, translating): the
file on disk then differs from what the command read, and the command must merge per entry.
"""

from __future__ import annotations

from types import SimpleNamespace

import polib
import pytest
from catalog_helpers import SOURCE, assert_gnu_clean, make_project, run

from workflow.catalog import update as update_module
from workflow.catalog.pofile import parse_catalog, read_catalog, render_catalog
from workflow.catalog.save import merge_three, save_catalog
from workflow.states import State, state_of

HUMAN = "ترجمهٔ یک مترجم"


def _entries(path) -> dict[str, polib.POEntry]:
    return {e.msgid: e for e in read_catalog(path).entries}


def _fill(path, msgid: str, text: str) -> None:
    """What a translator's editor does: rewrite the file with one entry translated."""
    catalog = read_catalog(path)
    for entry in catalog.entries:
        if entry.msgid == msgid:
            entry.msgstr = text
            entry.flags = [f for f in entry.flags if f != "fuzzy"]
    path.write_text(render_catalog(catalog), encoding="utf-8")


@pytest.fixture()
def project(tmp_path):
    root = make_project(tmp_path / "p", {"alpha": SOURCE}, languages=("fa",))
    code, _, err = run(root, "update")
    assert code == 0, err
    return root


def test_update_keeps_an_edit_saved_while_it_merged(project, monkeypatch):
    po = project / "locales/fa/LC_MESSAGES/alpha.po"
    source = project / "sources/alpha.md"
    source.write_text(SOURCE + "\nA closing sentence was added.\n", encoding="utf-8")
    real_merge = update_module.merge

    def merge_while_someone_saves(template, old):
        _fill(po, "Alpha statement", HUMAN)  # the translator saves during the merge
        return real_merge(template, old)

    monkeypatch.setattr(update_module, "merge", merge_while_someone_saves)
    code, _, err = run(project, "update")
    assert code == 0, err
    found = _entries(po)
    assert found["Alpha statement"].msgstr == HUMAN  # the person's save survived
    assert "A closing sentence was added." in found  # and update's own change is there
    assert_gnu_clean(po)


def test_draft_keeps_an_entry_a_translator_filled_during_machine_translation(tmp_path):
    from workflow.config import find_project
    from workflow.draft import pipeline

    root = make_project(tmp_path / "d", {"alpha": SOURCE}, languages=("fa",))
    assert run(root, "update")[0] == 0
    po = root / "locales/fa/LC_MESSAGES/alpha.po"
    calls = []

    class Translator:  # stands in for a model that takes a while: a person saves meanwhile
        label = "test-engine"
        provenance = {"engine": "test"}

        def translate(self, sentences, on_progress=None):
            calls.append(len(sentences))
            _fill(po, "Alpha statement", HUMAN)  # saved while the model runs
            return [f"[fa] {s}" for s in sentences]

    engine = SimpleNamespace(name="test", group_sentences=512,
                             pair=lambda source, target: Translator())
    result = pipeline.draft_language(find_project(root), "fa", engine=engine)
    assert calls and result.machine > 0
    found = _entries(po)
    assert found["Alpha statement"].msgstr == HUMAN
    assert state_of(found["Alpha statement"]) is State.TRANSLATED
    assert found["Mr. Smith speaks"].msgstr == "[fa] Mr. Smith speaks"  # the drafts landed
    assert [k.msgid for k in result.kept] == ["Alpha statement"]
    assert "kept the entry as edited" in result.kept[0].render()
    assert_gnu_clean(po)


HEAD = 'msgid ""\nmsgstr ""\n"Content-Type: text/plain; charset=UTF-8\\n"\n"X-Who: {who}\\n"\n\n'


def _cat(who: str, **pairs: str):
    body = "\n".join(f'msgid "{k}"\nmsgstr "{v}"\n' for k, v in pairs.items())
    return parse_catalog(HEAD.format(who=who) + body)


def test_three_way_merge_per_entry_and_header_field():
    base = _cat("base", a="", b="", c="", d="old")
    ours = _cat("base", a="ours", b="", c="ours", d="old", e="new")
    theirs = _cat("them", a="", b="theirs", c="theirs")  # d deleted by the person
    merged, kept = merge_three(base, ours, theirs, "x.po")
    got = {e.msgid: e.msgstr for e in merged.entries}
    assert got == {"a": "ours", "b": "theirs", "c": "theirs", "e": "new"}
    assert merged.headers["X-Who"] == "them"
    assert [k.msgid for k in kept] == ["c"]
    assert kept[0].render().startswith("x.po:")


def test_save_catalog_writes_through_a_symlink_and_gives_up_on_a_deleted_file(tmp_path):
    real = tmp_path / "real.po"
    text = HEAD.format(who="x") + 'msgid "a"\nmsgstr ""\n'
    real.write_text(text, encoding="utf-8")
    link = tmp_path / "link.po"
    link.symlink_to(real)
    new = _cat("x", a="done")
    saved = save_catalog(link, new, text.encode())
    assert saved.written and link.is_symlink()
    assert 'msgstr "done"' in real.read_text(encoding="utf-8")
    real.unlink()
    assert save_catalog(real, new, text.encode()).gone and not real.exists()


def test_a_half_saved_file_is_not_overwritten(tmp_path):
    path = tmp_path / "x.po"
    text = HEAD.format(who="x") + 'msgid "a"\nmsgstr ""\n'
    path.write_text('msgid "a"\nmsgstr "unterminated\n', encoding="utf-8")
    from workflow.errors import InputError

    with pytest.raises(InputError, match="changed on disk meanwhile"):
        save_catalog(path, _cat("x", a="done"), text.encode())
    assert "unterminated" in path.read_text(encoding="utf-8")


def test_a_save_in_the_last_microsecond_before_the_replace_is_merged_back(tmp_path,
                                                                         monkeypatch):
    """The editor replaces the file after dossier's last read, just before its replace."""
    from workflow.catalog import save as save_module

    path = tmp_path / "x.po"
    text = HEAD.format(who="x") + 'msgid "a"\nmsgstr ""\n\nmsgid "b"\nmsgstr ""\n'
    path.write_text(text, encoding="utf-8")
    real = save_module.swap_in
    raced = []

    def editor_saves_first(target, data, expected):
        if not raced:
            raced.append(True)
            editor = tmp_path / "editor.tmp"
            editor.write_text(text.replace('msgid "b"\nmsgstr ""', 'msgid "b"\nmsgstr "mine"'),
                              encoding="utf-8")
            editor.replace(path)
        return real(target, data, expected)

    monkeypatch.setattr(save_module, "swap_in", editor_saves_first)
    saved = save_catalog(path, _cat("x", a="draft", b=""), text.encode())
    got = {e.msgid: e.msgstr for e in read_catalog(path).entries}
    assert got == {"a": "draft", "b": "mine"}
    assert saved.written and saved.merged
