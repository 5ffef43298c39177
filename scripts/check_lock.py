"""Fails when requirements/lock.txt was not made from the current pyproject.toml.

The lock records a hash of what it was resolved from (the dependency lists of pyproject.toml,
``requires-python`` and requirements/constraints.txt). Any edit to those without ``make lock``
changes the hash, and ``make test`` (so CI) stops with a one-line message instead of testing
versions nobody locked. ``--stamp`` writes the hash into a freshly compiled lock.

Runs with a bare interpreter (before anything is installed): standard library only.
"""

from __future__ import annotations

import hashlib
import json
import re
import sys
import tomllib
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
LOCK = ROOT / "requirements" / "lock.txt"
CONSTRAINTS = ROOT / "requirements" / "constraints.txt"
MARK = "# inputs-sha256: "


def inputs_digest() -> str:
    project = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]
    constraints = [line.split("#", 1)[0].strip()
                   for line in CONSTRAINTS.read_text(encoding="utf-8").splitlines()]
    inputs = {
        "requires-python": project.get("requires-python", ""),
        "dependencies": project.get("dependencies", []),
        "optional-dependencies": project.get("optional-dependencies", {}),
        "constraints": [c for c in constraints if c],
    }
    return hashlib.sha256(json.dumps(inputs, sort_keys=True).encode()).hexdigest()


def locked_names(text: str) -> set[str]:
    return {m.group(1).lower().replace("_", "-")
            for m in re.finditer(r"^([A-Za-z0-9][A-Za-z0-9._-]*)==", text, re.M)}


def direct_names() -> set[str]:
    project = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]
    reqs = list(project.get("dependencies", []))
    for extra in project.get("optional-dependencies", {}).values():
        reqs += extra
    return {re.match(r"[A-Za-z0-9._-]+", r).group(0).lower().replace("_", "-") for r in reqs}


def main(argv: list[str]) -> int:
    if not LOCK.exists():
        print(f"{LOCK.relative_to(ROOT)}: missing; run 'make lock'", file=sys.stderr)
        return 1
    text = LOCK.read_text(encoding="utf-8")
    digest = inputs_digest()
    if "--stamp" in argv:
        lines = [line for line in text.splitlines() if not line.startswith(MARK)]
        lines.insert(2, f"{MARK}{digest} (pyproject.toml dependencies, constraints.txt)")
        LOCK.write_text("\n".join(lines) + "\n", encoding="utf-8")
        return 0
    recorded = next((line[len(MARK):].split()[0] for line in text.splitlines()
                     if line.startswith(MARK)), None)
    if recorded != digest:
        print(f"{LOCK.relative_to(ROOT)}: out of date with pyproject.toml or "
              "requirements/constraints.txt; run 'make lock' and commit the result",
              file=sys.stderr)
        return 1
    missing = sorted(direct_names() - locked_names(text))
    if missing:
        print(f"{LOCK.relative_to(ROOT)}: does not pin {', '.join(missing)}; run 'make lock'",
              file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
