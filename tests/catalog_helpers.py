"""Shared helpers for the catalog tests: temp projects, CLI runs, GNU gettext judges."""

from __future__ import annotations

import subprocess
from pathlib import Path

from cli_helpers import make_project, run  # noqa: F401  (re-exported for the catalog tests)

PARAGRAPH = (
    "Police arrested him on 3 May in Tehran. He was held for 30,000 hours. "
    'The court said "the law is clear." Police arrested him on 3 May in Tehran.'
)
SOURCE = """---
title: Alpha statement
date: '2020-08-20'
imported: '2026-11-22'
---
# Alpha statement

## Mr. Smith speaks

{PARAGRAPH}

- First item. Second sentence of item.
- Another item

> A quotation here.

Police arrested him on 3 May in Tehran.

<!-- signatures -->
Organisation One
5 October 2013
""".replace("{PARAGRAPH}", PARAGRAPH)


def gnu(*argv: str) -> subprocess.CompletedProcess:
    return subprocess.run(argv, capture_output=True, text=True, check=False)


def assert_gnu_clean(po: Path, pot: Path | None = None) -> None:
    """msgfmt --check passes, msgcat does not reflow, msgmerge --previous changes nothing."""
    check = gnu("msgfmt", "--check", "-o", "/dev/null", str(po))
    assert check.returncode == 0, check.stderr
    if po.suffix == ".po":
        assert check.stderr == "", check.stderr
    text = po.read_text(encoding="utf-8")
    assert gnu("msgcat", str(po)).stdout == text, f"msgcat reflows {po}"
    if pot is not None:
        merged = gnu("msgmerge", "--previous", "-q", "-o", "-", str(po), str(pot))
        assert merged.returncode == 0, merged.stderr
        assert merged.stdout == text, f"msgmerge changes {po}"
