"""Word documents (.docx) through python-docx: paragraphs in order, headings and list items
kept as such (from their styles and numbering), table rows as lines."""

from __future__ import annotations

import io
import zipfile
from pathlib import Path

from workflow.errors import InputError
from workflow.importer.formats import Extracted
from workflow.importer.text import Line, normalise


def sniff(data: bytes, suffix: str) -> bool:
    if not data.startswith(b"PK\x03\x04"):
        return False
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as archive:
            return "word/document.xml" in archive.namelist()
    except zipfile.BadZipFile:
        return suffix == ".docx"


def extract(data: bytes, path: Path) -> Extracted:
    try:
        import docx
        from docx.opc.exceptions import PackageNotFoundError
    except ImportError:  # pragma: no cover - a declared dependency
        raise InputError("reading .docx files needs python-docx", path) from None
    try:
        document = docx.Document(io.BytesIO(data))
    except (zipfile.BadZipFile, PackageNotFoundError, KeyError, ValueError) as exc:
        raise InputError(f"not a readable DOCX file (corrupt or truncated: {exc})", path) \
            from None
    except Exception as exc:  # lxml errors inside a damaged package
        raise InputError(f"not a readable DOCX file ({type(exc).__name__})", path) from None
    lines: list[Line] = []
    counters: dict[str, int] = {}
    title = document.core_properties.title or None
    for block in _blocks(document):
        if isinstance(block, list):  # a table: one line per row
            for row in block:
                _add(lines, " | ".join(c for c in row if c))
            continue
        text, style, numbered = block
        kind, marker = "", ""
        name = style.lower()
        if name == "title":
            kind = "title"
        elif name.startswith("heading") or name == "subtitle":
            kind = "heading"
        elif numbered or name.startswith("list"):
            ordered = "number" in name
            counters[style] = counters.get(style, 0) + 1
            kind, marker = "list", (f"{counters[style]}." if ordered else "-")
        if kind != "list":
            counters.clear()
        _add(lines, text, kind, marker)
    if not any(line.text for line in lines):
        raise InputError("DOCX file has no text", path)
    return Extracted(kind="docx", lines=lines, title=title,
                     notes=["DOCX: paragraphs, headings, lists and tables read with python-docx"])


def _add(lines: list[Line], text: str, kind: str = "", marker: str = "") -> None:
    clean = normalise(text)[0]
    if clean:
        no = len(lines) // 2 + 1
        lines += [Line(no, clean, kind, marker), Line(no, "")]


def _blocks(document):
    """Paragraphs (text, style name, numbered?) and tables (rows of cell texts), in order."""
    from docx.table import Table
    from docx.text.paragraph import Paragraph

    body = document.element.body
    for child in body.iterchildren():
        tag = child.tag.rsplit("}", 1)[-1]
        if tag == "p":
            para = Paragraph(child, document)
            numbered = child.find(".//{*}numPr") is not None
            yield para.text, para.style.name if para.style is not None else "", numbered
        elif tag == "tbl":
            table = Table(child, document)
            yield [[cell.text.strip() for cell in row.cells] for row in table.rows]
