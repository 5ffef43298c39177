"""E-mail messages (.eml) and mailboxes (.mbox) through the standard library's ``email``.

The body is imported, not the headers: the plain-text part (else the HTML part), decoded from
its transfer encoding and charset. Messages carried inside it (a MIME digest's
``message/rfc822`` parts, a forward sent as an attachment) are written out in the text forms
that the e-mail body reader already knows: a digest's "Message: N" sections with their
Date/From/Subject headers, and a "Forwarded message" block. The subject (without
``Re:``/``Fwd:``/``[list]`` tags) is a hint for the title; the date of the original message (the
forwarded one, not the forward) a fallback for the date; attachments are named in the report. A
mailbox imports the message with most evidence of a statement (workflow.importer.mailscore).
"""

from __future__ import annotations

import email
import email.policy
import email.utils
import re
from pathlib import Path

from workflow.errors import InputError
from workflow.importer.formats import Extracted

_HEADER = re.compile(rb"^(?:From|To|Subject|Date|Received|Return-Path|Message-ID|MIME-Version|"
                     rb"Delivered-To|Reply-To|Content-Type|X-[\w-]+):[ \t]", re.IGNORECASE)
_MBOX_FROM = re.compile(rb"^From \S+.*\d{4}\s*$", re.MULTILINE)
SUBJECT_TAGS = re.compile(r"^(?:\s*(?:re|fwd?|fw|aw|tr|wg|rv)\s*:\s*|\s*\[[^\]]{1,40}\]\s*)+",
                          re.IGNORECASE)


def sniff(data: bytes, suffix: str) -> bool:
    head = data[:4096].lstrip(b"\xef\xbb\xbf")
    if suffix in (".eml", ".mbox", ".msg") and (head.startswith(b"From ") or _HEADER.match(head)):
        return True
    if head.startswith(b"From ") and _MBOX_FROM.match(head):
        return bool(re.search(rb"^(?:Subject|Date|From):", head, re.MULTILINE))
    first = head.split(b"\n\n", 1)[0].split(b"\r\n\r\n", 1)[0]
    rows = [r for r in first.splitlines() if r.strip()]
    if len(rows) < 2:
        return False
    headerish = sum(1 for r in rows if _HEADER.match(r) or r[:1] in (b" ", b"\t"))
    return headerish == len(rows) and any(r.lower().startswith(b"subject:") for r in rows)


def extract(data: bytes, path: Path) -> Extracted:
    messages = _split_mbox(data) if data.lstrip().startswith(b"From ") else [data]
    try:
        parsed = [email.message_from_bytes(m, policy=email.policy.default) for m in messages]
    except Exception as exc:  # the parser is lenient; this is a truly broken file
        raise InputError(f"not a readable e-mail message ({exc})", path) from None
    notes: list[str] = []
    bodies = [_bodies(m) for m in parsed]
    chosen = 0
    if len(parsed) > 1:
        chosen, why = _statement_message(parsed, bodies)
        notes.append(f"mailbox with {len(messages)} messages: {why}")
    message = parsed[chosen]
    plain, html, attachments = bodies[chosen]
    notes += [f"attachment not imported: {a}" for a in attachments]
    subject = str(message.get("subject") or "").strip()
    title = SUBJECT_TAGS.sub("", subject).strip() or None
    date = _date(message.get("date"))
    notes.insert(0, f"e-mail: subject {subject!r}" + (f", sent {date}" if date else ""))
    if not plain and html is None:
        raise InputError("e-mail message has no text body", path)
    return Extracted(kind="email", text=(plain or "").replace("\r\n", "\n"), title=title,
                     date=date, notes=notes, html=None if plain is not None else html)


def _bodies(message) -> tuple[str | None, str | None, list[str]]:
    """A message's plain-text and HTML bodies (its inner messages written out in the plain
    one) and its attachments' names."""
    attachments: list[str] = []
    if any(part.get_content_type() == "message/rfc822" for part in message.walk()):
        return _flatten(message, attachments), None, attachments
    plain, html = _first_bodies(message, attachments)
    return plain, html, attachments


