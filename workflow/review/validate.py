"""Never write a catalog GNU gettext rejects: run the real ``msgfmt --check`` on the bytes first.

The candidate file is written to a private temporary file and checked there; only bytes that
pass are handed to the atomic replace. Without ``msgfmt`` nothing is written (it is installed
by ``scripts/install-system-deps.sh``; the package is ``gettext``).
"""

from __future__ import annotations

import os
import shutil
import subprocess
import tempfile

from workflow.errors import InputError

TIMEOUT_S = 30


class Rejected(InputError):
    """``msgfmt --check`` refused the candidate bytes (or could not be run)."""


def msgfmt_check(data: bytes, display: str) -> None:
    """Raise :class:`Rejected` with msgfmt's first message unless ``data`` passes the check."""
    exe = shutil.which("msgfmt")
    if exe is None:
        raise Rejected("msgfmt (GNU gettext) is not installed, so the file cannot be verified "
                       "and nothing was written (install the 'gettext' package)", display)
    fd, tmp = tempfile.mkstemp(prefix="dossier-review-", suffix=".po")
    try:
        with os.fdopen(fd, "wb") as handle:
            handle.write(data)
        result = subprocess.run([exe, "--check", "-o", os.devnull, tmp], capture_output=True,
                                text=True, timeout=TIMEOUT_S, check=False)
    except subprocess.TimeoutExpired:
        raise Rejected("msgfmt --check did not finish; nothing was written", display) from None
    finally:
        os.unlink(tmp)
    if result.returncode != 0:
        lines = [line.replace(tmp, display) for line in result.stderr.splitlines()
                 if line.strip() and "fatal error" not in line]
        detail = lines[0] if lines else f"exit {result.returncode}"
        raise Rejected(f"msgfmt --check rejects the result, nothing was written: {detail}",
                       display)
