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
from workflow.importer.maildigest import digest_statement
from workflow.importer.metadata import find_date
from workflow.importer.report import Report
from workflow.importer.signer_labels import opens_signers
from workflow.importer.text import Line, normalise

_FORWARD = re.compile(
    r"^\s*(?:-{2,}\s*(?:forwarded message|original message|mensaje original|message d'origine)"
    r"\s*-*|begin forwarded message:?|_{10,}|on .{6,120}\bwrote:|"
    # a sender's divider over the text she passes on ("---------- letter below ----------")
    r"[-=_*~]{3,}\s*(?:the\s+)?(?:final\s+)?(?:letter|statement|text|appeal|release)\s+"
    r"(?:below|follows)\s*[-=_*~]{3,}|"
    r"le .{6,80} a écrit\s*:)\s*$", re.IGNORECASE)
# a reply's attribution line ("On <date>, <name> wrote:"), the quoted message under it
_ATTRIBUTION = re.compile(r"^\s*(?:on .{6,120}\bwrote:|le .{6,80} a écrit\s*:)\s*$", re.IGNORECASE)
_HEADER = re.compile(r"^\s*(from|sent|date|to|cc|bcc|subject|reply-to)\s*:\s*(.*)$",
                     re.IGNORECASE)
_SENT_FROM = re.compile(r"^\s*(?:sent from my|get outlook for|sent via|sent with)\b.*$",
                        re.IGNORECASE)
_SIG = re.compile(r"^--\s?$")
# a subject that says its message forwards another ("Fwd: …", "FW: …", "TR: …", "WG: …")
_FORWARD_TAG = re.compile(r"^\s*(?:\[[^\]]{1,40}\]\s*)?(?:fwd?|fw|tr|wg|rv|enc)\s*:",
                          re.IGNORECASE)
# the terms of a legal disclaimer at a message's end
_DISCLAIMER = re.compile(r"\b(?:confidential|privileged|intended (?:solely|only) for|addressee|"
                         r"intended recipient|received (?:it|this(?: e-?mail| message)?) in error|"
                         r"notify the sender|delete (?:it|this)|unauthori[sz]ed)\b", re.IGNORECASE)

# the day the mail sets for the statement's publication: "It goes public on Thursday 26
# November 2026", "EMBARGOED UNTIL 00:01 GMT, 15 SEPTEMBER 2026", "for release on 3 May 2025"
_RELEASE = re.compile(r"\b(?:(?:under\s+)?embargo(?:ed)?\b[^.!?]{0,20}?\b(?:until|till|to)|"
                      r"goes?\s+(?:public|live|out)|(?:is\s+)?(?:for|to be)\s+(?:release|released|"
                      r"publication|published)|(?:to\s+)?publish(?:ed)?\s+on|release date)\b",
                      re.IGNORECASE)


def release_date(lines: list[Line]) -> tuple[str, str] | None:
    """The release (embargo) date a line of the mail sets for the statement, with the line:
    the statement's publication date, which the mail's own date (sent before it, under the
    embargo) is not."""
    for line in lines:
        bare = line.text.lstrip("> ").strip()
        for cue in _RELEASE.finditer(bare):
            found = find_date(bare[cue.end():cue.end() + 60])
            if found:
                return found[0], bare
    return None


def _note_signed_off(lines: list[Line], start: int, report: Report) -> None:
    """A sender's note signed off with "-- " and a short signature, the statement after it
    (a list post: "Please find below ... / -- / Name, Coordinator / ===== / the statement"):
    the note and the signature go, the long text after the signature stays."""
    sig = next((i for i in range(start, len(lines)) if _SIG.match(lines[i].text)), None)
    if sig is None:
        return
    end = None
    for i in range(sig + 1, min(sig + 10, len(lines))):
        if not lines[i].text and i > sig + 1:
            rest = [ln for ln in lines[i:] if ln.text]
            if len(rest) >= 8 and sum(len(ln.text.split()) for ln in rest) >= 80:
                end = i
            break
    if end is None:
        return
    for j in range(start, end):
        if lines[j].text:
            why = ("signature delimiter" if j == sig else "signature" if j > sig else
                   "the sender's note above the statement (signed off with '-- ')")
            report.remove(lines[j].no, f"e-mail: {why}", lines[j].text)
            lines[j].text = ""


