"""Site furniture that a browser copy drags along, removed by *kind* of line.

Each rule names its kind in the report: skip links, breadcrumbs, page-header dates, repeated
titles, share buttons, comment forms, related-content blocks with their teasers, image captions.
Rules match the shape of a line (and its neighbours), so they carry over to other sites.
"""

from __future__ import annotations

import dataclasses
import re
from collections.abc import Callable

from workflow.importer.classifier import PageHints, classify_lines, label_end
from workflow.importer.dating import DateCandidate
from workflow.importer.metadata import parse_date
from workflow.importer.report import Report
from workflow.importer.text import (
    Line,
    ends_ellipsis,
    ends_terminal,
    is_title_case,
    starts_lower,
    words,
)
from workflow.importer.titles import join_title


def _full(*patterns: str) -> re.Pattern[str]:
    return re.compile(r"^(?:" + "|".join(patterns) + r")$", re.IGNORECASE)


_BULLET = re.compile(r"^[•·▪◦‣*\-]\s*")
_NUMBERED = re.compile(r"^\d{1,2}[.)]\s")

SKIP_LINK = _full(r"(?:skip|jump) to (?:the )?(?:main )?(?:content|navigation|menu|search|footer)")
BREADCRUMB = re.compile(r"^(?:home|start)\s*[>»›/|]\s*\S", re.IGNORECASE)
SHARE = _full(
    r"share(?: this)?(?: (?:article|page|post|story))?:?",
    r"share (?:on|via) \w+", r"(?:tweet|print|e-?mail)(?: this)?(?: (?:article|page))?",
    r"(?:facebook|twitter|x|whatsapp|telegram|linkedin|pinterest|reddit)",
    r"(?:read more|continue reading|back to top|print this page)[.…]*",
)
CAPTION_CREDIT = re.compile(r"^(?:photo|image|picture|credit|file photo)s?\s*(?::|by\b|credit\b|©)",
                            re.IGNORECASE)

COMMENT_START = _full(
    r"add (?:a )?new comment", r"add a comment", r"leave a (?:comment|reply)",
    r"post (?:a |new )?comment", r"write a comment", r"comments?", r"\d+ comments?",
    r"(?:log ?in|register) (?:or register )?to post comments\.?",
)
COMMENT_FORM = _full(
    r"plain text", r"filtered html", r"full html", r"text format", r"restricted html",
    r"no html tags allowed\.?", r"allowed html tags:.*",
    r"web page addresses and e-?mail addresses turn into links automatically\.?",
    r"lines and paragraphs break automatically\.?",
    r"more information about text formats", r"enter the characters shown in the image\.?",
    r"this question is for testing whether (?:or not )?you are a human visitor.*",
    r"(?:image )?captcha", r"math question", r"what code is in the image\??",
    r"(?:your )?(?:name|e-?mail(?: address)?|website|subject|comment)\s*\*?:?",
    r"save|preview|submit|post comment|send",
    r"your e-?mail address will not be published\.?.*", r"required fields are marked.*",
    r"notify me of (?:new|follow-up) (?:comments|posts).*",
)
RELATED_START = re.compile(
    r"^(?:latest (?:news|posts|articles|stories)|must read|recommended (?:stories|reading|articles)"
    r"|(?:more|top|related) stories"
    r"|you might also like.*|you may also like.*"
    r"|recommended(?: for you| to you)?"
    r"|related(?: articles| posts| news| stories| content| coverage| reading| links)?"
    r"|more (?:news|stories|from .{1,40})|popular(?: posts| articles| news)?|most read"
    r"|trending(?: now)?|read next|see also)[:.]?$",
    re.IGNORECASE,
)


def strip_boilerplate(lines: list[Line], report: Report, hints: PageHints | None = None,
                      dates: list | None = None) -> tuple[list[Line], int | None]:
    """Remove furniture from ``lines`` (blank lines included); returns the kept lines and the raw
    line number of the title, if any.

    The precise rules for one kind of line each run first (they name what they remove); then
    the block classifier decides the rest and picks the title; then the title's repeats go."""
    kept = _drop(lines, report, _line_rules)
    starts: list[int] = []
    related: list[int] = []
    kept = _drop_zones(kept, report, starts, related)
    if starts or related:
        hints = dataclasses.replace(hints or PageHints(), barriers_after=tuple(starts),
                                    related_after=tuple(related))
    _caption_handles(kept, report)
    kept, title_at, intro = _classify(kept, report, hints, dates)
    signers = {c.no for c in dates or () if c.where == "signature"}
    kept, title_no = _find_title(kept, report, title_at, signers | intro)
    return kept, title_no


