"""`dossier draft` end to end: a genuine argos package (crafted copy model) installed with
`dossier models install FILE`, catalogs on disk, the real CTranslate2 code path."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import polib
import pytest
from argos_fixture import copy_archives
from catalog_helpers import assert_gnu_clean

from workflow.cli import main
from workflow.states import DraftKind, State, draft_kind, marks, state_of

REPO = Path(__file__).resolve().parents[1]

HEADER = (
    'msgid ""\nmsgstr ""\n"Content-Type: text/plain; charset=UTF-8\\n"\n"Language: {lang}\\n"\n'
)
DEATH = "The death commission sent about 30,000 people to their deaths in 1988."
FAMILIES = "Families still do not know where their loved ones are buried."
EVIN = "In 1988, thousands of political prisoners were executed in Evin prison."
HUMAN = "خانواده‌ها هنوز نمی‌دانند عزیزانشان کجا دفن شده‌اند."


def po_text(lang: str, entries: list[tuple[str, str]]) -> str:
    blocks = [HEADER.format(lang=lang)]
    for i, (msgid, msgstr) in enumerate(entries, start=1):
        blocks.append(f'#: sources/s.md:{i}\nmsgid "{msgid}"\nmsgstr "{msgstr}"\n')
    return "\n".join(blocks)


ALPHA = f"""---
title: Alpha statement
date: '2024-03-12'
---
# The death commission of 1988

{DEATH} {FAMILIES}

{EVIN}
"""
BETA = f"""---
title: Beta statement
---
# Beta