def _is_forward(lines: list[Line], i: int) -> bool:
    """A forward marker (quoted or not); a bare rule of underscores only when message headers
    follow it (Outlook's separator), not a mailing list's footer rule."""
    bare = lines[i].text.lstrip("> ").strip()
    if not _FORWARD.match(bare):
        return False
    if not bare.startswith("_"):
        return True
    after = next((ln.text.lstrip("> ").strip() for ln in lines[i + 1:i + 4]
                  if ln.text.lstrip("> ").strip()), "")
    return bool(_HEADER.match(after))


def _words(lines: list[Line]) -> int:
    return sum(len(line.text.lstrip("> ").split()) for line in lines)


def _answered_quote(lines: list[Line], marks: list[int]) -> int | None:
    """A top-posted reply whose own text is the statement ("Here it is: <statement>" above
    "On <date>, X wrote:" and the quoted request): the last mark is a reply attribution, every
    line after it is quoted, and the reply's text outweighs the quote (three times its words,
    at least 100). Returns the attribution's index; None when the quote holds the statement."""
    if not marks:
        return None
    mark = marks[-1]
    if not _ATTRIBUTION.match(lines[mark].text.lstrip("> ").strip()):
        return None
    after = [line for line in lines[mark + 1:] if line.text]
    if not after or not all(line.text.startswith(">") for line in after):
        return None
    above = _words([line for line in lines[:mark] if not line.text.startswith(">")])
    return mark if above >= 100 and above >= 3 * _words(after) else None


def _interjections(lines: list[Line], mark: int, marker: str, report: Report) -> None:
    """A reply that quotes the statement whole under "On …, X wrote:" and puts its own
    remarks between the quoted paragraphs ("[Bijan] Do we know if …"): with seven in ten of
    the lines after the attribution quoted, the unquoted lines between two quoted ones are
    the replier's, not the statement's."""
    if not _ATTRIBUTION.match(marker):
        return
    after = [k for k in range(mark + 1, len(lines)) if lines[k].text.strip()]
    quoted = [k for k in after if lines[k].text.startswith(">")]
    if len(quoted) < 10 or len(quoted) < 0.7 * len(after):
        return
    for k in after:
        if quoted[0] < k < quoted[-1] and not lines[k].text.startswith(">"):
            report.remove(lines[k].no, "e-mail: the replier's remark between the quoted "
                          "lines", lines[k].text)
            lines[k].text = ""


@dataclass
class MailHints:
    title: str | None = None
    date_text: str | None = None
    forwarded: bool = False  # the statement is a forwarded message (the envelope's date is not)
    release: tuple[str, str] | None = None  # the embargo's date (ISO) and the line setting it


