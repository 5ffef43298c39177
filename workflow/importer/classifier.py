"""The block classifier: is each block the statement, or site furniture?

Decided from evidence that holds on any site (workflow.importer.features), weighed with the
block's position relative to the *body* — the densest contiguous run of prose, found as the
maximum-sum run of per-block prose values (Kadane), split at comment threads and end marks —
and with repetition within the page and across earlier imports (lines their reports removed).

Before the body: the title (chosen by shape and nearness to the body, or by the page's own
metadata: ``<h1>``/``og:title``, an e-mail's subject) and the statement's subtitle are kept;
site name, tagline, menus, bylines and date lines go. After the body: the signature block and
footnotes are kept; comment threads, related links, sign-up prompts and legal footers go. Inside
the body only blocks with strong furniture evidence go (captions, "Read more:", ads).

Every decision keeps its score and evidence, for the report and ``dossier import --explain``.
"""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass, field
from functools import lru_cache

from workflow.importer.features import Features, is_emoji, measure, script_of
from workflow.importer.lexicon import (
    COMMENT_ZONE,
    END_MARKS,
    EXPERTS_LABEL,
    SIGN_LABEL,
)
from workflow.importer.metadata import (
    date_line,
    find_date,
    is_organisation,
    is_person,
    name_run,
)
from workflow.importer.text import (
    SMALL_WORDS,
    Line,
    ends_terminal,
    list_marker,
    starts_lower,
    words,
)

UNSURE = 0.75  # decisions this close to the threshold are flagged for a human
_BULLET = re.compile(r"^(?:[-*+•·▪◦‣]|\d{1,3}[.)]|[a-z][.)])\s+")
# a photo's credit line ("Getty Images", "Stringer/Reuters", "Photo: X", "© AFP")
_PHOTO_CREDIT = re.compile(r"^(?:[\w .'-]+/)?(?:getty images|reuters|afp|ap|epa|anadolu|"
                           r"shutterstock|alamy|afp via getty images|ap photo)$|^©\s*\w|"
                           r"^(?:photo(?:graph)?|image|picture|credit)s?\s*(?::|by\b)",
                           re.IGNORECASE)
_SALUTATION = re.compile(r"^(?:dear\b[^.!?]{0,60}|(?:your )?excellenc(?:y|ies)|to whom it may "
                         r"concern|(?:mr\.?|madam) (?:president|chair)[^.!?]{0,30}|"
                         r"distinguished [^.!?]{1,40}|honou?rable [^.!?]{1,40})[,:]?$",
                         re.IGNORECASE)
_POINTS_ON = re.compile(r"\b(?:below|the following (?:statement|text|letter|appeal)|"
                        r"(?:this|today's) (?:issue|edition))\b", re.IGNORECASE)
# an editor greeting the readers ("Hello friends —", "Hi all,", "Dear readers,")
_GREETING = re.compile(r"^(?:hello|hi|hey|greetings|good (?:morning|afternoon|evening)|"
                       r"dear (?:friends|readers|subscribers|all|members|colleagues))\b",
                       re.IGNORECASE)
_ADDRESSEE = re.compile(r"^(?:to|attn|attention|cc)\s*:", re.IGNORECASE)
_LABEL_PREFIX = re.compile(r"^(?:[a-z0-9_]+[._][a-z0-9_.]+\s+)?(?:[^\w\s\"'“‘(]++\s*)*+"
                           r"[A-Z]{3,}(?:\s+[A-Z]{3,})?\s*(?:[|·]|[^\w\s\"'“‘(,.;:!?-]{1,3})"
                           r"\s+(?=[\w\"“‘])")
_SYMBOL_BULLET = re.compile(r"^[*+•·▪◦‣]\s+")
_NOTE_MARK = re.compile(r"^(?:[¹²³⁴⁵⁶⁷⁸⁹⁰]+|\[\d{1,3}\])\s*\S")  # a footnote, never a signer
_FOOTNOTE = re.compile(r"^(?:\d{1,3}(?![.)\d])\s|[¹²³⁴⁵⁶⁷⁸⁹⁰]+\s*|\[\d{1,3}\]\s*|\*\s*)\S")
_BYLINE = re.compile(r"^(?:by|from|written by|posted by|author:?)\s+\S", re.IGNORECASE)
_UPDATED = re.compile(r"\b(?:updated|modified|last edited|edited)\b", re.IGNORECASE)


