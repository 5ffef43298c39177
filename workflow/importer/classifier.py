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

from workflow.importer.chat import ChatSpan
from workflow.importer.features import (
    SPONSOR_MARK,
    Features,
    measure,
    offer_signals,
    script_of,
    without_leading_emoji,
)
from workflow.importer.lexicon import (
    COMMENT_ZONE,
    END_MARKS,
    EXPERTS_LABEL,
    ISSUE_TURN,
    ISSUE_TURN_GLUED,
    SIGN_LABEL,
    VALEDICTION,
    WEAK,
)
from workflow.importer.metadata import (
    date_line,
    find_date,
    is_organisation,
    is_person,
    name_run,
    stamp_line,
)
from workflow.importer.signatory_names import capital_start, name_shape
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
                        r"(?:this|today's|this week's|this month's|the whole|the entire) "
                        r"(?:issue|edition|letter|newsletter))\b", re.IGNORECASE)
# an editor greeting the readers ("Hello friends —", "Hi all,", "Dear readers,")
# a paragraph the site labels as its own note ("Editor's note: a reader sent us …",
# "Note from the editors — this post was updated …")
_EDITOR_NOTE = re.compile(r"^\W{0,3}(?:(?:a )?note from the (?:editors?|publishers?)|"
                          r"(?:editor|editors|publisher|moderator|blogger|admin)(?:['’]s|s['’]|"
                          r"['’])? note)\s*[:—–-]", re.IGNORECASE)
# a line labelled as what a page sets round its text: "Caption: …", "[Audio-visual] Watch …",
# "CONFIDENTIALITY NOTICE: …", "Photo credit: …", "Reklam — …"; or an instruction to leave a
# mailing list ("To unsubscribe from our press list reply with REMOVE.")
_LABELLED_FURNITURE = re.compile(
    r"^\W{0,3}(?:(?:photo(?:graph)?|image|picture|cover photo(?:graph)?)?\s*captions?|"
    r"(?:photo(?:graph)?|image|picture)(?:\s+credits?)?|credits?|video|audio(?:-?visual)?|"
    r"podcast|(?:confidentiality|legal|privacy)\s+notice|disclaimer|advertisement|"
    r"sponsored(?:\s+content)?|anzeige|werbung|reklam|publicit[ée]|publicidad|layout|"
    r"(?:graphic\s+)?design|typesetting)\s*"
    r"(?:[:|\]—–]|-\s)|"
    r"^(?:to|if you (?:no longer )?(?:wish|want|would like) to)\s+unsubscribe\b|"
    r"^\W{0,3}(?:photo(?:graph)?s?|images?|pictures?)\s+(?:by|courtesy\s+of)\s|"  # "Photo by …"
    # a document's agenda item ("Agenda item 3: Current issues – Human Dimension")
    r"^\W{0,3}(?:provisional\s+)?agenda\s+items?\s+\d[\w.()]*\s*[:.–—-]|"
    # an invitation to join the signers ("If your collective wants to add its name, write to
    # …", "To add your organisation's name, e-mail …")
    r"^(?:if\s+(?:your|an?)\s+[\w-]+(?:\s+[\w-]+)?\s+(?:wants?|wishes|would\s+like)\s+to|to)\s+"
    r"(?:add|sign)\s+(?:its|your|their|the)\s+(?:own\s+)?(?:names?|organi[sz]ation['’]s\s+name)"
    r"\b.{0,80}\b(?:write|e-?mail|contact|send|fill|reply)\b|"
    # the publisher's terms of reuse: "This briefing may be reproduced with attribution."
    r"^(?:this|the)\s+(?:[\w-]+\s+){0,2}(?:may|can)\s+be\s+(?:freely\s+)?(?:reproduced|"
    r"republished|reprinted|copied|quoted)\b",
    re.IGNORECASE)
_GREETING = re.compile(r"^(?:hello|hi|hey|greetings|good (?:morning|afternoon|evening)|"
                       r"dear (?:friends|readers|subscribers|all|members|colleagues))\b",
                       re.IGNORECASE)
# a poster's or forwarder's note that shares the text below ("I am posting below, with the
# permission of its drafters, a joint appeal ...", "We are sharing the statement below")
_SHARES_BELOW = re.compile(r"\b(?:posting|sharing|forwarding|reproducing|republishing|"
                           r"passing on)\b[^.!?]{0,80}\bbelow\b|"
                           r"\bbelow\b[^.!?]{0,30}\b(?:is|are)\s+"
                           r"(?:re)?(?:posted|shared|reproduced|published)\b|"
                           r"(?:^|[,;.—–]\s*(?:so\s+)?)here it is\b", re.IGNORECASE)  # "…
# asked me to put this somewhere they could link to, so here it is."
# an editor's note signed with a dash ("— Shirin, for the Roya team")
_DASH_SIGNED = re.compile(r"^[—–-]{1,2}\s*[A-Z][\w'’.-]+(?:\s+[A-Z][\w'’.-]+){0,3}"
                          r"(?:,|\s+for\b|\s+on behalf\b|$)")
# a letter's informal sign-off ("With gratitude,", "Warmly,", "Best wishes,")
_SIGN_OFF = re.compile(r"^(?:with (?:gratitude|thanks|love|warm(?:est)? regards|best wishes)|"
                       r"warmly|best(?: wishes| regards)?|kind regards|warm regards|regards|"
                       r"cheers|thank you|thanks)\s*[,.!—–-]?$", re.IGNORECASE)
# an editor's housekeeping before the issue ("Before this week's letter, a reminder: …")
_BEFORE_ISSUE = re.compile(r"^(?:before|ahead of)\s+(?:this|today's|we)\b", re.IGNORECASE)
_ADDRESSEE = re.compile(r"^(?:to|attn|attention|cc)\s*:", re.IGNORECASE)
_LABEL_PREFIX = re.compile(r"^(?:[a-z0-9_]+[._][a-z0-9_.]+\s+)?(?:[^\w\s\"'“‘(]++\s*)*+"
                           r"[A-Z]{3,}(?:\s+[A-Z]{3,})?\s*(?:[|·]|[^\w\s\"'“‘(,.;:!?-]{1,3})"
                           r"\s+(?=[\w\"“‘])")
_SYMBOL_BULLET = re.compile(r"^[*+•·▪◦‣]\s+")
_NOTE_MARK = re.compile(r"^(?:[¹²³⁴⁵⁶⁷⁸⁹⁰]+|\[\d{1,3}\])\s*\S")  # a footnote, never a signer
_FOOTNOTE = re.compile(r"^(?:\d{1,3}(?![.)\d])\s|[¹²³⁴⁵⁶⁷⁸⁹⁰]+\s*|\[\d{1,3}\]\s*|\*\s*)\S")
_BYLINE = re.compile(r"^(?:by|from|written by|posted by|author:?)\s+\S", re.IGNORECASE)
_UPDATED = re.compile(r"\b(?:updated|modified|last edited|edited)\b", re.IGNORECASE)
_CLOCK = re.compile(r"(?<![\d:])\d{1,2}:\d{2}(?::\d{2})?(?![\d:])")  # a post's "9:41 AM"


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
    # a thread's numbered parts ("1/6 …" … "6/6 …"): raw line number -> (part, parts)
    thread_parts: dict[int, tuple[int, int]] = field(default_factory=dict)
    site_names: frozenset[str] = frozenset()  # the site's names, lowercased (never a title)
    authors: tuple[str, ...] = ()  # the people the page's metadata says wrote it (JSON-LD, meta)
    running: tuple[str, ...] = ()  # a PDF's running headers and footers (they echo the title)
    chat: ChatSpan = field(default_factory=ChatSpan)  # a chat export: the chat around the text
    # an HTML page's texts in its headline's <header> besides the headline (keys): its standfirst
    standfirsts: frozenset[str] = frozenset()
    printed: bool = False  # a printed document's text (a PDF's): its subtitle is its own
    page_starts: tuple[int, ...] = ()  # a printed document's pages: where each begins (raw no)
    title_why: str = ""  # why the title chooser chose its line (for the report)
    # the post's own headline when the title is the heading of a statement the post carries
    # under a note (the post's date is under its headline, not the statement's)
    post_headline: int | None = None
    # a thread's first post over the heading of its second (the title): kept, the thread's own
    thread_intro: int | None = None


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
    out = without_leading_emoji(out, keep="©®™℗")
    return out or text