def mail_lines(text: str, report: Report) -> tuple[list[Line], MailHints]:
    raw = text.split("\n")
    lines = [Line(no, normalise(line.rstrip("\r"))[0]) for no, line in enumerate(raw, start=1)]
    hints = MailHints()
    chosen = digest_statement(lines, report)
    if chosen is not None:  # a list's digest: the statement's message, as if mailed alone
        hints.title = SUBJECT_TAGS.sub("", chosen.subject or "").strip() or None
        hints.date_text = chosen.date
    hints.release = release_date(lines)
    marks = [i for i in range(len(lines)) if _is_forward(lines, i)]
    trail = _answered_quote(lines, marks)
    if trail is not None:  # the statement is the reply's own text; the quote it answers goes
        for line in lines[trail:]:
            if line.text:
                why = ("reply attribution" if line.no == lines[trail].no else
                       "the quoted message the reply answers")
                report.remove(line.no, f"e-mail: {why}", line.text)
                line.text = ""
        marks = [i for i in marks if i < trail]
    # forwards nest ("Fwd: FW:"): the innermost message is the statement's; everything above
    # its marker is the forwarders' notes and the outer messages' headers
    forward = marks[-1] if marks else None
    quoted = [i for i, line in enumerate(lines) if line.text.startswith(">")]
    start = 0
    if forward is not None:
        start = forward + 1
        hints.forwarded = True
        marker = lines[forward].text.lstrip("> ").strip()
        if find_date(marker):  # "On Sun, 3 Mar 2024 at 09:12, X wrote:": the original's date
            hints.date_text = marker
        for line in lines[:forward + 1]:
            if line.text:
                bare = line.text.lstrip("> ").strip()
                why = ("forward marker" if _FORWARD.match(bare) else
                       "forwarded message header" if _HEADER.match(bare) else
                       "the forwarder's note")
                report.remove(line.no, f"e-mail: {why}", line.text)
                line.text = ""
        # the forwarded message's own headers, maybe after quoting markers
        j = start
        sent: str | None = None
        forwarding = False  # that message forwards the statement itself ("Subject: Fwd: …")
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
                forwarding = bool(_FORWARD_TAG.match(value))
            if field in ("date", "sent"):
                sent = value
            report.remove(lines[j].no, "e-mail: forwarded message header", lines[j].text)
            lines[j].text = ""
            j += 1
        _interjections(lines, forward, marker, report)
        if sent and not forwarding:
            hints.date_text = sent
        elif sent:
            report.notes.append(f"e-mail: the innermost message ({sent}) forwards the statement "
                                "itself: its date is the forward's, not the statement's")
    elif quoted and len(quoted) >= 3:
        first = quoted[0]
        for line in lines[:first]:
            if line.text:
                report.remove(line.no, "e-mail: the sender's note above the quoted message",
                              line.text)
                line.text = ""
    _note_signed_off(lines, start, report)
    in_signature = False
    depth_of_sig = 0
    blank_before = False
    numbered = 0  # the number of the last numbered item above ("4. Gulf …")
    for line in lines:
        if not line.text and not in_signature:
            continue
        depth = len(re.match(r"^(?:>\s?)*", line.text).group(0).replace(" ", ""))
        body = re.sub(r"^(?:>\s?)+", "", line.text).strip()
        if in_signature and line.text and (depth != depth_of_sig or (
                blank_before and opens_signers(body, sign_offs=False)) or
                _continues(body, numbered)):
            # a line saying who signs after a blank line under the sender's card: the
            # statement's own signers, set after the card, not the card; the next item of
            # the list the delimiter cut ("4. …" / "-- " / a list's footer / "5. …")
            in_signature = False
        blank_before = not line.text
        if not in_signature and _ITEM_NUMBER.match(body):
            numbered = int(_ITEM_NUMBER.match(body).group(1))
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
            _drop_sender_card(lines, lines.index(line) + 1, report)
            continue
        if depth:
            if body:
                report.alter(line.no, "e-mail quoting marker '>' removed", body)
            line.text = body
    _drop_disclaimer(lines, report)
    return lines, hints


# a numbered list's item ("5. Association of …", "(5) …")
_ITEM_NUMBER = re.compile(r"^\(?(\d{1,3})[.)]\s+\S")


def _continues(body: str, numbered: int) -> bool:
    """A line numbered next after the last numbered item above the signature delimiter ("4.
    Gulf …" / "-- " / a mailing list's footer / "5. Association of …"): the list goes on (a
    forwarded page's second sheet), the delimiter's block was a footer set inside it."""
    item = _ITEM_NUMBER.match(body)
    return bool(numbered and item and int(item.group(1)) == numbered + 1)


def _drop_sender_card(lines: list[Line], start: int, report: Report) -> None:
    """The sender's own card right after a "Sent from my ..." line (name, organisation, phone:
    two to five short lines, none a sentence): the mail's end, not the statement's signers."""
    i = start
    while i < len(lines) and not lines[i].text:
        i += 1
    card = []
    while i < len(lines) and lines[i].text:
        card.append(lines[i])
        i += 1
    if not 2 <= len(card) <= 5 or any(line.text.startswith(">") for line in card):
        return
    if any(len(line.text.split()) > 8 or re.search(r"[a-z][.!?]$", line.text)
           for line in card):
        return
    for line in card:
        report.remove(line.no, "e-mail: the sender's card after 'Sent from'", line.text)
        line.text = ""


def _drop_disclaimer(lines: list[Line], report: Report) -> None:
    """A message's last paragraph that is a legal disclaimer ("This e-mail and any attachments
    are confidential ... please notify the sender"): three of its terms, at most six lines."""
    content = [i for i, line in enumerate(lines) if line.text]
    if not content:
        return
    end = content[-1]
    start = end
    while start - 1 >= 0 and lines[start - 1].text:
        start -= 1
    text = " ".join(line.text for line in lines[start:end + 1])
    if end - start < 6 and len(set(m.lower() for m in _DISCLAIMER.findall(text))) >= 3:
        for line in lines[start:end + 1]:
            report.remove(line.no, "e-mail: legal disclaimer", line.text)
            line.text = ""
