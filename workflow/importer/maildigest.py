"""A mailing list's digest: many messages in one mail, the statement in one of them.

A digest (Mailman's "Message: 3", Sympa's or LISTSERV's rule-separated messages) opens with the
list's preamble ("Send … submissions to", "Today's Topics:"), then each message with its own
header block (Date:/From:/Subject:) after a separator, then the list's footer. The statement is
the message with the most evidence of one by far (workflow.importer.mailscore: its long
sentences, demands, signers, headline against the list's business and a reply's marks); the
preamble, the other messages (calls, replies, a footer "message") and the chosen message's own
headers are removed and reported, and that message's subject and date are its hints.
Without this the last reply's "On …, X wrote:" read as the forward marker of the whole mail and
took the statement with the note above it.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from workflow.importer.mailscore import (
    Candidate,
    choose,
    is_reply,
    prefer_originals,
    statement_evidence,
)
from workflow.importer.report import Report
from workflow.importer.text import Line

_NUMBER = re.compile(r"^\s*message:?\s*\d{1,4}\s*$", re.IGNORECASE)
_RULE = re.compile(r"^\s*(?:-{10,}|={10,}|\*{10,}|#{10,})\s*$")
_HEADER = re.compile(r"^\s*(from|date|subject|to|cc|message-id|content-type|"
                     r"content-transfer-encoding|mime-version|reply-to)\s*:\s*(.*)$",
                     re.IGNORECASE)
_DIGEST = re.compile(r"\bdigest\b|\btoday'?s topics\b", re.IGNORECASE)


@dataclass
class DigestMessage:
    number: int  # its place in the digest, from 1
    first: int  # index of its separator's first line
    body: int  # index of the first line after its header block
    end: int  # index after its last line
    subject: str | None
    date: str | None


def _header_block(lines: list[Line], i: int) -> tuple[int, dict[str, str]] | None:
    """The unquoted header block starting at ``i`` (two fields or more, a From or a Subject
    among them): the index after it and its fields."""
    fields: dict[str, str] = {}
    j = i
    while j < len(lines) and (match := _HEADER.match(lines[j].text)) and \
            not lines[j].text.startswith(">"):
        fields.setdefault(match.group(1).lower(), match.group(2).strip())
        j += 1
    if len(fields) >= 2 and ("from" in fields or "subject" in fields):
        return j, fields
    return None


def _next_text(lines: list[Line], i: int) -> int:
    while i < len(lines) and not lines[i].text.strip():
        i += 1
    return i


def _messages(lines: list[Line]) -> list[DigestMessage]:
    """The digest's messages: header blocks after a "Message: N" line or a rule of dashes."""
    found: list[DigestMessage] = []
    i = 0
    while i < len(lines):
        text = lines[i].text
        if _NUMBER.match(text) or _RULE.match(text):
            j = _next_text(lines, i + 1)
            if j < len(lines) and _NUMBER.match(lines[j].text) and not _NUMBER.match(text):
                j = _next_text(lines, j + 1)
            block = _header_block(lines, j)
            if block is not None:
                after, fields = block
                found.append(DigestMessage(len(found) + 1, i, after, len(lines),
                                           fields.get("subject"), fields.get("date")))
                i = after
                continue
        i += 1
    for message, following in zip(found, found[1:], strict=False):
        message.end = following.first
    return found


def digest_statement(lines: list[Line], report: Report) -> DigestMessage | None:
    """In a digest, keep only the message with the most prose (the statement) and return it;
    ``None`` (nothing changed) when the mail is no digest."""
    messages = _messages(lines)
    numbered = sum(1 for line in lines if _NUMBER.match(line.text))
    said = any(_DIGEST.search(line.text) for line in lines[:messages[0].first]) \
        if messages else False
    if len(messages) < 2 or not (numbered >= 2 or said):
        return None
    candidates = [Candidate(m.number, m.subject, statement_evidence(
        "\n".join(line.text for line in lines[m.body:m.end] if not _RULE.match(line.text)),
        m.subject, reply=is_reply(m.subject))) for m in messages]
    prefer_originals(candidates)
    best = choose(candidates)
    chosen = messages[best.number - 1]
    # the statement's message is the one with most evidence by far, not one reply among equals
    if best.evidence.score <= 0 or any(
            c.evidence.score * 2 > best.evidence.score for c in candidates if c is not best):
        return None
    others = "; ".join(f"message {c.number} {c.evidence.summary()}"
                       for c in candidates if c is not best)
    report.notes.append(f"e-mail digest of {len(messages)} messages: message {chosen.number} "
                        f"({chosen.subject or 'no subject'}) imported, the others removed; "
                        f"its {best.evidence.summary()}; not {others}")
    for i, line in enumerate(lines):
        if not line.text or chosen.body <= i < chosen.end:
            continue
        if i < messages[0].first:
            why = "the digest's preamble (list address, topics)"
        elif chosen.first <= i < chosen.body:
            why = "the digest message's separator and headers"
        else:
            other = next(m for m in reversed(messages) if m.first <= i)
            why = (f"another message of the digest (message {other.number}: "
                   f"{other.subject or 'no subject'})")
        report.remove(line.no, f"e-mail digest: {why}", line.text)
        line.text = ""
    return chosen
