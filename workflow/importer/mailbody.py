"""The body of an e-mail: the statement inside a forward, without the mail around it.

Removed and reported: the forwarder's own note above a forwarded or quoted message, the
forwarded message's header block (From:/Date:/Sent:/To:/Subject:), "Sent from my ..." lines and
signatures after a "-- " line; ``> `` quoting markers are taken off (reported as altered).
The date and subject of the innermost forwarded message are returned as hints: the statement's,
not the forward's.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from workflow.importer.formats.mail import SUBJECT_TAGS
from workflow.importer.report import Report
from workflow.importer.text import Line, normalise

_FORWARD = re.compile(
    r"^\s*(?:-{2,}\s*(?:forwarded message|original message|mensaje original|message d'origine)"
    r"\s*-*|begin forwarded message:?|_{10,}|on .{6,120}\bwrote:|"
    r"le .{6,80} a écrit\s*:)\s*$", re.IGNORECASE)
_HEADER = re.compile(r"^\s*(from|sent|date|to|cc|bcc|subject|reply-to)\s*:\s*(.*)$",
                     re.IGNORECASE)
_SENT_FROM = re.compile(r"^\s*(?:sent from my|get outlook for|sent via|sent with)\b.*$",
                        re.IGNORECASE)
_SIG = re.compile(r"^--\s?$")


@dataclass
class MailHints:
    title: str | None = None
    date_text: str | None = None


def mail_lines(text: str, report: Report) -> tuple[list[Line], MailHints]:
    raw = text.split("\n")
    lines = [Line(no, normalise(line.rstrip("\r"))[0]) for no, line in enumerate(raw, start=1)]
    hints = MailHints()
    forward = next((i for i, line in enumerate(lines) if _FORWARD.match(line.text)), None)
    quoted = [i for i, line in enumerate(lines) if line.text.startswith(">")]
    start = 0
    if forward is not None:
        start = forward + 1
        for line in lines[:forward + 1]:
            if line.text:
                why = "forward marker" if line is lines[forward] else "the forwarder's note"
                report.remove(line.no, f"e-mail: {why}", line.text)
                line.text = ""
        # the forwarded message's own headers, maybe after quoting markers
        j = start
        while j < len(lines):
            bare = lines[j].text.lstrip("> ").strip()
            match = _HEADER.match(bare)
            if not bare and j == start:
                j += 1
                continue
            if not match:
                break
            field, value = match.group(1).lower(), match.group(2).strip()
            if field == "subject":
                hints.title = SUBJECT_TAGS.sub("", value).strip() or None
            if field in ("date", "sent"):
                hints.date_text = value
            report.remove(lines[j].no, "e-mail: forwarded message header", lines[j].text)
            lines[j].text = ""
            j += 1
    elif quoted and len(quoted) >= 3:
        first = quoted[0]
        for line in lines[:first]:
            if line.text:
                report.remove(line.no, "e-mail: the sender's note above the quoted message",
                              line.text)
                line.text = ""
    in_signature = False
    depth_of_sig = 0
    for line in lines:
        if not line.text and not in_signature:
            continue
        depth = len(re.match(r"^(?:>\s?)*", line.text).group(0).replace(" ", ""))
        body = re.sub(r"^(?:>\s?)+", "", line.text).strip()
        if in_signature and depth != depth_of_sig and line.text:
            in_signature = False
        if _SIG.match(body):
            in_signature, depth_of_sig = True, depth
            report.remove(line.no, "e-mail: signature delimiter", line.text)
            line.text = ""
            continue
        if in_signature:
            if line.text:
                report.remove(line.no, "e-mail: signature", line.text)
            line.text = ""
            continue
        if _SENT_FROM.match(body):
            report.remove(line.no, "e-mail: 'sent from' line", line.text)
            line.text = ""
            continue
        if depth:
            if body:
                report.alter(line.no, "e-mail quoting marker '>' removed", body)
            line.text = body
    return lines, hints