def classify_lines(lines: list[Line], hints: PageHints | None = None) -> Classified:
    """Decide every non-blank line of a page."""
    hints = hints or PageHints()
    content = [i for i, line in enumerate(lines) if line.text]
    if not content:
        return Classified({}, None, None)
    feats = {i: measure(bare(lines[i].text)) for i in content}
    _other_languages(lines, content, feats)
    paragraphs: dict[int, tuple[int, ...]] = {}  # a hard-wrapped paragraph's lines, by line
    _runs(lines, content, feats, paragraphs)
    counts: dict[str, int] = {}
    for i in content:
        counts[key(lines[i].text)] = counts.get(key(lines[i].text), 0) + 1
    repeat = {i: _repetition(i, lines, feats, counts, hints) for i in content}
    _short_runs(lines, content, feats, repeat)
    boxed = _framed_boxes(lines, content, feats)
    barriers = [i for i in content if _barrier(lines[i].text)
                and not _footnote_rule(lines, content, i) and i not in boxed
                and not _table_rule(lines, content, feats, i)]
    for no in hints.barriers_after:  # a thread whose opening line a header rule removed
        first = next((i for i in content if lines[i].no > no), None)
        if first is not None and first not in barriers:
            barriers.append(first)
    # a chat export: the messages before the statement's and the chat after it
    chatted = {i for i in content if lines[i].no in hints.chat.before}
    heads = {i for i in content if lines[i].no in hints.chat.headers}  # "Mina K.  10:41"
    chat_end = next((i for i in content if hints.chat.after is not None and
                     lines[i].no >= hints.chat.after), None)
    if chat_end is not None and chat_end not in barriers:
        barriers.append(chat_end)
    barriers.sort()
    related = {i for no in hints.related_after
               if (i := next((i for i in content if lines[i].no > no), None)) is not None}
    values = {i: _value(feats[i], repeat[i][0], lines[i]) for i in content}
    for i in chatted | heads:
        values[i] = -1.5  # the poster's note, a notice, a message's header: never the body
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
    a, b = _preamble(lines, content, feats, body, notes, paragraphs)
    b = _extend(content, feats, repeat, b, barriers, related, paragraphs=paragraphs,
                rows=data_tables(lines, content) | _figure_cells(lines, content, feats) |
                {i for i in content if _table_rule(lines, content, feats, i)})
    b = _finished(lines, content, feats, b)
    b = _announced_list(lines, content, feats, b)
    b = _up_to_signature(lines, content, feats, b)
    a = _over_figures(lines, content, feats, repeat, a, barriers)
    a = _over_related(content, feats, repeat, a, related, barriers)
    a = _paragraph_start(lines, paragraphs, a, barriers)
    b = _signed_off(lines, content, feats, a, b)
    b = _dash_signed_end(lines, content, feats, b, barriers)
    b = _next_item_after_signed(lines, content, feats, a, b)
    b = _signed_within(lines, content, feats, a, b)
    b = _experts_end(lines, content, feats, a, b)
    a, b = _thread_span(lines, content, hints, a, b)
    b = _thread_end(lines, content, b)
    b = _numbered_last(lines, content, feats, a, b)
    a, b = _issue_section(lines, content, a, b)
    if chatted and a <= max(chatted) < b:
        a = next(i for i in content if i > max(chatted))
    notes.update(_wrapped_notes(lines, content, feats, paragraphs, a))
    notes.update(chatted | heads)
    body = (a, b)
    in_runs = {i for i in content if any(w.startswith("run of") for w in repeat[i][1])}
    from workflow.importer.titles import choose_title, with_kind, with_subject, wrapped_title

    title = choose_title(lines, content, feats, a, hints, in_runs, notes)  # a note is no headline
    if title is not None:  # a title repeated: the first copy is the title, the rest repeats
        same = [i for i in content if key(lines[i].text) == key(lines[title].text)
                and i <= title]
        title = min(same)
    title_key = key(lines[title].text) if title is not None else None
    title_lines = wrapped_title(lines, content, feats, title, hints) if title is not None else []
    if title is not None:  # a letter's subject line under its title is its subtitle
        title_lines = with_subject(lines, content, feats, title_lines or [title], a)
        title_lines = with_kind(lines, content, title_lines)  # "OPEN LETTER" / "To the …"
        title_lines = title_lines if len(title_lines) > 1 else []
    title = title_lines[0] if title_lines else title
    decisions: dict[int, Decision] = {}
    turn = _contents_turn(lines, content, feats, repeat, title, b)
    if turn is not None:  # the next item of a newsletter issue: the statement ended before it
        b = max(_before(content, turn, 1)[0], a)
        barriers = sorted(set(barriers) | {turn})
    about = _about_heading(lines, content, feats, a, b)
    if about is not None:  # the publisher's "About UNCF" paragraph after the statement
        b = max(_before(content, about, 1)[0], a)
        barriers = sorted(set(barriers) | {about})
    after_barrier = next((x for x in barriers if x > b), None)
    if after_barrier is not None and not _barrier(lines[after_barrier].text) and \
            after_barrier not in (chat_end, turn, about):
        after_barrier = max(after_barrier - 1, b + 1)
    signature = _signature_block(lines, content, feats, b, after_barrier, repeat, paragraphs)
    # an article quoting the statement (its paragraphs in a <blockquote>): the reporter's own
    # paragraphs go on after the statement's signers
    quoting = sum(1 for j in content if a <= j <= b and lines[j].kind == "quote") >= 3
    ended = teasers = False
    for i in content:
        if i != title and title_key and key(lines[i].text) == title_key and \
                i not in signature:
            decisions[i] = Decision(i, True, 1.0, "title", "a copy of the title (the title rule "
                                    "removes it)", [], "title")
            continue
        decision = _decide(i, lines, content, feats, repeat[i], a, b, title, signature,
                           after_barrier)
        if i in heads and i != title:
            decision = Decision(i, False, min(decision.score, -1.0), decision.zone,
                                "a chat message's header (its sender and time)",
                                decision.evidence)
        elif i in chatted and i != title:
            decision = Decision(i, False, min(decision.score, -1.0), "header",
                                "a chat message before the statement's (the poster's note, "
                                "a notice, media)", decision.evidence)
        elif i in notes and i != title:
            decision = Decision(i, False, -1.0, "header", "a note before the statement, "
                                "pointing on to it", decision.evidence)
        elif decision.keep and i != title and _annex_label(lines[i].text):
            decision = Decision(i, False, -1.0, decision.zone, "an annex's heading over the "
                                "signers' list (a part of the document, not its text; the "
                                "signers are read under it)", decision.evidence)
        elif _EDITOR_NOTE.match(bare(lines[i].text)) and i != title:
            decision = Decision(i, False, min(decision.score, -1.0), decision.zone,
                                "an editor's note, labelled so (the site's words about the "
                                "statement, not the statement's)", decision.evidence)
        elif decision.keep and i != title and _LABELLED_FURNITURE.match(bare(lines[i].text)):
            decision = Decision(i, False, min(decision.score, -1.0), decision.zone,
                                "labelled as the page's furniture (a caption, a notice, an "
                                "advertisement, a mailing list's instructions)",
                                decision.evidence)
        if turn is not None and i >= turn:
            decision = Decision(i, False, min(decision.score - 3.0, -1.0), "after",
                                "another item of the issue after the statement (its heading is "
                                "named in the issue's contents above the title)",
                                decision.evidence)
        if chat_end is not None and i >= chat_end and i > b:
            decision = Decision(i, False, min(decision.score - 3.0, -1.0), "after",
                                "the chat after the statement's message (replies, notices, "
                                "media)", decision.evidence)
        if signature and i > max(signature) and decision.keep and decision.role != "footnote" \
                and not (quoting and _reporters_line(lines[i], feats[i])):
            decision = Decision(i, False, min(decision.score - 3.0, -0.8), "after",
                                "after the signature block", decision.evidence)
        if i > b and ended and decision.keep and decision.role != "footnote" and \
                i not in signature and not (quoting and signature and i > max(signature) and
                                            _reporters_line(lines[i], feats[i])):
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
    if hints.thread_intro is not None and hints.thread_intro in decisions:
        intro = hints.thread_intro
        decisions[intro] = Decision(intro, True, 1.0, "header", "the thread's first post, "
                                    "telling of the text its second post heads",
                                    decisions[intro].evidence, "intro")
    _letterhead(lines, content, feats, title, decisions, a)
    _standfirst(lines, content, feats, title, a, hints, decisions)
    _cover_notes(lines, content, feats, a, hints, decisions)
    _kept_lists(lines, content, feats, a, b, decisions)
    _sponsored(lines, content, decisions)
    _commented(lines, content, feats, decisions)
    _sponsors_message(lines, content, decisions)
    _boxes(lines, content, feats, decisions)
    _fact_boxes(lines, content, feats, decisions)
    _translated_close(lines, content, feats, b, decisions)
    _translated_open(lines, content, feats, a, title, decisions)
    _follow_heads(lines, content, decisions)
    thread = sum(1 for i in content if lines[i].no in hints.thread_parts) >= 3
    from workflow.importer.dating import date_lines

    headline = hints.post_headline if hints.post_headline is not None else title
    dates = [(i, where) for i, where in
             date_lines(lines, content, feats, (a, b), headline, signature, after_barrier,
                        thread)
             if i not in chatted | heads]  # an attachment's name, a chat's stamp: no date
    return Classified(decisions, title, body, title_lines, dates)


_KEYCAP = re.compile(r"^(?:\d\ufe0f?\u20e3|\U0001F51F)")


def _item(line: Line) -> bool:
    return line.kind == "list" or bool(list_marker(line.text)) or bool(_KEYCAP.match(line.text))


def _standfirst(lines: list[Line], content: list[int], feats: dict[int, Features],
                title: int | None, a: int, hints: PageHints,
                decisions: dict[int, Decision]) -> None:
    """A post's standfirst (its dek: "A coalition of rights groups writes to European foreign
    ministers") is the publisher's summary of the statement, not the statement's text: a
    subtitle with the post's byline under it before the text begins, or, in HTML, a paragraph
    the page sets in its headline's ``<header>``. Not in a printed document, whose subtitle
    under its title is its own, nor an attribution naming the signers ("Joint statement by
    A, B and C": the signers are read from it)."""
    if title is None:
        return
    from workflow.importer.signer_labels import BY_LINE, CUE_SENTENCE, INLINE, JOINT_BY
    from workflow.importer.titles import attribution
    for i in content:
        d = decisions[i]
        if i <= title or not d.keep or d.role in ("title", "signature", "footnote"):
            continue
        header = key(lines[i].text) in hints.standfirsts and \
            not any(decisions[j].keep and decisions[j].role not in ("title", "subtitle")
                    for j in content if title < j < i)
        text = bare(lines[i].text).strip()
        between = [j for j in content if i < j < a]
        particulars = d.role == "subtitle" and not hints.printed and \
            any(_byline(lines[j].text) and not find_date(lines[j].text) and
                decisions[j].role != "heading" for j in between)  # ("Free Behrouz Kamali",
        # the heading over the text, reads as a name: no byline)
        names = attribution(text) or any(p.match(text) for p in (BY_LINE, INLINE, CUE_SENTENCE,
                                                                  JOINT_BY))
        if (header or particulars) and not names:
            decisions[i] = Decision(i, False, -1.0, "header", "the post's standfirst (its "
                                    "publisher's summary, over its byline), not the statement",
                                    d.evidence)
        elif i >= a:
            break


def _cover_notes(lines: list[Line], content: list[int], feats: dict[int, Features], a: int,
                 hints: PageHints, decisions: dict[int, Decision]) -> None:
    """A printed document's cover: when the text begins on a later page, a short line kept as
    a heading above the body on a page with no prose on it (the cover's "Not for sale", a
    print note) heads nothing; the cover's title and subtitle stay."""
    starts = hints.page_starts
    if len(starts) < 2 or a not in decisions:
        return

    def page(i: int) -> int:
        return bisect.bisect_right(starts, lines[i].no)

    for i in content:
        if i >= a:
            break
        d = decisions[i]
        if not d.keep or d.role != "heading" or page(i) >= page(a):
            continue
        if any(feats[j].prose for j in content if page(j) == page(i)):
            continue  # a heading at the foot of a page of text, its paragraph on the next
        decisions[i] = Decision(i, False, -1.0, "header", "on the cover page, which holds no "
                                "text of the statement: a cover's note, no heading over the "
                                "text", d.evidence)


def _kept_lists(lines: list[Line], content: list[int], feats: dict[int, Features], a: int,
                b: int, decisions: dict[int, Decision]) -> None:
    """An item of a list inside the body whose other items stay is kept too, unless it is
    mostly furniture: a call to action's "Share this post and tag @un_humanrights" is one of
    the statement's asks (flagged for a human: its own evidence said furniture)."""
    runs: list[list[int]] = []
    prev = None
    for i in content:
        if a <= i <= b and _item(lines[i]):
            if runs and runs[-1][-1] == prev:
                runs[-1].append(i)
            else:
                runs.append([i])
        prev = i
    for run in runs:
        kept = [i for i in run if decisions[i].keep]
        if len(run) < 3 or len(kept) < 2 * len(run) / 3:
            continue
        for i in run:
            d, f = decisions[i], feats[i]
            if not d.keep and f.words >= 6 and f.sentence >= 0.5 and \
                    not any(e.startswith(("counter", "only figures", "page number"))
                            for e in f.evidence):
                decisions[i] = Decision(i, True, 0.5, d.zone, "an item of a list in the body "
                                        "whose other items stay", d.evidence)


