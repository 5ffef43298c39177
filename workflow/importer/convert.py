"""Raw text (or HTML) -> source metadata, body and import report. Pure: reads and writes nothing."""

from __future__ import annotations

import re
from dataclasses import dataclass

from workflow.importer.boilerplate import drop_captions, strip_boilerplate
from workflow.importer.classifier import PageHints
from workflow.importer.covers import running_title, unquoted_title
from workflow.importer.dating import DateCandidate, statement_date, updated_line
from workflow.importer.editnotes import drop_edit_notes
from workflow.importer.flags import fix_glued_ordinals, flag_pieces, flag_size
from workflow.importer.metadata import (
    date_line,
    dateline,
    find_date,
    is_organisation,
    parse_date,
    with_year,
)
from workflow.importer.rawinput import RawInput
from workflow.importer.reflow import (
    build_groups,
    detect_wrapped,
    line_width,
    paragraphs_overlong,
)
from workflow.importer.report import Report
from workflow.importer.signer_labels import opens_signers
from workflow.importer.signers import refers_elsewhere, signers
from workflow.importer.structure import Piece, classify
from workflow.importer.text import Line, ends_terminal, normalise, words
from workflow.importer.titles import clean_title, fallback
from workflow.source import SIGNATURES_MARKER


@dataclass
class Conversion:
    """What the importer made of one raw page."""

    title: str
    meta: dict
    body: str
    pieces: list[Piece]
    report: Report
    layout: str
    raw_lines: int
    raw_words: int
    kept_words: int


def convert(raw: RawInput, removed_before: frozenset[str] = frozenset()) -> Conversion:
    """Clean one raw page into blocks, metadata and a report. ``removed_before`` are the keys
    (classifier.key) of lines that earlier imports' reports removed: furniture evidence."""
    report = Report()
    report.notes += list(raw.notes)
    for no, why, text in raw.removed:  # the format's own wrapper (a chat app's stamps, names)
        report.remove(no, why, text)
    if raw.controls_removed:
        report.alter(None, f"{raw.controls_removed} stray control character(s) removed")
    hints = PageHints(title=raw.title_hint, removed_before=removed_before)
    page_date = raw.date_hint
    raw_lines = raw.text.count("\n") + 1
    raw_words = len(words(raw.text))
    if raw.is_html:
        from workflow.importer.htmltext import html_lines

        lines, html_date, raw_words, html_title = html_lines(raw.text, report)
        hints.title = hints.title or html_title
        hints.site_names = _html_site_names(raw.text)
        hints.authors = _html_authors(raw.text)
        from workflow.importer.htmltext import header_texts

        hints.standfirsts = header_texts(raw.text)
        page_date = html_date or page_date
    elif raw.lines is not None:
        # copies: the rules edit lines in place, and one raw input may be converted twice
        lines = [Line(line.no, line.text, line.kind, line.marker) for line in raw.lines]
        raw_lines = len([line for line in lines if line.text])
        raw_words = sum(len(words(line.text)) for line in lines) + \
            sum(len(words(text)) for _, _, text in raw.removed)
        if raw.messages is not None:  # a chat export its format read as messages
            from workflow.importer.chat import statement_span

            hints.chat = statement_span(list(raw.messages))
            hints.messages = frozenset(m.first for m in raw.messages)
    elif raw.kind == "email":
        from workflow.importer.mailbody import mail_lines

        lines, mail = mail_lines(raw.text, report)
        hints.title = mail.title or hints.title
        if mail.date_text:
            found = find_date(mail.date_text) or _rfc_date(mail.date_text)
            page_date = (found[0] if isinstance(found, tuple) else found) or page_date
        elif mail.forwarded:
            page_date = None  # the envelope's date is the forward's, not the statement's
        if mail.release and mail.release[0] != page_date and \
                _released_after(mail.release[0], page_date):
            report.notes.append(f"e-mail: date {mail.release[0]}, the release date the mail "
                                f"sets for the statement ({mail.release[1][:80]!r}), not the "
                                f"mail's own ({page_date or 'none'})")
            page_date = mail.release[0]
    elif raw.kind == "pdf":
        from workflow.importer.pages import page_lines, page_starts

        lines = page_lines(raw.text, report)
        hints.printed = True
        hints.page_starts = page_starts(raw.text)
    elif (paged := _paged(raw.text)) is not None:
        from workflow.importer.pages import page_lines, page_starts

        hints.printed = True
        hints.page_starts = page_starts(paged)
        report.notes.append("text copied from a PDF without its page breaks: pages found by "
                            "their numbers")
        lines = page_lines(paged, report)
    else:
        from workflow.importer.chat import read_messages, statement_span, unwrap_chat

        starts: set[int] = set()
        parts: dict[int, tuple[int, int]] = {}
        lines = text_lines(raw.text, report)
        hints.chat = statement_span(read_messages(lines))
        lines = unwrap_chat(lines, report, starts, parts)
        hints.messages = frozenset(starts)
        hints.thread_parts = parts
        raw_lines = len(lines)
    hints.running = _running_lines(raw.text, report)
    if not hints.site_names:
        from workflow.importer.pagemeta import copyright_names

        hints.site_names = frozenset(copyright_names([line.text for line in lines]))
    columns = table_rows(raw.text, quoted=raw.kind == "email") \
        if not raw.is_html and raw.lines is None and raw.kind != "pdf" else {}
    return _build(lines, report, raw_lines, raw_words, page_date, raw.is_html, hints, columns)


