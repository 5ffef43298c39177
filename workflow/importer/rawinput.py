"""Reading a raw statement file: size, binary and encoding checks before anything is parsed.

Every failure is an InputError naming the file, raised before a single byte is written.
"""

from __future__ import annotations

import codecs
import hashlib
from dataclasses import dataclass
from pathlib import Path

from workflow.errors import InputError

MAX_BYTES = 5 * 1024 * 1024  # a statement page is a few KB; anything this big is the wrong file
_HTML_SUFFIXES = {".html", ".htm", ".xhtml"}
_HTML_STARTS = (b"<!doctype html", b"<html", b"<?xml", b"<head", b"<body")


@dataclass(frozen=True)
class RawInput:
    """A raw page as read from disk: its bytes' digest, its decoded text, whether it is HTML."""

    path: Path
    sha256: str
    text: str
    is_html: bool
    encoding: str


def read_raw(path: Path | str, encoding: str | None = None, max_bytes: int = MAX_BYTES) -> RawInput:
    """Read and decode ``path``; UTF-8 (with or without BOM) unless ``encoding`` is given."""
    path = Path(path)
    if encoding is not None:
        try:
            codecs.lookup(encoding)
        except LookupError:
            raise InputError(f"unknown encoding {encoding!r} (try utf-8, cp1252, latin-1, utf-16)",
                             path) from None
    if not path.exists():
        raise InputError("no such file", path)
    if not path.is_file():
        raise InputError("not a regular file", path)
    size = path.stat().st_size
    if size > max_bytes:
        raise InputError(f"file is {size / 1048576:.1f} MB, over the {max_bytes / 1048576:.0f} MB "
                         "limit for one statement (is it the right file?)", path)
    data = path.read_bytes()
    if not data.strip():
        raise InputError("file is empty", path)
    utf16 = data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE))
    if encoding is None and not utf16 and _looks_binary(data):
        raise InputError("binary file, not a text or HTML page", path)
    text = _decode(data, path, encoding or ("utf-16" if utf16 else None))
    if not text.strip():
        raise InputError("file has no text", path)
    head = data.lstrip()[:200].lower()
    is_html = path.suffix.lower() in _HTML_SUFFIXES or head.startswith(_HTML_STARTS)
    if not is_html and "<html" in text[:2000].lower() and "</" in text:
        is_html = True
    return RawInput(path=path, sha256=hashlib.sha256(data).hexdigest(), text=text,
                    is_html=is_html, encoding=encoding or "utf-8")


def _looks_binary(data: bytes) -> bool:
    """NUL bytes or many control characters in the first 8 KB: not a text page."""
    sample = data[:8192]
    if b"\x00" in sample:
        return True
    controls = sum(1 for b in sample if b < 32 and b not in (9, 10, 12, 13))
    return controls > len(sample) * 0.05


def _decode(data: bytes, path: Path, encoding: str | None) -> str:
    if encoding:
        try:
            text = data.decode(encoding)
        except UnicodeDecodeError as exc:
            line = data[: exc.start].count(b"\n") + 1
            raise InputError(f"cannot decode byte 0x{data[exc.start]:02x} as {encoding}", path,
                             line) from None
        return text.lstrip("\ufeff")
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        line = data[: exc.start].count(b"\n") + 1
        raise InputError(
            f"not valid UTF-8 (byte 0x{data[exc.start]:02x}); if the page was saved in another "
            f"encoding, pass it, e.g. --encoding {_guess_encoding(data)}", path, line) from None


def _guess_encoding(data: bytes) -> str:
    """The legacy encoding a browser most likely saved in, for the error message."""
    try:
        data.decode("cp1252")
    except UnicodeDecodeError:
        return "latin-1"
    return "cp1252"