# a platform's mark of a paid post ("Ad", "Promoted", "Sponsored", in the languages a page may
# be read in)
_SPONSORED = re.compile(r"^(?:ad|ads|promoted|sponsored|advertisement|anzeige|werbung|publicité|"
                        r"sponsorisé|patrocinado|تبلیغ|آگهی)$", re.IGNORECASE)


def _sponsored(lines: list[Line], content: list[int], decisions: dict[int, Decision]) -> None:
    """A paid post set between a thread's or a feed's own ("Ad" / "FuelSmart Logistics" /
    "@fuelsmart" / "Cut your fleet's fuel costs by 20%." / "Promoted"): everything between
    its two marks, six blocks apart at most, goes, whatever read as the body."""
    marks = [i for i in content if _SPONSORED.match(bare(lines[i].text).strip())]
    for first, last in zip(marks, marks[1:], strict=False):
        inside = [i for i in content if first < i < last]
        if not inside or len(inside) > 6:
            continue
        for i in [first, *inside, last]:
            d = decisions[i]
            if d.keep:
                decisions[i] = Decision(i, False, -2.0, d.zone, "a paid post between its marks "
                                        "(\"Ad\" … \"Promoted\"), no part of the text",
                                        d.evidence)


# a commenter's account name on a line of its own ("nava.beats", "shahab_records")
_ACCOUNT = re.compile(r"^@?[a-z0-9][a-z0-9._-]{2,30}$")
# a comment's counters and buttons under it ("5d 214 likes Reply", "88 likes · Reply")
_COMMENT_TAIL = re.compile(r"\b(?:likes?|reply|replies|antworten|répondre|responder)\b",
                           re.IGNORECASE)


def _commented(lines: list[Line], content: list[int], feats: dict[int, Features],
               decisions: dict[int, Decision]) -> None:
    """Comments set out as a feed shows them, each its account's name, its text and its
    counters ("shahab_records" / "We will play it at our show …" / "4d 61 likes Reply"), two
    such or more on the page: each comment's text goes, whatever read as the body."""
    found = []
    for n in range(1, len(content) - 1):
        above, i, below = content[n - 1], content[n], content[n + 1]
        if _ACCOUNT.match(bare(lines[above].text).strip()) and \
                _COMMENT_TAIL.search(lines[below].text) and feats[below].words <= 8 and \
                any(e.startswith(("counter", "lexicon")) for e in feats[below].evidence) and \
                feats[i].words <= 80:
            found.append(i)
    if len(found) < 2:
        return
    for i in found:
        d = decisions[i]
        if d.keep:
            decisions[i] = Decision(i, False, -2.0, d.zone, "a comment between its account's "
                                    "name and its counters (\"5d 214 likes Reply\")",
                                    d.evidence)


def _sponsors_message(lines: list[Line], content: list[int],
                      decisions: dict[int, Decision]) -> None:
    """The paragraph under a sponsor's mark ("TOGETHER WITH LINGO BRIDGE" / "Lingo Bridge
    connects NGOs with … Your first session free."): the sponsor's message, when it makes an
    offer of any kind (one sign is enough under the mark), goes with it."""
    for n, i in enumerate(content[:-1]):
        if not SPONSOR_MARK.match(bare(lines[i].text).strip()) or \
                len(words(lines[i].text)) > 9:
            continue
        nxt = content[n + 1]
        text = bare(lines[nxt].text)
        if decisions[nxt].keep and offer_signals(text) and len(words(text)) <= 80:
            d = decisions[nxt]
            decisions[nxt] = Decision(nxt, False, -2.0, d.zone, "a sponsor's message under its "
                                      "mark (\"Together with …\"), no part of the text",
                                      d.evidence)


_BOX_TOP = re.compile(r"^\s*[┌╔┏╭][─═━\s]*[┐╗┓╮]\s*$")
_BOX_BOTTOM = re.compile(r"^\s*[└╚┗╰][─═━\s]*[┘╝┛╯]\s*$")


def _boxes(lines: list[Line], content: list[int], feats: dict[int, Features],
           decisions: dict[int, Decision]) -> None:
    """A box drawn round a few lines ("┌──┐" / "│ … │" / "└──┘") is one aside set into the
    text (a report's advertisement, a quote box with the editor's note): when a line of it
    reads as furniture, the whole box goes with its frame."""
    tops = [i for i in content if _BOX_TOP.match(lines[i].text)]
    for top in tops:
        inside = []
        for j in _after(content, top, 12):
            if _BOX_BOTTOM.match(lines[j].text):
                break
            inside.append(j)
        else:
            continue
        bottom = j
        if not inside or not any(not decisions[k].keep or feats[k].hard >= 3.0
                                 for k in inside):
            continue
        for k in [top, *inside, bottom]:
            d = decisions[k]
            decisions[k] = Decision(k, False, min(d.score, -1.0), d.zone, "a box set into "
                                    "the text, read as furniture by a line of it (an aside)",
                                    d.evidence)


# the kicker over a box of facts about the publisher or the topic, set into the text ("Did you
# know?", "Key facts", "Le saviez-vous ?", "Wussten Sie schon?", "¿Sabías que…?")
_FACT_KICKER = re.compile(r"^(?:did you know|fact ?box|quick facts?|key facts?|facts? (?:and|&) "
                          r"figures|in numbers|by the numbers|wussten sie(?: schon| das)?|"
                          r"schon gewusst|le saviez-vous|¿?sab[íi]as (?:que|qué)|¿?lo sab[íi]as|"
                          r"lo sapevi|آیا می‌دانید)\s*[?:!…]?\s*$", re.IGNORECASE)


def _fact_boxes(lines: list[Line], content: list[int], feats: dict[int, Features],
                decisions: dict[int, Decision]) -> None:
    """A fact box's kicker ("Did you know?") and the one paragraph under it: an aside the page
    sets into the text (the body's search reads it as a heading and its paragraph)."""
    for i in content:
        if not _FACT_KICKER.match(bare(lines[i].text).strip()):
            continue
        nxt = _after(content, i, 1)
        box = [i] + ([nxt[0]] if nxt and feats[nxt[0]].words <= 80 and
                     decisions[nxt[0]].role not in ("signature", "title") else [])
        for k in box:
            d = decisions[k]
            decisions[k] = Decision(k, False, min(d.score, -1.0), d.zone, "a fact box set "
                                    "into the text (its kicker and its paragraph): an aside",
                                    d.evidence)


def _translated_close(lines: list[Line], content: list[int], feats: dict[int, Features],
                      b: int, decisions: dict[int, Decision]) -> None:
    """A short line right after the body with its translation on the next line (a slogan in
    Persian and English: "«زن، زندگی، آزادی»" / "\"Woman, life, freedom\"") closes the text:
    both stay."""
    pair = _after(content, b, 2)
    if len(pair) < 2 or pair[1] != pair[0] + 1:
        return
    first, second = pair
    if script_of(lines[first].text) == script_of(lines[second].text) or \
            "arabic" not in (script_of(lines[first].text), script_of(lines[second].text)):
        return
    if all(feats[i].furniture < 1.0 and 1 <= feats[i].words <= 12 for i in pair) and \
            not any(decisions[i].keep for i in pair):
        for i in pair:
            decisions[i] = Decision(i, True, 0.5, "after", "a line and its translation closing "
                                    "the text", decisions[i].evidence)


def _translated_open(lines: list[Line], content: list[int], feats: dict[int, Features],
                     a: int, title: int | None, decisions: dict[int, Decision]) -> None:
    """A sentence in Persian (or Arabic) right above the body's first line, which translates
    it ("کولبر قاچاقچی نیست، کارگر است." / "A kolbar is not a smuggler; a kolbar is a
    worker."): the text opens on the pair, and both stay."""
    above = _before(content, a, 1)
    if not above or above[0] == title or decisions[above[0]].keep or above[0] < a - 2:
        return
    first = above[0]
    scripts = {script_of(lines[first].text), script_of(lines[a].text)}
    if len(scripts) < 2 or "arabic" not in scripts or not decisions[a].keep:
        return
    f, g = feats[first], feats[a]
    if f.furniture < 1.0 and not f.evidence and ends_terminal(lines[first].text) and \
            ends_terminal(lines[a].text) and f.words >= 3 and \
            0.4 <= f.words / max(g.words, 1) <= 2.5:
        decisions[first] = Decision(first, True, 0.5, "body", "the text's first sentence in "
                                    "another script, its translation under it",
                                    decisions[first].evidence)


def _follow_heads(lines: list[Line], content: list[int], decisions: dict[int, Decision]) -> None:
    """A line that only continues the one right above it (a wrapped bullet, a footnote's second
    line) shares that line's fate: kept with it, or removed with it."""
    for prev, i in zip(content, content[1:], strict=False):
        head, here = decisions[prev], decisions[i]
        # (a lowercase line goes on from the one above across a blank line too, as the rule
        # that read it so allows: "Liebe Freundinnen und Freunde," / "diesmal beginnen wir …")
        joined = here.reason == "continues the line above" and i <= prev + 2
        if (i != prev + 1 and not joined) or ends_terminal(lines[prev].text) or \
                here.role == "title":
            continue
        if here.reason == "continues the line above" and not head.keep:
            decisions[i] = Decision(i, False, -1.0, here.zone, "continues a removed line",
                                    here.evidence)
        elif head.role == "footnote" and not here.keep and not _FOOTNOTE.match(lines[i].text):
            decisions[i] = Decision(i, True, 1.0, "footnote", "footnote (continued)",
                                    here.evidence, "footnote")