_CELL_GAP = re.compile(r"(?<=[^\s.!?:;,])(?:\t+| {3,})(?=\S)")


def table_rows(text: str, quoted: bool = False) -> dict[int, list[str]]:
    """Lines of a table copied as text, by raw line number: their cells, split at tabs or runs
    of three spaces or more (never after a sentence's end: "end.   Next" is no column)."""
    out: dict[int, list[str]] = {}
    for no, line in enumerate(text.split("\n") if quoted else text.splitlines(), start=1):
        if quoted:
            line = re.sub(r"^(?:>\s?)+", "", line)
        cells = [c.strip() for c in _CELL_GAP.split(line.strip()) if c.strip()]
        if len(cells) >= 2:
            out[no] = cells
    return out


def _html_site_names(html: str) -> frozenset[str]:
    """The site's names an HTML page declares or shows (og:site_name, logo, copyright line)."""
    from lxml import etree
    from lxml import html as lxml_html

    from workflow.importer.pagemeta import declared_title

    try:
        return frozenset(declared_title(lxml_html.document_fromstring(html))[1])
    except (etree.ParserError, ValueError):
        return frozenset()


def _html_authors(html: str) -> tuple[str, ...]:
    """The people an HTML page's metadata says wrote it (JSON-LD author, <meta name=author>)."""
    from lxml import etree
    from lxml import html as lxml_html

    from workflow.importer.pagemeta import declared_authors

    try:
        return declared_authors(lxml_html.document_fromstring(html))
    except (etree.ParserError, ValueError):
        return ()


def _paged(text: str) -> str | None:
    """Hard-wrapped text that shows page numbers counting up: PDF text without form feeds."""
    from workflow.importer.pages import infer_pages

    long = [t.strip() for t in text.splitlines() if len(words(t)) >= 5]
    if len(long) < 10 or sum(not ends_terminal(t) for t in long) < 0.5 * len(long):
        return None  # narrow columns too: lines of five words or more, most unfinished
    return infer_pages(text)


def _released_after(release: str, sent: str | None) -> bool:
    """An embargo's date is the statement's when it falls on or after the mail's date, within
    a month (a mail sends its statement ahead of its release, not a year before)."""
    from datetime import date

    if sent is None:
        return True
    days = (date.fromisoformat(release) - date.fromisoformat(sent)).days
    return 0 <= days <= 31


def _rfc_date(text: str) -> str | None:
    import email.utils

    try:
        return email.utils.parsedate_to_datetime(text).date().isoformat()
    except (TypeError, ValueError):
        return None


def text_lines(text: str, report: Report) -> list[Line]:
    """Split plain text into numbered, whitespace-normalised lines (blank lines kept)."""
    out = []
    for no, raw_line in enumerate(text.splitlines(), start=1):
        clean, changes = normalise(raw_line)
        if clean and changes:
            report.alter(no, "whitespace: " + ", ".join(changes), clean)
        out.append(Line(no, clean))
    return out


