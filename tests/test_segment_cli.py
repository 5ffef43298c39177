"""``dossier split`` through the public CLI: files, standard input, errors and exit codes."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

from workflow.cli import main

REPO = Path(__file__).resolve().parents[1]
TEXT = (
    "Mrs. Rajavi described the 1988 massacre as “a clear example of genocide.” Prof.\n"
    "Valeriu M. Ciucă agreed.\n\nLatest news\n"
)
EXPECTED = [
    "Mrs. Rajavi described the 1988 massacre as “a clear example of genocide.”",
    "Prof. Valeriu M. Ciucă agreed.",
    "Latest news",
]


def test_split_file_prints_one_sentence_per_line(tmp_path, capsys):
    path = tmp_path / "statement.txt"
    path.write_text(TEXT, encoding="utf-8")
    assert main(["split", "--lang", "en", str(path)]) == 0
    assert capsys.readouterr().out.splitlines() == EXPECTED


def test_split_reads_standard_input():
    for args in (["split"], ["split", "-"]):
        result = subprocess.run(
            [sys.executable, "-m", "workflow.cli", *args],
            input=TEXT.encode("utf-8"),
            capture_output=True,
            cwd=REPO,
            check=False,
        )
        assert result.returncode == 0, result.stderr
        assert result.stdout.decode("utf-8").splitlines() == EXPECTED


def test_missing_file_is_an_input_error(tmp_path, capsys):
    assert main(["split", str(tmp_path / "nope.txt")]) == 2
    err = capsys.readouterr().err
    assert "nope.txt: no such file" in err and err.count("\n") == 1


def test_undecodable_file_names_file_and_line(tmp_path, capsys):
    path = tmp_path / "latin1.txt"
    path.write_bytes("First line.\nCaf\xe9 au lait.\n".encode("latin-1"))
    assert main(["split", str(path)]) == 2
    assert f"{path}:2: not valid UTF-8" in capsys.readouterr().err


def test_binary_file_and_folder_are_input_errors(tmp_path, capsys):
    path = tmp_path / "blob.bin"
    path.write_bytes(b"\x00\x01\x02")
    assert main(["split", str(path)]) == 2
    assert main(["split", str(tmp_path)]) == 2
    err = capsys.readouterr().err
    assert "binary file" in err and "is a folder" in err


def test_unknown_language_warns_and_uses_generic_rules(tmp_path, capsys):
    path = tmp_path / "t.txt"
    path.write_text("One. Two.", encoding="utf-8")
    assert main(["split", "--lang", "xx", str(path)]) == 0
    captured = capsys.readouterr()
    assert captured.out.splitlines() == ["One.", "Two."]
    assert "generic rules" in captured.err
