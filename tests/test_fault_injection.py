"""Seeded kills of `update`, `draft` and `build` while an editor (cycle 1) and a writer saving
like the review page (cycle 2) save translations all along (fast).

The longer version is ``make soak`` (bench/soak.py); both use tests/faults.py.
"""

from __future__ import annotations

import signal

import pytest
from argos_fixture import copy_archives
from faults import Editor, judge, make_corpus, run_command, soak, write_sources

from workflow.catalog.pofile import read_catalog


@pytest.fixture(scope="module")
def argos_env(tmp_path_factory):
    """The en->fa copy model installed in a private argos folder (real CTranslate2 drafts)."""
    packages = tmp_path_factory.mktemp("argos-packages")
    env = {"ARGOS_PACKAGES_DIR": str(packages), "ARGOS_BEAM_SIZE": "1"}
    root = tmp_path_factory.mktemp("install")
    (root / "dossier.toml").write_text('[tool.dossier]\nlanguages = ["fa"]\n', encoding="utf-8")
    done = run_command(root, ("models", "install", str(copy_archives()["en_fa"])),
                       env_extra=env)
    assert done.returncode == 0, done.stderr
    return env


def test_seeded_kills_with_a_concurrent_editor_lose_nothing(tmp_path, argos_env):
    report = soak(tmp_path / "proj", cycles=2, seed=15, statements=3, languages=("fa", "fr"),
                  env_extra=argos_env, kill_window=(0.2, 1.0))
    assert report.problems() == []
    assert report.confirmed > 10 and report.present == report.confirmed
    # The kills really happened (most of the six land: the window ends before the commands do).
    assert sum(1 for run in report.runs if run.signum) >= 3
    # The last draft ran to completion: every fa entry has a text (a draft or an editor's).
    for path in (tmp_path / "proj/locales/fa/LC_MESSAGES").glob("*.po"):
        assert not [e.msgid for e in read_catalog(path).entries if not e.msgstr], path


@pytest.mark.parametrize("signum", [signal.SIGKILL, signal.SIGTERM])
def test_update_killed_early_and_late_leaves_valid_catalogs(tmp_path, signum):
    root = make_corpus(tmp_path / "p", statements=4, languages=("fa", "fr", "de"), seed=3)
    assert run_command(root, ("update",)).returncode == 0
    log = tmp_path / "edits.jsonl"
    for cycle, delay in enumerate((0.35, 0.6, 0.9), start=1):
        write_sources(root, 4, cycle, seed=3)
        editor = Editor(root, log, seed=cycle, pause=0.02)
        try:
            killed = run_command(root, ("update",), kill_after=delay, signum=signum)
        finally:
            editor.stop()
        assert not killed.survivors and "Traceback" not in killed.stderr
        verdict = judge(root, log)
        assert verdict.ok, (verdict.rejected, verdict.missing)
    again = run_command(root, ("update",))
    assert again.returncode == 0, again.stderr
    assert judge(root, log).ok
