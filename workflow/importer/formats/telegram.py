"""Telegram Desktop's "Export chat history" as HTML (``messages.html``): read as the messages
it lays out, not as a web page.

The export is recognised by its structure, whatever the file is called: a ``page_header`` with
the chat's name over a ``history`` of ``message`` blocks (``message service`` for the app's
notices and day dividers, ``message default`` for what people sent; a ``joined`` message is
the previous sender's next one). Read as an ordinary page it gives the export's "Exported Data"
as the title, the day divider's date as the statement's, and the app's wrapper as text.

Each message's text (``div.text``, its ``<br>`` lines one line each) becomes the message model
of pasted chat exports (:class:`workflow.importer.chat.Message`), so the same rule finds the
statement: the longest message with its sender's continuations; the chat around it (the
poster's notes, replies, "Join our channel") goes in the classifier. What is the app's and never
the statement's goes here, each in the report: the export's title, the chat's name, service
messages, senders and time stamps, a forward's header ("Forwarded from …" and its date), a
reply's "In reply to this message", media and attachments, the post's author signature,
reactions and view counts. Stamps never date the statement (a day divider has no year, a
message's stamp is when it was sent or forwarded, not when the statement was written).

Line numbers are the HTML file's, one for each line of text and each piece of the wrapper; the
export writes a message's lines on one source line, so where several share one they are counted
on from it (the report says so), and a minified export is numbered as if laid out.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from pathlib import Path

from workflow.errors import InputError
from workflow.importer.chat import Message
from workflow.importer.formats import Extracted
from workflow.importer.text import Line, normalise

_CLASS = rb"""class\s*=\s*["'](?:[^"']*\s)?"""
_HEADER = re.compile(_CLASS + rb"""page_header[\s"']""")
_HISTORY = re.compile(_CLASS + rb"""history[\s"']""")
_MESSAGE = re.compile(_CLASS + rb"""message\s+(?:[^"']*\s)?(?:default|service)[\s"']""")
# children of a message's body that are the app's wrapper, and what the report calls them
_FURNITURE = (("reply_to", "a reply's header (what it answers)"),
              ("media_wrap", "media or an attachment (not text)"),
              ("signature", "the post's author signature (who posted it in the channel)"),
              ("reactions", "reactions (emoji and their counts)"),
              ("views", "the view counter"),
              ("date", "the message's time stamp (when it was sent)"))
_BREAKS = {"br"}
_BLOCKS = {"div", "p", "blockquote", "pre", "ul", "ol", "li"}


def sniff(data: bytes, suffix: str) -> bool:
    head = data[:262144]
    return bool(_HEADER.search(head) and _HISTORY.search(head) and
                len(_MESSAGE.findall(head)) >= 2)


@dataclass
class _Reader:
    """The export read message by message: lines of text, messages and what went."""

    lines: list[Line] = field(default_factory=list)
    messages: list[Message] = field(default_factory=list)
    removed: list[tuple[int, str, str]] = field(default_factory=list)
    last: int = 0  # the last line number given out
    shifted: bool = False  # some lines counted on from their source line (one line each)

    def drop(self, el, reason: str) -> None:
        text = _flat(" ".join(el.itertext()))
        if text and el.get("title"):  # a stamp's full form: "05.03.2025 21:47:12 UTC+03:30"
            text = f"{text} ({_flat(el.get('title'))})"
        if text:
            self.removed.append((self.number(el.sourceline or 1), reason, text))

    def write(self, el) -> None:
        """A message's text element, its lines one by one (a blank line between paragraphs)."""
        for line, text in _fragments(el):
            if text:
                no = self.number(line)
                self.lines += [Line(no, text), Line(no, "")]
            elif self.lines and self.lines[-1].text:
                self.lines.append(Line(self.last, ""))

    def number(self, line: int) -> int:
        if line <= self.last:
            line, self.shifted = self.last + 1, True
        self.last = line
        return line


def extract(data: bytes, path: Path) -> Extracted:
    from lxml import etree
    from lxml import html as lxml_html

    try:
        page = lxml_html.document_fromstring(data.decode("utf-8-sig", errors="replace"))
    except (etree.ParserError, ValueError) as exc:
        raise InputError(f"cannot parse the Telegram export: {exc}", path) from None
    reader = _Reader()
    for title in page.iter("title"):
        reader.drop(title, "the export's page title (the app's, not the statement's)")
    chat_name = None
    for header in _with_class(page, "page_header"):
        chat_name = _flat(header.text_content()) or None
        reader.drop(header, "the chat's name (the export's page header)")
    history = next(iter(_with_class(page, "history")), None)
    if history is None:
        raise InputError("Telegram export without its message history", path)
    sender: str | None = None
    count = 0
    for message in _with_class(history, "message"):
        classes = _classes(message)
        if "service" in classes:
            reader.drop(message, "a service message of the app (a day divider, a notice)")
            continue
        if "default" not in classes:
            continue
        count += 1
        sender = _read_message(message, reader, sender)
    if not any(line.text for line in reader.lines):
        raise InputError("Telegram export with no message text", path)
    further = []
    for link in _with_class(page, "pagination"):
        reader.drop(link, "the export's link to another of its pages of messages")
        if link.get("href"):
            further.append(link.get("href"))
    notes = [f"Telegram Desktop chat export{f' of {chat_name!r}' if chat_name else ''}: "
             f"{count} message{'s' if count != 1 else ''} read; their senders, time stamps, "
             "forward and reply headers, reactions and counters are the app's"]
    if further:  # a long chat is exported as messages.html, messages2.html, …
        notes.append("Telegram export: this file is one page of the chat (see also "
                     f"{', '.join(dict.fromkeys(further))}); only its messages were read")
    if reader.shifted:
        notes.append("Telegram export: line numbers are the HTML file's; lines of text that "
                     "share a source line are counted on from it")
    return Extracted(kind="telegram", lines=reader.lines, notes=notes, messages=reader.messages,
                     removed=reader.removed)


def _read_message(message, reader: _Reader, sender: str | None) -> str | None:
    """One ``message default`` block: its sender (the previous one's for a joined message),
    its text as lines, its wrapper dropped. Returns its sender."""
    body = next((el for el in message if "body" in _classes(el)), None)
    for el in message:
        if el is not body:  # the sender's picture and initials
            reader.drop(el, "the sender's picture (initials)")
    if body is None:
        return sender
    first = len(reader.lines)
    for el in body:
        if not isinstance(el.tag, str):
            continue
        classes = _classes(el)
        if "from_name" in classes:
            sender = _own_text(el) or sender
            reader.drop(el, "the message's sender")
        elif "forwarded" in classes:
            for inner in el:
                if not isinstance(inner.tag, str):
                    continue
                if "from_name" in _classes(inner):
                    reader.drop(inner, "a forward's header (who sent it first, and when)")
                elif "text" in _classes(inner):
                    reader.write(inner)
                else:
                    _drop_furniture(inner, reader)
        elif "text" in classes:
            reader.write(el)
        else:
            _drop_furniture(el, reader)
    own = [line for line in reader.lines[first:] if line.text]
    if own:
        reader.messages.append(Message(own[0].no, own[-1].no, sender,
                                       "\n".join(line.text for line in own)))
    return sender


def _drop_furniture(el, reader: _Reader) -> None:
    classes = _classes(el)
    reason = next((why for name, why in _FURNITURE if name in classes), None)
    if reason is None:
        reason = "the app's wrapper around the message" if "details" in classes else \
            f"not message text (the export's {' '.join(sorted(classes)) or el.tag} block)"
    reader.drop(el, reason)


def _fragments(el) -> list[tuple[int, str]]:
    """A message text's lines, split where the export breaks them (``<br>``, a quotation or
    a code block), each with the source line it starts on ("" between paragraphs)."""
    out: list[tuple[int, str]] = []
    current: list[str] = []
    start: list[int | None] = [None]

    def add(piece: str | None, line: int) -> None:
        if not piece:
            return
        if start[0] is None and piece.strip():
            start[0] = line + piece[:len(piece) - len(piece.lstrip())].count("\n")
        current.append(piece)

    def close(line: int) -> None:
        text = normalise(" ".join("".join(current).split()))[0]
        out.append((start[0] if start[0] is not None else line, text))
        current.clear()
        start[0] = None

    def walk(node) -> None:
        add(node.text, node.sourceline or 1)
        for child in node:
            if not isinstance(child.tag, str):
                add(child.tail, node.sourceline or 1)
                continue
            line = child.sourceline or node.sourceline or 1
            if child.tag in _BREAKS:
                close(line)
            elif child.tag in _BLOCKS:
                close(line)
                walk(child)
                close(line)
            else:
                walk(child)
            after = line + "".join(child.itertext()).count("\n")
            add(child.tail, after)

    walk(el)
    close(el.sourceline or 1)
    while out and not out[-1][1]:
        out.pop()
    while out and not out[0][1]:
        out.pop(0)
    return out


def _with_class(root, name: str) -> list:
    return [el for el in root.iter() if isinstance(el.tag, str) and name in _classes(el)]


def _classes(el) -> set[str]:
    return set((el.get("class") or "").split()) if isinstance(el.tag, str) else set()


def _own_text(el) -> str:
    """An element's text without its ``details`` children (a forward's date beside the name)."""
    parts = [el.text or ""]
    for child in el:
        if isinstance(child.tag, str) and "details" not in _classes(child):
            parts.append("".join(child.itertext()))
        parts.append(child.tail or "")
    return _flat("".join(parts))


def _flat(text: str) -> str:
    return normalise(" ".join(text.split()))[0]
