"""The skeleton every command relies on: settings discovery, exit codes, atomic writes, states."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import polib
import pytest

from workflow import states
from workflow.cli import main
from workflow.config import find_project
from workflow.errors import ConfigError
from workflow.fileio import atomic_write

REPO = Path(__file__).resolve().parents[1]


def test_help_lists_every_stage(capsys):
    assert main(["--help"]) == 0
    out = capsys.readouterr().out
    for name in ("import", "split", "extract", "update", "status", "models", "draft", "check",
                 "review", "build"):
        assert name in out


def test_unknown_command_is_a_usage_error(capsys):
    assert main(["no-such-command"]) == 2


def test_settings_found_from_a_subfolder(tmp_path):
    (tmp_path / "pyproject.toml").write_text(
        '[project]\nname = "x"\n\n[tool.dossier]\nlanguages = ["fa", "de"]\n', encoding="utf-8"
    )
    deep = tmp_path / "a" / "b"
    deep.mkdir(parents=True)
    project = find_project(deep)
    assert project.root == tmp_path
    assert project.languages == ("fa", "de")
    assert project.po_path("fa", "s") == tmp_path / "locales/fa/LC_MESSAGES/s.po"


def test_dossier_toml_wins_and_pyproject_without_section_is_skipped(tmp_path):
    (tmp_path / "dossier.toml").write_text('languages = ["ar"]\n', encoding="utf-8")
    sub = tmp_path / "sub"
    sub.mkdir()
    (sub / "pyproject.toml").write_text('[project]\nname = "other"\n', encoding="utf-8")
    assert find_project(sub).languages == ("ar",)


def test_bad_settings_are_one_line_errors(tmp_path):
    (tmp_path / "dossier.toml").write_text('languagez = ["ar"]\n', encoding="utf-8")
    with pytest.raises(ConfigError, match="unknown setting"):
        find_project(tmp_path)
    (tmp_path / "dossier.toml").write_text("languages = [\n", encoding="utf-8")
    with pytest.raises(ConfigError, match="invalid TOML"):
        find_project(tmp_path)


def test_no_project_exits_2_with_one_line(tmp_path):
    env = {**os.environ, "HOME": str(tmp_path)}
    proc = subprocess.run(
        [sys.executable, "-m", "workflow", "status"], cwd=tmp_path, env=env,
        capture_output=True, text=True,
    )
    assert proc.returncode == 2
    assert proc.stderr.strip().startswith("dossier: error: no dossier project found")
    assert len(proc.stderr.strip().splitlines()) == 1


def test_unconfigured_language_is_rejected(tmp_path):
    (tmp_path / "dossier.toml").write_text('languages = ["fa"]\n', encoding="utf-8")
    with pytest.raises(ConfigError, match="not configured"):
        find_project(tmp_path).select_languages("fa,xx")


def test_atomic_write_skips_identical_content(tmp_path):
    target = tmp_path / "f.txt"
    assert atomic_write(target, "one\n") is True
    mtime = target.stat().st_mtime_ns
    assert atomic_write(target, "one\n") is False
    assert target.stat().st_mtime_ns == mtime
    assert atomic_write(target, "two\n") is True
    assert target.read_text() == "two\n"
    assert [p.name for p in tmp_path.iterdir()] == ["f.txt"]


def test_state_life_cycle_survives_msgmerge(tmp_path):
    entry = polib.POEntry(msgid="They were arrested on 3 May.", msgstr="")
    assert states.state_of(entry) is states.State.UNTRANSLATED
    states.mark_draft(entry, "آنان در ۳ مه بازداشت شدند.", states.DraftKind.MACHINE,
                      date="2026-11-22", engine="argos", model="translate-en_fa-1.0")
    assert states.state_of(entry) is states.State.DRAFT
    assert states.draft_kind(entry) is states.DraftKind.MACHINE

    po = polib.POFile()
    po.metadata = {"Content-Type": "text/plain; charset=UTF-8", "Language": "fa"}
    po.append(entry)
    po_path, pot_path = tmp_path / "x.po", tmp_path / "x.pot"
    po.save(str(po_path))
    pot = polib.POFile()
    pot.metadata = {"Content-Type": "text/plain; charset=UTF-8"}
    pot.append(polib.POEntry(msgid=entry.msgid, msgstr=""))
    pot.save(str(pot_path))
    merged = tmp_path / "merged.po"
    subprocess.run(["msgmerge", "--quiet", "--previous", "-o", str(merged), str(po_path),
                    str(pot_path)], check=True)
    after = polib.pofile(str(merged)).find(entry.msgid)
    assert states.state_of(after) is states.State.DRAFT
    assert states.draft_kind(after) is states.DraftKind.MACHINE

    states.mark_approved(after, "Jane Doe", date="2026-11-23")
    assert states.state_of(after) is states.State.APPROVED
    assert not states.needs_human(after)
    states.mark_stale(after, "They were arrested on 5 May.", ["number 5 -> 3"])
    assert states.state_of(after) is states.State.STALE
    assert not states.marks(after, states.APPROVED_KEY)
    assert states.needs_human(after)


def test_approval_stops_counting_when_another_tool_changed_the_sentence():
    entry = polib.POEntry(msgid="They were arrested on 3 May.", msgstr="آنان در ۳ مه بازداشت شدند.")
    states.mark_approved(entry, "Jane Doe", date="2026-11-22")
    assert "src=" in entry.tcomment
    assert states.state_of(entry) is states.State.APPROVED
    # GNU msgmerge gives the old entry to a changed sentence; a translator then clears fuzzy.
    entry.msgid = "They were arrested on 5 May."
    assert states.state_of(entry) is states.State.TRANSLATED
    # An approval typed by hand in a text editor (no fingerprint) counts as written.
    entry.tcomment = "approved: Jane Doe; date=2026-11-23"
    assert states.state_of(entry) is states.State.APPROVED
