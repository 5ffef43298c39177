"""Broken project layouts: one line naming the path, exit 2, nothing written, no false success."""

from __future__ import annotations

import contextlib
import os
import shutil
import subprocess
import uuid

import pytest
from catalog_helpers import SOURCE, make_project, run

from workflow.errors import InputError
from workflow.fileio import atomic_write


def snapshot(root):
    found = {}
    for path in sorted(root.rglob("*")):
        if path.is_file() and ".dossier-cache" not in path.parts:
            found[path.relative_to(root).as_posix()] = path.read_bytes()
    return found


@pytest.fixture()
def project(tmp_path):
    """Catalogs made, then a source edit so that `update` has a template to rewrite."""
    root = make_project(tmp_path / "p", {"alpha": SOURCE})
    code, _, err = run(root, "update")
    assert code == 0, err
    source = root / "sources/alpha.md"
    source.write_text(SOURCE + "\nA new sentence.\n", encoding="utf-8")
    return root


def refused(root, *argv, naming: str) -> str:
    before = snapshot(root)
    code, out, err = run(root, *argv)
    assert code == 2, (argv, out, err)
    assert err.count("\n") == 1 and err.startswith("dossier: error: "), err
    assert naming in err, err
    assert snapshot(root) == before, f"{argv} wrote something"
    return err


def _replace_with_file(path):
    shutil.rmtree(path)
    path.write_text("not a folder\n", encoding="utf-8")


@pytest.mark.parametrize("command", ["update", "extract", "check", "draft", "status", "build"])
def test_locales_a_file(project, command):
    _replace_with_file(project / "locales")
    err = refused(project, command, naming="locales")
    assert "is a file" in err


def test_lc_messages_a_file_stops_update_before_the_template_is_written(project):
    _replace_with_file(project / "locales/fr/LC_MESSAGES")
    refused(project, "update", naming="locales/fr/LC_MESSAGES")
    refused(project, "check", naming="locales/fr/LC_MESSAGES")


def test_a_catalog_that_is_a_folder(project):
    po = project / "locales/fa/LC_MESSAGES/alpha.po"
    po.unlink()
    po.mkdir()
    for command in ("update", "check", "draft", "status"):
        refused(project, command, naming="locales/fa/LC_MESSAGES/alpha.po")


def test_a_source_that_is_a_folder(project):
    (project / "sources/beta.md").mkdir()
    for command in ("extract", "update", "build"):
        refused(project, command, naming="sources/beta.md")


def test_output_a_file(project):
    (project / "output").write_text("x\n", encoding="utf-8")
    refused(project, "build", naming="output")
    (project / "output").unlink()
    (project / "output").mkdir()
    (project / "output/fa").write_text("x\n", encoding="utf-8")
    refused(project, "build", "--lang", "fa", naming="output/fa")


def test_read_only_folder_and_read_only_catalog(project):
    folder = project / "locales/fa/LC_MESSAGES"
    folder.chmod(0o555)
    try:
        err = refused(project, "update", naming="locales/fa/LC_MESSAGES")
        assert "read-only folder" in err
    finally:
        folder.chmod(0o755)
    po = folder / "alpha.po"
    po.chmod(0o444)
    err = refused(project, "update", naming="locales/fa/LC_MESSAGES/alpha.po")
    assert "read-only file" in err
    po.chmod(0o644)
    assert run(project, "update")[0] == 0


def test_a_symlinked_catalog_is_written_through_the_link(project, tmp_path):
    po = project / "locales/fa/LC_MESSAGES/alpha.po"
    elsewhere = tmp_path / "shared-with-a-team.po"
    shutil.move(po, elsewhere)
    po.symlink_to(elsewhere)
    code, _, err = run(project, "update")
    assert code == 0, err
    assert po.is_symlink() and os.readlink(po) == str(elsewhere)
    assert "A new sentence." in elsewhere.read_text(encoding="utf-8")


@contextlib.contextmanager
def small_tmpfs(tmp_path, size: str):
    mount = tmp_path / f"tmpfs-{uuid.uuid4().hex[:6]}"
    mount.mkdir()
    done = subprocess.run(["mount", "-t", "tmpfs", "-o", f"size={size}", "tmpfs", str(mount)],
                          capture_output=True, check=False)
    if done.returncode != 0:
        pytest.skip("cannot mount a small tmpfs here (needs root)")
    try:
        yield mount
    finally:
        subprocess.run(["umount", "-l", str(mount)], check=False)


def test_full_disk_is_one_line_and_nothing_is_written(project, tmp_path):
    with small_tmpfs(tmp_path, "4m") as disk:
        root = disk / "p"
        shutil.copytree(project, root, symlinks=True)
        filler = disk / "filler"
        fd = os.open(filler, os.O_WRONLY | os.O_CREAT)
        with contextlib.suppress(OSError):  # fill the disk
            while True:
                os.write(fd, b"\0" * 4096)
        os.close(fd)
        for command in ("update", "extract"):
            err = refused(root, command, naming="locales")
            assert "space" in err
        with pytest.raises(InputError, match="no space left"):  # past the checks: still one line
            atomic_write(root / "locales/fa/LC_MESSAGES/alpha.po", "x" * 100_000)
        assert not [p for p in (root / "locales/fa/LC_MESSAGES").iterdir() if p.suffix == ".tmp"]
        filler.unlink()
        assert run(root, "update")[0] == 0
