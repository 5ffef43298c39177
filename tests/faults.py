"""Fault injection for the fast suite (tests/test_fault_injection.py) and the soak (bench/soak.py).

Real ``python -m workflow`` subprocesses are killed (SIGKILL or SIGTERM) at seeded random
moments while an editor process saves translations into the same catalogs, as a translator in
Poedit would (polib's layout, atomic rename, no lock). Afterwards every catalog must pass
``msgfmt --check``, every save the editor confirmed must still be in its catalog, and no process
a command started may survive it.
"""

from __future__ import annotations

import json
import os
import random
import signal
import subprocess
import sys
import tempfile
import time
import uuid
from dataclasses import dataclass, field
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
WORDS = str.split(
    "prisoners political families regime court execution decree massacre government authorities "
    "victims witnesses evidence prison summer committee international rights justice truth "
    "accountability organisations members thousands graves memory crimes commission inquiry "
    "lawyers doctors reporters detainees sentences hearings appeals statements mothers children")

EDITOR = r'''
import json, os, random, sys, time
from pathlib import Path
import polib

root, log, stop = Path(sys.argv[1]), sys.argv[2], sys.argv[4]
seed, pause = int(sys.argv[3]), float(sys.argv[5])
rng = random.Random(seed)
count = 0
with open(log, "a", encoding="utf-8") as out:
    while not os.path.exists(stop):
        paths = sorted(root.glob("locales/*/LC_MESSAGES/*.po"))
        if not paths:
            time.sleep(pause)
            continue
        path = rng.choice(paths)
        po = polib.pofile(str(path), wrapwidth=78)
        rel = path.relative_to(root).as_posix()
        choices = [e for e in po if e.msgid and not e.obsolete and not e.msgid_plural
                   and not e.msgstr.startswith("EDIT-")]  # each save a new entry
        if not choices:
            time.sleep(pause)
            continue
        entry = rng.choice(choices)
        count += 1
        token = f"EDIT-{seed}-{count}"
        entry.msgstr = token
        if "fuzzy" in entry.flags:
            entry.flags.remove("fuzzy")
        entry.previous_msgid = None
        tmp = path.with_name(path.name + f".editor{seed}.tmp")
        with open(tmp, "w", encoding="utf-8") as handle:
            handle.write(str(po))
            handle.flush()
            os.fsync(handle.fileno())
        os.replace(tmp, path)
        out.write(json.dumps({"path": rel, "msgctxt": entry.msgctxt, "msgid": entry.msgid,
                              "token": token}) + "\n")
        out.flush()
        time.sleep(pause * rng.uniform(0.5, 1.5))
'''
#: A second writer that saves the way dossier's own writers do (the review page): read,
#: change one entry, ``save_catalog`` (lock, re-read, per-entry merge). A save it makes is
#: confirmed only when save_catalog did not keep someone else's edit of that entry instead.
REVIEWER = r'''
import json, os, random, sys, time
from pathlib import Path
from workflow.catalog.pofile import parse_catalog
from workflow.catalog.save import save_catalog

root, log, stop = Path(sys.argv[1]), sys.argv[2], sys.argv[4]
seed, pause = int(sys.argv[3]), float(sys.argv[5])
rng = random.Random(seed)
count = 0
with open(log, "a", encoding="utf-8") as out:
    while not os.path.exists(stop):
        paths = sorted(root.glob("locales/*/LC_MESSAGES/*.po"))
        if not paths:
            time.sleep(pause)
            continue
        path = rng.choice(paths)
        data = path.read_bytes()
        catalog = parse_catalog(data, str(path))
        choices = [e for e in catalog.entries if e.msgid and not e.msgid_plural
                   and not e.msgstr.startswith("EDIT-")]
        if not choices:
            time.sleep(pause)
            continue
        entry = rng.choice(choices)
        count += 1
        token = f"EDIT-R{seed}-{count}"
        entry.msgstr = token
        entry.flags = [f for f in entry.flags if f != "fuzzy"]
        entry.previous_msgid = None
        saved = save_catalog(path, catalog, data)
        if saved.written and entry.msgid not in {k.msgid for k in saved.kept}:
            rel = path.relative_to(root).as_posix()
            out.write(json.dumps({"path": rel, "msgctxt": entry.msgctxt, "msgid": entry.msgid,
                                  "token": token}) + "\n")
            out.flush()
        time.sleep(pause * rng.uniform(0.5, 1.5))
'''


def sentence(rng: random.Random, tag: str) -> str:
    words = [rng.choice(WORDS) for _ in range(rng.randint(6, 16))]
    return f"{tag.capitalize()} {' '.join(words)}."


