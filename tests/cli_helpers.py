"""Run the ``dossier`` CLI in-process inside a project folder, as a user would from a shell."""

from __future__ import annotations

import contextlib
import io
import os
from pathlib import Path

from workflow.cli import main


def run(root: Path, *argv: str) -> tuple[int, str, str]:
    """Run ``dossier ARGV`` inside ``root``; return (exit code, stdout, stderr)."""
    out, err = io.StringIO(), io.StringIO()
    old = Path.cwd()
    os.chdir(root)
    try:
        with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
            code = main(list(argv))
    finally:
        os.chdir(old)
    return code, out.getvalue(), err.getvalue()
