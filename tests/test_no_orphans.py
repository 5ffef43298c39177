"""A killed `dossier build` leaves no process behind: workers, forkserver, resource tracker.

A real `python -m workflow build -j 2` runs in a subprocess; every process it starts is found
by a marker in its environment (inherited by all of them), so survivors cannot hide.
"""

from __future__ import annotations

import os
import shutil
import signal
import subprocess
import sys
import time
import uuid
from pathlib import Path

import pytest
from catalog_helpers import SOURCE, make_project, run

REPO = Path(__file__).resolve().parents[1]


def processes_with(marker: str) -> list[int]:
    found = []
    for pid in os.listdir("/proc"):
        if not pid.isdigit():
            continue
        try:
            environ = Path(f"/proc/{pid}/environ").read_bytes()
        except OSError:
            continue
        if f"DOSSIER_TEST_MARK={marker}".encode() in environ.split(b"\0"):
            found.append(int(pid))
    return found


@pytest.fixture(scope="module")
def project(tmp_path_factory):
    sources = {f"s{i}": SOURCE.replace("Alpha statement", f"Statement {i}") for i in range(12)}
    root = make_project(tmp_path_factory.mktemp("orphans"), sources, languages=("fa", "fr"))
    assert run(root, "update")[0] == 0
    return root


@pytest.mark.parametrize("signum", [signal.SIGKILL, signal.SIGTERM, signal.SIGINT])
def test_killed_build_leaves_no_processes(project, signum):
    marker = uuid.uuid4().hex
    env = dict(os.environ, DOSSIER_TEST_MARK=marker, PYTHONPATH=str(REPO))
    for made in (".dossier-cache", "output"):  # each build lays everything out: no reuse
        shutil.rmtree(project / made, ignore_errors=True)
    proc = subprocess.Popen([sys.executable, "-m", "workflow", "build", "--force", "-j", "2"],
                            cwd=project, env=env, stdout=subprocess.DEVNULL,
                            stderr=subprocess.PIPE)
    try:
        deadline = time.monotonic() + 180  # a loaded machine imports WeasyPrint slowly
        seen = 0
        while seen < 4 and proc.poll() is None and time.monotonic() < deadline:  # + workers
            seen = max(seen, len(processes_with(marker)))
            time.sleep(0.05)
        assert seen >= 4, "no worker processes seen"
        time.sleep(0.2)  # let the workers start rendering
        assert proc.poll() is None, "build ended before it could be killed"
        proc.send_signal(signum)
        _, err = proc.communicate(timeout=30)  # returns only when every stderr holder is gone
        assert proc.returncode != 0
        deadline = time.monotonic() + 10
        while processes_with(marker) and time.monotonic() < deadline:
            time.sleep(0.1)
        assert processes_with(marker) == []
        assert b"Traceback" not in err, err.decode()
    finally:
        for pid in processes_with(marker):
            os.kill(pid, signal.SIGKILL)
        if proc.poll() is None:
            proc.kill()
