"""Input formats beyond plain text and HTML, each recognised by its content, not its name.

A format is one module with ``sniff(data, suffix) -> bool`` and ``extract(data, path) ->
Extracted``; registering it here is all it takes. Text and HTML pages are not formats in this
sense: they are decoded by workflow.importer.rawinput; but an HTML file whose structure says it
is no web page is a format of its own (a Telegram Desktop chat export).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from workflow.importer.text import Line


@dataclass
class Extracted:
    """What a format module got out of a file: text (or ready lines), and what the file says
    about itself (a subject, a date, attachments)."""

    kind: str
    text: str = ""
    lines: list[Line] | None = None
    title: str | None = None
    date: str | None = None
    notes: list[str] = field(default_factory=list)
    html: str | None = None  # an e-mail with only an HTML body
    messages: list | None = None  # a chat export's messages (workflow.importer.chat.Message)
    # what the format itself left out as the app's wrapper: (line, why, text), for the report
    removed: list[tuple[int, str, str]] = field(default_factory=list)


def _registry():
    from workflow.importer.formats import docx, mail, pdf, telegram

    return [pdf, docx, mail, telegram]


def sniff(data: bytes, suffix: str):
    """The format module that recognises ``data``, or None for text/HTML."""
    for module in _registry():
        if module.sniff(data, suffix.lower()):
            return module
    return None


def extract(module, data: bytes, path: Path) -> Extracted:
    return module.extract(data, path)