def write_sources(root: Path, statements: int, cycle: int, seed: int) -> None:
    """Statements whose first paragraph changes every cycle (so ``update`` has work) and whose
    second paragraph stays (so translations and edits carry over)."""
    for index in range(statements):
        stable = random.Random(f"{seed}-{index}")
        changing = random.Random(f"{seed}-{index}-{cycle}")
        first = " ".join(sentence(changing, f"cycle{cycle}") for _ in range(4))
        second = " ".join(sentence(stable, f"fixed{index}") for _ in range(5))
        text = (f"---\ntitle: Statement {index}\ndate: '2024-03-{index % 28 + 1:02d}'\n---\n"
                f"# Statement {index} on the prisoners\n\n{first}\n\n{second}\n\n"
                f"<!-- signatures -->\nOrganisation {index}\n")
        (root / "sources").mkdir(parents=True, exist_ok=True)
        (root / "sources" / f"s{index:03d}.md").write_text(text, encoding="utf-8")


def make_corpus(root: Path, statements: int, languages: tuple[str, ...], seed: int) -> Path:
    root.mkdir(parents=True, exist_ok=True)
    langs = ", ".join(f'"{lang}"' for lang in languages)
    (root / "dossier.toml").write_text(f"[tool.dossier]\nlanguages = [{langs}]\n",
                                       encoding="utf-8")
    write_sources(root, statements, 0, seed)
    return root


def environment(marker: str, **extra: str) -> dict[str, str]:
    return dict(os.environ, PYTHONPATH=str(REPO), DOSSIER_TEST_MARK=marker,
                SOURCE_DATE_EPOCH="1700000000", **extra)


def processes_with(marker: str) -> list[int]:
    """Every live process whose environment carries ``marker`` (all a command started)."""
    found = []
    for pid in os.listdir("/proc"):
        if not pid.isdigit() or int(pid) == os.getpid():
            continue
        try:
            environ = Path(f"/proc/{pid}/environ").read_bytes()
            state = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()[0]
        except OSError:
            continue
        if state != "Z" and f"DOSSIER_TEST_MARK={marker}".encode() in environ.split(b"\0"):
            found.append(int(pid))
    return found


@dataclass
class Outcome:
    argv: tuple[str, ...]
    signum: int | None
    returncode: int
    stderr: str
    survivors: list[int]


def run_command(root: Path, argv: tuple[str, ...], *, kill_after: float | None = None,
                signum: int = signal.SIGKILL, env_extra: dict[str, str] | None = None,
                timeout: float = 300) -> Outcome:
    """Run ``dossier ARGV``; with ``kill_after``, send ``signum`` that many seconds in."""
    marker = uuid.uuid4().hex
    # stderr in a file, not a pipe: a surviving child holding it must not hang the harness
    with tempfile.TemporaryFile() as errors:
        proc = subprocess.Popen([sys.executable, "-m", "workflow", *argv], cwd=root,
                                env=environment(marker, **(env_extra or {})),
                                stdout=subprocess.DEVNULL, stderr=errors)
        sent = None
        if kill_after is not None:
            try:
                proc.wait(timeout=kill_after)
            except subprocess.TimeoutExpired:
                proc.send_signal(signum)
                sent = signum
        try:
            proc.wait(timeout=timeout)
        except subprocess.TimeoutExpired:
            proc.kill()
            proc.wait()
        errors.seek(0)
        err = errors.read()
    deadline = time.monotonic() + 10
    while processes_with(marker) and time.monotonic() < deadline:
        time.sleep(0.1)
    survivors = processes_with(marker)
    for pid in survivors:
        os.kill(pid, signal.SIGKILL)
    return Outcome(argv, sent, proc.returncode, err.decode("utf-8", "replace"), survivors)


class Editor:
    """A translator's editor saving one new entry after another until stopped."""

    script = EDITOR

    def __init__(self, root: Path, log: Path, seed: int, pause: float = 0.05):
        self.stop_file = log.with_name(f"{log.name}.{type(self).__name__}.stop")
        self.stop_file.unlink(missing_ok=True)
        self.proc = subprocess.Popen(
            [sys.executable, "-c", self.script, str(root), str(log), str(seed),
             str(self.stop_file), str(pause)], env=dict(os.environ, PYTHONPATH=str(REPO)),
            stderr=subprocess.PIPE)

    def stop(self) -> None:
        self.stop_file.touch()
        _, err = self.proc.communicate(timeout=60)
        self.stop_file.unlink(missing_ok=True)
        if self.proc.returncode != 0:
            raise RuntimeError(f"editor failed: {err.decode()[-2000:]}")


class Reviewer(Editor):
    """The review page's way of saving: dossier's save_catalog (lock, re-read, merge)."""

    script = REVIEWER


@dataclass
class Verdict:
    catalogs: int = 0
    rejected: list[str] = field(default_factory=list)  # msgfmt --check failures
    confirmed: int = 0  # saves the editor completed
    present: int = 0  # of those, still in their catalog
    missing: list[dict] = field(default_factory=list)

    @property
    def ok(self) -> bool:
        return not self.rejected and self.present == self.confirmed


