"""Progress hooks of the long commands: `dossier build` counts PDFs, `dossier draft` counts
distinct sentences; the CLI draws them as bars on a terminal and prints nothing extra
otherwise. The hooks must not change what is written (PDFs, catalogs)."""

from __future__ import annotations

import io
import re
import shutil
from pathlib import Path

import pytest
from argos_fixture import ENGLISH_TEXT, copy_archives
from cli_helpers import make_project, run
from test_publish import BETA

from workflow.config import find_project
from workflow.publish.pipeline import BuildOptions, build

SENTENCES = [line for line in ENGLISH_TEXT.splitlines() if line.strip()][:6]


class Terminal(io.StringIO):
    """A stderr that says it is a terminal, so click draws its bars into it."""

    def isatty(self) -> bool:
        return True


def run_on_terminal(root: Path, *argv: str) -> tuple[int, str, str]:
    """Like cli_helpers.run, with a stderr that is a terminal."""
    return run(root, *argv, stderr=Terminal())


def pdfs(root: Path) -> dict[str, bytes]:
    return {p.name: p.read_bytes() for p in sorted((root / "output").rglob("*.pdf"))}


def catalogs(root: Path) -> dict[str, bytes]:
    return {p.name: p.read_bytes() for p in sorted((root / "locales").rglob("*.po"))}


def check_counts(calls: list[tuple[int, int]], total: int) -> None:
    """(0, total) first, (total, total) last, never going back."""
    assert calls[0] == (0, total) and calls[-1] == (total, total)
    assert all(t == total for _, t in calls)
    done = [d for d, _ in calls]
    assert done == sorted(done) and len(set(done)) == len(done)


# -- build -----------------------------------------------------------------------------------

@pytest.fixture(scope="module")
def built(tmp_path_factory):
    """One statement in German (no catalog: source text), built once without any hook."""
    root = make_project(tmp_path_factory.mktemp("progress"), {"beta": BETA}, ["de"])
    monkey = pytest.MonkeyPatch()
    monkey.setenv("SOURCE_DATE_EPOCH", "1700000000")
    build(find_project(root), BuildOptions(languages=("de",), force=True, jobs=1))
    yield root
    monkey.undo()


def test_build_reports_each_rendered_pdf_and_writes_the_same_bytes(built):
    before = pdfs(built)
    assert len(before) == 2
    proj = find_project(built)
    calls: list[tuple[int, int]] = []
    build(proj, BuildOptions(languages=("de",), force=True, jobs=1),
          on_progress=lambda d, t: calls.append((d, t)))
    assert calls == [(0, 2), (1, 2), (2, 2)]  # once per PDF
    assert pdfs(built) == before
    calls.clear()
    build(proj, BuildOptions(languages=("de",), force=True, jobs=2),
          on_progress=lambda d, t: calls.append((d, t)))
    check_counts(calls, 2)  # worker processes: counted as they finish
    assert pdfs(built) == before
    calls.clear()
    build(proj, BuildOptions(languages=("de",)), on_progress=lambda d, t: calls.append((d, t)))
    assert calls == []  # all up to date: nothing to count


def test_build_piped_prints_nothing_extra_and_terminal_gets_a_bar(built):
    code, out, err = run(built, "build", "--force", "-j", "1")
    assert code == 0 and err == ""
    assert re.fullmatch(r"built 2 PDF\(s\), \d+ pages, 0 up to date, in \d+\.\ds\n", out)
    code, out, err = run_on_terminal(built, "build", "--force", "-j", "1")
    assert code == 0 and out.startswith("built 2 PDF(s)")
    assert "rendering PDFs" in err and "100%" in err
    assert run_on_terminal(built, "-q", "build", "--force", "-j", "1")[1:] == ("", "")


# -- draft -----------------------------------------------------------------------------------

HEADER = 'msgid ""\nmsgstr ""\n"Content-Type: text/plain; charset=UTF-8\\n"\n"Language: fa\\n"\n'


def po(sentences: list[str]) -> str:
    return HEADER + "".join(f'\nmsgid "{s}"\nmsgstr ""\n' for s in sentences)


@pytest.fixture()
def drafting(tmp_path, monkeypatch):
    """Two fa catalogs sharing sentences (6 distinct), the en->fa copy model installed;
    greedy decoding on two workers: fast, and batches of 3 sentences."""
    from workflow.cli import main

    root = tmp_path / "proj"
    folder = root / "locales/fa/LC_MESSAGES"
    folder.mkdir(parents=True)
    (root / "dossier.toml").write_text('languages = ["fa"]\n', encoding="utf-8")
    (folder / "a.po").write_text(po(SENTENCES[:4]), encoding="utf-8")
    (folder / "b.po").write_text(po(SENTENCES[2:]), encoding="utf-8")
    monkeypatch.setenv("ARGOS_BEAM_SIZE", "1")
    monkeypatch.setenv("ARGOS_INTER_THREADS", "2")
    monkeypatch.setenv("ARGOS_PACKAGES_DIR", str(tmp_path / "pk"))
    monkeypatch.chdir(root)
    assert main(["models", "install", str(copy_archives()["en_fa"])]) == 0
    return root


def test_draft_counts_distinct_sentences_and_writes_the_same_catalogs(drafting, tmp_path):
    from workflow.draft.pipeline import draft_language

    plain = tmp_path / "plain"
    shutil.copytree(drafting, plain)
    calls: list[tuple[int, int]] = []
    result = draft_language(find_project(drafting), "fa", date="2026-11-22",
                            on_progress=lambda d, t: calls.append((d, t)))
    assert result.sentences == len(SENTENCES) == 6 and result.machine == 8
    assert calls == [(0, 6), (3, 6), (6, 6)]  # each batch as it finishes
    draft_language(find_project(plain), "fa", date="2026-11-22")
    assert catalogs(drafting) == catalogs(plain)
    calls.clear()
    draft_language(find_project(drafting), "fa", on_progress=lambda d, t: calls.append((d, t)))
    assert calls == []  # nothing left for the model


def test_draft_piped_prints_nothing_extra_and_terminal_gets_a_bar(drafting):
    shutil.copytree(drafting / "locales", drafting.parent / "saved")
    code, out, err = run(drafting, "draft")
    assert code == 0 and err == ""
    assert re.fullmatch(r"fa: drafted 0 from memory, 8 by machine \(6 distinct sentences, "
                        r"translate-en_fa-1\.0\) of 8 empty entries; 2 file\(s\) written in "
                        r"\d+\.\d s\n", out)
    shutil.rmtree(drafting / "locales")
    shutil.copytree(drafting.parent / "saved", drafting / "locales")
    code, out, err = run_on_terminal(drafting, "draft")
    assert code == 0 and out.startswith("fa: drafted 0 from memory, 8 by machine")
    assert "drafting fa" in err and "100%" in err
