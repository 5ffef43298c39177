"""requirements/lock.txt is made from pyproject.toml; a stale lock stops `make test`."""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]


def _copy(tmp_path: Path) -> Path:
    for name in ("pyproject.toml", "scripts/check_lock.py", "requirements/lock.txt",
                 "requirements/constraints.txt"):
        (tmp_path / name).parent.mkdir(parents=True, exist_ok=True)
        shutil.copy(REPO / name, tmp_path / name)
    return tmp_path


def _check(root: Path) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, str(root / "scripts/check_lock.py")],
                          capture_output=True, text=True, check=False)


def test_the_committed_lock_matches_pyproject():
    proc = _check(REPO)
    assert proc.returncode == 0, proc.stderr


def test_the_lock_pins_torch_to_the_cpu_build():
    lock = (REPO / "requirements/lock.txt").read_text(encoding="utf-8")
    assert "\ntorch==2.13.0+cpu " in lock
    assert "nvidia-" not in lock and "--hash=sha256:" in lock


def test_an_edited_dependency_without_make_lock_fails(tmp_path):
    root = _copy(tmp_path)
    pyproject = root / "pyproject.toml"
    pyproject.write_text(pyproject.read_text().replace('"babel>=2.14"', '"babel>=2.20"'))
    proc = _check(root)
    assert proc.returncode == 1 and "make lock" in proc.stderr


def test_an_edited_constraint_without_make_lock_fails(tmp_path):
    root = _copy(tmp_path)
    constraints = root / "requirements/constraints.txt"
    constraints.write_text(constraints.read_text().replace("torch==2.13.0", "torch==2.15.0"))
    assert _check(root).returncode == 1
