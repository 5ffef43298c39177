"""Run the ``dossier`` CLI in-process inside a project folder, as a user would from a shell."""

from __future__ import annotations

import contextlib
import io
import os
from pathlib import Path

from workflow.cli import main


def make_project(root: Path, sources: dict[str, str], languages=("fa", "fr")) -> Path:
    """A project folder with a dossier.toml and ``sources/<slug>.md`` for each given text."""
    (root / "sources").mkdir(parents=True, exist_ok=True)
    langs = ", ".join(f'"{lang}"' for lang in languages)
    (root / "dossier.toml").write_text(f"[tool.dossier]\nlanguages = [{langs}]\n",
                                       encoding="utf-8")
    for slug, text in sources.items():
        (root / "sources" / f"{slug}.md").write_text(text, encoding="utf-8")
    return root


def run(root: Path, *argv: str, stderr: io.StringIO | None = None) -> tuple[int, str, str]:
    """Run ``dossier ARGV`` inside ``root``; return (exit code, stdout, stderr).

    ``stderr`` replaces the captured error stream (e.g. one that claims to be a terminal).
    """
    out, err = io.StringIO(), stderr if stderr is not None else io.StringIO()
    old = Path.cwd()
    os.chdir(root)
    try:
        with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
            code = main(list(argv))
    finally:
        os.chdir(old)
    return code, out.getvalue(), err.getvalue()