{FAMILIES} {DEATH}
"""


@pytest.fixture()
def project(tmp_path, monkeypatch):
    """Two statements through `dossier extract` + `dossier update` for fa and de, one human
    translation in fa, a fa glossary, and the en->fa package installed from its file."""
    root = tmp_path / "proj"
    (root / "sources").mkdir(parents=True)
    (root / "dossier.toml").write_text('languages = ["fa", "de"]\n', encoding="utf-8")
    (root / "sources/alpha.md").write_text(ALPHA, encoding="utf-8")
    (root / "sources/beta.md").write_text(BETA, encoding="utf-8")
    monkeypatch.setenv("ARGOS_PACKAGES_DIR", str(tmp_path / "argos-packages"))
    monkeypatch.chdir(root)
    assert main(["extract"]) == 0
    assert main(["update"]) == 0
    alpha = root / "locales/fa/LC_MESSAGES/alpha.po"
    empty = f'msgid "{FAMILIES}"\nmsgstr ""\n'
    assert empty in alpha.read_text(encoding="utf-8")
    alpha.write_text(alpha.read_text(encoding="utf-8").replace(
        empty, f'msgid "{FAMILIES}"\nmsgstr "{HUMAN}"\n'), encoding="utf-8")
    (root / "locales/fa/glossary.csv").write_text(
        "source,target,kind,note\ndeath commission,هیئت مرگ,term,\nEvin,اوین,name,prison\n",
        encoding="utf-8")
    assert main(["models", "install", str(copy_archives()["en_fa"])]) == 0
    return root


def entries(path: Path) -> dict[str, polib.POEntry]:
    return {e.msgid: e for e in polib.pofile(str(path)) if e.msgid}


def snapshot(root: Path) -> dict[Path, bytes]:
    return {p: p.read_bytes() for p in sorted(root.rglob("*.po"))}


def test_drafts_empty_entries_with_memory_glossary_numbers_and_provenance(project, capsys):
    human_before = (project / "locales/fa/LC_MESSAGES/alpha.po").read_text(encoding="utf-8")
    assert main(["draft", "--lang", "fa"]) == 0
    out = capsys.readouterr().out
    assert "fa: drafted 1 from memory, 5 by machine (4 distinct sentences" in out

    alpha = entries(project / "locales/fa/LC_MESSAGES/alpha.po")
    beta = entries(project / "locales/fa/LC_MESSAGES/beta.po")
    # The human translation: untouched, still translated, its lines byte-identical.
    assert alpha[FAMILIES].msgstr == HUMAN
    assert state_of(alpha[FAMILIES]) is State.TRANSLATED
    human_block = f'msgid "{FAMILIES}"\nmsgstr "{HUMAN}"\n'
    assert human_block in human_before
    assert human_block in (project / "locales/fa/LC_MESSAGES/alpha.po").read_text("utf-8")

    # Memory: the same sentence in another statement reuses the human translation.
    memo = beta[FAMILIES]
    assert memo.msgstr == HUMAN and "fuzzy" in memo.flags
    assert draft_kind(memo) is DraftKind.MEMORY
    assert marks(memo, "draft")[0].fields["from"] == "alpha"

    # Machine: copy model output, glossary forms restored, numbers in Persian digits.
    death = alpha[DEATH]
    assert state_of(death) is State.DRAFT and draft_kind(death) is DraftKind.MACHINE
    assert death.msgstr == "The هیئت مرگ sent about ۳۰٬۰۰۰ people to their deaths in ۱۹۸۸."
    fields = marks(death, "draft")[0].fields
    assert fields["engine"] == "argos"
    assert fields["model"] == "translate-en_fa-1.0"
    assert fields["terms"] == "death commission"
    assert fields["date"]
    evin = alpha[EVIN]
    assert "اوین" in evin.msgstr and "Evin" not in evin.msgstr
    assert marks(evin, "draft")[0].fields["terms"] == "Evin"
    assert beta[DEATH].msgstr == death.msgstr  # deduplicated: translated once, used twice
    assert not marks(death, "warning")


def test_second_run_changes_nothing(project, capsys):
    assert main(["draft"]) == 0
    before = snapshot(project)
    mtimes = {p: p.stat().st_mtime_ns for p in before}
    assert main(["draft"]) == 0
    assert snapshot(project) == before
    assert {p: p.stat().st_mtime_ns for p in before} == mtimes
    assert "drafted 0 from memory, 0 by machine" in capsys.readouterr().out


def test_draft_marking_survives_msgmerge(project, tmp_path):
    assert main(["draft", "--lang", "fa"]) == 0
    po = project / "locales/fa/LC_MESSAGES/alpha.po"
    pot = project / "locales/templates/alpha.pot"
    assert_gnu_clean(po, pot)  # msgfmt --check, no msgcat reflow, msgmerge changes nothing
    merged = tmp_path / "merged.po"
    subprocess.run(["msgmerge", "--quiet", "--previous", "-o", str(merged), str(po), str(pot)],
                   check=True)
    death = entries(merged)[DEATH]
    assert state_of(death) is State.DRAFT and draft_kind(death) is DraftKind.MACHINE
    assert marks(death, "draft")[0].fields["model"] == "translate-en_fa-1.0"
    # Our own update (after a source edit elsewhere) keeps the draft marking too.
    source = project / "sources/alpha.md"
    source.write_text(source.read_text("utf-8") + "\nA new closing sentence.\n", "utf-8")
    assert main(["extract"]) == 0 and main(["update"]) == 0
    death = entries(po)[DEATH]
    assert state_of(death) is State.DRAFT and draft_kind(death) is DraftKind.MACHINE
    assert entries(po)["A new closing sentence."].msgstr == ""


def test_missing_model_is_skipped_with_install_hint_and_exit_codes(project, capsys):
    # de has pending entries but no en->de package: skipped, fa still drafted, exit 0.
    assert main(["draft"]) == 0
    captured = capsys.readouterr()
    assert "dossier models install en de" in captured.err
    assert "fa: drafted" in captured.out
    assert entries(project / "locales/de/LC_MESSAGES/alpha.po")[DEATH].msgstr == ""
    # Asking for de explicitly is an error the user must act on.
    assert main(["draft", "--lang", "de"]) == 2
    assert "no translation model for de" in capsys.readouterr().err


def test_no_models_at_all_warns_and_exits_zero(project, tmp_path, monkeypatch, capsys):
    monkeypatch.setenv("ARGOS_PACKAGES_DIR", str(tmp_path / "empty"))
    before = snapshot(project)
    assert main(["draft"]) == 0
    err = capsys.readouterr().err
    assert "nothing machine-drafted" in err and "dossier models install en fa" in err
    # Memory drafts still happen without any model.
    assert snapshot(project) != before
    beta = entries(project / "locales/fa/LC_MESSAGES/beta.po")
    assert beta[FAMILIES].msgstr == HUMAN and beta[DEATH].msgstr == ""


def test_memory_engine_dry_run_and_only(project, capsys):
    before = snapshot(project)
    assert main(["draft", "--dry-run"]) == 0
    assert "fa: would draft 1 from memory, 5 by machine" in capsys.readouterr().out
    assert snapshot(project) == before
    assert main(["draft", "--engine", "memory", "--lang", "fa"]) == 0
    beta = entries(project / "locales/fa/LC_MESSAGES/beta.po")
    assert beta[FAMILIES].msgstr == HUMAN and beta[DEATH].msgstr == ""
    assert main(["draft", "--lang", "fa", "--only", "alpha"]) == 0
    assert entries(project / "locales/fa/LC_MESSAGES/alpha.po")[DEATH].msgstr
    assert entries(project / "locales/fa/LC_MESSAGES/beta.po")[DEATH].msgstr == ""
    assert main(["draft", "--only", "nope"]) == 2


def test_number_mismatch_gets_a_warning_and_fuzzy_sources_are_not_memory(project, capsys):
    # A human "translation" left fuzzy is not reused; a draft with a wrong number is flagged.
    po = project / "locales/fa/LC_MESSAGES/beta.po"
    po.write_text(HEADER.format(lang="fa") + f'\n#, fuzzy\nmsgid "{DEATH}"\nmsgstr "حدود ۳۱٬۰۰۰"\n',
                  encoding="utf-8")
    assert main(["draft", "--lang", "fa"]) == 0
    alpha = entries(project / "locales/fa/LC_MESSAGES/alpha.po")
    assert draft_kind(alpha[DEATH]) is DraftKind.MACHINE  # not from the fuzzy beta entry

    from workflow.draft.numbers import check_numbers

    check = check_numbers(DEATH, "حدود ۳۱٬۰۰۰ نفر در ۱۹۸۸", "en", "fa")
    assert not check.ok and check.missing == ["30,000"] and check.extra == ["۳۱٬۰۰۰"]


def test_long_sentences_are_not_truncated(project):
    # 266 tokens: more than CTranslate2's default decoding limit of 256
    long = " ".join([EVIN.replace("Evin", "Gohardasht")] * 7)
    po = project / "locales/fa/LC_MESSAGES/beta.po"
    po.write_text(po_text("fa", [(long, "")]), encoding="utf-8")
    assert main(["draft", "--lang", "fa", "--only", "beta"]) == 0
    text = entries(po)[long].msgstr
    assert text.count("Gohardasht") == 7 and text.endswith("prison.")


def test_bad_glossary_is_a_one_line_error_naming_file_and_line(project, capsys):
    before = snapshot(project)
    (project / "locales/fa/glossary.csv").write_text(
        "source,target,kind,note\nEvin,اوین,place,\n", encoding="utf-8")
    assert main(["draft", "--lang", "fa"]) == 2
    assert "locales/fa/glossary.csv:2: unknown kind 'place'" in capsys.readouterr().err
    assert snapshot(project) == before


def test_pivot_through_english(tmp_path, monkeypatch, capsys):
    root = tmp_path / "proj"
    (root / "locales/fa/LC_MESSAGES").mkdir(parents=True)
    (root / "dossier.toml").write_text('source-language = "de"\nlanguages = ["fa"]\n', "utf-8")
    sentence = "Im Jahr 1988 wurden 30.000 Gefangene hingerichtet."
    po = root / "locales/fa/LC_MESSAGES/s.po"
    po.write_text(po_text("fa", [(sentence, "")]), encoding="utf-8")
    monkeypatch.setenv("ARGOS_PACKAGES_DIR", str(tmp_path / "pk"))
    monkeypatch.chdir(root)
    for pair in ("de_en", "en_fa"):
        assert main(["models", "install", str(copy_archives()[pair])]) == 0
    assert main(["models", "list"]) == 0
    assert "fa: via en: translate-de_en-0.9+translate-en_fa-1.0" in capsys.readouterr().out
    assert main(["draft"]) == 0
    entry = entries(po)[sentence]
    assert entry.msgstr == "Im Jahr ۱۹۸۸ wurden ۳۰٬۰۰۰ Gefangene hingerichtet."
    fields = marks(entry, "draft")[0].fields
    assert fields["model"] == "translate-de_en-0.9+translate-en_fa-1.0" and fields["via"] == "en"


def test_drafting_does_not_import_torch_or_argos_translate(project):
    code = (
        "import sys\nfrom workflow.cli import main\n"
        "assert main(['--help']) == 0\nassert main(['draft', '--help']) == 0\n"
        "assert main(['models', 'list']) == 0\nassert main(['draft', '--lang', 'fa']) == 0\n"
        "heavy = [m for m in ('torch', 'stanza', 'argostranslate.translate', 'spacy')"
        " if m in sys.modules]\nprint('HEAVY', heavy)\n"
    )
    env = {**os.environ, "PYTHONPATH": str(REPO)}
    done = subprocess.run([sys.executable, "-c", code], cwd=project, env=env,
                          capture_output=True, text=True, check=True)
    assert "HEAVY []" in done.stdout
    assert entries(project / "locales/fa/LC_MESSAGES/alpha.po")[DEATH].msgstr


def test_stale_entries_are_kept_and_empty_fuzzy_entries_are_drafted(project):
    # Stale (fuzzy, previous msgid, old text): a human must revise it; drafting leaves it as is.
    # Empty but fuzzy (an editor's "needs work" on an untranslated entry): still empty, drafted.
    po = project / "locales/fa/LC_MESSAGES/beta.po"
    stale = (f'# a note from the translator\n#, fuzzy\n#| msgid "Families do not know."\n'
             f'msgid "{FAMILIES}"\nmsgstr "ترجمه قدیمی"\n')
    po.write_text(HEADER.format(lang="fa") + "\n" + stale + f'\n#, fuzzy\nmsgid "{EVIN}"\n'
                  'msgstr ""\n', encoding="utf-8")
    assert main(["draft", "--lang", "fa", "--only", "beta"]) == 0
    assert stale in po.read_text(encoding="utf-8")
    beta = entries(po)
    assert state_of(beta[FAMILIES]) is State.STALE and beta[FAMILIES].msgstr == "ترجمه قدیمی"
    assert state_of(beta[EVIN]) is State.DRAFT and draft_kind(beta[EVIN]) is DraftKind.MACHINE
    assert "اوین" in beta[EVIN].msgstr


def test_glossary_first_mention_form_then_later_form_per_statement(project, capsys):
    """A term with a later form: its first mention in each statement (here alpha's title, and
    beta's body) is drafted in the first form, every later mention in the later form."""
    (project / "locales/fa/glossary.csv").write_text(
        "source,target,kind,note,later\n"
        "death commission,هیئت مرگ (کمیسیون مرگ),term,first mention,هیئت مرگ\n"
        "1988,۱۳۶۷,year,a mapping for the check: drafts keep the model's year,۶۷\n",
        encoding="utf-8")
    assert main(["draft", "--lang", "fa"]) == 0
    capsys.readouterr()
    alpha = entries(project / "locales/fa/LC_MESSAGES/alpha.po")
    beta = entries(project / "locales/fa/LC_MESSAGES/beta.po")
    assert alpha["The death commission of 1988"].msgstr == "The هیئت مرگ (کمیسیون مرگ) of ۱۹۸۸"
    assert alpha[DEATH].msgstr.startswith("The هیئت مرگ sent")
    assert beta[DEATH].msgstr.startswith("The هیئت مرگ (کمیسیون مرگ) sent")
    assert not marks(alpha[DEATH], "warning") and not marks(beta[DEATH], "warning")
