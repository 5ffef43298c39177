"""Soak: random SIGKILL/SIGTERM/SIGINT of `update`, `draft` and `build` while an editor saves.

    .venv/bin/python bench/soak.py [--cycles 20] [--statements 12] [--languages fa,fr,de]
                                   [--seed 1] [--no-draft] [--no-build] [--keep DIR]
    make soak

Each cycle edits every source (so `update` merges), then runs `update` and `draft` twice:
once killed at a random moment, once to completion, with a second writer saving one new
translation after another into the same catalogs the whole time: in odd cycles an editor
(polib's layout, atomic rename, no lock, as Poedit saves), in even cycles a writer that saves
as the review page does (workflow.catalog.save.save_catalog: lock, re-read, per-entry merge;
its save counts as confirmed only when it was applied); then a `build -j 2` killed at a
random moment. After every
cycle every catalog must pass `msgfmt --check` and every save the editor confirmed must still
be in its catalog; no process a killed command started may survive it. With root rights a
last phase runs `update` on a full tmpfs: one-line error, exit 2, catalogs intact.
Drafts use a tiny genuine argos package (tests/argos_fixture.py: copy model, real CTranslate2).
Prints the counts (saves confirmed, saves present) and exits 1 on any lost save or problem.
"""

from __future__ import annotations

import argparse
import contextlib
import os
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path[:0] = [str(REPO), str(REPO / "tests")]

from faults import judge, run_command, soak  # noqa: E402


def _install_model(base: Path, env: dict[str, str]) -> None:
    from argos_fixture import copy_archives

    folder = base / "install"
    folder.mkdir()
    (folder / "dossier.toml").write_text('[tool.dossier]\nlanguages = ["fa"]\n',
                                         encoding="utf-8")
    done = run_command(folder, ("models", "install", str(copy_archives()["en_fa"])),
                       env_extra=env)
    if done.returncode != 0:
        raise SystemExit(f"could not install the test model: {done.stderr}")


def _disk_full(project: Path, log: Path, base: Path) -> str:
    """`update` on a full tmpfs copy: exit 2 in one line, every catalog intact."""
    mount = base / "tmpfs"
    mount.mkdir()
    if subprocess.run(["mount", "-t", "tmpfs", "-o", "size=8m", "tmpfs", str(mount)],
                      capture_output=True, check=False).returncode != 0:
        return "disk full: skipped (cannot mount a tmpfs here)"
    try:
        root = mount / "proj"
        shutil.copytree(project, root, symlinks=True)
        before = {p: p.read_bytes() for p in root.rglob("*.po")}
        (root / "sources/s000.md").write_text(
            (root / "sources/s000.md").read_text(encoding="utf-8") + "\nOne more sentence.\n",
            encoding="utf-8")
        fd = os.open(mount / "filler", os.O_WRONLY | os.O_CREAT)
        with contextlib.suppress(OSError):
            while True:
                os.write(fd, b"\0" * 65536)
        os.close(fd)
        run = run_command(root, ("update",))
        intact = all(p.read_bytes() == data for p, data in before.items())
        verdict = judge(root, log.parent / "none.jsonl")
        ok = run.returncode == 2 and run.stderr.count("\n") == 1 and intact and verdict.ok
        return (f"disk full: update exit {run.returncode}, {run.stderr.strip()!r}, catalogs "
                f"{'intact' if intact else 'CHANGED'} -> {'ok' if ok else 'PROBLEM'}")
    finally:
        subprocess.run(["umount", "-l", str(mount)], check=False)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--cycles", type=int, default=20)
    parser.add_argument("--statements", type=int, default=12)
    parser.add_argument("--languages", default="fa,fr,de")
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--no-draft", action="store_true")
    parser.add_argument("--no-build", action="store_true")
    parser.add_argument("--keep", type=Path, help="work in DIR and keep it")
    args = parser.parse_args()
    base = args.keep or Path(tempfile.mkdtemp(prefix="dossier-soak-"))
    base.mkdir(parents=True, exist_ok=True)
    env = {"ARGOS_PACKAGES_DIR": str(base / "argos-packages"), "ARGOS_BEAM_SIZE": "1"}
    started = time.perf_counter()
    try:
        if not args.no_draft:
            _install_model(base, env)
        report = soak(base / "proj", cycles=args.cycles, seed=args.seed,
                      statements=args.statements,
                      languages=tuple(x.strip() for x in args.languages.split(",")),
                      draft=not args.no_draft, build=not args.no_build, env_extra=env,
                      kill_window=(0.3, 3.0), say=print)
        disk = _disk_full(base / "proj", base / "proj-editor.jsonl", base)
        problems = report.problems()
        print(f"\nsoak: {args.cycles} cycles, {len(report.runs)} runs, {report.kills} killed, "
              f"{time.perf_counter() - started:.0f} s")
        print(f"saves confirmed: {report.confirmed}; saves present afterwards: {report.present}")
        print(f"catalogs: {report.verdicts[-1].catalogs if report.verdicts else 0}, "
              f"msgfmt --check failures: {sum(len(v.rejected) for v in report.verdicts)}")
        print(f"surviving processes: {sum(len(r.survivors) for r in report.runs)}; "
              f"killed runs that printed a traceback: {len(report.noisy_kills())}")
        print(disk)
        for line in problems:
            print("PROBLEM:", line)
        return 1 if problems or "PROBLEM" in disk else 0
    finally:
        if not args.keep:
            shutil.rmtree(base, ignore_errors=True)


if __name__ == "__main__":
    sys.exit(main())