@dataclass
class Decision:
    """What the classifier made of one non-blank line."""

    index: int
    keep: bool
    score: float
    zone: str
    reason: str
    evidence: list[str] = field(default_factory=list)
    role: str = ""  # title, subtitle, signature, footnote, heading

    @property
    def unsure(self) -> bool:
        return abs(self.score) < UNSURE and self.role not in ("title", "signature")

    def explain(self) -> str:
        why = "; ".join(self.evidence) or "no furniture evidence"
        return f"{self.reason} ({why}; score {self.score:+.1f})"


@dataclass
class PageHints:
    """What the page's format says itself (HTML metadata, an e-mail's headers)."""

    title: str | None = None
    removed_before: frozenset[str] = frozenset()  # keys of lines earlier imports removed
    barriers_after: tuple[int, ...] = ()  # raw line numbers where a comment thread began
    related_after: tuple[int, ...] = ()  # raw line numbers where a related-links block began
    messages: frozenset[int] = frozenset()  # raw line numbers where a chat message begins
    site_names: frozenset[str] = frozenset()  # the site's names, lowercased (never a title)
    running: tuple[str, ...] = ()  # a PDF's running headers and footers (they echo the title)
    title_why: str = ""  # why the title chooser chose its line (for the report)


@dataclass
class Classified:
    decisions: dict[int, Decision]
    title: int | None
    body: tuple[int, int] | None
    title_lines: list[int] = field(default_factory=list)  # a title wrapped over lines
    dates: list[tuple[int, str]] = field(default_factory=list)  # (index, above/under/after)


@lru_cache(maxsize=65536)
def key(text: str) -> str:
    """A line's identity for repetition: its words, lowercased, numbers as 0."""
    return " ".join(words(_DIGITS.sub("0", text.lower())))


_DIGITS = re.compile(r"\d+")


def label_end(text: str) -> int:
    """Where a post's label before its headline ends ("THREAD 🧵 ", "STATEMENT | ", with the
    account's handle before it: "hengaw.rights 🔴 STATEMENT | "); 0 when there is none. A
    label with a colon ("URGENT: …") is part of the headline."""
    found = _LABEL_PREFIX.match(text)
    return found.end() if found and len(words(text[found.end():])) >= 3 else 0


def bare(text: str) -> str:
    """The text without a list marker, leading emoji, post label or quoting marker, for
    measuring."""
    out = text.lstrip("> ").strip() if text.startswith(">") else text
    out = out[label_end(out):]
    out = _BULLET.sub("", out)
    while out and (is_emoji(out[0]) or out[0] in "\ufe0f\u200d"):
        out = out[1:].lstrip()
    return out or text