def _classify(lines: list[Line], report: Report, hints: PageHints | None,
              dates: list | None) -> tuple[list[Line], int | None, set[int]]:
    """Run the block classifier; report every drop with its evidence, flag unsure blocks;
    collect the date lines around the title and body into ``dates``. Also returns the raw
    numbers of the lines kept above the title (a thread's first post over its heading)."""
    result = classify_lines(lines, hints)
    if dates is not None:
        dates += [DateCandidate(lines[i].no, lines[i].text, where) for i, where in result.dates]
        dates += [DateCandidate(lines[i].no, lines[i].text, "signature")
                  for i, d in sorted(result.decisions.items()) if d.role == "signature"]
    kept: list[Line] = []
    for i, line in enumerate(lines):
        decision = result.decisions.get(i)
        if decision is None:
            kept.append(line)
            continue
        report.decide(line.no, decision, line.text)
        if decision.keep:
            kept.append(line)
            if decision.unsure:  # flagged at the end unless a later rule removes it
                report.unsure.append((line.no, f"unsure, kept: {decision.explain()}",
                                      line.text))
        else:
            report.remove(line.no, decision.explain(), line.text)
            if decision.unsure:
                report.flag(line.no, f"unsure, removed: {decision.explain()}", line.text)
    _emoji_bullets(kept, report)
    title_no = lines[result.title].no if result.title is not None else None
    if result.title is not None and (cut := label_end(lines[result.title].text)):
        head = lines[result.title]
        report.alter(head.no, f"label before the title taken off: {head.text[:cut].strip()}",
                     head.text[cut:])
        head.text = head.text[cut:]
    if len(result.title_lines) > 1:
        head = lines[result.title_lines[0]]
        rest = [lines[i] for i in result.title_lines[1:]]
        head.text = join_title(head.text, [line.text for line in rest],
                               hints.running if hints else ())
        report.alter(head.no, f"title wrapped over {len(result.title_lines)} lines joined",
                     head.text, last=rest[-1].no)
        kept = [line for line in kept if line not in rest]
    intro = {lines[i].no for i, d in result.decisions.items() if d.role == "intro"}
    return kept, title_no, intro


def _line_rules(line: Line) -> str | None:
    """Reason to drop a single line on its own shape, or None."""
    bare = _BULLET.sub("", line.text)
    if SKIP_LINK.match(bare):
        return "skip link"
    if BREADCRUMB.match(line.text):
        return "breadcrumb"
    if SHARE.match(bare):
        return "share/navigation button"
    if CAPTION_CREDIT.match(line.text) and len(words(line.text)) <= 15:
        return "photo credit"
    return None


def _drop(lines: list[Line], report: Report, rule: Callable[[Line], str | None]) -> list[Line]:
    kept = []
    for line in lines:
        reason = rule(line) if line.text and not line.kind else None
        if reason:
            report.remove(line.no, reason, line.text)
        else:
            kept.append(line)
    return kept


def _drop_zones(lines: list[Line], report: Report, starts: list[int] | None = None,
                related: list[int] | None = None) -> list[Line]:
    """Comment forms and related-content blocks: a start line, then the lines of that kind.
    The raw numbers of comment-thread openings go to ``starts`` (the classifier's barriers),
    those of related-content blocks to ``related`` (crossed only by plain prose)."""
    from workflow.importer.reflow import detect_wrapped

    wrapped = detect_wrapped(lines)  # hard-wrapped text: a teaser block ends at running prose
    kept: list[Line] = []
    zone, numbered = "", False
    for pos, line in enumerate(lines):
        text = _BULLET.sub("", line.text)
        if not text:
            kept.append(line)
            continue
        if not line.kind and COMMENT_START.match(text):
            zone = "comment form"
            if starts is not None:
                starts.append(line.no)
            report.remove(line.no, "comment form", line.text)
            continue
        if RELATED_START.match(text) and (not line.kind or line.kind == "heading"):
            zone = "related"
            if related is not None:
                related.append(line.no)
            report.remove(line.no, "related-content block heading", line.text)
            continue
        if zone == "comment form" and COMMENT_FORM.match(text):
            report.remove(line.no, "comment form", line.text)
            continue
        runs_on = wrapped and not ends_terminal(text) and pos + 1 < len(lines) and \
            starts_lower(lines[pos + 1].text) and \
            _teaser_kind(f"{text} {lines[pos + 1].text}") is None  # (a teaser wraps too)
        if zone == "related" and not (numbered and not _NUMBERED.match(line.text)) and \
                not runs_on:  # (a line that runs on into the next is a wrapped paragraph's)
            kind = _teaser_kind(text)
            if kind:  # (a numbered list of teasers ends at its first line without a number)
                numbered = numbered or bool(_NUMBERED.match(line.text))
                report.remove(line.no, kind, line.text)
                continue
        zone, numbered = "", False
        kept.append(line)
    return kept