def _build(lines: list[Line], report: Report, raw_lines: int, raw_words: int,
           page_date: str | None, is_html: bool, hints: PageHints,
           columns: dict[int, list[str]] | None = None) -> Conversion:
    candidates: list[DateCandidate] = []
    lines, title_no = strip_boilerplate(lines, report, hints, candidates)
    if is_html and title_no is not None:
        candidates += _left_out_under(report, title_no)
    # a date line "under" a title the classifier first read higher up (a newsletter's issue
    # line under its masthead) is above the headline finally chosen: where that headline has
    # a date line of its own under it, that is the statement's, the other the issue's
    if title_no is not None and any(c.where == "under" and c.no > title_no for c in candidates):
        candidates = [DateCandidate(c.no, c.text, "above") if c.where == "under" and
                      c.no < title_no else c for c in candidates]
    wrapped = not is_html and detect_wrapped(lines) and not paragraphs_overlong(lines)
    lines, heading_nos = drop_captions(lines, report, title_no, wrapped)
    groups = build_groups(lines, wrapped, title_no)
    if not groups:
        from workflow.errors import InputError

        raise InputError("no statement text left after removing page furniture")
    signed = {c.no for c in candidates if c.where == "signature"}
    candidates = [c for c in candidates if c.where != "signature"]
    pieces = drop_edit_notes(classify(groups, title_no, heading_nos, wrapped, signed), report)
    for group in groups:
        if len(group.lines) > 1:
            report.alter(group.first, f"{len(group.lines)} wrapped lines joined into one block",
                         group.text, last=group.last)
    report.flag_unsure()
    fix_glued_ordinals(pieces, report)
    flag_pieces(pieces, report)
    kept_words = sum(len(words(p.text)) for p in pieces)
    flag_size(kept_words, raw_words, report)
    title_piece = next((p for p in pieces if p.kind == "title"), None)
    if title_piece is not None:  # a cover's title in quotes its running header writes bare
        title_piece.text = unquoted_title(title_piece.text, hints.running)
        if hints.printed and (own := running_title(title_piece.text, hints.running)):
            title_piece.kind = "heading"  # "2. Shutdowns by province": a section, the title
            pieces.insert(pieces.index(title_piece), Piece("title", own, title_piece.first,
                                                           title_piece.first))
            report.notes.append(f"title: the text opens on a numbered section; the running "
                                f"header names the document: {own}")
    meta = _metadata(pieces, report, page_date, candidates, columns or {}, hints.title,
                     hints.site_names, hints.authors,
                     hints.running if hints.printed else None)
    chosen = next((why for no, _, why, _ in report.decisions
                   if no == title_no and why.startswith("title: ")), None)
    if chosen and not any(n.startswith("title:") for n in report.notes):
        chosen = re.sub(r" \((?:[^()]|\([^()]*\))*; score [+-]\d+\.\d\)$", "", chosen)
        report.notes.append(f"title (line {title_no}): {chosen.removeprefix('title: ')}")
    if wrapped:
        layout = (f"hard-wrapped at about {line_width(lines)} characters: paragraphs rebuilt "
                  "from sentence continuity")
    elif is_html:
        layout = "HTML: article text extracted with trafilatura"
    else:
        layout = "one paragraph per line"
    report.coalesce()
    return Conversion(title=meta["title"], meta=meta, body=render_body(pieces), pieces=pieces,
                      report=report, layout=layout, raw_lines=raw_lines, raw_words=raw_words,
                      kept_words=kept_words)


_LABELS = re.compile(r"^(?:[^\W\d_][\w'-]*(?:\s+[^\W\d_][\w'-]*){0,2}\s*:\s+)+")


def _own_heading(pieces: list[Piece], title: Piece, report: Report) -> None:
    """The author's own headline when the title line is a container's field round it: a
    digest's "Topic: STATEMENT: Headline", a forum's or archive's labelled subject, with the
    post's first heading below repeating it without the labels. The heading is the title;
    the labelled line was the container's."""
    at = pieces.index(title)
    for piece in pieces[at + 1:at + 4]:
        if piece.kind not in ("heading", "paragraph") or ends_terminal(piece.text):
            continue
        labels = _LABELS.match(title.text)
        if labels and len(words(piece.text)) >= 3 and \
                _folded(title.text[labels.end():]) == _folded(piece.text):
            report.notes.append(f"title: the heading of line {piece.first} repeats the title "
                                f"line without its labels ('{labels.group().strip()}'): it is "
                                "the author's headline")
            title.text = piece.text
            pieces.remove(piece)
            return


