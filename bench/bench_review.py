"""Benchmark: 100 approvals in sequence through ``dossier review``, bytes and ms per action.

    .venv/bin/python bench/bench_review.py [--approvals 100] [--slug SLUG]

Copies the project's largest Persian catalog (or ``--slug``) into two temporary projects and
approves entries one after another, alternating in turns of 10 between

* the review app over real HTTP (waitress on port 0), as the page's script does it: the
  checks on the entry, the file lock, the re-read and concurrent-edit guard, the one-entry
  splice, ``msgfmt --check`` on the candidate bytes, the atomic replace; and
* the baseline: the naive in-process write, ``read_catalog`` -> ``states.mark_approved`` ->
  ``render_catalog`` -> ``atomic_write`` (no checks, no guard, no verification).

Prints ms per action for both, the ratio, the bytes written per action (the whole file is
rewritten atomically; the changed bytes are what a diff shows) and the time of ``msgfmt``.
"""

from __future__ import annotations

import argparse
import difflib
import json
import re
import shutil
import statistics
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "tests"))

from review_helpers import Client, Server, forms_of  # noqa: E402

from workflow import states  # noqa: E402
from workflow.catalog.pofile import read_catalog, render_catalog  # noqa: E402
from workflow.fileio import atomic_write  # noqa: E402
from workflow.review.validate import msgfmt_check  # noqa: E402

TURN = 10


def copy_project(slug: str, into: Path) -> Path:
    shutil.copy(ROOT / "pyproject.toml", into / "pyproject.toml")
    (into / "locales/fa/LC_MESSAGES").mkdir(parents=True)
    (into / "locales/templates").mkdir(parents=True)
    name = f"locales/fa/LC_MESSAGES/{slug}.po"
    shutil.copy(ROOT / name, into / name)
    shutil.copy(ROOT / "locales/fa/glossary.csv", into / "locales/fa/glossary.csv")
    return into / f"locales/fa/LC_MESSAGES/{slug}.po"


def changed_bytes(before: str, after: str) -> int:
    diff = difflib.unified_diff(before.splitlines(True), after.splitlines(True), n=0)
    return sum(len(line.encode()) - 1 for line in diff
               if line[:1] in "+-" and not line.startswith(("+++", "---")))


class AppTurns:
    """Approvals through the HTTP app, a window of forms at a time."""

    def __init__(self, root: Path, po: Path, slug: str) -> None:
        self.server = Server(root, langs=["fa"], reviewer="Bench Reviewer")
        self.client = Client(self.server.url)
        self.po, self.slug = po, slug
        self.forms: list[dict] = []

    def refill(self) -> None:
        _, html, _ = self.client.get(f"/fa/{self.slug}")
        self.forms = [f for f in forms_of(html) if "key" in f["fields"]]

    def approve(self) -> tuple[float, int, int]:
        if not self.forms:
            self.refill()
        form = self.forms.pop(0)
        fields = dict(form["fields"], action="approve")
        before = self.po.read_text(encoding="utf-8")
        start = time.perf_counter()
        code, body, _ = self.client.post(form["action"], fields,
                                         headers={"Accept": "application/json"})
        if code == 409 and json.loads(body).get("kind") == "confirm":
            reasons = re.search(r'name="anyway" value="([^"]*)"', json.loads(body)["html"])
            code, body, _ = self.client.post(form["action"], dict(fields, anyway=reasons[1]),
                                             headers={"Accept": "application/json"})
        elapsed = time.perf_counter() - start
        assert code == 200, body[:300]
        after = self.po.read_text(encoding="utf-8")
        return elapsed, len(after.encode()), changed_bytes(before, after)

    def close(self) -> None:
        self.server.close()


class BaselineTurns:
    def __init__(self, po: Path) -> None:
        self.po = po
        self.index = 0

    def approve(self) -> tuple[float, int, int]:
        before = self.po.read_text(encoding="utf-8")
        start = time.perf_counter()
        catalog = read_catalog(self.po)
        todo = [e for e in catalog.entries if states.state_of(e) is not states.State.APPROVED
                and e.msgstr]
        states.mark_approved(todo[0], "Bench Reviewer")
        atomic_write(self.po, render_catalog(catalog))
        elapsed = time.perf_counter() - start
        after = self.po.read_text(encoding="utf-8")
        return elapsed, len(after.encode()), changed_bytes(before, after)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--approvals", type=int, default=100)
    parser.add_argument("--slug")
    args = parser.parse_args()
    slug = args.slug or max((ROOT / "locales/fa/LC_MESSAGES").glob("*.po"),
                            key=lambda p: p.stat().st_size).stem
    with tempfile.TemporaryDirectory() as a, tempfile.TemporaryDirectory() as b:
        app_po, base_po = copy_project(slug, Path(a)), copy_project(slug, Path(b))
        entries = len(read_catalog(app_po).entries)
        if args.approvals > entries:
            raise SystemExit(f"{slug} has only {entries} entries")
        app, base = AppTurns(Path(a), app_po, slug), BaselineTurns(base_po)
        app.refill()  # warm the page cache (checks of every entry) outside the timing
        results: dict[str, list[tuple[float, int, int]]] = {"app": [], "baseline": []}
        try:
            while len(results["app"]) < args.approvals:
                n = min(TURN, args.approvals - len(results["app"]))
                results["app"] += [app.approve() for _ in range(n)]
                results["baseline"] += [base.approve() for _ in range(n)]
        finally:
            app.close()
        data = app_po.read_bytes()
        start = time.perf_counter()
        for _ in range(20):
            msgfmt_check(data, slug)
        msgfmt_ms = (time.perf_counter() - start) / 20 * 1000
    print(f"{args.approvals} approvals in sequence on {slug}.po ({entries} entries, "
          f"{len(data):,} bytes), in turns of {TURN}:")
    medians = {}
    for name, rows in results.items():
        ms = [r[0] * 1000 for r in rows]
        medians[name] = statistics.median(ms)
        print(f"  {name:9} {statistics.mean(ms):7.1f} ms/action mean, {medians[name]:7.1f} median;"
              f" {statistics.mean(r[1] for r in rows):9,.0f} bytes written/action"
              f" ({statistics.mean(r[2] for r in rows):,.0f} bytes changed)")
    print(f"  ratio app/baseline (median): {medians['app'] / medians['baseline']:.2f}x; "
          f"msgfmt --check alone: {msgfmt_ms:.1f} ms")


if __name__ == "__main__":
    main()