def _runs(lines: list[Line], content: list[int], feats: dict[int, Features],
          paragraphs: dict[int, tuple[int, ...]] | None = None) -> None:
    """Hard-wrapped prose (a PDF's, an e-mail's): each line of a run of lines that continue one
    another is measured as the sentence-likeness of the whole run."""
    from workflow.importer.reflow import detect_wrapped, local_widths, paragraphs_overlong

    long = sorted(len(lines[i].text) for i in content if feats[i].words >= 8)
    width = long[len(long) // 2] if long else 0
    wrapped = detect_wrapped(lines)
    reach = 2 if wrapped else 1  # a blank after every printed line, or none
    # a stretch wrapped narrower (a PDF page set narrower): there, a line runs on into one
    # that finishes its sentence ("… told us in" / "January.")
    narrower = local_widths(lines, width) \
        if width and wrapped and not paragraphs_overlong(lines) else {}
    # a blank line after nearly every printed line says nothing of paragraphs
    spaced = sum(1 for i in content if i + 1 < len(lines) and not lines[i + 1].text) > \
        0.8 * len(content)
    run: list[int] = []

    def close() -> None:
        if len(run) > 1:
            whole = measure(" ".join(bare(lines[i].text) for i in run))
            after = _after(content, run[-1], 1)
            apart = not spaced and (not after or after[0] > run[-1] + 1)  # a blank line after
            if not whole.terminal and whole.words <= 30 and width and (
                    max(len(lines[i].text) for i in run) < 0.6 * width or
                    (apart and len(run) <= 3 and whole.words <= 25 and
                     not any(_item(lines[i]) for i in run) and heading_shaped(
                        " ".join(bare(lines[i].text) for i in run), whole))):
                run.clear()  # a headline wrapped over lines: short lines among long
                return  # paragraphs, or a few lines ending unfinished, shaped as a heading
            for i in run:
                feats[i].sentence = max(feats[i].sentence, whole.sentence)
                feats[i].wrapped = True
                if paragraphs is not None:
                    paragraphs[i] = tuple(run)
        run.clear()

    for i in content:
        if run and i <= run[-1] + reach and (feats[i].hard < 1.0 or _tail(feats[i]) or (
                starts_lower(lines[i].text) and _weak_only(feats[i]))) and \
                _joinable(feats[run[-1]]) and \
                _wraps_into(lines[run[-1]].text, lines[i].text,
                            0 if not wrapped else narrower.get(run[-1], width)
                            if ends_terminal(lines[i].text) else width):
            run.append(i)
            continue
        close()
        run.append(i)
    close()


def _finished(lines: list[Line], content: list[int], feats: dict[int, Features], b: int) -> int:
    """The body's last line when it stops mid-sentence and the line right under it finishes
    the sentence with a figure or date ("… has visited Iran since" / "2005."): that line ends
    the body, not the furniture after it."""
    after = _after(content, b, 1)
    if after and after[0] == b + 1 and not ends_terminal(lines[b].text) and \
            _tail(feats[after[0]]) and feats[b].words >= 6:
        return after[0]
    return b


def _announced_list(lines: list[Line], content: list[int], feats: dict[int, Features],
                    b: int) -> int:
    """A body whose last line announces a list ("We ask all free people of Iran and the
    world:") goes on over the list's items right under it (bullets, numbers, emoji bullets:
    "▪️ be our voice"), short as they are: they are what it announces."""
    from workflow.importer.boilerplate import EMOJI_BULLET

    if not lines[b].text.rstrip().endswith(":"):
        return b
    items: list[int] = []
    for j in _after(content, b, 12):
        text = lines[j].text
        if not (_item(lines[j]) or EMOJI_BULLET.match(text)) or feats[j].words > 40 or \
                (feats[j].hard >= 1.0 and feats[j].words < 5):  # (an ask may name a handle:
            break  # "1️⃣ Share this post and tag @un_humanrights")
        items.append(j)
    return items[-1] if len(items) >= 2 else b


_THREAD_END = re.compile(r"(?:/\s*end|\(end\)|\[end\]|/fin)\s*$", re.IGNORECASE)


def _thread_end(lines: list[Line], content: list[int], b: int) -> int:
    """A thread's last post, marked "… /end" by its writer, ends the text, whatever its words
    ("Please share this thread …"): the body goes on to it when it is the next post or the
    one after (a handle line between)."""
    for j in _after(content, b, 3):
        if _THREAD_END.search(lines[j].text) and len(words(lines[j].text)) >= 4:
            return j
    return b


_PART_NO = re.compile(r"^(\d{1,2})/(\d{1,2})?(?=\s)")  # a thread's "2/ …", its last "7/7 …"


def _numbered_last(lines: list[Line], content: list[int], feats: dict[int, Features], a: int,
                   b: int) -> int:
    """A thread numbered "2/ …", "3/ …" whose last post says so ("7/7 …") ends there: the
    replies, a community note, a profile's blurb after it are not the text. The post's own
    lines right under it (no blank line between, no furniture) go with it."""
    numbered = [(j, int(m[1]), m[2]) for j in content if j >= a
                and (m := _PART_NO.match(lines[j].text))]
    last = next((j for j, k, n in numbered if n and int(n) == k >= 3), None)
    if last is None or last >= b:
        return b
    total = int(_PART_NO.match(lines[last].text)[2])
    if sum(1 for j, k, _ in numbered if j < last and 1 <= k < total) < 2:
        return b
    end = last
    for j in _after(content, last, 6):
        if j != end + 1 or feats[j].furniture >= 2.0:
            break
        end = j
    return min(b, end)


# a newsletter issue's numbered section heading, in capitals ("2. "A NEWSPAPER IS NOT A
# SECURITY THREAT": STATEMENT ON …", "3. LINKS")
_SECTION_HEAD = re.compile(r"^\s*(\d{1,2})[.)]\s+(?P<head>[^a-z]{3,160})$")
_STATEMENT_KIND = re.compile(r"\b(?:STATEMENT|LETTER|APPEAL|RELEASE|PETITION|DECLARATION)\b")


# a sentence naming the signers in its language ("Parmi les signataires figurent A, B, …"):
# the signers' reader needs it, whatever language it is in
_SIGNERS_NAMED = re.compile(r"\b(?i:signataires|unterzeichne\w*|firmantes|firmatari\w*|"
                            r"ondertekenaars|signat[áa]rios|imzac[ıi]lar)\W+(?:\w+\s+){0,2}?"
                            r"[A-Z][\w'’-]+\s+[A-Z]")  # (a name of two capitalised words)


def _other_languages(lines: list[Line], content: list[int], feats: dict[int, Features]) -> None:
    """An English text on a site in another language (a German paper's "Dokumentation", an
    Italian page's "Leggi anche …"): a line of six words or more in another Latin-script
    language counts as furniture evidence, when seven in ten of the page's words whose
    language shows are English. One feature among the others: a finished paragraph of the
    body outweighs it (a statement's French version stays)."""
    from workflow.importer.lexicon import latin_language

    langs = {i: latin_language(bare(lines[i].text)) for i in content
             if feats[i].script == "latin"}
    counts: dict[str, int] = {}
    for i, lang in langs.items():
        if lang:
            counts[lang] = counts.get(lang, 0) + feats[i].words
    total = sum(counts.values())
    if not total or counts.get("English", 0) < 0.7 * total:
        return
    for i, lang in langs.items():
        if _SIGNERS_NAMED.search(lines[i].text):
            continue  # "Parmi les signataires figurent A, B, C et D": its names are read
        if lang and lang != "English":
            feats[i].furniture += 2.0
            feats[i].evidence.append(f"in another language than the text ({lang})")


def _issue_section(lines: list[Line], content: list[int], a: int, b: int) -> tuple[int, int]:
    """A newsletter issue in numbered sections headed in capitals ("1. THE WEEK IN COURT",
    "2. … STATEMENT ON THE CLOSURE OF …", "3. LINKS"), three or more, numbered on from 1, the
    one section naming a statement, letter or appeal the only one that does: the body is that
    section, its heading (the number taken off) its first line; the issue's other sections
    are not the statement."""
    heads = [(j, int(m[1])) for j in content if (m := _SECTION_HEAD.match(lines[j].text))
             and re.search(r"[A-Z]{3}", m["head"]) and not ends_terminal(m["head"])]
    if len(heads) < 3 or [k for _, k in heads] != list(range(1, len(heads) + 1)):
        return a, b
    named = [n for n, (j, _) in enumerate(heads) if _STATEMENT_KIND.search(lines[j].text)]
    if len(named) != 1:
        return a, b
    at, _ = heads[named[0]]
    end = heads[named[0] + 1][0] if named[0] + 1 < len(heads) else None
    inside = [j for j in content if j > at and (end is None or j < end)]
    if not inside or not a <= inside[0] <= b:
        return a, b
    lines[at].text = _SECTION_HEAD.match(lines[at].text)["head"].strip()
    return inside[0], min(b, inside[-1])


_SIGN_DASH = re.compile(r"^[—–]\s*(?=[^\W\d_])")


def _up_to_signature(lines: list[Line], content: list[int], feats: dict[int, Features],
                     b: int) -> int:
    """The statement's closing sentences between its body and the dash that signs it ("Please
    share this message widely and tag the UN Special Rapporteur." / "— Azerbaijan Turkish
    Rights Desk"): whatever their words ("share this"), sentences the signer signs under are
    the statement's."""
    from workflow.importer.titles import without_trailing_emoji

    after = _after(content, b, 3)
    closing: list[int] = []
    for j in after:
        text = bare(lines[j].text)
        if _SIGN_DASH.match(text):
            name = _SIGN_DASH.sub("", text)
            if closing and _name_like(re.sub(r"\s*\([^)]*\)\s*$", "", name), feats[j]):
                return closing[-1]
            return b
        f = feats[j]
        # (a sentence: finished, of some length, nothing against it but words of the lexicon;
        # or the statement's closing call right over the dash: "Free Navid. Free Sepideh. 🕊")
        plain = without_trailing_emoji(text)
        slogan = plain != text and ends_terminal(plain) and f.words >= 2 and \
            all(e.startswith(("lexicon ", "emoji")) for e in f.evidence)
        if not (slogan or (f.terminal and f.words >= 6 and text[:1].isupper() and
                           all(e.startswith("lexicon ") for e in f.evidence))) or \
                len(closing) >= 2:
            return b
        closing.append(j)
    return b


def _tail(f: Features) -> bool:
    """A wrapped sentence's last word or two, a figure or date: "2015.", "on 12 May 2024."."""
    noted = bool(re.search(r"[.!?][\"'”’)]?\d{1,3}$", f.text))  # "2015.3": a footnote's mark
    return (f.terminal or noted) and f.words <= 4 and bool(f.evidence) and \
        set(f.evidence) <= {"only figures", "mostly digits", "date"}


def _weak_only(f: Features) -> bool:
    """Evidence of nothing but words that prose also uses (the last line of a wrapped
    paragraph: "members.")."""
    return bool(f.evidence) and all(
        e.startswith("lexicon ") and all(h in WEAK for h in e[8:].split("/"))
        for e in f.evidence)


def _joinable(f: Features) -> bool:
    """Whether a line may open or go on in a run of wrapped lines: no furniture evidence, or
    only a date or time in an unfinished line of some length ("On 4 August 2025, security
    forces arrested nine" / "volunteers in Marivan, …"; not "Geneva, 20 September 2024")."""
    return f.hard < 1.0 or (not f.terminal and f.words >= 6 and
                            set(f.evidence) <= {"date", "time stamp"} and f.hard <= 2.0)


_HANDLE_START = re.compile(r"^@?[a-z0-9_]+[._][a-z0-9_.]*[a-z0-9_](?=\s|$)")


def _wraps_into(prev: str, nxt: str, width: int) -> bool:
    if script_of(prev) != script_of(nxt) and any(ch.isalpha() for ch in nxt):
        return False  # (a figure ending the sentence, "2015.", has no script)
    if ends_terminal(prev) and not starts_lower(nxt):
        return False
    if (starts_lower(nxt) and not _HANDLE_START.match(nxt)) or nxt[:1] in ",;:)":
        return True  # (an account's handle, "zanan.watch 🚨 …", starts no continuation)
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
                title: int | None, decisions: dict[int, Decision], a: int = 0) -> None:
    """A letter that names its senders above it ("From:" and one organisation a line, before
    the title; a cover's "Submitted by:" block under its title, above the body ``a``): they are
    its signers, kept for the signature block; the label goes."""
    if title is None:
        return
    above = [i for i in content if i < max(title, a) and i != title]
    for pos, i in enumerate(above):
        if not (_SENDERS.match(bare(lines[i].text).strip()) or
                SIGN_LABEL.match(bare(lines[i].text).strip())):
            continue
        names: list[int] = []
        for j in above[pos + 1:]:
            gap = 2 if not names and i + 1 < len(lines) and not lines[i + 1].text else 1
            if j != (names[-1] if names else i) + gap or \
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


