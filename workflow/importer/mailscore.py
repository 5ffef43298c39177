"""Which of several e-mail messages (a mailbox's, a digest's) carries the statement.

A list's mailbox or digest holds the statement among the list's own traffic: a reminder of the
list's rules, a call's logistics, short replies that quote a line of the statement. Each
message is scored by the evidence of a statement in its own text (not what it quotes):

- substance prose: the words of its long sentences;
- demands ("We call on …", "… urge …"), a signers' label or an endorsement sentence;
- a headline: a one-line paragraph, no sentence, opening the text above its prose;
- a subject or opening that names a statement ("STATEMENT:", "Press release", "Joint letter");

against the evidence of list administration: the list's own words (reminders, guidelines,
dial-in, agenda, delivery options), a reply's marks (``Re:``, ``In-Reply-To``, a quote). The
original outranks a reply that quotes part of it: a reply's quoted lines weigh little, and a
reply to another message of the same set loses a share of its score. The evidence is given as
reasons, for the report.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from workflow.importer.lexicon import furniture_hits
from workflow.importer.signer_labels import opens_signers
from workflow.segment.splitter import split_sentences

LONG_SENTENCE = 12  # words: a sentence of substance, not a line of chat
_QUOTED = re.compile(r"^\s*>")
_ATTRIBUTION = re.compile(r"^\s*(?:on .{6,120}\bwrote:|le .{6,80} a écrit\s*:)\s*$",
                          re.IGNORECASE)
_DEMAND = re.compile(r"\b(?:call(?:s|ed|ing)? (?:on|upon)|urg(?:e|es|ed|ing)|demand(?:s|ed|ing)?|"
                     r"appeal(?:s|ed)? to|must (?:immediately |urgently )?(?:release|end|stop|"
                     r"halt|free|drop|commute|restore|investigate))\b", re.IGNORECASE)
_ENDORSED = re.compile(r"\b(?:(?:endorsed|signed|co-?signed|supported) by|the undersigned|"
                       r"signatories)\b", re.IGNORECASE)
_NAMES_STATEMENT = re.compile(r"\b(?:statement|press release|news release|joint (?:letter|appeal)|"
                              r"open letter|appeal|petition|declaration|communiqu[eé])\b",
                              re.IGNORECASE)
# the list's own business: its rules, its meetings, its delivery
_ADMIN = re.compile(r"\b(?:reminders?|guidelines|list rules|posting rules|moderat(?:or|ors|ion|"
                    r"ed)|dial-?in|agenda|conference call|coordination call|zoom|meeting|"
                    r"delivery options|digest mode|reply-all|off-list|welcome to|"
                    r"rsvp|housekeeping)\b", re.IGNORECASE)
_REPLY_SUBJECT = re.compile(r"^\s*(?:\[[^\]]{1,40}\]\s*)?(?:re|aw|sv|antw)\s*:", re.IGNORECASE)
# a forward's marks: what it quotes is the message it passes on, not a reply's context
_FORWARD = re.compile(r"^\s*(?:-{2,}\s*(?:forwarded|original) message\s*-*|"
                      r"begin forwarded message:?)\s*$", re.IGNORECASE)
_FORWARD_TAG = re.compile(r"^\s*(?:\[[^\]]{1,40}\]\s*)?(?:fwd?|fw|tr|wg|rv|enc)\s*:",
                          re.IGNORECASE)
_HEADLINE_END = re.compile(r"[.,;:!?]$")


@dataclass
class Evidence:
    score: float = 0.0
    reasons: list[str] = field(default_factory=list)

    def add(self, points: float, reason: str) -> None:
        self.score += points
        self.reasons.append(f"{reason} ({points:+.0f})")

    def summary(self) -> str:
        return f"score {self.score:.0f}: " + ", ".join(self.reasons or ["no evidence"])


def _paragraphs(lines: list[str]) -> list[list[str]]:
    found: list[list[str]] = []
    current: list[str] = []
    for line in lines:
        if line.strip():
            current.append(line.strip())
        elif current:
            found.append(current)
            current = []
    if current:
        found.append(current)
    return found


def is_reply(subject: str | None, in_reply_to: str | None = None) -> bool:
    return bool(in_reply_to) or bool(_REPLY_SUBJECT.match(subject or ""))


def statement_evidence(body: str, subject: str | None = None,
                       reply: bool = False) -> Evidence:
    """How much ``body`` (one message's text) looks like a statement rather than the list's
    administration or a reply; its quoted lines count for a quarter (in full in a forward,
    where the quote is the message passed on)."""
    evidence = Evidence()
    lines = body.split("\n")
    own = [line for line in lines if not _QUOTED.match(line) and not _ATTRIBUTION.match(line)]
    quoted = [line.lstrip("> ") for line in lines if _QUOTED.match(line)]
    paragraphs = _paragraphs(own)
    split = [split_sentences(" ".join(p)) for p in paragraphs]
    sentences = [s for found in split for s in found]
    long = [s for s in sentences if len(s.split()) >= LONG_SENTENCE]
    prose = sum(len(s.split()) for s in long)
    if prose:
        evidence.add(prose, f"{len(long)} long sentence(s), {prose} words")
    quoted_prose = sum(len(s.split()) for s in split_sentences(" ".join(quoted))
                       if len(s.split()) >= LONG_SENTENCE)
    forward = _FORWARD_TAG.match(subject or "") or any(_FORWARD.match(ln) for ln in own)
    if quoted_prose and forward:
        evidence.add(quoted_prose, f"{quoted_prose} words of a forwarded message")
    elif quoted_prose:
        evidence.add(quoted_prose / 4, f"{quoted_prose} words quoted from another message")
    demands = sum(1 for s in long if _DEMAND.search(s))
    if demands:
        evidence.add(15 * min(demands, 4), f"{demands} demand(s)")
    if any(opens_signers(p[0], sign_offs=False) for p in paragraphs) or \
            any(_ENDORSED.search(s) for s in sentences):
        evidence.add(25, "signers named")
    first_prose = next((i for i, found in enumerate(split)
                        if any(len(s.split()) >= LONG_SENTENCE for s in found)), None)
    headline = next((p[0] for i, p in enumerate(paragraphs[:4])
                     if first_prose is not None and i < first_prose and len(p) == 1
                     and 4 <= len(p[0].split()) <= 25 and not _HEADLINE_END.search(p[0])
                     and re.search(r"[^\W\d_]", p[0])), None)
    if headline:
        evidence.add(20, f"a headline ({headline[:50]!r})")
    opening = " ".join(p[0] for p in paragraphs[:2])
    if _NAMES_STATEMENT.search(subject or "") or _NAMES_STATEMENT.search(opening):
        evidence.add(15, "names itself a statement")
    admin = _ADMIN.findall(" ".join([subject or "", *own]))
    if admin:
        named = ", ".join(sorted({a.lower() for a in admin}))
        evidence.add(-20 * min(len(admin), 5), f"the list's own business ({named})")
    chrome = [hit for hit in furniture_hits(" ".join(own)) if hit not in ("reply", "replies")]
    if chrome and prose < 100:
        evidence.add(-5 * min(len(chrome), 6), f"furniture words ({', '.join(chrome[:4])})")
    if reply:
        evidence.add(-20, "a reply")
    return evidence


@dataclass
class Candidate:
    number: int  # its place in the set, from 1
    subject: str | None
    evidence: Evidence
    message_id: str | None = None
    in_reply_to: str | None = None


def _bare_subject(subject: str | None) -> str:
    text = re.sub(r"^(?:\s*(?:re|aw|sv|antw|fwd?|fw)\s*:\s*|\s*\[[^\]]{1,40}\]\s*)+", "",
                  subject or "", flags=re.IGNORECASE)
    return " ".join(text.lower().split())


def prefer_originals(candidates: list[Candidate]) -> None:
    """A reply to another message of the set (by ``In-Reply-To``, or by a ``Re:`` of its
    subject) loses half its score: the original it answers is the statement, not the reply."""
    for reply in candidates:
        original = next((c for c in candidates if c is not reply and (
            (reply.in_reply_to and c.message_id and c.message_id in reply.in_reply_to) or (
                _REPLY_SUBJECT.match(reply.subject or "") and
                not _REPLY_SUBJECT.match(c.subject or "") and
                _bare_subject(c.subject) == _bare_subject(reply.subject)))), None)
        if original is not None and reply.evidence.score > 0:
            reply.evidence.add(-reply.evidence.score / 2,
                               f"answers message {original.number}")


def choose(candidates: list[Candidate]) -> Candidate:
    """The candidate with the most evidence of a statement; the first among equals."""
    return max(candidates, key=lambda c: (c.evidence.score, -c.number))
