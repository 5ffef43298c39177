"""Quote and wrap PO strings exactly as GNU gettext does, so ``msgcat`` never reflows our files.

GNU gettext (write-po.c) splits a string after each ``\\n``, escapes it, and asks libunistring's
Unicode line-breaking (UAX #14) for break opportunities at a page width of 79 columns. We call the
very same libunistring function through ctypes when the library is installed (it always is where
GNU gettext is), so the output is byte-identical; otherwise a small pure-Python approximation
(break after spaces) is used.
"""

from __future__ import annotations

import ctypes
import ctypes.util
import re
import unicodedata
from functools import lru_cache

PAGE_WIDTH = 79

_ESCAPES = {
    "\a": "\\a", "\b": "\\b", "\f": "\\f", "\n": "\\n", "\r": "\\r", "\t": "\\t", "\v": "\\v",
    "\\": "\\\\", '"': '\\"',
}
_ESCAPE_TABLE = {ord(k): v for k, v in _ESCAPES.items()}
_NEEDS_ESCAPE = re.compile('[\a\b\f\n\r\t\v\\\\"]')
_UNDEFINED, _PROHIBITED, _POSSIBLE = 0, 1, 2


def _load_unistring():
    for name in ("unistring", "libunistring.so.5", "libunistring.so.2"):
        path = ctypes.util.find_library(name) if "." not in name else name
        if not path:
            continue
        try:
            lib = ctypes.CDLL(path)
        except OSError:
            continue
        func = getattr(lib, "ulc_width_linebreaks_v2", None) or getattr(
            lib, "ulc_width_linebreaks", None)
        if func is None:
            continue
        func.restype = ctypes.c_int
        func.argtypes = [ctypes.c_char_p, ctypes.c_size_t, ctypes.c_int, ctypes.c_int,
                         ctypes.c_int, ctypes.c_char_p, ctypes.c_char_p, ctypes.c_char_p]
        return func
    return None


_LINEBREAKS = _load_unistring()
USING_LIBUNISTRING = _LINEBREAKS is not None


def escape(text: str) -> str:
    """C-style escaping used inside PO string literals."""
    if _NEEDS_ESCAPE.search(text) is None:
        return text
    return text.translate(_ESCAPE_TABLE)


_CONTINUATION = bytes(_PROHIBITED if 0x80 <= b <= 0xBF else _UNDEFINED for b in range(256))


def _portion_bytes(portion: str) -> tuple[bytes, bytes]:
    """The escaped UTF-8 bytes of a portion and GNU's break overrides for each byte.

    No break inside a multibyte character or an escape sequence, nor before a final ``\\n``.
    """
    data = escape(portion).encode("utf-8")
    overrides = bytearray(data.translate(_CONTINUATION))
    slash = data.find(b"\\")
    while slash >= 0:  # every backslash in escaped text starts a two-character escape
        overrides[slash + 1] = _PROHIBITED
        slash = data.find(b"\\", slash + 2)
    if portion.endswith("\n"):
        overrides[len(overrides) - 2] = _PROHIBITED
    return data, bytes(overrides)


def _char_width(ch: str) -> int:
    if unicodedata.category(ch) in ("Mn", "Me", "Cf") or ch == "\u200b":
        return 0
    return 2 if unicodedata.east_asian_width(ch) in ("W", "F") else 1


def _python_breaks(data: bytes, overrides: bytes, width: int, start: int) -> bytes:
    """Fallback for systems without libunistring: break after runs of spaces only."""
    text = data.decode("utf-8")
    result = bytearray(len(data))
    offsets = []
    pos = 0
    for ch in text:
        offsets.append(pos)
        pos += len(ch.encode("utf-8"))
    last_break = None
    column = start
    piece = 0
    for i, ch in enumerate(text):
        off = offsets[i]
        possible = i > 0 and text[i - 1] == " " and ch != " " and overrides[off] == _UNDEFINED
        if possible:
            if last_break is not None and column + piece > width:
                result[last_break] = _POSSIBLE
                column = 0
            last_break = off
            column += piece
            piece = 0
        piece += _char_width(ch)
    if last_break is not None and column + piece > width:
        result[last_break] = _POSSIBLE
    return bytes(result)


def _narrow(text: str) -> bool:
    """True when the length is known to bound the display width (ASCII: one column each)."""
    return text.isascii()


def _breaks(data: bytes, overrides: bytes, width: int, start: int) -> bytes:
    if _LINEBREAKS is None:
        return _python_breaks(data, overrides, width, start)
    out = ctypes.create_string_buffer(len(data))
    _LINEBREAKS(data, len(data), width, start, 0, overrides, b"UTF-8", out)
    return out.raw


@lru_cache(maxsize=200_000)
def wrap_field(keyword: str, value: str, prefix: str = "", wrap: bool = True,
               page_width: int = PAGE_WIDTH) -> str:
    """Render ``keyword "value"`` (e.g. ``msgid``) as GNU gettext writes it, ending in newline.

    ``prefix`` is ``"#~ "`` for obsolete entries, ``"#| "`` for previous msgids; ``wrap``
    False is a ``no-wrap`` entry or ``msgcat --no-wrap``; ``page_width`` is ``--width``.
    """
    portions = []
    start = 0
    while True:
        nl = value.find("\n", start)
        if nl < 0 or nl == len(value) - 1:
            portions.append(value[start:])
            break
        portions.append(value[start:nl + 1])
        start = nl + 1
    after_break = len(prefix) + 1
    width = (page_width if wrap else 2**31 - 1) - 1 - after_break
    lines: list[str] = []
    first = True
    for index, portion in enumerate(portions):
        escaped = escape(portion)
        more = index < len(portions) - 1
        startcol = len(prefix) + (len(keyword) + 1 if first else 0) + 1 - after_break
        breaks = _portion_breaks(portion, escaped, width, startcol) if portion else b""
        if first and portion and (more or startcol > width or _POSSIBLE in breaks):
            # GNU starts with an empty first line when the string would wrap or has more lines
            lines.append(f'{prefix}{keyword} ""')
            first = False
            breaks = _portion_breaks(portion, escaped, width, 0)
        head = f"{prefix}{keyword} " if first else prefix
        first = False
        if _POSSIBLE not in breaks:
            lines.append(f'{head}"{escaped}"')
            continue
        data = escaped.encode("utf-8")
        cuts = [i for i, b in enumerate(breaks) if b == _POSSIBLE]
        pieces = [data[a:b] for a, b in zip([0, *cuts], [*cuts, len(data)], strict=True)]
        lines.append(f'{head}"{pieces[0].decode("utf-8")}"')
        lines.extend(f'{prefix}"{p.decode("utf-8")}"' for p in pieces[1:])
    return "\n".join(lines) + "\n"


def _portion_breaks(portion: str, escaped: str, width: int, startcol: int) -> bytes:
    """Break flags per byte of ``escaped`` (empty when it fits on the line as it is)."""
    if startcol + len(escaped) <= width and _narrow(escaped):
        return b""
    data, overrides = _portion_bytes(portion)
    return _breaks(data, overrides, width, startcol)