def classify_lines(lines: list[Line], hints: PageHints | None = None) -> Classified:
    """Decide every non-blank line of a page."""
    hints = hints or PageHints()
    content = [i for i, line in enumerate(lines) if line.text]
    if not content:
        return Classified({}, None, None)
    feats = {i: measure(bare(lines[i].text)) for i in content}
    _runs(lines, content, feats)
    counts: dict[str, int] = {}
    for i in content:
        counts[key(lines[i].text)] = counts.get(key(lines[i].text), 0) + 1
    repeat = {i: _repetition(i, lines, feats, counts, hints) for i in content}
    _short_runs(lines, content, feats, repeat)
    barriers = [i for i in content if _barrier(lines[i].text)
                and not _footnote_rule(lines, content, i)]
    for no in hints.barriers_after:  # a thread whose opening line a header rule removed
        first = next((i for i in content if lines[i].no > no), None)
        if first is not None and first not in barriers:
            barriers.append(first)
    barriers.sort()
    related = {i for no in hints.related_after
               if (i := next((i for i in content if lines[i].no > no), None)) is not None}
    values = {i: _value(feats[i], repeat[i][0], lines[i]) for i in content}
    body = _body(content, values, sorted(set(barriers) | related),
                 lambda i: _barrier(lines[i].text))
    if body is not None:
        a, b = body
        inside = [i for i in content if a <= i <= b]
        first_prose = next((i for i in inside if feats[i].prose), a)
        body = (first_prose, b)
    if body is None:
        return Classified({i: Decision(i, True, 0.0, "page", "kept: no body found")
                           for i in content}, None, None)
    notes: set[int] = set()
    a, b = _preamble(lines, content, feats, body, notes)
    b = _extend(content, feats, repeat, b, barriers, related)
    b = _signed_off(lines, content, feats, a, b)
    body = (a, b)
    in_runs = {i for i in content if any(w.startswith("run of") for w in repeat[i][1])}
    from workflow.importer.titles import choose_title, wrapped_title

    title = choose_title(lines, content, feats, a, hints, in_runs)
    if title is not None:  # a title repeated: the first copy is the title, the rest repeats
        same = [i for i in content if key(lines[i].text) == key(lines[title].text)
                and i <= title]
        title = min(same)
    title_key = key(lines[title].text) if title is not None else None
    title_lines = wrapped_title(lines, content, feats, title) if title is not None else []
    title = title_lines[0] if title_lines else title
    decisions: dict[int, Decision] = {}
    after_barrier = next((x for x in barriers if x > b), None)
    if after_barrier is not None and not _barrier(lines[after_barrier].text):
        after_barrier = max(after_barrier - 1, b + 1)
    signature = _signature_block(lines, content, feats, b, after_barrier, repeat)
    ended = teasers = False
    for i in content:
        if i != title and title_key and key(lines[i].text) == title_key and \
                i not in signature:
            decisions[i] = Decision(i, True, 1.0, "title", "a copy of the title (the title rule "
                                    "removes it)", [], "title")
            continue
        decision = _decide(i, lines, content, feats, repeat[i], a, b, title, signature,
                           after_barrier)
        if i in notes and i != title:
            decision = Decision(i, False, -1.0, "header", "a note before the statement, "
                                "pointing on to it", decision.evidence)
        if signature and i > max(signature) and decision.keep and decision.role != "footnote":
            decision = Decision(i, False, min(decision.score - 3.0, -0.8), "after",
                                "after the signature block", decision.evidence)
        if i > b and ended and decision.keep and decision.role != "footnote" and \
                i not in signature:
            decision = Decision(i, False, min(decision.score - 3.0, -0.8), "after",
                                "after the furniture that follows the body",
                                decision.evidence)
        if i > b and not decision.keep:
            ended = True
        f = feats[i]
        if teasers and decision.keep and decision.role in ("", "heading") and not f.prose \
                and not f.terminal and f.words <= 16:
            decision = Decision(i, False, -1.0, decision.zone, "headline under a furniture "
                                "label (related links)", decision.evidence)
        elif f.prose or decision.role in ("signature", "title"):
            teasers = False
        if not decision.keep and f.words <= 5 and any(e.startswith("lexicon") for e in
                                                      decision.evidence):
            teasers = True
        decisions[i] = decision
    if title is not None and hints.title_why:
        decisions[title].reason = f"title: {hints.title_why}"
    for i in title_lines[1:]:
        decisions[i] = Decision(i, True, 3.0, "title", "title (continued)", [], "title")
    _letterhead(lines, content, feats, title, decisions)
    _follow_heads(lines, content, decisions)
    from workflow.importer.dating import date_lines

    dates = date_lines(lines, content, feats, (a, b), title, signature, after_barrier)
    return Classified(decisions, title, body, title_lines, dates)