def _reporters_line(line: Line, f: Features) -> bool:
    """A paragraph of an article's own text: a finished sentence of some length that the page's
    markup gives as a paragraph, with no more than a weak furniture word in it."""
    return line.kind in ("", "paragraph") and f.prose and f.terminal and f.words >= 8 and \
        f.furniture < 1.5


def _figure_runs_on(lines: list[Line], content: list[int], i: int) -> bool:
    """Line ``i`` opens on a figure ("900 journalists in …") right under a wrapped line of
    prose that stops mid-phrase ("… trained more than"): the sentence going on, no footnote."""
    prev = _before(content, i, 1)
    if not prev or prev[0] != i - 1:
        return False
    above = bare(lines[prev[0]].text).rstrip()
    return not ends_terminal(above) and above[-1:].isalpha() and above[-1:].islower() and \
        len(words(above)) >= 6 and not _FOOTNOTE.match(above)


def _footnote_rule(lines: list[Line], content: list[int], i: int) -> bool:
    """A short rule with footnotes under it (a PDF page's foot), not an end mark."""
    nxt = _after(content, i, 1)
    return bool(re.fullmatch(r"[_\-]{3,40}", lines[i].text.strip())) and bool(nxt) and \
        bool(_FOOTNOTE.match(lines[nxt[0]].text))


_RULE = re.compile(r"[-_=~*]{3,}")
_FIGURES = ("only figures",)


def _table_rule(lines: list[Line], content: list[int], feats: dict[int, Features],
                i: int) -> bool:
    """A rule right under or over a row of figures set out in cells (a PDF's table read as
    text: its head's rule, its total's, its last): part of the table, no end mark."""
    if not _RULE.fullmatch(lines[i].text.strip()):
        return False

    def figured(j: int) -> bool:  # a printed line of cells, one of them a figure
        return any(any(e in _FIGURES for e in feats[k].evidence)
                   for k in content if lines[k].no == lines[j].no)

    def row(j: int) -> bool:  # two cells or more, one of them a figure
        return figured(j) and sum(1 for k in content if lines[k].no == lines[j].no) >= 2

    above, below = _before(content, i, 1), _after(content, i, 1)
    return bool(above and below) and (
        row(above[0]) and lines[above[0]].no == lines[i].no - 1 or
        row(below[0]) and lines[below[0]].no == lines[i].no + 1)


def _framed_boxes(lines: list[Line], content: list[int],
                  feats: dict[int, Features]) -> set[int]:
    """Two rules framing a short box (an advertisement, a sponsor's note) with the text's own
    paragraphs right above the first and right below the second: the box interrupts the text,
    its rules are no end mark. The rules' indices, and the box's lines when a paid-content mark
    ("ADVERTISEMENT") opens it."""
    rules = [i for i in content if _RULE.fullmatch(lines[i].text.strip())]
    out: set[int] = set()
    for first, last in zip(rules, rules[1:], strict=False):
        inside = [i for i in content if first < i < last]
        above, below = _before(content, first, 1), _after(content, last, 1)
        if not inside or len(inside) > 5 or not above or not below:
            continue
        if not all(feats[k].prose and feats[k].terminal and feats[k].words >= 10 and
                   feats[k].furniture < 1.5 for k in (above[0], below[0])):
            continue
        out.update((first, last))
    return out


def _barrier(text: str) -> bool:
    """A comment thread's opening, an end mark ("ENDS", "###"), a newsletter's turn to the rest
    of its issue ("Also this month"), a copyright footer."""
    plain = bare(text).strip()
    return bool(COMMENT_ZONE.match(plain) or END_MARKS.match(plain) or ISSUE_TURN.match(plain) or
                ISSUE_TURN_GLUED.match(plain) or
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
            reach: int = 6, paragraphs: dict[int, tuple[int, ...]] | None = None,
            rows: set[int] | frozenset[int] = frozenset()) -> int:
    """The body goes on past a short interruption (an advertisement, a "Read more" link, a
    related-stories box, a data table's ``rows`` however long) when plain prose follows
    within a few blocks; never past a comment
    thread or an end mark, and past a related-links block only to a long plain paragraph
    (the article goes on; a sign-up pitch or a site's blurb after the links does not)."""
    gap = 0
    for j in content:
        if j <= b:
            continue
        if j in barriers:
            break
        whole = sum(feats[k].words for k in (paragraphs or {}).get(j, (j,)))  # a wrapped one
        if j in related and not (feats[j].prose and not feats[j].evidence and
                                 not repeat[j][0] and whole >= 15):
            break
        if feats[j].prose and feats[j].furniture < 1.5 and not repeat[j][0] and \
                feats[j].words >= 10:
            if any(_form_control(feats[k]) for k in _after(content, j, 2)):
                break  # a sign-up box's pitch over its field and button, not the article
            b, gap = j, 0
            continue
        if j not in rows and (feats[j].words > 3 or feats[j].furniture >= 1.0) and \
                not _advert(feats[j]):
            gap += 1  # a table's short cells, a lone heading, a paid post's lines (its mark,
            #           its offer: the interruption an advertisement is) hardly interrupt
        if gap > reach:
            break
    return b


_ADVERT = ("an advertisement's offer", "a paid post's mark")


def _advert(f: Features) -> bool:
    """A block that reads as an advertisement (its offer, or the mark of a paid post)."""
    return any(e.startswith(_ADVERT) for e in f.evidence)


def _over_related(content: list[int], feats: dict[int, Features], repeat: dict, a: int,
                  related: set[int], barriers: list[int]) -> int:
    """A related-links box inside the article (its heading and teasers already removed) right
    above the body does not end it either: when two lines of plain prose or more stand right
    above the box, the body starts at the first of them."""
    if a not in related:
        return a
    above = [i for i in content if i < a][::-1]
    prose: list[int] = []
    for i in above:
        f = feats[i]
        if i in barriers or not (f.prose and f.hard < 1.0 and f.soft <= 1.0 and
                                 not repeat[i][0]):
            break
        prose.append(i)
    return prose[-1] if len(prose) >= 2 and any(feats[i].words >= 10 for i in prose) else a


_CHART = ("only figures", "figure or table caption")
_NOT_CHART = ("time stamp", "date", "relative time stamp", "emoji")


def _paragraph_start(lines: list[Line], paragraphs: dict[int, tuple[int, ...]] | None, a: int,
                     barriers: list[int]) -> int:
    """A body found starting mid-sentence (its first line in lowercase, the continuation of a
    hard-wrapped paragraph whose opening line scored low: "At least 38 members of …" read as
    a counter) starts at that paragraph's first line: a paragraph is kept or dropped whole."""
    if not starts_lower(lines[a].text):
        return a
    run = (paragraphs or {}).get(a)
    if run and run[0] < a and not any(run[0] < x <= a for x in barriers):
        return run[0]
    above = a - 1  # a line right above, no blank between, the sentence unfinished
    if above >= 0 and lines[above].text and a not in barriers and \
            len(lines[above].text.split()) >= 6 and not ends_terminal(lines[above].text) and \
            lines[above].text[:1].isupper():
        return above
    return a


def _over_figures(lines: list[Line], content: list[int], feats: dict[int, Features],
                  repeat: dict, a: int, barriers: list[int], reach: int = 6) -> int:
    """A report's chart or table between two stretches of its text (a caption, axis labels,
    rows of figures) does not end the body: when the lines right above the body hold such a
    figure (three lines of figures or more) and prose stands above it, the body starts there,
    and goes back on over its headings and further figures as it goes on past short
    interruptions. A data table's
    rows (three or more with the same number of cells) count as such a figure, but the body
    goes back over a table only to the prose right above it (the text that introduces it),
    never over a heading: above that heading may be a note of the page's own."""
    best, figures, gap, crossed, charts = a, 0, 0, False, 0
    rows = data_tables(lines, content)
    printed_rows = _figure_cells(lines, content, feats)
    for i in reversed([i for i in content if i < a]):
        f = feats[i]
        if i in barriers or any("dot leaders" in e for e in f.evidence):
            break
        chart = any(e in _CHART for e in f.evidence) and \
            not any(e.startswith(_NOT_CHART) for e in f.evidence)
        if not chart and charts and (i in printed_rows or _table_rule(lines, content, feats, i)):
            continue  # a cell of a table's row of figures, its head or its rule
        if (i in rows or chart) and best == a:
            figures += 1
            charts += chart
            continue
        if chart and charts:  # another figure above the text between them
            continue
        if f.prose and f.words >= 10 and f.furniture < 1.5 and not repeat[i][0]:
            crossed = crossed or figures >= 3
            if not crossed:
                break
            best, gap = i, 0
            continue
        if crossed and not charts:
            break
        if not crossed and f.words > 12:
            break  # other text: not a figure's labels
        if f.words > 3 or f.furniture >= 1.0:
            gap += 1
        if gap > reach:
            break
    return best


def _figure_cells(lines: list[Line], content: list[int], feats: dict[int, Features]) -> set[int]:
    """The cells of printed lines set out in columns (a PDF's table read as text: one line,
    several cells) of which at least one holds figures: the table's rows and its head."""
    by_line: dict[int, list[int]] = {}
    for i in content:
        by_line.setdefault(lines[i].no, []).append(i)
    return {i for cells in by_line.values() if len(cells) >= 2 and any(
        any(e in _FIGURES for e in feats[k].evidence) for k in cells) for i in cells}


