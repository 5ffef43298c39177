"""Read ``.po``/``.pot`` files strictly and write them exactly as GNU gettext would.

Reading: a small state machine that reports the first syntax error, a non-UTF-8 charset or a
duplicate msgid as an :class:`InputError` naming the file and line, so a broken file is never
half-merged. Entries are ``polib.POEntry`` objects, the type :mod:`workflow.states` works on.

Writing: field order, comment prefixes, reference wrapping and string wrapping follow GNU
``write-po.c`` (see :mod:`workflow.catalog.wrap`), so ``msgcat`` and ``msgmerge`` leave our
files byte-identical and diffs stay small.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from pathlib import Path

import polib

from workflow.catalog.wrap import PAGE_WIDTH, wrap_field
from workflow.errors import InputError


@dataclass
class Catalog:
    """A parsed catalog: header entry, active entries in file order, obsolete entries."""

    headers: dict[str, str] = field(default_factory=dict)
    header_comment: str = ""
    header_flags: list[str] = field(default_factory=list)
    entries: list[polib.POEntry] = field(default_factory=list)
    obsolete: list[polib.POEntry] = field(default_factory=list)
    path: Path | None = None

    def by_msgid(self) -> dict[tuple[str | None, str], polib.POEntry]:
        return {(e.msgctxt, e.msgid): e for e in self.entries}


# --------------------------------------------------------------------------------------- reading

_SIMPLE_ESCAPES = {"n": "\n", "t": "\t", '"': '"', "\\": "\\", "r": "\r", "a": "\a",
                   "b": "\b", "f": "\f", "v": "\v"}
_ESCAPE_RE = re.compile(r'\\(?:([ntr"\\abfv])|([0-7]{1,3})|x([0-9a-fA-F]{1,2}))')
_BLANKS = " \t\r\f\v"  # what GNU's PO lexer skips between tokens
_KEYWORD_RE = re.compile(r"^(msgctxt|msgid_plural|msgid|msgstr(?:\[(\d+)\])?)\s*(\".*)$")


class _Syntax(Exception):
    pass


def _unquote(literal: str) -> str:
    """Decode one ``"..."`` literal (already stripped); raise _Syntax when malformed."""
    if len(literal) < 2 or literal[0] != '"' or literal[-1] != '"':
        raise _Syntax("expected a string in double quotes")
    body = literal[1:-1]
    if "\\" not in body:
        if '"' in body:
            raise _Syntax("unescaped double quote inside a string")
        return body
    if re.search(r'(?<!\\)(?:\\\\)*"', body):
        raise _Syntax("unescaped double quote inside a string")

    def repl(match: re.Match) -> str:
        if match.group(1):
            return _SIMPLE_ESCAPES[match.group(1)]
        if match.group(2):
            return chr(int(match.group(2), 8))
        return chr(int(match.group(3), 16))

    decoded = _ESCAPE_RE.sub(repl, body)
    stray = _ESCAPE_RE.sub("", body)
    if "\\" in stray:
        raise _Syntax("invalid escape sequence in string")
    return decoded


class _Builder:
    """Collects the fields of one entry while lines are read."""

    def __init__(self) -> None:
        self.reset()

    def reset(self) -> None:
        self.tcomment: list[str] = []
        self.comment: list[str] = []
        self.refs: list[tuple[str, str]] = []
        self.flags: list[str] = []
        self.prev: dict[str, str] = {}
        self.fields: dict[str, str] = {}
        self.obsolete: bool | None = None
        self.last: str | None = None  # field the next continuation string belongs to
        self.last_prev: str | None = None
        self.line = 0

    @property
    def empty(self) -> bool:
        return not (self.tcomment or self.comment or self.refs or self.flags or self.prev
                    or self.fields)

    @property
    def has_msgstr(self) -> bool:
        return any(k.startswith("msgstr") for k in self.fields)


def _decode(data: bytes, path: Path) -> str:
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError as exc:
        line = data[: exc.start].count(b"\n") + 1
        raise InputError("not valid UTF-8 (dossier catalogs are UTF-8; convert with "
                         "'msgconv --to-code=UTF-8')", path, line) from None


def read_catalog(path: Path | str, display: str | None = None) -> Catalog:
    """Read a ``.po``/``.pot`` file; any problem is an InputError naming file and line."""
    path = Path(path)
    try:
        data = path.read_bytes()
    except FileNotFoundError:
        raise InputError("no such catalog", display or path) from None
    return parse_catalog(data, display or path)


def parse_catalog(data: bytes | str, path: Path | str = "<catalog>") -> Catalog:
    """Parse catalog text; see :func:`read_catalog`."""
    text = _decode(data, Path(path)) if isinstance(data, bytes) else data
    if text.startswith("\ufeff"):
        text = text[1:]
    catalog = Catalog(path=Path(path))
    builder = _Builder()
    seen: dict[tuple[bool, str | None, str], int] = {}

    def finish(end: bool = False) -> None:
        if builder.empty:
            builder.reset()
            return
        if not builder.fields and not end:
            return  # comments only: GNU attaches them to the next entry, blank lines or not
        if not builder.fields:
            builder.reset()  # comments after the last entry: GNU drops them too
            return
        if "msgid" not in builder.fields or not builder.has_msgstr:
            missing = "msgid" if "msgid" not in builder.fields else "msgstr"
            raise InputError(f"syntax error: entry has no {missing}", path, builder.line)
        _store(catalog, builder, seen, path)
        builder.reset()

    # Lines end at "\n" only: U+2028, U+2029, U+0085 and form feed are text to GNU gettext.
    for number, raw in enumerate(text.split("\n"), start=1):
        line = raw.strip(_BLANKS)
        if not line:
            finish()
            continue
        try:
            _feed(builder, line, number, finish)
        except _Syntax as exc:
            raise InputError(f"syntax error: {exc}", path, number) from None
    finish(end=True)
    _check_charset(catalog, path)
    return catalog


def _feed(b: _Builder, line: str, number: int, finish) -> None:
    """Consume one non-blank line."""
    obsolete = False
    if line.startswith("#~"):
        obsolete = True
        line = line[2:].lstrip(" ")
        if not line:
            return
        if line.startswith("|"):
            line = "#" + line
    if line.startswith("#") and not line.startswith("#|"):
        if b.has_msgstr:  # a comment after a complete msgstr starts the next entry
            finish()
        kind, rest = line[1:2], line[2:]
        if kind == ".":
            b.comment.append(rest[1:] if rest.startswith(" ") else rest)
        elif kind == ":":
            for ref in rest.split():
                name, _, num = ref.rpartition(":")
                b.refs.append((name, num) if name and num.isdigit() else (ref, ""))
        elif kind == ",":
            b.flags += [f.strip() for f in rest.split(",") if f.strip()]
        else:
            body = line[1:]
            b.tcomment.append(body[1:] if body.startswith(" ") else body)
        if not b.line:
            b.line = number
        if obsolete:
            b.obsolete = True
        return
    if line.startswith("#|"):
        if b.has_msgstr:
            finish()
        rest = line[2:].strip()
        if not b.line:
            b.line = number
        if obsolete:
            b.obsolete = True
        if rest.startswith('"'):
            if b.last_prev is None:
                raise _Syntax("string without a keyword in a '#|' line")
            b.prev[b.last_prev] += _unquote(rest)
            return
        match = _KEYWORD_RE.match(rest)
        if not match or match.group(1) not in ("msgctxt", "msgid", "msgid_plural"):
            raise _Syntax("expected msgctxt, msgid or msgid_plural after '#|'")
        b.last_prev = match.group(1)
        b.prev[b.last_prev] = _unquote(match.group(3).strip())
        return
    if line.startswith('"'):
        if b.last is None:
            raise _Syntax("string without a keyword before it")
        b.fields[b.last] += _unquote(line)
        return
    match = _KEYWORD_RE.match(line)
    if not match:
        word = line.split()[0][:30]
        raise _Syntax(f"unexpected '{word}' (expected a comment, keyword or string)")
    keyword = match.group(1)
    if keyword in ("msgctxt", "msgid") and b.has_msgstr:
        finish()
    if b.obsolete is not None and b.obsolete != obsolete and b.fields:
        raise _Syntax("inconsistent use of '#~' within one entry")
    if obsolete:
        b.obsolete = True
    elif b.obsolete is None:
        b.obsolete = False
    if keyword in b.fields:
        raise _Syntax(f"duplicate {keyword} in one entry")
    order = {"msgctxt": 0, "msgid": 1, "msgid_plural": 2}
    if keyword in order and any(order.get(k, 3) >= order[keyword] for k in b.fields):
        raise _Syntax(f"{keyword} out of order")
    if keyword.startswith("msgstr") and "msgid" not in b.fields:
        raise _Syntax("msgstr without msgid")
    if not b.line:
        b.line = number
    b.fields[keyword] = _unquote(match.group(3).strip())
    b.last = keyword


def _store(catalog: Catalog, b: _Builder, seen: dict, path) -> None:
    msgid = b.fields["msgid"]
    msgctxt = b.fields.get("msgctxt")
    obsolete = bool(b.obsolete)
    if msgid == "" and msgctxt is None and not obsolete:
        if catalog.headers or ("header", None, "") in seen:
            raise InputError("duplicate header entry (msgid \"\")", path, b.line)
        seen[("header", None, "")] = b.line
        catalog.header_comment = "\n".join(b.tcomment)
        catalog.header_flags = b.flags
        catalog.headers = parse_header(b.fields.get("msgstr", ""))
        return
    key = (obsolete, msgctxt, msgid)
    if key in seen:
        raise InputError(f"duplicate msgid {msgid[:40]!r} (first defined at line {seen[key]})",
                         path, b.line)
    seen[key] = b.line
    entry = polib.POEntry(
        msgid=msgid,
        msgctxt=msgctxt,
        msgid_plural=b.fields.get("msgid_plural", ""),
        msgstr=b.fields.get("msgstr", ""),
        tcomment="\n".join(b.tcomment),
        comment="\n".join(b.comment),
        occurrences=b.refs,
        flags=b.flags,
        previous_msgctxt=b.prev.get("msgctxt"),
        previous_msgid=b.prev.get("msgid"),
        previous_msgid_plural=b.prev.get("msgid_plural"),
        obsolete=obsolete,
        linenum=b.line,
    )
    plural = {int(k[7:-1]): v for k, v in b.fields.items() if k.startswith("msgstr[")}
    if plural:
        entry.msgstr_plural = plural
    (catalog.obsolete if obsolete else catalog.entries).append(entry)


def parse_header(text: str) -> dict[str, str]:
    """``Key: value`` lines of a header msgstr, in order."""
    headers: dict[str, str] = {}
    for line in text.split("\n"):
        if not line.strip():
            continue
        key, sep, value = line.partition(":")
        headers[key.strip()] = value.strip() if sep else ""
    return headers


def _check_charset(catalog: Catalog, path) -> None:
    content_type = catalog.headers.get("Content-Type", "")
    match = re.search(r"charset=([^\s;]+)", content_type)
    if match and match.group(1).upper().replace("_", "-") not in ("UTF-8", "UTF8"):
        raise InputError(f"charset is {match.group(1)}, not UTF-8 (convert with "
                         "'msgconv --to-code=UTF-8')", path, 1)


# --------------------------------------------------------------------------------------- writing

def _comment_lines(prefix: str, text: str) -> str:
    if not text:
        return ""
    return "".join(f"{prefix} {line}\n" if line else f"{prefix}\n" for line in text.split("\n"))


def _reference_lines(occurrences, page_width: int = PAGE_WIDTH) -> str:
    if not occurrences:
        return ""
    out = ["#:"]
    column = 2
    for name, line in occurrences:
        ref = f"{name}:{line}" if line not in ("", None) else str(name)
        if column > 2 and column + 1 + len(ref) > page_width:
            out.append("\n#:")
            column = 2
        out.append(" " + ref)
        column += 1 + len(ref)
    return "".join(out) + "\n"


def _flag_line(flags: list[str]) -> str:
    if not flags:
        return ""
    ordered = (["fuzzy"] if "fuzzy" in flags else []) + [f for f in flags if f != "fuzzy"]
    return "#, " + ", ".join(dict.fromkeys(ordered)) + "\n"


def render_entry(entry: polib.POEntry, width: int | None = PAGE_WIDTH) -> str:
    """One entry in GNU layout (no trailing blank line).

    ``width`` is the page width (``msgcat --width``); None writes every string on one line per
    ``\\n`` (``msgcat --no-wrap``, which still wraps ``#:`` references at 79 columns).
    """
    wrap = "no-wrap" not in entry.flags and width is not None
    page = width or PAGE_WIDTH
    prefix = "#~ " if entry.obsolete else ""
    prev_prefix = "#~| " if entry.obsolete else "#| "
    parts = [
        _comment_lines("#", entry.tcomment),
        _comment_lines("#.", entry.comment),
        _reference_lines(entry.occurrences, page),
        _flag_line(entry.flags),
    ]
    if entry.previous_msgctxt is not None:
        parts.append(wrap_field("msgctxt", entry.previous_msgctxt, prev_prefix, wrap, page))
    if entry.previous_msgid is not None:
        parts.append(wrap_field("msgid", entry.previous_msgid, prev_prefix, wrap, page))
    if entry.previous_msgid_plural is not None:
        parts.append(wrap_field("msgid_plural", entry.previous_msgid_plural, prev_prefix, wrap,
                                page))
    if entry.msgctxt is not None:
        parts.append(wrap_field("msgctxt", entry.msgctxt, prefix, wrap, page))
    parts.append(wrap_field("msgid", entry.msgid, prefix, wrap, page))
    if entry.msgid_plural:
        parts.append(wrap_field("msgid_plural", entry.msgid_plural, prefix, wrap, page))
        for index in sorted(entry.msgstr_plural):
            parts.append(wrap_field(f"msgstr[{index}]", entry.msgstr_plural[index], prefix, wrap,
                                    page))
    else:
        parts.append(wrap_field("msgstr", entry.msgstr, prefix, wrap, page))
    return "".join(parts)


def render_header(catalog: Catalog, width: int | None = PAGE_WIDTH) -> str:
    text = "".join(f"{key}: {value}\n" for key, value in catalog.headers.items())
    return (_comment_lines("#", catalog.header_comment) + _flag_line(catalog.header_flags)
            + 'msgid ""\n' + wrap_field("msgstr", text, "", width is not None,
                                          width or PAGE_WIDTH))


def render_catalog(catalog: Catalog, width: int | None = PAGE_WIDTH) -> str:
    """The whole file: header, active entries, then obsolete entries, blank-line separated.

    ``width``: see :func:`render_entry` (a project's ``wrap`` setting).
    """
    blocks = [render_header(catalog, width)]
    blocks += [render_entry(e, width) for e in catalog.entries]
    blocks += [render_entry(e, width) for e in catalog.obsolete]
    return "\n".join(blocks)
