"""PDF files: text through poppler's ``pdftotext`` (reading order, one form feed per page).

Refused with a one-line error: an encrypted PDF that needs a password, and a PDF with no text
layer (scanned pages: OCR them first). Page furniture is removed later from the text itself
(workflow.importer.pages), so a PDF and its text extraction import alike.
"""

from __future__ import annotations

import shutil
import subprocess
import tempfile
from pathlib import Path

from workflow.errors import InputError
from workflow.importer.formats import Extracted

TIMEOUT_S = 60


def sniff(data: bytes, suffix: str) -> bool:
    return data[:1024].lstrip().startswith(b"%PDF-")


def extract(data: bytes, path: Path) -> Extracted:
    if not shutil.which("pdftotext"):
        raise InputError("reading PDF files needs poppler's pdftotext (Debian package "
                         "poppler-utils)", path)
    with tempfile.TemporaryDirectory(prefix="dossier-pdf-") as tmp:
        source = Path(tmp) / "in.pdf"
        source.write_bytes(data)
        info = _run(["pdfinfo", str(source)], path, check=False)
        if info.returncode != 0 and "password" in (info.stderr or "").lower():
            raise InputError("PDF is encrypted (password-protected): save an unprotected copy "
                             "first", path)
        result = _run(["pdftotext", "-enc", "UTF-8", "-eol", "unix", str(source), "-"], path,
                      check=False)
    err = (result.stderr or "").strip()
    if result.returncode != 0:
        if "password" in err.lower() or "encrypt" in err.lower():
            raise InputError("PDF is encrypted (password-protected): save an unprotected copy "
                             "first", path)
        why = err.splitlines()[0] if err else f"pdftotext failed with exit {result.returncode}"
        raise InputError(f"not a readable PDF ({why})", path)
    text = result.stdout
    if not text.replace("\f", "").strip():
        raise InputError("PDF has no text layer (scanned images?): run OCR on it first", path)
    pages = text.count("\f") or 1
    return Extracted(kind="pdf", text=text.rstrip("\f"),
                     notes=[f"PDF: {pages} page{'s' if pages != 1 else ''}, text by pdftotext"])


def _run(cmd: list[str], path: Path, check: bool) -> subprocess.CompletedProcess:
    try:
        return subprocess.run(cmd, capture_output=True, text=True, timeout=TIMEOUT_S,
                              check=check, errors="replace")
    except subprocess.TimeoutExpired:
        raise InputError(f"PDF took over {TIMEOUT_S} s to read (is it damaged?)", path) from None