def _teaser_kind(text: str) -> str | None:
    """A line inside a related-content block: a truncated summary or a short headline."""
    if ends_ellipsis(text):
        return "teaser summary (truncated) in related-content block"
    if COMMENT_FORM.match(text) or COMMENT_START.match(text):
        return "comment form"
    n = len(words(text))
    if n <= 20 and (not text.rstrip().endswith(".") or is_title_case(text)):
        return "teaser headline in related-content block"
    return None


_ACCOUNT = re.compile(r"^@?[a-z0-9_]+(?:\.[a-z0-9_]+)*$")


def _caption_handles(lines: list[Line], report: Report) -> None:
    """A post copied with its account's name over it ("zanrah.collective") shows that name
    again before its caption ("zanrah.collective  ‼️ URGENT: Save …", as Instagram sets a
    caption): the caption starts after the name, which is taken off and reported."""
    content = [line for line in lines if line.text and not line.kind]
    handles = {line.text.strip().lstrip("@") for line in content[:3]
               if _ACCOUNT.match(line.text.strip()) and any(c in line.text for c in "._@")}
    for line in content[3:40]:
        first, _, rest = line.text.strip().partition(" ")
        if first.lstrip("@") in handles and len(words(rest)) >= 3:
            report.alter(line.no, f"the account's name before its caption taken off: {first}",
                         rest.strip())
            line.text = rest.strip()


def _emoji_bullets(lines: list[Line], report: Report) -> None:
    """A leading emoji: a list bullet when the next or previous line starts with one too (a
    messaging post's list), else decoration taken off (a "🔴 Urgent:" headline)."""
    content = [line for line in lines if line.text and not line.kind]
    marked = [bool(EMOJI_BULLET.match(line.text)) for line in content]
    for k, line in enumerate(content):
        match = EMOJI_BULLET.match(line.text)
        if not match or not line.text[match.end():].strip():
            continue
        rest = line.text[match.end():].strip()
        near = (k > 0 and marked[k - 1]) or (k + 1 < len(content) and marked[k + 1])
        if near:
            line.text = "- " + rest
            report.alter(line.no, f"emoji bullet {match.group(0).strip()} -> list item", rest)
        else:
            line.text = rest
            report.alter(line.no, f"leading emoji {match.group(0).strip()} removed", rest)


# (a geometric shape with the emoji variation selector, "▪️", is an emoji bullet too)
EMOJI_BULLET = re.compile(r"^(?:(?:[\U0001F000-\U0001FAFF\u2600-\u27BF\u2B00-\u2BFF\u2190-\u21FF]"
                         r"[\uFE0F\u200D]?|[\u25A0-\u25FF]\uFE0F)\s*)+")


def _find_title(lines: list[Line], report: Report,
                title_no: int | None = None,
                signers: frozenset[int] | set[int] = frozenset()) -> tuple[list[Line], int | None]:
    """The title is the classifier's choice (else the first line of substance); before it,
    page-header dates and breadcrumbs glued to a truncated copy of the title go; after it,
    repeats of the title go."""
    content = [i for i, line in enumerate(lines) if line.text]
    drop: set[int] = set()
    title_at: int | None = None
    known = next((i for i in content if lines[i].no == title_no), None)
    for pos, i in enumerate(content[:8] if known is None else
                            [i for i in content if i <= known]):
        line = lines[i]
        if known is None and line.kind and line.kind != "title":
            break
        if parse_date(line.text, whole=True, allow_weekday=True):
            drop.add(i)
            report.remove(line.no, "page-header date above the title (the site's date, not the "
                                   "statement's)", line.text)
            continue
        later = [lines[j].text for j in content[pos + 1: pos + 6]]
        crumb = _truncated_teaser(line.text, later)
        if crumb is not None:
            drop.add(i)
            what = f"breadcrumb ({crumb}) glued to a truncated copy of the title" if crumb else \
                "truncated copy of the title"
            report.remove(line.no, what, line.text)
            continue
        if known is not None and i != known and line.no in signers:
            continue  # a letter's senders named above it: its signers
        if known is not None and i != known:
            drop.add(i)
            report.remove(line.no, "site header above the title", line.text)
            continue
        title_at = i
        break
    if title_at is None:
        return [line for i, line in enumerate(lines) if i not in drop], None
    title = _key(lines[title_at].text)
    for i in content:
        if i > title_at and _key(lines[i].text) == title and lines[i].no not in signers:
            drop.add(i)  # (a name in the signature block is a signer, however like the title)
            report.remove(lines[i].no, "repeated title", lines[i].text)
    kept = [line for i, line in enumerate(lines) if i not in drop]
    return kept, lines[title_at].no


