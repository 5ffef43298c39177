"""Reading a raw statement file: size, binary and encoding checks before anything is parsed.

Every failure is an InputError naming the file, raised before a single byte is written.
"""

from __future__ import annotations

import codecs
import hashlib
import re
from dataclasses import dataclass
from pathlib import Path

from workflow.errors import InputError
from workflow.importer.formats import sniff
from workflow.importer.text import Line

MAX_BYTES = 5 * 1024 * 1024  # a statement page is a few KB; anything this big is the wrong file
_HTML_SUFFIXES = {".html", ".htm", ".xhtml"}
_HTML_STARTS = (b"<!doctype html", b"<html", b"<?xml", b"<head", b"<body")


@dataclass(frozen=True)
class RawInput:
    """A raw page as read: its bytes' digest, its decoded text, what kind of input it is
    (text, html, pdf, docx, email) and what the file says about itself."""

    path: Path
    sha256: str
    text: str
    is_html: bool
    encoding: str
    kind: str = "text"
    lines: tuple[Line, ...] | None = None
    title_hint: str | None = None
    date_hint: str | None = None
    notes: tuple[str, ...] = ()
    controls_removed: int = 0
    messages: tuple | None = None  # a chat export's messages, read by its format
    removed: tuple[tuple[int, str, str], ...] = ()  # what the format left out: (line, why, text)


def read_raw(path: Path | str, encoding: str | None = None, max_bytes: int = MAX_BYTES) -> RawInput:
    """Read and decode ``path``; UTF-8 (with or without BOM) unless ``encoding`` is given."""
    path = Path(path)
    _check_encoding(encoding, path)
    if not path.exists():
        raise InputError("no such file", path)
    if not path.is_file():
        raise InputError("not a regular file", path)
    size = path.stat().st_size
    if size > max_bytes:
        raise InputError(f"file is {size / 1048576:.1f} MB, over the {max_bytes / 1048576:.0f} MB "
                         "limit for one statement (is it the right file?)", path)
    return raw_from_bytes(path.read_bytes(), path, encoding)


def _check_encoding(encoding: str | None, path: Path) -> None:
    if encoding is not None:
        try:
            codecs.lookup(encoding)
        except LookupError:
            raise InputError(f"unknown encoding {encoding!r} (try utf-8, cp1252, latin-1, utf-16)",
                             path) from None


def raw_from_bytes(data: bytes, path: Path | str, encoding: str | None = None) -> RawInput:
    """Recognise and decode raw bytes (a file's, a download's, standard input's) by content."""
    path = Path(path)
    _check_encoding(encoding, path)
    if not data.strip():
        raise InputError("file is empty", path)
    digest = hashlib.sha256(data).hexdigest()
    module = sniff(data, path.suffix)
    if module is not None:
        got = module.extract(data, path)
        if got.html is not None:
            return RawInput(path=path, sha256=digest, text=got.html, is_html=True,
                            encoding="utf-8", kind=got.kind, title_hint=got.title,
                            date_hint=got.date, notes=tuple(got.notes))
        text, removed = _clean_controls(got.text, path)
        return RawInput(path=path, sha256=digest, text=text, is_html=False, encoding="utf-8",
                        kind=got.kind, lines=tuple(got.lines) if got.lines is not None else None,
                        title_hint=got.title, date_hint=got.date, notes=tuple(got.notes),
                        controls_removed=removed,
                        messages=tuple(got.messages) if got.messages is not None else None,
                        removed=tuple(got.removed))
    utf16 = data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE))
    if encoding is None and not utf16:
        guessed = _bomless_utf16(data)
        if guessed:
            encoding = guessed
        elif _looks_binary(data):
            raise InputError("binary file, not a text or HTML page", path)
    text = _decode(data, path, encoding or ("utf-16" if utf16 else None))
    text, removed = _clean_controls(text, path)
    if not text.strip():
        raise InputError("file has no text", path)
    head = text.lstrip()[:200].lower().encode("utf-8", "ignore")
    is_html = path.suffix.lower() in _HTML_SUFFIXES or head.startswith(_HTML_STARTS)
    if not is_html and "<html" in text[:2000].lower() and "</" in text:
        is_html = True
    kind = "html" if is_html else ("pdf" if "\f" in text else "text")
    return RawInput(path=path, sha256=digest, text=text, is_html=is_html,
                    encoding=encoding or "utf-8", kind=kind, controls_removed=removed)


def _looks_binary(data: bytes) -> bool:
    """NUL bytes anywhere, or many control characters: not a text page."""
    if b"\x00" in data:
        return True
    sample = data[:65536]
    controls = sum(1 for b in sample if b < 32 and b not in (9, 10, 12, 13))
    return controls > len(sample) * 0.05


_TEXT_BLOCKS = ((0x20, 0x24F), (0x370, 0x52F), (0x590, 0x6FF), (0x750, 0x77F), (0x900, 0x97F),
                (0x2000, 0x206F), (0x20A0, 0x20CF), (0xFB50, 0xFDFF), (0xFE70, 0xFEFF))


def _bomless_utf16(data: bytes) -> str | None:
    """UTF-16 without a byte-order mark: NUL bytes in every other place, and the text decodes
    to characters of ordinary alphabets (random binary decodes to scattered CJK/private use)."""
    if b"\x00" not in data[:4096] or len(data) % 2:
        return None
    for name in ("utf-16-le", "utf-16-be"):
        try:
            text = data.decode(name)
        except UnicodeDecodeError:
            continue
        sample = text[:20000]
        ordinary = sum(1 for ch in sample if ch in "\n\r\t\f" or
                       any(lo <= ord(ch) <= hi for lo, hi in _TEXT_BLOCKS))
        if sample and ordinary >= 0.97 * len(sample) and any(ch.isalpha() for ch in sample):
            return name
    return None


def _clean_controls(text: str, path: Path) -> tuple[str, int]:
    """A NUL anywhere in the decoded text is refused (a binary file, whatever the encoding);
    a few other stray control characters are removed and counted for the report."""
    at = text.find("\x00")
    if at >= 0:
        line = text.count("\n", 0, at) + 1
        raise InputError("binary file, not a text page (NUL character)", path, line)
    stray = _CONTROLS.findall(text)
    if not stray:
        return text, 0
    if len(stray) > max(len(text) * 0.01, 3):
        first = _CONTROLS.search(text)
        line = text.count("\n", 0, first.start()) + 1
        raise InputError(f"binary file, not a text page ({len(stray)} control characters)",
                         path, line)
    return _CONTROLS.sub("", text), len(stray)


_CONTROLS = re.compile(r"[\x01-\x08\x0b\x0e-\x1f\x7f]")


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