def _folded(text: str) -> str:
    return " ".join(text.split()).casefold()


def _page_dates(candidates: list[DateCandidate], page_date: str | None) -> list[str]:
    """Every full date the page states outside the statement's text: its date lines near the
    title or body (kept or dropped) and its metadata."""
    found = [iso for c in candidates if (iso := parse_date(c.text))]
    return found + ([page_date] if page_date else [])


def _metadata(pieces: list[Piece], report: Report, page_date: str | None,
              candidates: list[DateCandidate], columns: dict[int, list[str]],
              declared: str | None = None, site_names: frozenset[str] = frozenset(),
              authors: tuple[str, ...] = (), running: tuple[str, ...] | None = None) -> dict:
    """Title, date and signers, as the text states them (the title the format declares, an
    e-mail's subject, when no line of the text is one)."""
    title_piece = next(p for p in pieces if p.kind == "title")
    title_piece.text = clean_title(title_piece.text)
    _own_heading(pieces, title_piece, report)
    title = title_piece.text
    if (subject := fallback(title, declared)) is not None:
        title_piece.kind = "paragraph"
        pieces.insert(pieces.index(title_piece), Piece("title", subject, title_piece.first,
                                                       title_piece.first))
        report.notes.append(f"title: no title line in the text; the declared title (subject) "
                            f"is used: {subject}")
        title = subject
    elif len(words(title)) > 30 or (ends_terminal(title) and len(words(title)) > 15):
        report.flag(title_piece.first, "no title line found: the first paragraph is used as the "
                                       "title; check it", title[:60])
    meta: dict = {"title": title}
    signatures = [p for p in pieces if p.kind == "signature"]
    signed = [d for p in signatures if (d := date_line(p.text))] or [
        found[0] for p in signatures if len(words(p.text)) <= 10 and
        (found := find_date(p.text)) and not updated_line(p.text)]  # ("Last modified: …": the
    # page's, not a date the signers put under the text)
    openings = [(p.first, p.text) for p in pieces[:6] if p.kind in ("paragraph", "heading")]
    printed = any(n.startswith(("PDF text:", "text copied from a PDF")) for n in report.notes)
    iso, where = statement_date(candidates, signed, openings, page_date, printed)
    if not iso:
        for piece in pieces[:6]:
            found, partial = dateline(piece.text)
            if found:
                iso, where = found, f"from the dateline of line {piece.first}"
                break
            if partial and (full := with_year(partial, _page_dates(candidates, page_date))):
                iso, where = full, (f"from the dateline of line {piece.first} ('{partial}'), "
                                    "its year from the same day's date elsewhere on the page")
                break
            if partial:
                report.flag(piece.first, f"the dateline gives '{partial}' without a year: date "
                                         "left out of the front matter", piece.text[:40])
                break
    if iso:
        meta["date"] = iso
        report.notes.append(f"date {iso}: {where}")
    else:
        report.notes.append("date: none stated in the statement's text")
    orgs = [p.text for p in signatures if is_organisation(p.text) and
            not refers_elsewhere(p.text)]
    if orgs:
        meta["organisations"] = orgs
    signed_by = signers(pieces, columns, _with_left_out(report), report.notes, site_names,
                        authors, running)
    if signed_by:
        meta["signatories"] = signed_by
    return meta


# what the HTML extractor left out with no region of the page to explain it (not a <nav>, a
# <footer>, a comment or share block): text of the article's own container, as a signature
# list under its last paragraph can be
_LEFT_OUT = "not article text (page furniture left out by the extractor)"