def _statement_message(messages, bodies) -> tuple[int, str]:
    """Which message of a mailbox to import: the one with most evidence of a statement (a
    list's mailbox holds its reminders, calls and replies too); the report says why."""
    from workflow.importer.mailscore import (
        Candidate,
        choose,
        is_reply,
        prefer_originals,
        statement_evidence,
    )

    candidates = []
    for number, (message, (plain, html, _)) in enumerate(zip(messages, bodies, strict=True), 1):
        subject = str(message.get("subject") or "").strip() or None
        in_reply_to = " ".join(str(message.get(h) or "") for h in ("in-reply-to", "references"))
        text = plain if plain is not None else _html_text(html or "")
        evidence = statement_evidence(text.replace("\r\n", "\n"), subject,
                                      reply=is_reply(subject, in_reply_to.strip()))
        candidates.append(Candidate(number, subject, evidence,
                                    str(message.get("message-id") or "").strip() or None,
                                    in_reply_to.strip() or None))
    prefer_originals(candidates)
    best = choose(candidates)
    others = "; ".join(f"message {c.number} ({c.subject or 'no subject'}) {c.evidence.summary()}"
                       for c in candidates if c is not best)
    return best.number - 1, (f"message {best.number} ({best.subject or 'no subject'}) imported, "
                             f"the statement's by its evidence, {best.evidence.summary()}; "
                             f"not {others}")


def _attachment(part, attachments: list[str]) -> bool:
    """Whether ``part`` is an attachment (then named in ``attachments``), not a body."""
    filename = part.get_filename()
    if not (filename or part.get_content_disposition() == "attachment"):
        return False
    size = len(part.get_payload(decode=True) or b"")
    attachments.append(f"{filename or 'unnamed'} ({part.get_content_type()}, {size} bytes)")
    return True


def _first_bodies(message, attachments: list[str]) -> tuple[str | None, str | None]:
    """The first plain-text and the first HTML body of a message without inner messages."""
    plain, html = None, None
    for part in message.walk():
        if part.is_multipart() or _attachment(part, attachments):
            continue
        if part.get_content_type() == "text/plain" and plain is None:
            plain = _text(part)
        elif part.get_content_type() == "text/html" and html is None:
            html = _text(part)
    return plain, html


_HEADERS_SHOWN = ("Date", "From", "To", "Subject")


def _headers(message) -> str:
    return "\n".join(f"{name}: {' '.join(str(message[name]).split())}"
                      for name in _HEADERS_SHOWN if message.get(name))


def _flatten(part, attachments: list[str], in_digest: bool = False) -> str:
    """A message with messages inside it, as one text: its own bodies in order, a digest's
    messages as numbered sections, an attached message as a forwarded one."""
    kind = part.get_content_type()
    if kind == "message/rfc822":
        inner = part.get_payload()
        inner = inner[0] if isinstance(inner, list) else inner
        body = _flatten(inner, attachments)
        if in_digest:
            return f"{_headers(inner)}\n\n{body}"
        return f"---------- Forwarded message ---------\n{_headers(inner)}\n\n{body}"
    if part.is_multipart():
        children = part.get_payload()
        if kind == "multipart/alternative":
            plain = [c for c in children if c.get_content_type() == "text/plain"]
            chosen = plain[0] if plain else children[-1]
            return _flatten(chosen, attachments)
        if kind == "multipart/digest":
            sections = []
            for number, child in enumerate(children, 1):
                text = _flatten(child, attachments, in_digest=True)
                sections.append(f"------------------------------\n\nMessage: {number}\n{text}")
            return "\n\n".join(sections) + "\n\n------------------------------\n"
        return "\n\n".join(text for child in children
                             if (text := _flatten(child, attachments, in_digest)).strip())
    if _attachment(part, attachments):
        return ""
    if kind == "text/plain":
        return _text(part).replace("\r\n", "\n").strip("\n")
    if kind == "text/html":
        return _html_text(_text(part))
    return ""


def _html_text(html: str) -> str:
    """An inner message's HTML body as plain lines (its outer HTML bodies go to the HTML
    reader instead): one line per block element."""
    import lxml.html

    try:
        root = lxml.html.fromstring(html)
    except (ValueError, lxml.etree.ParserError):
        return ""
    for bad in root.xpath("//script|//style|//head"):
        bad.drop_tree()
    for block in root.xpath("//p|//div|//br|//li|//h1|//h2|//h3|//h4|//tr|//table"):
        block.tail = "\n" + (block.tail or "")
    return "\n".join(" ".join(line.split()) for line in root.text_content().splitlines())


def _text(part) -> str:
    try:
        return part.get_content()
    except (LookupError, UnicodeDecodeError):
        payload = part.get_payload(decode=True) or b""
        return payload.decode("utf-8", errors="replace")


def _split_mbox(data: bytes) -> list[bytes]:
    starts = [m.start() for m in _MBOX_FROM.finditer(data)]
    chunks = [data[s:e] for s, e in zip(starts, starts[1:] + [len(data)], strict=False)]
    return [c.split(b"\n", 1)[1] if b"\n" in c else c for c in chunks] or [data]


def _date(value) -> str | None:
    if not value:
        return None
    try:
        parsed = email.utils.parsedate_to_datetime(str(value))
    except (TypeError, ValueError):
        return None
    return parsed.date().isoformat() if parsed else None