def table_rows(lines: list[Line], content: list[int], least: int = 3) -> set[int]:
    """The rows of data tables: runs of ``least`` consecutive blocks or more, each set out in
    the same number of cells (two or more, " | " between them, as tables are read here). A
    menu is one such line, or rows of unequal length; a table of names and figures is not."""
    out: set[int] = set()
    run: list[int] = []
    width = 0
    for i in [*content, None]:
        cells = len(lines[i].text.split(" | ")) if i is not None else 0
        if cells >= 2 and (not run or cells == width):
            run.append(i)
            width = cells
            continue
        if len(run) >= least:
            out.update(run)
        run, width = ([i], cells) if cells >= 2 else ([], 0)
    return out


def data_tables(lines: list[Line], content: list[int]) -> set[int]:
    """The rows of the tables that carry the statement's data (see ``table_rows``), not of a
    table of signers: one under a signatories label is the signature block, the end of the
    statement, and the body does not go on past it."""
    from workflow.importer.signer_labels import COLON_LABEL, GROUP

    rows = table_rows(lines, content)
    out: set[int] = set()
    above: int | None = None
    for i in content:
        if i not in rows:
            above = i
            continue
        lead = bare(lines[above].text).strip() if above is not None else ""
        if not (SIGN_LABEL.match(lead) or COLON_LABEL.match(lead) or GROUP.match(lead)):
            out.add(i)
    return out


def _form_control(f: Features) -> bool:
    """A form's field or button: "Email *", "Enter your email", "Sign up", "Subscribe"."""
    return "form field" in f.evidence or (f.words <= 4 and any(
        e.startswith("lexicon") and any(w in e for w in ("sign up", "subscribe", "your email",
                                                         "email address", "donate"))
        for e in f.evidence))


def _signed_off(lines: list[Line], content: list[int], feats: dict[int, Features], a: int,
                b: int) -> int:
    """The statement ends with its signatures: a sign-off label ("Signed,", "Signatories:")
    inside the body followed by names ends the body there (a newsletter's "What you can do"
    after a joint statement is not the statement); the signature block is found after it."""
    inside = [i for i in content if a < i <= b]
    for pos, i in enumerate(inside):
        text = bare(lines[i].text).strip()
        if not SIGN_LABEL.match(text) or starts_lower(text):
            continue  # (a wrapped sentence's last line "signatories." is no label)
        names = 0
        for j in inside[pos + 1:]:
            if not _name_like(bare(lines[j].text), feats[j]):
                break
            names += 1
        if names and pos + 1 + names < len(inside):
            return _before(content, i, 1)[0] if _before(content, i, 1) else b
    return b


def _contents_turn(lines: list[Line], content: list[int], feats: dict[int, Features],
                   repeat: dict, title: int | None, b: int) -> int | None:
    """A newsletter issue names its items in its contents above the statement's heading ("In
    this issue: the families' open letter, a reading list, and an update on our side event",
    "📖 Reading list below"): a heading after the statement's prose that such a line names is
    the issue's next item (its reading list, its event), not more of the statement. A line
    repeated on the page (a thread's account name, a running header) is no such heading, and
    the contents say more than the heading they name. A document's own table of contents
    (dot leaders, page numbers) names its sections, and a numbered heading ("2. A year of
    shutdowns") is a section of the same document: neither turns to another item."""
    if title is None:
        return None
    above = [ws for i in content if i < title and not _SECTION_ENTRY.search(lines[i].text)
             and not any("dot leaders" in e for e in feats[i].evidence)
             and (ws := _topic_words(lines[i].text))]
    if not above:
        return None
    prose = 0
    for i in content:
        if i <= title or i > b:
            continue
        f = feats[i]
        if f.prose:
            prose += 1
            continue
        if prose < 3 or f.terminal or f.words > 6 or repeat[i][0] or \
                _SECTION_NUMBER.match(bare(lines[i].text)) or \
                not heading_shaped(lines[i].text, f):
            continue
        named = _topic_words(lines[i].text)
        if len(named) >= 2 and any(named < ws for ws in above):
            return i
    return None


_SECTION_NUMBER = re.compile(r"^\s*(?:\d{1,2}(?:\.\d{1,2})*\.?|[IVX]{1,5}\.)\s+\S")
_SECTION_ENTRY = re.compile(r"\s\d{1,3}\s*$")  # a contents entry's page number


def _topic_words(text: str) -> frozenset[str]:
    return frozenset(w.lower() for w in words(bare(text)) if w.lower() not in SMALL_WORDS)


_DASH_LEAD = re.compile(r"^[—–]\s*(?=[^\s—–-])")


def _dash_signer(text: str) -> str:
    """The name a dash signs a post with ("— Urmia Prisoners' Families Committee (کمیته …)"),
    without its form in another script in parentheses."""
    return re.sub(r"\s*\([^()]*\)$", "", _DASH_LEAD.sub("", text))


def _dash_signed_end(lines: list[Line], content: list[int], feats: dict[int, Features], b: int,
                     barriers: list[int]) -> int:
    """A post signed with a dash and its organisation's name ("— Urmia Prisoners' Families
    Committee") ends there: the finished sentences between the body and that line are the
    statement's last paragraph, whatever furniture words they use ("We ask every journalist
    to share this news."; a share button is no sentence), with only hashtags besides them."""
    after = _after(content, b, 4)
    for pos, j in enumerate(after):
        if j in barriers:
            return b
        text = bare(lines[j].text).strip()
        if not _DASH_LEAD.match(text):
            continue
        name = _dash_signer(text)  # (its other script's form aside)
        if name_shape(name).kind != "organisation" or feats[j].words > 20:
            return b
        between = after[:pos]
        said = [k for k in between if feats[k].terminal and feats[k].sentence >= 2.0 and
                feats[k].words >= 6 and all(e.startswith("lexicon") for e in feats[k].evidence)]
        tags = [k for k in between if feats[k].evidence == ["hashtags"]]
        return max(said) if said and len(said) + len(tags) == len(between) else b
    return b


def _next_item_after_signed(lines: list[Line], content: list[int], feats: dict[int, Features],
                            a: int, b: int) -> int:
    """A newsletter's item signed with a dash and its organisation's name ("— ASAR Legal
    Defence Foundation, Casework Team"), then, within three blocks, a heading in the same
    script over finished prose ("Casework update: Ardabil appeal succeeds" / "Good news for
    once. …"): the next item of the issue, not the statement's; the statement ends at the
    signature."""
    for j in [j for j in content if a < j < b]:
        text = bare(lines[j].text).strip()
        name = _dash_signer(text).split(",")[0]  # (its team after a comma)
        if not _DASH_LEAD.match(text) or name_shape(name).kind != "organisation" or \
                feats[j].words > 20:
            continue
        nxt = _after(content, j, 4)
        for pos, k in enumerate(nxt[:3]):
            prose = nxt[pos + 1] if pos + 1 < len(nxt) else None
            if prose is not None and heading_shaped(lines[k].text, feats[k]) and \
                    not feats[k].terminal and feats[k].script == feats[j].script and \
                    feats[prose].prose and feats[prose].terminal and \
                    not _FOOTNOTE.match(lines[prose].text):
                return j
    return b


_TO_READER = re.compile(r"\b(?:you|your)\b", re.IGNORECASE)  # the publisher to its readers


_ABOUT = re.compile(r"^(?:about (?:the )?[A-Z][\w.&'’-]*(?:\s+(?:of |for |the )?[A-Z][\w.&'’-]*)"
                    r"{0,5}|notes? (?:to|for) (?:the )?editors|who we are|about us|"
                    r"(?:written|posted) by [A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*){0,3})\s*:?$",
                    re.IGNORECASE)  # (a post's author box after it: "Written by A B")


def _annex_label(text: str) -> bool:
    """"Annex: List of signatory organisations": a document part naming the signers' list."""
    from workflow.importer.signer_labels import DOC_PART, LABEL

    plain = bare(text).strip()
    return bool(DOC_PART.match(plain)) and bool(LABEL.match(DOC_PART.sub("", plain)))


def _about_heading(lines: list[Line], content: list[int], feats: dict[int, Features], a: int,
                   b: int) -> int | None:
    """An organisation's standing paragraph after the statement, under its own heading ("About
    UNCF" / "UNCF works in more than 190 countries …"): the heading near the body's end (at
    most three lines and 120 words after it, three paragraphs of prose before it) is where
    the statement ended; it and what follows are the publisher's."""
    inside = [i for i in content if a < i <= b]
    for pos in range(len(inside) - 1, max(len(inside) - 7, 0), -1):
        j = inside[pos]
        text = bare(lines[j].text).strip()
        if not (_ABOUT.match(text) and text[:1].isupper() and 2 <= feats[j].words <= 7):
            continue
        rest = inside[pos + 1:]
        if rest and len(rest) <= 5 and sum(feats[k].words for k in rest) <= 120 and \
                sum(1 for i in inside[:pos] if feats[i].prose) >= 3:
            return j
        return None
    return None


def _signature_line(lines: list[Line], feats: dict[int, Features], j: int) -> bool:
    """A line that signs the statement: a dash and an organisation's name, or "Signed: A, B"."""
    from workflow.importer.signer_labels import INLINE

    text = bare(lines[j].text).strip()
    if INLINE.match(text):
        return True
    return bool(_DASH_LEAD.match(text)) and feats[j].words <= 12 and \
        name_shape(re.sub(r"\s*\([^()]*\)$", "", _DASH_LEAD.sub("", text))).kind == \
        "organisation"


def _signed_within(lines: list[Line], content: list[int], feats: dict[int, Features], a: int,
                   b: int) -> int:
    """A statement signed near the body's end ("— Roya Foundation for Women's Equality",
    "Signed: A, B, C") ends at its signature: the few short lines after it, within what read
    as the body, are the publisher's ("That's all for this week. Reply to this email …", "If
    you value this work, consider a paid subscription."): at most three lines and 60 words,
    one of them speaking to the reader ("you"); a reporter's "X did not respond" stays."""
    inside = [i for i in content if a < i <= b]
    for pos in range(len(inside) - 1, max(len(inside) - 5, -1), -1):
        j = inside[pos]
        if not _signature_line(lines, feats, j):
            continue
        rest = inside[pos + 1:]
        if rest and len(rest) <= 3 and sum(feats[k].words for k in rest) <= 60 and \
                any(_TO_READER.search(lines[k].text) for k in rest) and \
                sum(1 for i in inside[:pos] if feats[i].prose) >= 3:
            return j
        return b
    return b


