"""`dossier models`: argos packages in argostranslate's own folder (ARGOS_PACKAGES_DIR)."""

from __future__ import annotations

import json
import zipfile

import pytest
from argos_fixture import copy_archives

from workflow.cli import main
from workflow.draft.models import InstalledPackage, find_route


@pytest.fixture()
def packages(tmp_path, monkeypatch):
    folder = tmp_path / "argos-packages"
    monkeypatch.setenv("ARGOS_PACKAGES_DIR", str(folder))
    monkeypatch.chdir(tmp_path)
    (tmp_path / "dossier.toml").write_text('languages = ["fa", "de"]\n', encoding="utf-8")
    return folder


def test_install_list_remove(packages, capsys):
    assert main(["models", "list"]) == 0
    out = capsys.readouterr().out
    assert "(none)" in out and "fa: none (run `dossier models install en fa`)" in out

    assert main(["models", "install", str(copy_archives()["en_fa"])]) == 0
    assert (packages / "translate-en_fa-1_0" / "metadata.json").is_file()
    assert main(["models", "list"]) == 0
    out = capsys.readouterr().out
    assert "translate-en_fa    1.0      en -> fa" in out
    assert "fa: direct: translate-en_fa-1.0" in out
    assert "de: none (run `dossier models install en de`)" in out

    # argostranslate itself sees the package we installed (same folder, same format).
    from argostranslate import package as argos_package

    seen = argos_package.get_installed_packages(path=[packages])
    assert [(p.from_code, p.to_code) for p in seen] == [("en", "fa")]

    # Re-installing replaces, never duplicates.
    assert main(["models", "install", str(copy_archives()["en_fa"])]) == 0
    assert [p.name for p in packages.iterdir()] == ["translate-en_fa-1_0"]

    assert main(["models", "remove", "translate-en_fa"]) == 0
    assert list(packages.iterdir()) == []
    assert main(["models", "remove", "translate-en_fa"]) == 2
    assert "no installed package named 'translate-en_fa'" in capsys.readouterr().err


def test_packages_installed_by_argospm_layout_are_seen(packages, capsys):
    with zipfile.ZipFile(copy_archives()["de_en"]) as archive:
        archive.extractall(packages)  # what argospm's install_from_path does
    assert main(["models", "list"]) == 0
    assert "translate-de_en    0.9      de -> en" in capsys.readouterr().out


def test_bad_package_files_are_one_line_errors(packages, tmp_path, capsys):
    not_zip = tmp_path / "x.argosmodel"
    not_zip.write_text("hello", encoding="utf-8")
    assert main(["models", "install", str(not_zip)]) == 2
    assert "x.argosmodel: not an argos package (must be a zip archive" in capsys.readouterr().err

    no_meta = tmp_path / "y.argosmodel"
    with zipfile.ZipFile(no_meta, "w") as zf:
        zf.writestr("pkg/model/model.bin", b"")
    assert main(["models", "install", str(no_meta)]) == 2
    assert "no metadata.json" in capsys.readouterr().err

    evil = tmp_path / "z.argosmodel"
    with zipfile.ZipFile(evil, "w") as zf:
        zf.writestr("../escape/metadata.json", json.dumps({"from_code": "en", "to_code": "fa"}))
    assert main(["models", "install", str(evil)]) == 2
    assert "unsafe path" in capsys.readouterr().err
    assert not (tmp_path / "escape").exists()
    assert main(["models", "install", str(tmp_path / "missing.argosmodel")]) == 2
    assert main(["models", "install", "en", "fa", "de"]) == 2


def test_install_from_index_offline_says_how_to_install_a_file(packages, monkeypatch, capsys):
    monkeypatch.setenv("ARGOS_PACKAGE_INDEX", "http://127.0.0.1:9/")  # nothing listens there
    assert main(["models", "install", "en", "fa"]) == 1
    err = capsys.readouterr().err.strip()
    assert len(err.splitlines()) == 1
    assert "cannot reach the argos package index" in err
    assert "dossier models install FILE.argosmodel" in err


def test_route_prefers_direct_then_pivots_through_english(tmp_path):
    def pkg(a: str, b: str) -> InstalledPackage:
        return InstalledPackage(tmp_path / f"{a}_{b}", a, b, "1.0")

    assert find_route("en", "fa", [pkg("en", "fa")]).label == "translate-en_fa-1.0"
    pivot = find_route("fr", "fa", [pkg("fr", "en"), pkg("en", "fa"), pkg("en", "de")])
    assert pivot.label == "translate-fr_en-1.0+translate-en_fa-1.0" and pivot.pivot == "en"
    assert find_route("fr", "fa", [pkg("fr", "en")]) is None
    assert find_route("fr", "fa", [pkg("fr", "en"), pkg("en", "fa"), pkg("fr", "fa")]).pivot is None
