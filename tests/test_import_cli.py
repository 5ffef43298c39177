"""`dossier import` through the CLI: outputs, idempotence, --force, options and bad inputs."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from workflow.cli import main
from workflow.config import find_project
from workflow.importer import import_raw
from workflow.source import read_source

DATA = Path(__file__).parent / "data" / "import"
SEED = DATA / "seeds" / "002_ec002a9d607dc84a.txt"
SLUG = "international-assembly-anniversary-1988-2018"


@pytest.fixture
def proj(tmp_path, monkeypatch):
    (tmp_path / "dossier.toml").write_text('languages = ["fa"]\n', encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    return tmp_path


def snapshot(root: Path) -> dict[str, bytes]:
    folder = root / "sources"
    return {p.name: p.read_bytes() for p in sorted(folder.glob("*"))} if folder.exists() else {}


def test_import_writes_source_and_report_and_is_idempotent(proj, capsys):
    raw = shutil.copy(SEED, proj / SEED.name)
    assert main(["import", str(raw)]) == 0
    out = capsys.readouterr().out
    assert f"created sources/{SLUG}.md" in out and f"sources/{SLUG}.import.txt" in out
    first = snapshot(proj)
    assert set(first) == {f"{SLUG}.md", f"{SLUG}.import.txt"}
    assert main(["import", str(raw)]) == 0
    assert f"unchanged sources/{SLUG}.md" in capsys.readouterr().out
    assert snapshot(proj) == first  # byte-identical, imported date included


def test_changed_raw_needs_force_then_updates(proj, capsys):
    raw = Path(shutil.copy(SEED, proj / SEED.name))
    assert main(["import", str(raw)]) == 0
    before = snapshot(proj)
    raw.write_text(raw.read_text("utf-8").replace("Patrick Kennedy", "Patrick J. Kennedy"),
                   encoding="utf-8")
    capsys.readouterr()
    assert main(["import", str(raw)]) == 2
    err = capsys.readouterr().err.strip()
    assert err.count("\n") == 0 and f"sources/{SLUG}.md" in err and "--force" in err
    assert "changed since it was imported" in err
    assert snapshot(proj) == before
    assert main(["import", "--force", str(raw)]) == 0
    assert f"updated sources/{SLUG}.md" in capsys.readouterr().out
    doc = read_source(proj / "sources" / f"{SLUG}.md")
    assert any("Patrick J. Kennedy" in b.text for b in doc.blocks)


def test_hand_edited_source_is_not_overwritten_without_force(proj, capsys):
    raw = shutil.copy(SEED, proj / SEED.name)
    assert main(["import", str(raw)]) == 0
    source = proj / "sources" / f"{SLUG}.md"
    source.write_text(source.read_text("utf-8").replace("Background information", "Background"),
                      encoding="utf-8")
    edited = source.read_bytes()
    assert main(["import", str(raw)]) == 2
    assert "edited by hand" in capsys.readouterr().err
    assert source.read_bytes() == edited


def test_a_reimport_finds_its_source_by_the_raw_bytes(proj, capsys):
    """A source renamed by hand (or whose title now reads otherwise) is found again by the raw
    file's sha256: re-importing writes no second copy under the title's slug."""
    raw = shutil.copy(SEED, proj / SEED.name)
    assert main(["import", str(raw)]) == 0
    sources = proj / "sources"
    (sources / f"{SLUG}.md").rename(sources / "assembly.md")
    (sources / f"{SLUG}.import.txt").unlink()  # (its header names the old source)
    capsys.readouterr()
    assert main(["import", str(raw)]) == 0
    assert "unchanged sources/assembly.md" in capsys.readouterr().out
    assert sorted(p.name for p in sources.iterdir()) == ["assembly.import.txt", "assembly.md"]


def test_slug_origin_and_report_options(proj, capsys):
    raw = shutil.copy(SEED, proj / SEED.name)
    report = proj / "reports" / "002.txt"
    assert main(["import", str(raw), "--slug", "assembly-2018", "--origin",
                 "https://example.org/assembly", "--report", str(report)]) == 0
    doc = read_source(proj / "sources" / "assembly-2018.md")
    assert doc.meta["origin"] == {"file": SEED.name, "url": "https://example.org/assembly"}
    assert "REMOVED (2)" in report.read_text("utf-8")
    assert not (proj / "sources" / "assembly-2018.import.txt").exists()
    # the URL stays when the same file is imported again without --origin
    assert main(["import", str(raw), "--slug", "assembly-2018", "--report", str(report)]) == 0
    assert "unchanged" in capsys.readouterr().out


@pytest.mark.parametrize("args, message", [
    (["--slug", "Bad Slug!"], "Invalid value for '--slug'"),
    (["--origin", "example.org"], "Invalid value for '--origin'"),
])
def test_bad_options_are_usage_errors(proj, capsys, args, message):
    raw = shutil.copy(SEED, proj / SEED.name)
    assert main(["import", str(raw), *args]) == 2
    assert message in capsys.readouterr().err
    assert snapshot(proj) == {}


def test_slug_with_several_files_is_refused(proj, capsys):
    raws = [shutil.copy(p, proj / p.name) for p in sorted((DATA / "seeds").glob("00[01]*"))]
    assert main(["import", "--slug", "one", *map(str, raws)]) == 2
    assert "one RAW file at a time" in capsys.readouterr().err
    assert snapshot(proj) == {}


def _bad_inputs(root: Path) -> dict[str, tuple[Path, str]]:
    binary = root / "photo.txt"
    binary.write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)) * 4)
    empty = root / "empty.txt"
    empty.write_text("  \n\n", encoding="utf-8")
    big = root / "huge.txt"
    with big.open("wb") as handle:
        handle.truncate(5 * 1024 * 1024 + 1)
    legacy = root / "legacy.txt"
    legacy.write_bytes("Statement on the café workers’ strike".encode("cp1252"))
    return {
        "missing": (root / "nope.txt", "nope.txt: no such file"),
        "binary": (binary, "photo.txt: binary file"),
        "empty": (empty, "empty.txt: file is empty"),
        "big": (big, "over the 5 MB limit"),
        "undecodable": (legacy, "legacy.txt:1: not valid UTF-8 (byte 0xe9); if the page was "
                                "saved in another encoding, pass it, e.g. --encoding cp1252"),
    }


@pytest.mark.parametrize("kind", ["missing", "binary", "empty", "big", "undecodable"])
def test_bad_input_is_one_line_error_and_writes_nothing(proj, capsys, kind):
    good = shutil.copy(SEED, proj / SEED.name)
    path, message = _bad_inputs(proj)[kind]
    assert main(["import", str(good), str(path)]) == 2
    err = capsys.readouterr().err
    assert err.startswith("dossier: error: ") and err.count("\n") == 1
    assert message in err
    assert snapshot(proj) == {}  # not even the good file


def test_encoding_option_decodes_legacy_pages(proj, capsys):
    raw = proj / "legacy.txt"
    text = ("Statement on the Café Workers’ Strike\n\n" + "The café workers have been on strike "
            "for three weeks and their demands are still unanswered by the owners. " * 3 + "\n")
    raw.write_bytes(text.encode("cp1252"))
    assert main(["import", "--encoding", "cp1252", str(raw)]) == 0
    doc = read_source(proj / "sources" / "statement-cafe-workers-strike.md")
    assert doc.meta["title"] == "Statement on the Café Workers’ Strike"
    assert main(["import", "--encoding", "klingon", str(raw)]) == 2
    assert "unknown encoding 'klingon'" in capsys.readouterr().err


def test_html_import_through_cli_and_api(proj, capsys):
    raw = shutil.copy(DATA / "statement.html", proj / "statement.html")
    assert main(["import", str(raw)]) == 0
    source = proj / "sources" / "release-detained-teachers-now-2022.md"
    body = source.read_text("utf-8")
    assert "tracking-code" not in body and "> Everyone has the right" in body
    result = import_raw(find_project(proj), raw)
    assert result.status == "unchanged" and not result.changed
    assert result.slug == "release-detained-teachers-now-2022"
    assert "<script> element" in result.report_text


def test_help_describes_the_command(capsys):
    assert main(["import", "--help"]) == 0
    out = capsys.readouterr().out
    for option in ("--slug", "--origin", "--report", "--encoding", "--force"):
        assert option in out


def test_page_with_no_statement_names_the_file(proj, capsys):
    raw = proj / "menu.txt"
    raw.write_text("Skip to main content\n\nShare on Facebook\n\nTweet\n", encoding="utf-8")
    assert main(["import", str(raw)]) == 2
    assert "menu.txt: no statement text left" in capsys.readouterr().err


def test_report_may_not_overwrite_the_raw_page_or_the_source(proj, capsys):
    raw = shutil.copy(SEED, proj / SEED.name)
    original = Path(raw).read_bytes()
    for target in (str(raw), f"sources/{SLUG}.md"):
        assert main(["import", "--report", target, str(raw)]) == 2
        err = capsys.readouterr().err
        assert err.count("\n") == 1 and "--report must name a new file" in err
    assert Path(raw).read_bytes() == original and snapshot(proj) == {}


def test_quiet_and_verbose_work_after_the_sub_command(proj, capsys):
    raws = [shutil.copy(p, proj / p.name) for p in sorted((DATA / "seeds").glob("00[02]*"))]
    assert main(["import", "-q", *map(str, raws)]) == 0
    assert capsys.readouterr() == ("", "")  # no progress label either: stderr is not a terminal
    assert len(snapshot(proj)) == 4
    assert main(["import", *map(str, raws), "-v"]) == 0
    assert capsys.readouterr().out.count("unchanged sources/") == 2
    for name in ("import", "split", "extract", "update", "status", "models", "draft", "build"):
        assert main([name, "--help"]) == 0
        out = capsys.readouterr().out
        assert "-q, --quiet" in out and "-v, --verbose" in out, name


def test_progress_bar_on_a_terminal_when_importing_several_files(proj, capsys, monkeypatch):
    import io
    import sys

    class Terminal(io.StringIO):
        def isatty(self) -> bool:
            return True

    screen = Terminal()
    monkeypatch.setattr(sys, "stderr", screen)
    raws = [shutil.copy(p, proj / p.name) for p in sorted((DATA / "seeds").glob("00[02]*"))]
    assert main(["import", *map(str, raws)]) == 0
    assert "Importing" in screen.getvalue() and "100%" in screen.getvalue()
    screen.seek(0)
    screen.truncate()
    assert main(["-q", "import", *map(str, raws)]) == 0
    assert screen.getvalue() == ""