def judge(root: Path, log: Path) -> Verdict:
    """msgfmt --check on every catalog; every confirmed editor save still there."""
    from workflow.catalog.pofile import read_catalog

    verdict = Verdict()
    for path in sorted(root.glob("locales/*/LC_MESSAGES/*.po")):
        verdict.catalogs += 1
        check = subprocess.run(["msgfmt", "--check", "-o", "/dev/null", str(path)],
                               capture_output=True, text=True, check=False)
        if check.returncode != 0:
            verdict.rejected.append(f"{path}: {check.stderr.strip()[:300]}")
    saves = [json.loads(line) for line in log.read_text(encoding="utf-8").splitlines()
             if line.strip()] if log.exists() else []
    cache: dict[str, set[tuple]] = {}
    for save in saves:
        verdict.confirmed += 1
        if save["path"] not in cache:
            catalog = read_catalog(root / save["path"])
            cache[save["path"]] = {(e.msgctxt, e.msgid, e.msgstr)
                                   for e in catalog.entries + catalog.obsolete}
        if (save["msgctxt"], save["msgid"], save["token"]) in cache[save["path"]]:
            verdict.present += 1
        else:
            verdict.missing.append(save)
    return verdict


@dataclass
class SoakReport:
    runs: list[Outcome] = field(default_factory=list)
    verdicts: list[Verdict] = field(default_factory=list)

    @property
    def confirmed(self) -> int:
        return self.verdicts[-1].confirmed if self.verdicts else 0

    @property
    def present(self) -> int:
        return self.verdicts[-1].present if self.verdicts else 0

    @property
    def kills(self) -> int:
        return sum(1 for run in self.runs if run.signum)

    def noisy_kills(self) -> list[str]:
        """Killed runs that printed a traceback while dying (noise, not damage: judged apart)."""
        return [f"{' '.join(r.argv)} (signal {r.signum}): {r.stderr[-1500:]}"
                for r in self.runs if r.signum and "Traceback" in r.stderr]

    def problems(self) -> list[str]:
        """Damage: lost saves, catalogs msgfmt rejects, surviving processes, failed runs."""
        found = []
        for run in self.runs:
            if run.survivors:
                found.append(f"{' '.join(run.argv)}: processes survived: {run.survivors}")
            if run.signum is None and "Traceback" in run.stderr:
                found.append(f"{' '.join(run.argv)}: traceback: {run.stderr[-1500:]}")
            if run.signum is None and run.returncode != 0:
                found.append(f"{' '.join(run.argv)}: exit {run.returncode}: {run.stderr[-500:]}")
        for verdict in self.verdicts:
            found += verdict.rejected
            found += [f"lost save: {m}" for m in verdict.missing]
        return found


def soak(root: Path, *, cycles: int, seed: int, statements: int,
         languages: tuple[str, ...], draft: bool = True, build: bool = True,
         kill_window: tuple[float, float] = (0.2, 2.0), editor_pause: float = 0.05,
         env_extra: dict[str, str] | None = None, say=None) -> SoakReport:
    """Cycles of: a source edit; update and draft killed at a random moment and run again to
    completion, an editor (polib, no lock) or a reviewer (save_catalog) saving all along;
    then a killed build. Judged after every cycle."""
    rng = random.Random(seed)
    report = SoakReport()
    log = root.parent / f"{root.name}-editor.jsonl"
    log.unlink(missing_ok=True)
    make_corpus(root, statements, languages, seed)
    first = run_command(root, ("update",), env_extra=env_extra)
    report.runs.append(first)
    commands = [("update",)] + ([("draft",)] if draft else [])
    for cycle in range(1, cycles + 1):
        write_sources(root, statements, cycle, seed)
        # Odd cycles a translator's editor, even cycles the review page's way of saving: not
        # both at once, since an editor that takes no lock may overwrite the page's save itself.
        kind = Editor if cycle % 2 else Reviewer
        editor = kind(root, log, seed * 1000 + cycle, editor_pause * (1 if cycle % 2 else 2))
        try:
            for argv in commands:
                signum = rng.choice([signal.SIGKILL, signal.SIGTERM])
                delay = rng.uniform(*kill_window)
                report.runs.append(run_command(root, argv, kill_after=delay, signum=signum,
                                               env_extra=env_extra))
                report.runs.append(run_command(root, argv, env_extra=env_extra))
        finally:
            editor.stop()
        if build:
            signum = rng.choice([signal.SIGKILL, signal.SIGTERM, signal.SIGINT])
            report.runs.append(run_command(root, ("build", "-j", "2", "--force"),
                                           kill_after=rng.uniform(*kill_window), signum=signum,
                                           env_extra=env_extra))
        verdict = judge(root, log)
        report.verdicts.append(verdict)
        if say:
            kills = report.kills
            say(f"cycle {cycle}/{cycles}: {verdict.catalogs} catalogs, saves confirmed "
                f"{verdict.confirmed}, present {verdict.present}, {kills} kills so far, "
                f"{len(report.problems())} problem(s)")
    return report