def _experts_end(lines: list[Line], content: list[int], feats: dict[int, Features], a: int,
                 b: int) -> int:
    """A release of independent experts ends at the line naming them ("The experts: A,
    Special Rapporteur on …; B, …"), its signature: the paragraphs after it, within what read
    as the body, are the standing description of their mandates every such release carries
    ("Special Rapporteurs are part of what is known as the Special Procedures …"), no words
    of this statement. At most three paragraphs, none quoting anyone."""
    inside = [i for i in content if a < i <= b]
    for pos in range(len(inside) - 1, max(len(inside) - 5, -1), -1):
        j = inside[pos]
        if not experts_line(lines[j].text):
            continue
        rest = inside[pos + 1:]
        if rest and not any(_QUOTING.search(lines[k].text) for k in rest) and \
                sum(1 for i in inside[:pos] if feats[i].prose) >= 3:
            return j
        return b
    return b


_QUOTING = re.compile(r"[“”\"]|\b(?:said|says|added|stressed|noted)\b")


def _thread_span(lines: list[Line], content: list[int], hints: PageHints, a: int,
                 b: int) -> tuple[int, int]:
    """A thread numbered in parts ("1/6 …" to "6/6 …") is the statement from its first part to
    its last, whatever the posts' headers, counters and media between them weigh; the replies
    after the last part are not."""
    parts = [(i, *hints.thread_parts[lines[i].no]) for i in content
             if lines[i].no in hints.thread_parts]
    if len(parts) < 3:
        return a, b
    counts: dict[int, int] = {}
    for _, _, n in parts:
        counts[n] = counts.get(n, 0) + 1
    total = max(counts, key=lambda n: (counts[n], n))
    mine = [(i, k) for i, k, n in parts if n == total]
    first = min(mine, key=lambda p: (p[1], p[0]))[0]
    last = [i for i, k in mine if k == total]
    return min(a, first), (max(last) if last else max(b, max(i for i, _ in mine)))


def _preamble(lines: list[Line], content: list[int], feats: dict[int, Features],
              body: tuple[int, int], notes: set[int],
              paragraphs: dict[int, tuple[int, ...]] | None = None) -> tuple[int, int]:
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
        if all(_ADDRESSEE.match(bare(lines[j].text).strip()) for j in inside[:greeting]):
            return inside[greeting], b  # "To: …" / "Cc: …" only, under the letter's heading
    units = _units(lines, inside, paragraphs or {}, 5)
    greeted = bool(_before(content, a, 1)) and bool(
        _GREETING.match(bare(lines[_before(content, a, 1)[0]].text)))
    for k, (unit, text, f) in enumerate(units[1:4], start=1):
        if len(unit) == 1 and _DASH_SIGNED.match(text) and f.words <= 12 and \
                (greeted or _GREETING.match(units[0][1])) and \
                sum(u[2].words for u in units[:k]) <= 100 and k + 1 < len(units):
            for note in units[:k + 1]:
                notes.update(note[0])
            return units[k + 1][0][0], b  # "Dear friends," / "This month …" / "— Shirin, …"
    # a newsletter's teaser and greeting before the statement's own heading ("This week: …" /
    # "Hello, and welcome to issue 58. …" / "Joint appeal: …" / its prose)
    if len(units) >= 4 and heading_shaped(units[2][1], units[2][2]) and \
            units[2][2].words >= 3 and units[3][2].prose and \
            all(u[2].words <= 40 and not heading_shaped(u[1], u[2]) for u in units[:2]) and \
            any(_GREETING.match(u[1]) for u in units[:2]):
        for note in units[:2]:
            notes.update(note[0])
        return units[2][0][0], b
    units = units[:3]  # the first blocks, as paragraphs
    if len(units) == 3:
        (first, text, f), (second, text2, f2), (_, text3, f3) = units
        dateline = bool(find_date(text3)) and f3.words <= 8 and not f3.terminal
        note = _POINTS_ON.search(text) and heading_shaped(text2, f2) and \
            (f3.prose or dateline)  # "… the statement below." / a heading / its prose or date
        note = note or (_POINTS_ON.search(text) and (_GREETING.match(text) or
                                                      _BEFORE_ISSUE.match(text)) and
                        f2.prose and f.words <= 60)  # "Hello friends — … is below."
        note = note or (_SHARES_BELOW.search(text) and f2.prose and f.words <= 80)  # "I am
        # posting below … a joint appeal I co-signed. — L.F."
        if note:
            notes.update(first)
            return second[0], b
        headed = any(heading_shaped(lines[j].text, feats[j]) and feats[j].words >= 3
                     for j in content if j < first[0])
        if _GREETING.match(text) and heading_shaped(text2, f2) and f2.words >= 3 and \
                f.words <= 40 and not headed:  # "Hi everyone, this just came out. Can we get
            notes.update(first)  # it translated by tonight?" / "*STATEMENT OF …*": a poster's
            return second[0], b  # note over the statement's heading, with no headline above
    headed = _headline_dated(lines, inside, feats)
    if headed is not None:
        return headed, b
    units = _units(lines, inside, paragraphs or {}, 8)
    for pos, (unit, text, f) in enumerate(units[1:6], start=1):
        if sum(1 for _, _, g in units[:pos] if g.prose) > 2:
            break
        if len(unit) > 1 or not (heading_shaped(text, f) and f.words >= 3):
            continue
        nxt = [u[0] for u in units[pos + 1: pos + 3] if len(u[0]) == 1]
        dated = [j for (j,) in nxt if find_date(lines[j].text) and feats[j].words <= 8
                 and not feats[j].terminal]
        if dated:
            rest = [j for j in inside if j > dated[0]]
            if rest and any(feats[j].prose for j in rest[:2]):
                return rest[0], b
    return a, b


def _headline_dated(lines: list[Line], inside: list[int],
                    feats: dict[int, Features]) -> int | None:
    """A news article's head found as the body's first lines: its headline, standfirst and
    byline, then its date line ("Published 2 December 2026, 16:05"), each a line without a
    full stop. The body starts after the date line, where the prose is."""
    for k, i in enumerate(inside[:3]):
        if feats[i].terminal or not (heading_shaped(lines[i].text, feats[i]) and
                                     feats[i].words >= 3):
            return None
        for d in inside[k + 1:k + 4]:
            f = feats[d]
            if f.terminal or f.words > 40:
                break
            if find_date(lines[d].text) and f.words <= 8 and not _byline(lines[d].text):
                rest = [j for j in inside if j > d]
                between = [j for j in inside if i < j < d]
                if any(_byline(lines[j].text) for j in between) and \
                        any(feats[j].prose and feats[j].terminal for j in rest[:3]):
                    return next(j for j in rest if feats[j].prose)
                break
    return None


def _units(lines: list[Line], inside: list[int], paragraphs: dict[int, tuple[int, ...]],
           n: int) -> list[tuple[list[int], str, Features]]:
    """The first ``n`` blocks of ``inside`` as paragraphs (a hard-wrapped paragraph's lines
    together): their lines, text and evidence."""
    out: list[tuple[list[int], str, Features]] = []
    k = 0
    while k < len(inside) and len(out) < n:
        members = set(paragraphs.get(inside[k], (inside[k],)))
        unit = [inside[k]]
        while k + len(unit) < len(inside) and inside[k + len(unit)] in members:
            unit.append(inside[k + len(unit)])
        text = " ".join(bare(lines[j].text) for j in unit)
        out.append((unit, text, measure(text)))
        k += len(unit)
    return out


def heading_shaped(text: str, f: Features, least: int = 2) -> bool:
    """Could be a title or heading: a few words, no sentence-final full stop, not furniture."""
    text = bare(text)
    if not least <= f.words <= 30 or f.hard >= 1.0 or f.soft > 1.0:
        return False
    if text.rstrip().endswith((".", ",", ";")) and not text.rstrip().endswith("..."):
        return False
    if starts_lower(text) or _BYLINE.match(text) or date_line(text):
        return False
    # past a chat's emphasis ("*STATEMENT …*"), a plain-text e-mail's heading mark ("** …")
    first = re.sub(r"^\*\*\s+", "", text).lstrip("“‘\"'([¿¡*_~")[:1]
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
                     stop: int | None, repeat: dict,
                     paragraphs: dict[int, tuple[int, ...]] | None = None) -> set[int]:
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
        label = bare(lines[max(block)].text).strip() if block else ""
        if "rule (separator)" in f.evidence and SIGN_LABEL.match(label) and \
                not VALEDICTION.match(label):  # (under "Yours sincerely,": footnotes)
            continue  # a rule under the list's label ("SIGNATORY ORGANISATIONS" / "────")
        if any("earlier import" in why for why in repeat[i][1]) or \
                after.count(key(lines[i].text)) > 1 or _NOTE_MARK.match(lines[i].text):
            break
        run = (paragraphs or {}).get(i, (i,))
        if len(run) > 1 and run[0] == i and not SIGN_LABEL.match(text):
            whole = " ".join(bare(lines[k].text) for k in run)
            if ends_terminal(whole) and len(words(whole)) >= 16 and \
                    starts_lower(lines[run[1]].text):
                break  # the first line of a hard-wrapped sentence, not a signer's name
        nxt = _after(content, i, 1)
        if not SIGN_LABEL.match(text) and (lines[i].kind == "heading" or (
                nxt and feats[nxt[0]].prose and feats[nxt[0]].words >= 12 and
                not is_organisation(text) and not is_person(text) and not date_line(text))):
            break  # a heading over more prose ("What you can do"), not a signer
        if not SIGN_LABEL.match(text) and (_CLOCK.search(text) or "counter" in f.evidence):
            break  # a post's time stamp and counters ("9:41 AM · Feb 3, 2026 · 48.2K Views")
        in_list = bool(block) and (lines[i].kind == "list" or bool(list_marker(lines[i].text)))
        if SIGN_LABEL.match(text) or date_line(text) or _name_like(text, f, in_list) or \
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


