"""The source document format shared by every stage: ``sources/<slug>.md``.

A source is Markdown with YAML front matter::

    ---
    title: Joint Statement ...
    date: '2020-08-20'            # ISO 8601, only when the text states one
    organisations: [...]          # optional
    signatories: [...]            # optional
    origin: {file: 000_x.txt, url: https://...}
    sha256: <hex of the raw bytes>
    imported: '2026-11-22'
    ---
    # Title

    ## Heading (e.g. a speaker's name)

    A paragraph, on one line (reflowed, never hard-wrapped).

    - a list item
    1. a numbered list item

    > a quotation

    <!-- signatures -->
    Organisation One
    Organisation Two
    5 October 2013

Every block is one line, so a block's line number is a stable reference (``#: sources/x.md:12``).
Lines after ``<!-- signatures -->`` are signature lines, each a block of its own.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from pathlib import Path

import yaml

from workflow.errors import InputError

SIGNATURES_MARKER = "<!-- signatures -->"
BLOCK_KINDS = ("title", "heading", "paragraph", "list", "quote", "signature")

_LIST_ITEM = re.compile(r"^(?:[-*+]|\d{1,3}[.)])\s+")


@dataclass(frozen=True)
class Block:
    """One typesetting unit of a source: its kind, its text (markup removed) and its line."""

    kind: str
    text: str
    line: int
    marker: str = ""  # list marker as written ("-", "1."), for faithful typesetting


@dataclass
class SourceDocument:
    """A parsed source: metadata from the front matter, and the body's blocks."""

    path: Path
    meta: dict
    body: str
    body_start_line: int
    blocks: list[Block] = field(default_factory=list)

    @property
    def slug(self) -> str:
        return self.path.stem

    @property
    def title(self) -> str:
        return str(self.meta.get("title", ""))


def render_source(meta: dict, body: str) -> str:
    """Serialise front matter + body deterministically (stable key order, trailing newline)."""
    front = yaml.safe_dump(meta, allow_unicode=True, sort_keys=False, width=1000)
    return f"---\n{front}---\n{body.rstrip()}\n"


def parse_source(text: str, path: Path) -> SourceDocument:
    """Parse a source's text; a missing front matter or an empty body is an InputError."""
    lines = text.splitlines()
    if not lines or lines[0].strip() != "---":
        raise InputError("no YAML front matter (the file must start with a '---' line)", path, 1)
    try:
        end = next(i for i in range(1, len(lines)) if lines[i].strip() == "---")
    except StopIteration:
        raise InputError("front matter not closed by a '---' line", path, 1) from None
    try:
        meta = yaml.safe_load("\n".join(lines[1:end])) or {}
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        raise InputError(f"invalid YAML front matter: {getattr(exc, 'problem', exc)}", path,
                         (mark.line + 2) if mark else 1) from exc
    if not isinstance(meta, dict):
        raise InputError("front matter must be a mapping of keys to values", path, 2)
    body_start = end + 2  # 1-based line number of the first body line
    body = "\n".join(lines[end + 1:])
    doc = SourceDocument(path=path, meta=meta, body=body, body_start_line=body_start)
    doc.blocks = parse_blocks(lines[end + 1:], body_start)
    if not doc.blocks:
        raise InputError("the source has an empty body", path, body_start)
    return doc


def parse_blocks(body_lines: list[str], first_line: int) -> list[Block]:
    """Split body lines into blocks; each non-blank line is one block."""
    blocks: list[Block] = []
    in_signatures = False
    for offset, raw in enumerate(body_lines):
        line_no = first_line + offset
        line = raw.strip()
        if not line:
            continue
        if line == SIGNATURES_MARKER:
            in_signatures = True
            continue
        if line.startswith("<!--") and line.endswith("-->"):
            continue
        if in_signatures:
            blocks.append(Block("signature", line, line_no))
        elif line.startswith("## ") or line.startswith("### "):
            blocks.append(Block("heading", line.lstrip("#").strip(), line_no))
        elif line.startswith("# "):
            blocks.append(Block("title", line[2:].strip(), line_no))
        elif line.startswith(">"):
            blocks.append(Block("quote", line.lstrip(">").strip(), line_no))
        elif match := _LIST_ITEM.match(line):
            item = line[match.end():].strip()
            blocks.append(Block("list", item, line_no, match.group(0).strip()))
        else:
            blocks.append(Block("paragraph", line, line_no))
    return blocks


def read_source(path: Path | str) -> SourceDocument:
    """Read and parse ``sources/<slug>.md`` (UTF-8)."""
    path = Path(path)
    try:
        data = path.read_bytes()
    except FileNotFoundError:
        raise InputError("no such source file", path) from None
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as exc:
        line = data[: exc.start].count(b"\n") + 1
        raise InputError("source is not valid UTF-8", path, line) from None
    return parse_source(text, path)
