"""Posts copied from messaging apps: the prefixes a chat export puts on every message.

"[14/02/2023, 09:14:02] Shahla: text" (WhatsApp), "14.02.23, 09:14 - Shahla: text" and the like:
the time stamp and sender go (reported as altered), the message stays, so the classifier
judges the text and not its wrapper. A thread's numbering at line ends ("... (2/4)") goes when
several lines carry it, and so does a numbering opening or closing the lines ("1/6 On 2
March …", "… held. 2/7"), when three lines or more carry it with the same count; the parts'
numbers are kept for the classifier (the statement runs from the first part to the last).
Invisible direction marks that apps insert are removed.

A chat export is a conversation *around* a statement: the messages are read apart
(:class:`Message`: its lines and sender, or none for the app's own notices: "X created
group", "Messages and calls are end-to-end encrypted"), and :func:`statement_span` finds the
messages that carry the statement — the longest message, with the same sender's messages right
next to it that go on with it (more of its text, its signers) — so that the chat around it
goes: the poster's notes before it ("Statement below, please translate 🙏"), media and notices,
and the replies after it, whoever sends them.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from workflow.importer.lexicon import SIGN_LABEL
from workflow.importer.report import Report
from workflow.importer.text import Line, ends_terminal, words

# a stamp's date and time, either way round ("14/02/2023, 09:14:02", "[9:14 AM, 2/14/2023]"
# as WhatsApp copies selected messages)
_DAY = r"(?:\d{1,2}[/.-]\d{1,2}[/.-]\d{2,4}|(?:19|20)\d\d-\d{2}-\d{2})"  # or Signal's ISO
_CLOCK = r"\d{1,2}:\d{2}(?::\d{2})?\s*(?:[AaPp]\.?[Mm]\.?)?"
_WHEN = rf"\[?(?:{_DAY},?\s+{_CLOCK}|{_CLOCK},\s*{_DAY})\]?"
_PREFIX = re.compile(rf"^{_WHEN}\s*(?:-\s*)?(?P<who>[^:\[\]]{{1,40}}):\s?")
_THREAD_NO = re.compile(r"\s*\((?P<k>\d{1,2})/(?P<n>\d{1,2})\)$")
_THREAD_END = re.compile(r"\s+(?P<k>\d{1,2})/(?P<n>\d{1,2})$")  # "… held. 2/7"
_THREAD_LEAD = re.compile(r"^(?:🧵\s*)?\(?(?P<k>\d{1,2})\s?/\s?(?P<n>\d{1,2})\)?"
                          r"(?:\s+|[.:]\s*)(?=\S)")
_MARKS = re.compile(r"[\u200e\u200f\u202a-\u202e\u2066-\u2069]")
# a message's stamp with or without a sender: the app's own notices have none
# ("[10/03/2026, 22:47] Golnaz created group …", "12/03/2024, 21:04 - Messages and calls …")
_STAMP = re.compile(rf"^[\u200e\u200f]?{_WHEN}\s*(?:-\s*)?(?=\S)")
# what an app writes in place of a message's content ("<Media omitted>", "image omitted",
# "<attached: 00000012-PHOTO-2025-04-07.jpg>", "This message was deleted", "Forwarded",
# "report.pdf (file attached)")
_PLACEHOLDER = re.compile(
    r"^(?:<[^<>]*(?:omitted|attached)[^<>]*>|(?:image|video|audio|sticker|gif|document|media)"
    r" omitted|this message was deleted|you deleted this message|forwarded|"
    r"\S+\.\w{2,4} \(file attached\)|missed (?:voice|video) call)$", re.IGNORECASE)
# a poster's talk around a statement: a question, pointing on to the text ("below", "👇"), a
# greeting, thanks, a request ("please", "can someone"); emoji too, in a line of chat
_TALK = re.compile(r"\?|👇|⬇️|\bbelow\b|^(?:hi|hello|hey|dear (?:all|friends)|morning|thanks|"
                   r"thank you|ok|okay|done|got it|on it)\b|\bplease\b|"
                   r"\bcan (?:someone|anyone|you|we)\b", re.IGNORECASE)
_EMOJI = re.compile(r"[\U0001F300-\U0001FAFF\u2600-\u27BF]")


@dataclass(frozen=True)
class Message:
    """One message of a chat export: the raw numbers of its first and last non-blank lines,
    its sender (``None`` for the app's own notices) and its text, the stamp taken off."""

    first: int
    last: int
    sender: str | None
    text: str
    head: tuple[int, ...] = ()  # the raw numbers of its header's own lines ("Mina K.  10:41")

    @property
    def lines(self) -> int:
        return len([t for t in self.text.split("\n") if t.strip()])

    @property
    def placeholder(self) -> bool:
        return bool(_PLACEHOLDER.match(self.text.strip()))


@dataclass(frozen=True)
class ChatSpan:
    """Where the statement sits in a chat export: the raw numbers of the lines of the messages
    before it (``before``), the raw number where the chat after it begins (``after``), and
    the lines that only head a message (``headers``: its sender and time, never the
    statement's date or text)."""

    before: frozenset[int] = frozenset()
    after: int | None = None
    headers: frozenset[int] = frozenset()  # lines that are only a message's sender and time


# a message's header on a line of its own: its sender and time ("Mina K.  10:41", a copy from
# Element, Slack or Teams: "Farhad R.  10:58 AM"; Discord's "Mina — Today at 10:41";
# Telegram Desktop's "Kaveh, [07.04.2025 21:03]")
_HEADER_LINE = re.compile(r"^(?P<who>[A-Z\u00C0-\u024F][\w'’.-]*"
                          r"(?:\s+(?:[A-Z\u00C0-\u024F(][\w'’.)-]*|de|van|von|al|el|bin)){0,3})"
                          r"(?:\s+|,\s*|\s+[—–-]\s+)"
                          r"(?:(?:[Tt]oday|[Yy]esterday)\s+at\s+|"
                          r"\[?\d{1,2}[/.]\d{1,2}[/.]\d{2,4},?\s+)?"
                          r"\d{1,2}:\d{2}(?:\s?[AaPp][Mm])?\]?$")
# an exported message's header block (Signal's: "From: Mina Rahimi" / "Type: incoming" /
# "Sent: …" / "Received: …")
_FIELD = re.compile(r"^(?P<field>from|type|sent|received)\s*:\s*(?P<value>.*)$", re.IGNORECASE)


def message_text(line: str) -> str | None:
    """A chat export's line without its stamp and sender ("[10/02/2026, 21:23] Nilou: A
    signs too" -> "A signs too"); None for a line that opens no message."""
    found = _PREFIX.match(_MARKS.sub("", line.strip()))
    return line.strip()[found.end():].strip() if found else None


def read_messages(lines: list[Line]) -> list[Message]:
    """The messages of a chat export (at least three message headers; else none), from the raw
    lines: each header opens one — a stamp before the text ("[07/04/2025, 21:03:11] Kaveh:
    …"), a sender and time on a line of their own ("Mina K.  10:41"), an export's "From: … /
    Type: incoming" block — and the lines under it up to the next header go with it."""
    content = [line for line in lines if line.text]
    heads = _heads(content)
    if heads is None:
        return []
    out: list[Message] = []
    current: list[Line] = []
    sender: str | None = None
    first = 0

    head: list[int] = []

    def close() -> None:
        if current or sender is not None:
            text = "\n".join(_MARKS.sub("", line.text).strip() for line in current)
            last = current[-1].no if current else first
            out.append(Message(first, last, sender, text, tuple(head)))

    skip = 0
    for k, line in enumerate(content):
        if skip:
            skip -= 1
            head.append(line.no)
            continue
        if k in heads:
            close()
            sender, text, skip = heads[k]
            first = line.no
            current = [Line(line.no, text)] if text else []
            head = [] if text or _STAMP.match(line.text) else [line.no]
        elif out or current or sender is not None:
            current.append(line)
    close()
    return out


def _heads(content: list[Line]) -> dict[int, tuple[str | None, str, int]] | None:
    """Where messages open (index into ``content``): sender (None for the app's notices), the
    text on the header's own line, and how many header lines follow it."""
    stamped = {k: line for k, line in enumerate(content) if _STAMP.match(line.text)}
    if sum(1 for line in stamped.values() if _PREFIX.match(line.text)) >= 3:
        out: dict[int, tuple[str | None, str, int]] = {}
        for k, line in stamped.items():
            found = _PREFIX.match(line.text)
            text = line.text[found.end():] if found else line.text[_STAMP.match(line.text).end():]
            out[k] = (found["who"].strip() if found else None, text, 0)
        return out
    blocks: dict[int, tuple[str | None, str, int]] = {}
    for k, line in enumerate(content):
        found = _FIELD.match(line.text)
        if not found or found["field"].lower() != "from":
            continue
        fields = 0
        while k + fields + 1 < len(content) and _FIELD.match(content[k + fields + 1].text) and \
                _FIELD.match(content[k + fields + 1].text)["field"].lower() != "from":
            fields += 1
        kinds = {_FIELD.match(content[k + j].text)["field"].lower() for j in range(1, fields + 1)}
        if "type" in kinds or {"sent", "received"} <= kinds:
            blocks[k] = (found["value"].strip() or None, "", fields)
    if len(blocks) >= 3:
        return blocks
    lines = {k: (found["who"].strip(), "", 0) for k, line in enumerate(content)
             if (found := _HEADER_LINE.match(line.text))}
    if len(lines) >= 3:
        return lines
    return _signed_under_clocks(content)


_LONE_CLOCK = re.compile(r"^\d{1,2}:\d{2}(?:\s?[AaPp]\.?[Mm]\.?)?$")


def _signed_under_clocks(content: list[Line]) -> dict[int, tuple[str | None, str, int]] | None:
    """A copy from a desktop app that sets each message's sender on the line over it and its
    time on the line under it ("Parisa A." / text / "20:41" / "Omid" / text / "20:47"): a
    message opens at each line naming one of the senders (a short line right under a time,
    one of them named twice or more), three messages at least."""
    clocks = [k for k, line in enumerate(content) if _LONE_CLOCK.match(line.text.strip())]
    if len(clocks) < 3:
        return None
    senders = []
    for k in clocks:  # (past the reactions under the message: "❤️ 9 😢 4")
        for line in content[k + 1:k + 3]:
            if _sender_line(line.text):
                senders.append(line.text.strip())
                break
            if re.sub(r"[\d\s\ufe0f\u200d]", "", _EMOJI.sub("", line.text)):
                break
    if not senders or max(senders.count(s) for s in senders) < 2:
        return None
    named = set(senders)
    heads = {k: (line.text.strip(), "", 0) for k, line in enumerate(content)
             if line.text.strip() in named}
    return heads if len(heads) >= 3 else None


def _sender_line(text: str) -> bool:
    """A sender's name alone ("Parisa A.", "Sahar 🌿", "Omid"): a word to four, no colon, no
    figure, no sentence."""
    plain = _EMOJI.sub("", text).strip()
    return bool(plain) and len(words(plain)) <= 4 and len(plain) <= 30 and \
        not re.search(r"[:\d?!]", plain) and not plain.endswith((",", ";")) and \
        not (plain.endswith(".") and not re.search(r"\b\w\.$", plain))


def _words(message: Message) -> int:
    return len(words(message.text))


def _goes_on(carrier: Message, message: Message) -> bool:
    """A message of the statement's sender right after it that carries more of the statement
    (its signers, more of its lines, a paragraph), not a word to the chat ("Thanks 👍")."""
    if message.sender != carrier.sender or message.placeholder:
        return False
    texts = [t.strip() for t in message.text.split("\n") if t.strip()]
    if any(SIGN_LABEL.match(t) for t in texts):
        return True  # "✍️ Signatories:" and the names, sent on their own
    if len(texts) >= 2:
        return not _TALK.search(texts[0])
    return len(words(message.text)) >= 15 and ends_terminal(message.text) and \
        not _TALK.search(message.text) and not _EMOJI.search(message.text)


def _leads_in(carrier: Message, message: Message) -> bool:
    """A message of the statement's sender right before it that is the statement's opening
    (its heading, "📢 JOINT STATEMENT", a first paragraph), not the poster's note about it."""
    if message.sender != carrier.sender or message.placeholder or _TALK.search(message.text):
        return False
    first = message.text.split("\n", 1)[0].strip()
    return bool(first) and (not ends_terminal(first) or (
        len(words(message.text)) >= 15 and not _EMOJI.search(message.text)))


def statement_span(messages: list[Message]) -> ChatSpan:
    """The chat around the statement: it is carried by the longest message (forty words at
    least, twice any other), with its sender's messages right next to it that go on with it."""
    headers = frozenset(no for m in messages for no in m.head)
    if len(messages) < 2:
        return ChatSpan(headers=headers)
    sizes = sorted((_words(m) for m in messages), reverse=True)
    k = next(k for k, m in enumerate(messages) if _words(m) == sizes[0])
    # (the same sender's message right next to it may be as long: the statement in Persian,
    # then in English)
    others = [_words(m) for j, m in enumerate(messages) if j != k and not (
        abs(j - k) == 1 and m.sender == messages[k].sender and m.sender is not None)]
    if sizes[0] < 40 or sizes[0] < 2 * max(others, default=0):
        return ChatSpan(headers=headers)
    first = last = k
    while first > 0 and _leads_in(messages[k], messages[first - 1]):
        first -= 1
    while last + 1 < len(messages) and _goes_on(messages[k], messages[last + 1]):
        last += 1
    before = frozenset(no for m in messages[:first] for no in range(m.first, m.last + 1))
    after = messages[last + 1].first if last + 1 < len(messages) else None
    return ChatSpan(before, after, headers)


def unwrap_chat(lines: list[Line], report: Report, starts: set[int] | None = None,
                parts: dict[int, tuple[int, int]] | None = None) -> list[Line]:
    """Take the export prefixes off; the raw numbers of lines that begin a message go to
    ``starts`` (a headline is not looked for across two messages), those of a thread's
    numbered parts to ``parts`` (raw number -> (part, parts))."""
    content = [line for line in lines if line.text]
    prefixed = [line for line in content if _PREFIX.match(line.text)]
    numbered = [line for line in content if _THREAD_NO.search(line.text)]
    if len(prefixed) >= 3:
        for line in prefixed:
            if starts is not None:
                starts.add(line.no)
            match = _PREFIX.match(line.text)
            prefix = match.group(0).strip()
            line.text = _MARKS.sub("", line.text[match.end():]).strip()
            report.alter(line.no, f"chat export: time stamp and sender '{prefix}' removed",
                         line.text)
    if len(numbered) >= 2:
        for line in numbered:
            found = _THREAD_NO.search(line.text)
            if parts is not None:
                parts[line.no] = (int(found["k"]), int(found["n"]))
            line.text = _THREAD_NO.sub("", line.text)
            report.alter(line.no, "thread numbering removed", line.text)
    for pattern, lead in ((_THREAD_LEAD, True), (_THREAD_END, False)):
        found_on = [(line, found) for line in content
                    if (found := (pattern.match(line.text) if lead else
                                  pattern.search(line.text)))
                    and 0 < int(found["k"]) <= int(found["n"]) <= 99]
        counts: dict[str, int] = {}
        for _, found in found_on:
            counts[found["n"]] = counts.get(found["n"], 0) + 1
        for line, found in found_on:
            if counts[found["n"]] >= 3 and int(found["n"]) >= 3:
                if parts is not None:
                    parts[line.no] = (int(found["k"]), int(found["n"]))
                line.text = line.text[found.end():] if lead else line.text[:found.start()]
                report.alter(line.no, f"thread numbering removed: {found.group(0).strip()}",
                             line.text)
    for line in content:
        if _MARKS.search(line.text):
            line.text = _MARKS.sub("", line.text).strip()
    return lines