def _name_like(text: str, f: Features, in_list: bool = False) -> bool:
    """A signature line: an organisation or a person, maybe with a role, no sentence. In a
    list of signers, a name may hold a word furniture also uses ("Article 12 Privacy
    Project")."""
    if f.hard >= 1.0 or f.soft > 1.0 or f.words > 16 or not f.words:
        return False
    if f.furniture >= 1.0 and not (in_list or is_organisation(text)):
        return False
    if re.search(r"\w: \w", text):
        return False  # a label and its value ("country page: Iran"), not a name
    if is_organisation(text) or is_person(text):
        return True
    if ends_terminal(text) and not text.endswith(")"):
        return False
    lead = text.lstrip("—–-•*· ")  # past a dash or a bullet
    first = next((ch for ch in text if ch.isalnum()), "")
    return (capital_start(lead) or first.isupper() or (first.isalpha() and not first.isascii())) \
        and f.words <= 12


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
    if i < a and title is not None and lines[title].no and 0 < line.no < lines[title].no and \
            not f.prose and f.words <= 6:
        return Decision(i, False, min(f.sentence - furniture - 2.5, -1.0), "header",
                        "a label above the headline on the page (the headline is read first)",
                        evidence)  # "Press releases" / "Special Procedures" over the <h1>
    if i < a:
        return _before_body(i, lines, content, feats, evidence, furniture, title)
    if i in signature:
        if VALEDICTION.match(bare(line.text).strip()) or \
                _SIGN_OFF.match(bare(line.text).strip()):  # an e-mail's "Best regards,"
            return Decision(i, False, -1.0, "signature", "a letter's closing formula "
                            "(valediction): neither a signer nor the statement", evidence)
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
        if not role and furniture >= 1.0 and f.words <= 5 and not f.terminal and \
                any(e.startswith("lexicon") for e in f.evidence) and \
                not (f.hard < 1.0 and any(feats[j].prose for j in _after(content, i, 1))):
            score -= 1.5  # a post's setting, a button's words ("Everybody can reply")
        if f.wrapped and (f.hard < 1.0 or _tail(f)) and not rep:
            score = max(score, 1.0)  # a line of a wrapped paragraph ("… 300,000" / "members.")
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
    # (under a footnote, or under the wrapped last line of one: "1 A, Report," / "May 2025.")
    in_notes = f.terminal and any(_FOOTNOTE.match(lines[k].text) for k in _before(content, i, 2))
    if _FOOTNOTE.match(line.text) and f.words >= 4 and \
            not _number_goes_on(lines, content, i) and \
            (furniture < 2.0 or (in_notes and furniture < 3.5)) and \
            (f.terminal or f.words >= 8 or wrapped_note) and \
            not _figure_runs_on(lines, content, i):
        return Decision(i, True, 1.0, "footnote", "footnote after the body", evidence,
                        "footnote")
    score = f.sentence - furniture - 2.5
    if f.prose and _continues_text(text):
        score += 1.0
    if b is not None and i > b and _signature_line(lines, feats, b) and \
            _TO_READER.search(line.text):
        score -= 3.0  # the statement signed off: the words to the reader after it are the
        # publisher's
        if score < 0:
            return Decision(i, False, score, "after", "after the statement's signature line "
                            "(the publisher's words)", evidence)
    if b is not None and i > b and experts_line(lines[b].text) and \
            not _QUOTING.search(line.text):
        return Decision(i, False, min(score, -1.0), "after", "after the line naming the "
                        "experts who issue it (their mandates' standing description)",
                        evidence)
    keep = score >= 0
    return Decision(i, keep, score, "after", "prose after the body" if keep else
                    "after the body", evidence)


def _number_goes_on(lines: list[Line], content: list[int], i: int) -> bool:
    """A wrapped line opening on a figure that goes on with the sentence above ("… trained
    more than" / "900 journalists in …"), no footnote's number: the line above stops on a
    lowercase word, and no footnote is in the lines just before."""
    before = _before(content, i, 3)
    if not before or before[-1] != i - 1:
        return False
    prev = lines[before[-1]].text.rstrip()
    return bool(prev) and prev[-1].islower() and \
        not any(_FOOTNOTE.match(lines[j].text) for j in before)


_NEWSROOM = re.compile(r"\b(?:staff|correspondents?|reporters?|newsroom|desk)\s*$", re.IGNORECASE)


def _before_body(i: int, lines: list[Line], content: list[int], feats: dict[int, Features],
                 evidence: list[str], furniture: float, title: int | None) -> Decision:
    """Between the title and the body: subtitle kept; bylines, dates, buttons go."""
    f = feats[i]
    text = lines[i].text
    prev = _before(content, i, 1)
    nxt = _after(content, i, 1)
    if _kicker(text, f) and nxt and heading_shaped(lines[nxt[0]].text, feats[nxt[0]]) and \
            feats[nxt[0]].words >= 3:
        return Decision(i, False, -1.0, "header", "a category label over a headline",
                        evidence)  # "PETITION & JOINT STATEMENT" / "Free the five …"
    if title is not None and i > title and _ADDRESSEE.match(bare(text).strip()) and \
            f.words <= 30:
        return Decision(i, False, -1.0, "header", "a letter's addressee line (\"To: …\", "
                        "\"Cc: …\") between the title and the body: its particulars, not its "
                        "text", evidence)
    if (_BYLINE.match(bare(text)) or (_byline(text) and _NEWSROOM.search(text))) and \
            not f.terminal and f.words <= 12 and not starts_lower(text):
        return Decision(i, False, -1.5, "header", "byline between the title and the body "
                        "(metadata)", evidence)  # "By Caspian Wire staff", "GulfWire staff"
    from workflow.importer.titles import purpose_line

    if title is not None and i > title and (purpose_line(text) or (
            starts_lower(text) and prev and prev[-1] >= i - 2 and
            purpose_line(lines[prev[-1]].text))):
        return Decision(i, False, -1.0, "header", "a cover's line saying what the document is "
                        "for (its particulars, not its text)", evidence)
    if title is not None and prev and prev[-1] == title and heading_shaped(text, f) \
            and furniture - f.soft < 1.0 and not find_date(text) and not _byline(text):
        return Decision(i, True, 1.0, "header", "subtitle under the title", evidence,
                        "subtitle")
    from workflow.importer.titles import authors_label

    if authors_label(text):  # ("Submitted on 8 April 2025" / "by", its names under it)
        return Decision(i, False, -1.0, "header", "a cover's label over the names of who "
                        "submits it (its particulars, not its text)", evidence)
    if starts_lower(text) and prev and prev[-1] >= i - 2 and furniture < 1.0:
        return Decision(i, True, 1.0, "header", "continues the line above", evidence)
    from workflow.importer.titles import document_label

    if title is not None and i > title and document_label(text):
        return Decision(i, False, -1.0, "header", "a document-type label under the title "
                        "(what kind of text, not a heading of it)", evidence)
    nxt = _after(content, i, 1)
    if nxt and nxt[0] >= 0 and furniture < 1.0 and heading_shaped(text, f, 1) and \
            _prose_after(i, content, feats) and not find_date(text) and \
            (f.words >= 2 or list_marker(text)) and \
            not any(authors_label(lines[j].text) for j in _after(content, i, 2)):  # (a
        # cover's particulars over its "Submitted on … by:", which is no text)
        return Decision(i, True, 1.0, "header", "heading above the body", evidence, "heading")
    if _SALUTATION.match(bare(text).strip()) and not _GREETING.match(bare(text).strip()) and \
            f.words <= 10 and _prose_after(i, content, feats):
        return Decision(i, True, 1.0, "header", "a letter's salutation to its addressees, "
                        "opening the letter", evidence)  # "Excellencies,": the letter's own
    if find_date(text) and (f.words <= 14 or stamp_line(text)):
        tag = "updated-date" if _UPDATED.search(text) else "date"
        return Decision(i, False, -1.5, "header", f"{tag}/byline line between the title and "
                        "the body (metadata)", evidence)
    if (_GREETING.match(bare(text)) or _BEFORE_ISSUE.match(bare(text))) and \
            _POINTS_ON.search(text) and f.words <= 80:
        return Decision(i, False, -1.0, "header", "a note before the statement, pointing on "
                        "to it", evidence)  # "Hi friends, welcome to issue 58. … below."
    if f.prose and _SHARES_BELOW.search(bare(text)) and f.words <= 80:
        return Decision(i, False, -1.0, "header", "a poster's note sharing the statement "
                        "(\"so here it is\", \"we are sharing the statement below\")", evidence)
    if f.prose and _greeted_and_signed(i, lines, content):
        return Decision(i, False, -1.0, "header", "a signed note before the statement (between "
                        "a greeting and a sign-off)", evidence)  # "Dear friends," … "With love,"
    if f.prose and _greeted_over_heading(i, lines, content, feats):
        return Decision(i, False, -1.0, "header", "an editor's note to the readers before the "
                        "statement (under a greeting, over the statement's heading)", evidence)
    score = f.sentence - furniture - 2.0
    if f.prose and furniture == 0:
        score = max(score, 0.5)  # a lead sentence before the body proper: kept, flagged
    keep = score >= 0
    return Decision(i, keep, score, "header", "prose before the body" if keep else
                    "between the title and the body", evidence)


def _wrapped_notes(lines: list[Line], content: list[int], feats: dict[int, Features],
                   paragraphs: dict[int, tuple[int, ...]], a: int) -> set[int]:
    """An editor's note before the body, greeting the readers and pointing on to the statement
    ("Dear readers, this week's issue is given over to the joint statement below."), read as
    its whole paragraph when hard-wrapped over lines that say so only together."""
    found: set[int] = set()
    early = set(_after(content, a - 1, 8))  # or among the body's first lines, over a heading
    for i in content:
        if i >= a and i not in early:
            break
        run = paragraphs.get(i, (i,))
        if i != run[0] or len(run) < 2:
            continue
        text = " ".join(bare(lines[k].text) for k in run)
        if not ((_GREETING.match(text) or _BEFORE_ISSUE.match(text)) and
                _POINTS_ON.search(text) and len(words(text)) <= 80):
            continue
        later = _after(content, run[-1], 3)
        if i < a or any(heading_shaped(lines[j].text, feats[j]) and feats[j].words >= 2
                        for j in later):
            found.update(run)
    return found


def _greeted_over_heading(i: int, lines: list[Line], content: list[int],
                          feats: dict[int, Features]) -> bool:
    """A paragraph right under a greeting to the readers ("Dear friends,", "Hi all,") and right
    over the statement's own heading (a newsletter's "This month we lead with a statement our
    forum co-signed … Please share it widely." / "Joint statement: Free the …"). A letter's
    salutation to its addressee ("Dear Minister,") is no such greeting."""
    above = _before(content, i, 2)
    below = _after(content, i, 2)
    if not any(_GREETING.match(bare(lines[j].text).strip()) and feats[j].words <= 6
               for j in above):
        return False
    return any(feats[j].words >= 3 and not feats[j].terminal and (
        lines[j].kind in ("heading", "title") or heading_shaped(lines[j].text, feats[j]))
        and _prose_after(j, content, feats) for j in below)


def _greeted_and_signed(i: int, lines: list[Line], content: list[int], reach: int = 4) -> bool:
    """A paragraph of an editor's letter before the statement: a greeting line ("Dear friends,")
    above it and a sign-off line ("With gratitude,") below it, a few paragraphs away at most."""
    def short(j: int) -> str:
        text = bare(lines[j].text).strip()
        return text if len(words(text)) <= 6 else ""

    above = any(_GREETING.match(short(j)) for j in _before(content, i, reach))
    below = any(VALEDICTION.match(short(j)) or _SIGN_OFF.match(short(j))
                for j in _after(content, i, reach))
    return above and below


def _kicker(text: str, f: Features) -> bool:
    """A category label: a few words in capitals ("PETITION & JOINT STATEMENT", "OPINION")."""
    text = bare(text)
    return 1 <= f.words <= 5 and text.isupper() and not f.terminal and not find_date(text)


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