def _follow_heads(lines: list[Line], content: list[int], decisions: dict[int, Decision]) -> None:
    """A line that only continues the one right above it (a wrapped bullet, a footnote's second
    line) shares that line's fate: kept with it, or removed with it."""
    for prev, i in zip(content, content[1:], strict=False):
        head, here = decisions[prev], decisions[i]
        if i != prev + 1 or ends_terminal(lines[prev].text) or here.role == "title":
            continue
        if here.reason == "continues the line above" and not head.keep:
            decisions[i] = Decision(i, False, -1.0, here.zone, "continues a removed line",
                                    here.evidence)
        elif head.role == "footnote" and not here.keep and not _FOOTNOTE.match(lines[i].text):
            decisions[i] = Decision(i, True, 1.0, "footnote", "footnote (continued)",
                                    here.evidence, "footnote")


def _runs(lines: list[Line], content: list[int], feats: dict[int, Features]) -> None:
    """Hard-wrapped prose (a PDF's, an e-mail's): each line of a run of lines that continue one
    another is measured as the sentence-likeness of the whole run."""
    from workflow.importer.reflow import detect_wrapped

    long = sorted(len(lines[i].text) for i in content if feats[i].words >= 8)
    width = long[len(long) // 2] if long else 0
    reach = 2 if detect_wrapped(lines) else 1  # a blank after every printed line, or none
    run: list[int] = []

    def close() -> None:
        if len(run) > 1:
            whole = measure(" ".join(bare(lines[i].text) for i in run))
            for i in run:
                feats[i].sentence = max(feats[i].sentence, whole.sentence)
                feats[i].wrapped = True
        run.clear()

    for i in content:
        if run and i <= run[-1] + reach and feats[i].hard < 1.0 and \
                feats[run[-1]].hard < 1.0 and \
                _wraps_into(lines[run[-1]].text, lines[i].text, width):
            run.append(i)
            continue
        close()
        run.append(i)
    close()


def _wraps_into(prev: str, nxt: str, width: int) -> bool:
    if script_of(prev) != script_of(nxt):
        return False
    if ends_terminal(prev) and not starts_lower(nxt):
        return False
    if starts_lower(nxt) or nxt[:1] in ",;:)":
        return True
    return bool(width) and len(prev) >= 0.75 * width and not ends_terminal(prev)


def _repetition(i: int, lines: list[Line], feats: dict[int, Features], counts: dict[str, int],
                hints: PageHints) -> tuple[float, list[str]]:
    k = key(lines[i].text)
    points, why = 0.0, []
    if counts.get(k, 0) >= 2 and not feats[i].prose and k:
        points += 1.5
        why.append(f"repeated on the page ({counts[k]} times)")
    if k and k in hints.removed_before:
        points += 2.5
        why.append("removed from an earlier import")
    return points, why


_FOOTER = re.compile(r"^(?:copyright\b|©|\(c\)\s*\d{4})|\ball rights reserved\b", re.IGNORECASE)


def _short_runs(lines: list[Line], content: list[int], feats: dict[int, Features],
                repeat: dict[int, tuple[float, list[str]]], least: int = 4) -> None:
    """Runs of short lines that are neither sentences nor list items (menus, footers, tag
    clouds): each line of a run of ``least`` or more gets furniture evidence. Kept apart from a
    line's own evidence, so that a signature block (a run of names) can still be recognised."""
    run: list[int] = []

    def close() -> None:
        if len(run) >= least:
            for i in run:
                points, why = repeat[i]
                repeat[i] = (points + 1.0, [*why, f"run of {len(run)} short lines"])
        run.clear()

    for i in content:
        f = feats[i]
        short = f.words <= 4 and not f.terminal and not list_marker(lines[i].text) \
            and not lines[i].kind
        if short and (not run or i <= run[-1] + 2):
            run.append(i)
            continue
        close()
        if short:
            run.append(i)
    close()


_SENDERS = re.compile(r"^(?:from|senders?|submitted by|(?:a )?joint (?:letter|submission) "
                      r"(?:by|from))\s*:?$", re.IGNORECASE)


def _letterhead(lines: list[Line], content: list[int], feats: dict[int, Features],
                title: int | None, decisions: dict[int, Decision]) -> None:
    """A letter that names its senders above it ("From:" and one organisation a line, before
    the title): they are its signers, kept for the signature block; the label goes."""
    if title is None:
        return
    above = [i for i in content if i < title]
    for pos, i in enumerate(above):
        if not (_SENDERS.match(bare(lines[i].text).strip()) or
                SIGN_LABEL.match(bare(lines[i].text).strip())):
            continue
        names: list[int] = []
        for j in above[pos + 1:]:
            if j != (names[-1] if names else i) + 1 or \
                    not _name_like(bare(lines[j].text), feats[j]):
                break
            names.append(j)
        if len(names) >= 2 and any(is_organisation(bare(lines[j].text)) for j in names):
            decisions[i] = Decision(i, False, -1.0, "header", "label of the signers named above "
                                    "the letter", decisions[i].evidence)
            for j in names:
                decisions[j] = Decision(j, True, 2.0, "signature", "signer named above the "
                                        "letter", decisions[j].evidence, "signature")
        return


def _footnote_rule(lines: list[Line], content: list[int], i: int) -> bool:
    """A short rule with footnotes under it (a PDF page's foot), not an end mark."""
    nxt = _after(content, i, 1)
    return bool(re.fullmatch(r"[_\-]{3,40}", lines[i].text.strip())) and bool(nxt) and \
        bool(_FOOTNOTE.match(lines[nxt[0]].text))


def _barrier(text: str) -> bool:
    """A comment thread's opening, an end mark ("ENDS", "###"), a copyright footer."""
    plain = bare(text).strip()
    return bool(COMMENT_ZONE.match(plain) or END_MARKS.match(plain) or
                (_FOOTER.search(plain) and len(words(plain)) <= 20))


def _value(f: Features, repeat: float, line: Line) -> float:
    """A block's weight in the search for the body: prose positive, furniture negative."""
    value = f.sentence - 1.5 - f.furniture - repeat
    if line.kind in ("paragraph", "quote", "list"):
        value += 0.5  # kept by the HTML extractor as article text
    return max(-1.5, min(3.0, value))


def _body(content: list[int], values: dict[int, float], barriers: list[int],
          is_mark=lambda i: True) -> tuple[int, int] | None:
    """The maximum-sum contiguous run of blocks (never across a barrier)."""
    _barrier_line = is_mark
    best: tuple[float, int, int] | None = None
    total, start = 0.0, None
    for i in content:
        if i in barriers:
            total, start = 0.0, None
            if _barrier_line(i):
                continue
        if start is None or total <= 0:
            total, start = 0.0, i
        total += values[i]
        if values[i] > 0 and (best is None or total > best[0]):
            best = (total, start, i)
    if best is None:
        return None
    _, a, b = best
    while values[a] <= 0 and a < b:  # start on prose
        a = next(i for i in content if i > a)
    return a, b


def _extend(content: list[int], feats: dict[int, Features], repeat: dict, b: int,
            barriers: list[int], related: set[int] | frozenset[int] = frozenset(),
            reach: int = 6) -> int:
    """The body goes on past a short interruption (an advertisement, a "Read more" link, a
    related-stories box) when plain prose follows within a few blocks; never past a comment
    thread or an end mark, and past a related-links block only to a long plain paragraph
    (the article goes on; a sign-up pitch or a site's blurb after the links does not)."""
    gap = 0
    for j in content:
        if j <= b:
            continue
        if j in barriers:
            break
        if j in related and not (feats[j].prose and not feats[j].evidence and
                                 not repeat[j][0] and feats[j].words >= 15):
            break
        if feats[j].prose and feats[j].furniture < 1.5 and not repeat[j][0] and \
                feats[j].words >= 10:
            b, gap = j, 0
            continue
        if feats[j].words > 3 or feats[j].furniture >= 1.0:
            gap += 1  # a table's short cells or a lone heading hardly interrupt
        if gap > reach:
            break
    return b


def _signed_off(lines: list[Line], content: list[int], feats: dict[int, Features], a: int,
                b: int) -> int:
    """The statement ends with its signatures: a sign-off label ("Signed,", "Signatories:")
    inside the body followed by names ends the body there (a newsletter's "What you can do"
    after a joint statement is not the statement); the signature block is found after it."""
    inside = [i for i in content if a < i <= b]
    for pos, i in enumerate(inside):
        if not SIGN_LABEL.match(bare(lines[i].text).strip()):
            continue
        names = 0
        for j in inside[pos + 1:]:
            if not _name_like(bare(lines[j].text), feats[j]):
                break
            names += 1
        if names and pos + 1 + names < len(inside):
            return _before(content, i, 1)[0] if _before(content, i, 1) else b
    return b


def _preamble(lines: list[Line], content: list[int], feats: dict[int, Features],
              body: tuple[int, int], notes: set[int]) -> tuple[int, int]:
    """A short note before the statement proper (a newsletter's greeting, a forwarder's line):
    when a headline followed by a date line sits among the body's first blocks, the body
    starts after them. A letter's addressee and subject line before its salutation ("To: …",
    "Open letter: …", "Excellencies,") are not the body either: the subject is its title. Nor
    is an editor's or forwarder's paragraph pointing on to what follows ("the statement
    below") before a heading."""
    a, b = body
    inside = [i for i in content if a <= i <= b]
    greeting = next((pos for pos, i in enumerate(inside[1:6], start=1)
                     if _SALUTATION.match(bare(lines[i].text).strip())), None)
    if greeting is not None and sum(1 for j in inside[:greeting] if feats[j].words > 16) == 0:
        subject = [j for j in inside[:greeting] if heading_shaped(lines[j].text, feats[j])
                   and feats[j].words >= 3 and not _ADDRESSEE.match(lines[j].text)]
        if subject:  # a letter: addressee and subject line before "Excellencies,"
            return inside[greeting], b
    if len(inside) > 2 and _POINTS_ON.search(lines[inside[0]].text) and \
            heading_shaped(lines[inside[1]].text, feats[inside[1]]) and feats[inside[2]].prose:
        notes.add(inside[0])
        return inside[1], b  # "… handing the issue over to the statement below." / a heading
    if len(inside) > 2 and _POINTS_ON.search(lines[inside[0]].text) and \
            _GREETING.match(bare(lines[inside[0]].text)) and feats[inside[1]].prose and \
            feats[inside[0]].words <= 60:
        notes.add(inside[0])
        return inside[1], b  # "Hello friends — this week we share ... The roundup is below."
    for pos, i in enumerate(inside[1:6], start=1):
        before = inside[:pos]
        if sum(1 for j in before if feats[j].prose) > 2:
            break
        if not (heading_shaped(lines[i].text, feats[i]) and feats[i].words >= 3):
            continue
        nxt = inside[pos + 1: pos + 3]
        dated = [j for j in nxt if find_date(lines[j].text) and feats[j].words <= 8
                 and not feats[j].terminal]
        if dated:
            rest = [j for j in inside if j > dated[0]]
            if rest and any(feats[j].prose for j in rest[:2]):
                return rest[0], b
    return a, b


def heading_shaped(text: str, f: Features, least: int = 2) -> bool:
    """Could be a title or heading: a few words, no sentence-final full stop, not furniture."""
    text = bare(text)
    if not least <= f.words <= 30 or f.hard >= 1.0 or f.soft > 1.0:
        return False
    if text.rstrip().endswith((".", ",", ";")) and not text.rstrip().endswith("..."):
        return False
    if starts_lower(text) or _BYLINE.match(text) or date_line(text):
        return False
    first = text.lstrip("“‘\"'([¿¡")[:1]
    return bool(first) and (first.isupper() or first.isdigit() or not first.isascii())


def _byline(text: str) -> bool:
    """An author line: "By X", a bare name of two to four words, or a name with a role."""
    text = bare(text)
    ws = words(text)
    if _BYLINE.match(text) or (is_person(text) and len(ws) <= 4 and not text.isupper()
                               and not any(w.lower() in SMALL_WORDS for w in ws)):
        return True
    return bool(re.search(r"\b(?:correspondent|reporter|editor|writer|contributor|columnist|"
                          r"staff|author)\b", text, re.IGNORECASE)) and len(words(text)) <= 8


def _signature_block(lines: list[Line], content: list[int], feats: dict[int, Features], b: int,
                     stop: int | None, repeat: dict) -> set[int]:
    """Lines right after the body that name signers (or a place and date), with their label.
    A line an earlier import removed, or one repeated after the body (a footer), is no signer."""
    block: set[int] = set()
    after = [key(lines[i].text) for i in content if i > b]
    for i in content:
        if i <= b or (stop is not None and i >= stop):
            continue
        text = bare(lines[i].text).strip()
        f = feats[i]
        if block and (_footnote_rule(lines, content, i) or (
                _FOOTNOTE.match(lines[i].text) and f.terminal and f.words >= 4)):
            continue  # a page's footnotes between the names on one page and the next
        if any("earlier import" in why for why in repeat[i][1]) or \
                after.count(key(lines[i].text)) > 1 or _NOTE_MARK.match(lines[i].text):
            break
        nxt = _after(content, i, 1)
        if not SIGN_LABEL.match(text) and (lines[i].kind == "heading" or (
                nxt and feats[nxt[0]].prose and feats[nxt[0]].words >= 12 and
                not is_organisation(text) and not is_person(text) and not date_line(text))):
            break  # a heading over more prose ("What you can do"), not a signer
        if SIGN_LABEL.match(text) or date_line(text) or _name_like(text, f) or \
                (f.furniture < 1.0 and name_run(text.lstrip("—–- "))) or \
                (find_date(text) and f.words <= 10 and not f.terminal):
            block.add(i)
            continue
        break
    strong = [i for i in block if SIGN_LABEL.match(bare(lines[i].text).strip()) or
              name_run(bare(lines[i].text).lstrip("—–- ")) or
              find_date(lines[i].text) or is_organisation(bare(lines[i].text)) or
              is_person(bare(lines[i].text))]
    if not strong:
        return set()  # short capitalised lines, but nobody signing: a table, a list of links
    if block:  # the same name in another script just above the first (a Persian form)
        first = min(block)
        above = [i for i in content if i < first][-1:]
        if above and above[0] >= first - 2 and \
                script_of(lines[above[0]].text) != script_of(lines[first].text) and \
                _name_like(bare(lines[above[0]].text), feats[above[0]]):
            block.add(above[0])
    return block


def _name_like(text: str, f: Features) -> bool:
    """A signature line: an organisation or a person, maybe with a role, no sentence."""
    if f.furniture >= 1.0 or f.words > 16 or not f.words:
        return False
    if re.search(r"\w: \w", text):
        return False  # a label and its value ("country page: Iran"), not a name
    if is_organisation(text) or is_person(text):
        return True
    if ends_terminal(text) and not text.endswith(")"):
        return False
    first = text[:1]
    return (first.isupper() or not first.isascii()) and f.words <= 12


def _decide(i: int, lines: list[Line], content: list[int], feats: dict[int, Features],
            repeat: tuple[float, list[str]], a: int, b: int, title: int | None,
            signature: set[int], after_barrier: int | None) -> Decision:
    line = lines[i]
    f = feats[i]
    rep, rep_why = repeat
    evidence = list(f.evidence) + rep_why
    furniture = f.furniture + rep
    if i == title:
        return Decision(i, True, 3.0, "title", "title", evidence, "title")
    if title is not None and i < title:
        if _defer(line.text):
            return Decision(i, True, 1.0, "header", "left to the header rules", evidence)
        score = f.sentence - furniture - 2.5
        return Decision(i, False, min(score, -1.0), "header",
                        "site header above the title", evidence)
    if i < a:
        return _before_body(i, lines, content, feats, evidence, furniture, title)
    if i in signature:
        return Decision(i, True, 2.0, "signature", "signature block after the body", evidence,
                        "signature")
    if i <= b:
        score = f.sentence - furniture + 2.0
        role = ""
        if furniture < 1.0 and heading_shaped(line.text, f, 1) and \
                _prose_after(i, content, feats):
            score += 2.0
            role = "heading"
        if f.prose and key(line.text) and rep_why and "removed" not in rep_why[0]:
            score = f.sentence - 1.0  # a prose line repeated: kept (the copy is a rule's job)
        keep = score >= 0
        return Decision(i, keep, score, "body", "in the body" if keep else
                        "furniture inside the body", evidence, role)
    if after_barrier is not None and i >= after_barrier:
        zone = "after a comment thread or end mark"
        return Decision(i, False, min(f.sentence - furniture - 3.0, -1.0), "after", zone,
                        evidence)
    text = bare(line.text)
    nxt = _after(content, i, 1)
    wrapped_note = bool(nxt) and nxt[0] == i + 1 and not f.terminal and \
        ends_terminal(lines[nxt[0]].text) and not _FOOTNOTE.match(lines[nxt[0]].text)
    prev = _before(content, i, 1)
    in_notes = bool(prev) and bool(_FOOTNOTE.match(lines[prev[-1]].text)) and f.terminal
    if _FOOTNOTE.match(line.text) and f.words >= 4 and \
            (furniture < 2.0 or (in_notes and furniture < 3.5)) and \
            (f.terminal or f.words >= 8 or wrapped_note):
        return Decision(i, True, 1.0, "footnote", "footnote after the body", evidence,
                        "footnote")
    score = f.sentence - furniture - 2.5
    if f.prose and _continues_text(text):
        score += 1.0
    keep = score >= 0
    return Decision(i, keep, score, "after", "prose after the body" if keep else
                    "after the body", evidence)


def _before_body(i: int, lines: list[Line], content: list[int], feats: dict[int, Features],
                 evidence: list[str], furniture: float, title: int | None) -> Decision:
    """Between the title and the body: subtitle kept; bylines, dates, buttons go."""
    f = feats[i]
    text = lines[i].text
    prev = _before(content, i, 1)
    if title is not None and prev and prev[-1] == title and heading_shaped(text, f) \
            and furniture - f.soft < 1.0 and not find_date(text) and not _byline(text):
        return Decision(i, True, 1.0, "header", "subtitle under the title", evidence,
                        "subtitle")
    if starts_lower(text) and prev and prev[-1] >= i - 2 and furniture < 1.0:
        return Decision(i, True, 1.0, "header", "continues the line above", evidence)
    nxt = _after(content, i, 1)
    if nxt and nxt[0] >= 0 and furniture < 1.0 and heading_shaped(text, f, 1) and \
            _prose_after(i, content, feats) and not find_date(text) and \
            (f.words >= 2 or list_marker(text)):
        return Decision(i, True, 1.0, "header", "heading above the body", evidence, "heading")
    if find_date(text) and f.words <= 14:
        tag = "updated-date" if _UPDATED.search(text) else "date"
        return Decision(i, False, -1.5, "header", f"{tag}/byline line between the title and "
                        "the body (metadata)", evidence)
    score = f.sentence - furniture - 2.0
    if f.prose and furniture == 0:
        score = max(score, 0.5)  # a lead sentence before the body proper: kept, flagged
    keep = score >= 0
    return Decision(i, keep, score, "header", "prose before the body" if keep else
                    "between the title and the body", evidence)


def _after(content: list[int], i: int, n: int) -> list[int]:
    """The n content lines after line index i (content is sorted: bisect, not a scan)."""
    k = bisect.bisect_right(content, i)
    return content[k:k + n]


def _before(content: list[int], i: int, n: int) -> list[int]:
    k = bisect.bisect_left(content, i)
    return content[max(k - n, 0):k]


def _prose_after(i: int, content: list[int], feats: dict[int, Features]) -> bool:
    later = _after(content, i, 2)
    return any(feats[j].prose or feats[j].words >= 12 for j in later)


def _continues_text(text: str) -> bool:
    return bool(text) and not text[:1].islower()


def _defer(text: str) -> bool:
    """Lines the older header rules name more precisely (page-header dates, breadcrumbs glued
    to a truncated title): the classifier leaves them to those rules."""
    from workflow.importer.metadata import parse_date

    return bool(parse_date(text, whole=True, allow_weekday=True)) or \
        text.rstrip().endswith(("...", "…"))


def experts_line(text: str) -> bool:
    return bool(EXPERTS_LABEL.match(text))


def is_list_item(text: str) -> bool:
    return bool(list_marker(text))