def _left_out_under(report: Report, title_no: int) -> list[DateCandidate]:
    """Date lines the HTML extractor left out between the headline and the body's first kept
    line ("Published by the Open Wires coalition · 26 November 2026" under the <h1>): under
    the title, as a text page's would be."""
    body = min((no for no, keep, _, _ in report.decisions if keep and no > title_no),
               default=None)
    if body is None:
        return []
    return [DateCandidate(e.first, e.text, "under") for e in report.removed
            if e.reason == _LEFT_OUT and e.first is not None and title_no < e.first < body
            and find_date(e.text) and len(words(e.text)) <= 16]


def _with_left_out(report: Report) -> list[tuple[int, bool, str, str]]:
    """The classifier's decisions, then the lines the HTML extractor left out below the last
    of them (a signature list under "Signed," that trafilatura cut off with the page's end),
    as lines removed after the body: the signatory finder reads them as it reads those, inside
    a region of signers only."""
    decisions = report.decisions
    if not decisions:
        return decisions
    # (below the body's last kept line: a grid of signers under its label, both cut, can sit
    # above a decided line of furniture, "If your group wants to add its name, write to us")
    last = max((no for no, keep, *_ in decisions if keep),
               default=max(no for no, *_ in decisions))
    left = sorted(((e.first, e.text) for e in report.removed
                   if e.reason == _LEFT_OUT and e.first is not None and e.first > last and e.text),
                  key=lambda entry: entry[0])  # (in the page's order: a <br>'s lines share one)
    # from a line that says who signs ("Signed,", "Signatories:"): no open list goes on in
    # them (a share bar's "PDF version", a blog's "Newer Post" are left out too)
    start = next((n for n, (_, text) in enumerate(left) if opens_signers(text)), len(left))
    under = [(no, False, "after the body (left out by the HTML extractor)", text)
             for no, text in left[start:]]
    decided = _under_labels(report)
    if not under:
        return decided
    # the decided lines below the last kept one and the left-out ones, in the page's order
    cut = max(n for n, d in enumerate(decided) if d[0] <= last) + 1
    return decided[:cut] + sorted(decided[cut:] + under, key=lambda d: d[0])


def _under_labels(report: Report) -> list[tuple[int, bool, str, str]]:
    """The classifier's decisions, with the lines the HTML extractor left out right under a
    kept line that says who signs, up to the next decided line ("Signatory organisations:"
    over a grid of logos whose captions, "<figcaption>A</figcaption>", it cut): lines removed
    after the body, read as those are, inside the region the label opens."""
    left = sorted((e.first, e.text) for e in report.removed
                  if e.reason == _LEFT_OUT and e.first is not None and e.text)
    out: list[tuple[int, bool, str, str]] = []
    decisions = report.decisions
    for n, decision in enumerate(decisions):
        out.append(decision)
        no, keep, _, text = decision
        if not keep or not opens_signers(text) or n + 1 == len(decisions):
            continue  # (under the last decided line: read as the page's end, above)
        upto = decisions[n + 1][0]
        out += [(at, False, "after the body (left out by the HTML extractor)", line)
                for at, line in left if no < at < upto]
    return out


def render_body(pieces: list[Piece]) -> str:
    """The body in the block format of workflow.source: one block per line."""
    out: list[str] = []
    signatures = [p for p in pieces if p.kind == "signature"]
    for i, piece in enumerate(pieces):
        if piece.kind == "signature":
            continue
        prefix = {"title": "# ", "heading": "## ", "quote": "> "}.get(piece.kind, "")
        if piece.kind == "list":
            prefix = f"{piece.marker} "
        out.append(prefix + piece.text)
        following = pieces[i + 1].kind if i + 1 < len(pieces) else ""
        if not (piece.kind == "list" and following == "list"):
            out.append("")  # consecutive list items stay together, as in Markdown
    if signatures:
        out.append(SIGNATURES_MARKER)
        out += [p.text for p in signatures]
    return "\n".join(out).rstrip() + "\n"


def _running_lines(text: str, report: Report) -> tuple[str, ...]:
    """A PDF's running headers and footers as laid out, their columns still apart ("Cut Off
    by Design      Joint Statement"): the short title is one column, not the whole line."""
    source = text.split("\n")
    out = []
    for e in report.removed:
        if not e.reason.startswith("running "):
            continue
        raw = source[e.first - 1] if e.first and e.first <= len(source) else ""
        out.append(raw.strip() if " ".join(raw.split()) == e.text else e.text)
    return tuple(out)
