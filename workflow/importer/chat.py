"""Posts copied from messaging apps: the prefixes a chat export puts on every message.

"[14/02/2023, 09:14:02] Shahla: text" (WhatsApp), "14.02.23, 09:14 - Shahla: text" and the like:
the time stamp and sender go (reported as altered), the message stays, so the classifier
judges the text and not its wrapper. A thread's numbering at line ends ("... (2/4)") goes when
several lines carry it, and so does a numbering opening or closing the lines ("1/6 On 2
March …", "… held. 2/7"), when three lines or more carry it with the same count; the parts'
numbers are kept for the classifier (the statement runs from the first part to the last).
Invisible direction marks that apps insert are removed.
"""

from __future__ import annotations

import re

from workflow.importer.report import Report
from workflow.importer.text import Line

_PREFIX = re.compile(
    r"^\[?\d{1,2}[/.-]\d{1,2}[/.-]\d{2,4},?\s+\d{1,2}:\d{2}(?::\d{2})?\s*(?:[AaPp]\.?[Mm]\.?)?\]?"
    r"\s*(?:-\s*)?(?P<who>[^:\[\]]{1,40}):\s?")
_THREAD_NO = re.compile(r"\s*\((?P<k>\d{1,2})/(?P<n>\d{1,2})\)$")
_THREAD_END = re.compile(r"\s+(?P<k>\d{1,2})/(?P<n>\d{1,2})$")  # "… held. 2/7"
_THREAD_LEAD = re.compile(r"^(?:🧵\s*)?\(?(?P<k>\d{1,2})\s?/\s?(?P<n>\d{1,2})\)?"
                          r"(?:\s+|[.:]\s*)(?=\S)")
_MARKS = re.compile(r"[\u200e\u200f\u202a-\u202e\u2066-\u2069]")


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