def _truncated_teaser(text: str, later: list[str]) -> str | None:
    """If ``text`` ends in an ellipsis and its tail starts a later line, return what precedes the
    copy (breadcrumb text, maybe ""); else None."""
    if not ends_ellipsis(text):
        return None
    stem = re.sub(r"(\.\.\.|…)$", "", text.rstrip()).rstrip()
    for candidate in later:
        probe = candidate[: min(len(candidate), 24)]
        if len(probe) < 12:
            continue
        at = stem.find(probe)
        if at >= 0 and candidate.startswith(stem[at:]):
            return stem[:at].strip()
    return None


def _key(text: str) -> str:
    return " ".join(w.lower() for w in words(text))


def drop_captions(lines: list[Line], report: Report, title_no: int | None,
                  wrapped: bool) -> tuple[list[Line], set[int]]:
    """Image captions: a short line repeating the heading next to it (one of the pair is kept as
    the heading), a photo numbered "(1)", a short lowercase line between paragraphs.

    Returns the kept lines and the raw numbers of lines that the pair rule made headings."""
    if wrapped:
        return lines, set()
    content = [i for i, line in enumerate(lines) if line.text and line.no != title_no]
    drop: set[int] = set()
    headings: set[int] = set()
    for k, (a, b) in enumerate(zip(content, content[1:], strict=False)):
        if a in drop or b in drop:
            continue
        first, second = lines[a], lines[b]
        if first.kind not in ("", "heading") or second.kind not in ("", "heading"):
            continue
        if not _is_caption_pair(first.text, second.text):
            continue
        # the next line still kept after the pair (content is in order: no rescan from the top)
        after = next((lines[j].text for j in content[k + 2:] if j not in drop), "")
        if _is_prose(after):
            drop_i, keep_i = _which_caption(a, b, lines)
            if _heading_over_its_paragraph(lines[drop_i], lines[keep_i]):
                continue
            drop.add(drop_i)
            headings.add(lines[keep_i].no)
            report.remove(lines[drop_i].no, "image caption repeating the heading next to it",
                          lines[drop_i].text)
    for i in content:
        if i in drop or lines[i].no in headings or lines[i].kind:
            continue
        text = lines[i].text
        n = len(words(text))
        if re.search(r"\(\d{1,2}\)$", text) and n <= 12:
            drop.add(i)
            report.remove(lines[i].no, "image caption (numbered photo)", text)
        elif starts_lower(text) and n <= 8 and not ends_terminal(text) and _alone(lines, i):
            drop.add(i)
            report.remove(lines[i].no, "image caption (short lowercase line between paragraphs)",
                          text)
    return [line for i, line in enumerate(lines) if i not in drop], headings


def _heading_over_its_paragraph(caption: Line, heading: Line) -> bool:
    """Whether the pair rule would drop a heading the page marks as one (an HTML ``<h2>``) for
    a paragraph opening on its words ("One year of the … law is one year of state violence"
    over "One year after the … law was enforced, women and girls …"): a finished sentence of
    a paragraph's length is no heading's caption, and the marked heading stays."""
    return caption.kind == "heading" and not heading.kind and \
        ends_terminal(heading.text) and len(words(heading.text)) >= 15


def _alone(lines: list[Line], i: int) -> bool:
    """Blank (or nothing) on both sides: a line standing by itself."""
    before = lines[i - 1].text if i > 0 else ""
    after = lines[i + 1].text if i + 1 < len(lines) else ""
    return not before and not after


def _is_caption_pair(a: str, b: str) -> bool:
    if ends_terminal(a) and ends_terminal(b):
        return False
    wa, wb = [w.lower() for w in words(a)], [w.lower() for w in words(b)]
    if not wa or not wb or len(wa) > 30 or len(wb) > 30:
        return False
    if wa[:2] == wb[:2] and len(wa) >= 2 and a[:1].isupper():
        return True
    sa, sb = set(wa), set(wb)
    if wa[0] not in sb and wb[0] not in sa:
        return False  # a caption repeats the name the heading starts with
    return len(sa & sb) / min(len(sa), len(sb)) >= 0.6 and min(len(sa), len(sb)) >= 2


def _is_prose(text: str) -> bool:
    """A finished paragraph: what follows a heading (and its photo caption)."""
    return ends_terminal(text) and len(words(text)) >= 8 or len(words(text)) >= 30


def _which_caption(a: int, b: int, lines: list[Line]) -> tuple[int, int]:
    """(caption to drop, heading to keep): a numbered photo "(1)" is the caption; otherwise the
    shorter, less informative line."""
    numbered = re.compile(r"\(\d{1,2}\)$")
    if numbered.search(lines[b].text):
        return b, a
    if numbered.search(lines[a].text):
        return a, b
    if len(words(lines[b].text)) > len(words(lines[a].text)):
        return a, b
    return b, a
