"""Errors every stage raises, mapped by the CLI to meaningful exit codes.

Exit codes: 0 ok, 1 problems found (checks failed, thresholds not met), 2 usage or input error.
"""

from __future__ import annotations

from pathlib import Path


class DossierError(Exception):
    """A failure the user can act on; its message is printed as one line."""

    exit_code = 2

    def __init__(self, message: str, path: Path | str | None = None, line: int | None = None):
        self.message = message
        self.path = path
        self.line = line
        super().__init__(self.one_line())

    def one_line(self) -> str:
        where = ""
        if self.path is not None:
            where = f"{self.path}:{self.line}: " if self.line is not None else f"{self.path}: "
        return where + self.message.replace("\n", " ")


class InputError(DossierError):
    """Bad input (missing, binary, undecodable, malformed file): nothing was written. Exit 2."""

    exit_code = 2


class ConfigError(DossierError):
    """Project settings missing or invalid. Exit 2."""

    exit_code = 2


class ProblemsFound(DossierError):
    """The command ran but found problems (failed checks, threshold not met). Exit 1."""

    exit_code = 1
