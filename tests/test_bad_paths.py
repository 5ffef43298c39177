"""Hostile language codes and slugs: one-line error, exit 2, nothing written anywhere."""

from __future__ import annotations

import pytest
from catalog_helpers import SOURCE, make_project, run


def _files(root):
    return sorted(p.relative_to(root).as_posix() for p in root.rglob("*") if p.is_file())


def _one_line_error(code: int, err: str) -> None:
    assert code == 2, err
    assert err.count("\n") == 1 and err.startswith("dossier: error: "), err


@pytest.mark.parametrize("code", ["../../evil", "fa/../../x", "", "f", "fa_IR/x", "12",
                                  "evil", "fa\n", "de_DE.UTF-8"])
def test_a_bad_language_code_is_refused_before_any_path_is_built(tmp_path, code):
    root = make_project(tmp_path / "p", {"alpha": SOURCE})
    (root / "dossier.toml").write_text(
        f'[tool.dossier]\nlanguages = ["fa", {code!r}]\n'.replace("'", '"'), encoding="utf-8")
    before = _files(tmp_path)
    for command in ("update", "draft", "check", "build", "status"):
        result, _, err = run(root, command)
        _one_line_error(result, err)
        assert "dossier.toml" in err
    assert _files(tmp_path) == before


def test_declared_languages_and_bcp47_codes_are_accepted(tmp_path):
    root = make_project(tmp_path / "p", {"alpha": SOURCE})
    (root / "dossier.toml").write_text(
        '[tool.dossier]\nlanguages = ["pt-BR", "sr@latin", "zh_Hant", "tlh"]\n'
        'declared-languages = ["tlh"]\n', encoding="utf-8")
    code, _, err = run(root, "update")
    assert code == 0, err
    assert (root / "locales/tlh/LC_MESSAGES/alpha.po").is_file()
    assert (root / "locales/sr@latin/LC_MESSAGES/alpha.po").is_file()


@pytest.mark.parametrize("argv", [
    ("update", "../../evil"), ("extract", "../x"), ("draft", "--only", "../x"),
    ("check", "--only", "a/b"), ("update", ".hidden"),
])
def test_a_bad_slug_argument_is_a_one_line_usage_error(tmp_path, argv):
    root = make_project(tmp_path / "p", {"alpha": SOURCE})
    before = _files(tmp_path)
    code, _, err = run(root, *argv)
    _one_line_error(code, err)
    assert _files(tmp_path) == before


def test_a_source_file_with_a_bad_name_is_named(tmp_path):
    root = make_project(tmp_path / "p", {"alpha": SOURCE})
    (root / "sources/notes (old).md").write_text(SOURCE, encoding="utf-8")
    code, _, err = run(root, "update")
    _one_line_error(code, err)
    assert "sources/notes (old).md" in err
    assert not (root / "locales").exists()
