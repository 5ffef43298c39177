"""Who signs: the organisations and named people a statement is signed or endorsed by, in order.

One mechanism for the many ways a page says it, in three steps:

1. *Where*: a region of signers opens after a label in any wording ("Signed,", "Signatories
   (in alphabetical order):", "We, the undersigned organisations,", "The statement was
   endorsed by the following groups:", "Organisations:", "Yours sincerely," and other
   sign-offs, a signature table's header row "Organisation | Country"), and the closing block
   the structure finder marked; names also follow a cue on one line ("Signed by: A, B and C",
   "This statement is endorsed by A, B, C and D.", "Joint statement by A and B" at the top)
   and the experts' line of a UN release ("The experts: A, Special Rapporteur on ...; B, ...");
   a closing sentence whose subject is a run of names acting ("A, B and C call on …"); a
   thread's "Signed by @handle together with B" (the handle read as the name the page shows).
   A text's closing list with no label signs when every item is plainly a name, as do two
   columns of names closing it.
2. *Items*: one per line, list item or table row (its name column); a line's run of names
   split at commas, semicolons and the last "and"; bullets, numbers and emoji bullets, a form
   in another script (in parentheses, after a slash or on its own line), footnote marks and a
   person's role after a comma left out ("Prof. Helen Marsh, University of Leeds"); an
   organisation keeps its qualifiers ("(Sweden)", "– Geneva", ", Iran Section").
3. *Decision*: each item by its shape as a name (workflow.importer.signatory_names), never a
   list of known names: laxer inside a labelled region, strict where nothing says signers
   are listed. Dates, places, addresses, roles under a name and sentences are no signers.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from workflow.importer.chat import message_text
from workflow.importer.dating import dateline, delivery_line
from workflow.importer.features import script_of
from workflow.importer.lexicon import (
    COMMENT_ZONE,
    END_MARKS,
    EXPERTS_LABEL,
    SIGN_LABEL,
    furniture_hits,
    strip_lexicon,
)
from workflow.importer.metadata import date_line, find_date
from workflow.importer.publisher import publisher
from workflow.importer.signatory_names import (
    GLUE,
    HEAD_NOUNS,
    PERSON_TITLE,
    ROLE_WORDS,
    WEAK_HEADS,
    is_name,
    is_organisation,
    is_person,
    is_place,
    name_shape,
)
from workflow.importer.signer_items import (
    CONTACT,
    HANDLE_ASIDE,
    MARKER,
    expert_names,
    item,
    mandates,
    names_in_run,
    person_like,
    person_with_role,
    run_head,
    split_run,
    without_date,
)
from workflow.importer.signer_labels import (
    ACTED_RUN,
    ACTING_RUN,
    AFTER_SIGNERS,
    BY_LINE,
    COLON_LABEL,
    COVER_BY,
    CUE_INLINE,
    CUE_SENTENCE,
    DOC_PART,
    ELSEWHERE,
    EMOJI_LEAD,
    GROUP,
    INLINE,
    ISSUED_BELOW,
    JOINT_BY,
    LABEL,
    ON_BEHALF,
    ON_BEHALF_ELSEWHERE,
    ROLE_LINE,
    WITH_UNDERSIGNED,
    opens_signers,
    sentences,
    sign_off,
)
from workflow.importer.state_signers import split_states, state_signers
from workflow.importer.structure import Piece
from workflow.importer.text import ends_terminal, words, wordset

_TABLE_HEAD = wordset("organisation organization organisations organizations name names "
                      "country countries signatory signatories title position role city "
                      "affiliation affiliations no nr number endorser endorsers individual "
                      "individuals group groups member members type location contact contacts "
                      "person persons people "
                      "email e-mail website web phone address based headquarters seat region "
                      "province state sector field date representative institution "
                      "nationality profession in of "
                      # the same in the languages a coalition's table also comes in
                      "organización organizaciones organização nombre nom naam firmante "
                      "signataire organisatie país pays land ciudad ville stadt")
_NAME_COLUMN = wordset("organisation organization organisations organizations name names "
                       "signatory signatories endorser endorsers individual individuals group "
                       "organización organizaciones organização nombre nom naam firmante "
                       "signataire organisatie")


@dataclass
class _Region:
    """An open region of signers, from its label. ``column``: a signature table's name column;
    ``sign_off``: opened by a letter's closing ("Yours sincerely,"), where a line that is only
    capitalised (a place under the name, "Sanandaj - Marivan") signs only in a list of two
    organisations or people or more (so too in a closing block with no label, ``implicit``);
    ``found``: (name, "plain" for an organisation or a person, "name" for a capitalised name,
    "place" for a country: signers only where the whole region is countries) so far."""

    column: int | None = None
    sign_off: bool = False
    implicit: bool = False
    paused: bool = False
    marker: tuple[str, int] | None = None  # the marker of the last item before a pause
    running: int = 0  # names on the lines just before (a list going on)
    suspect: bool = False  # just after a line of site furniture
    explicit: bool = False  # opened by a label that says who signs ("Co-signatories:")
    number: tuple[str, int] | None = None  # the marker of the last item that named a signer
    held: bool = False  # removed lines inside a numbered list: read on if its next number follows

    def alike(self, names: list[str]) -> bool:
        """``names`` are of the kind most names so far are (people, or organisations): a
        commenter's name after a share bar under a list of organisations is not."""
        people = sum(1 for n, _ in self.found if name_shape(n).kind == "person")
        persons = all(name_shape(n).kind == "person" for n in names)
        return persons == (people * 2 > len(self.found))
    grid: list[list[str]] = field(default_factory=list)
    grid_kind: str = ""
    grid_at: int = 0
    found: list[tuple[str, str]] = field(default_factory=list)
    numbers: dict[int, int] = field(default_factory=dict)  # found's index: its item's number

    def in_number_order(self) -> None:
        """A numbered list set out in two columns and read across ("1. A   15. O" / "2. B
        16. P"): its names in the order of their numbers, when every name has one and the
        numbers run on without a gap."""
        nos = [self.numbers.get(k) for k in range(len(self.found))]
        if len(nos) < 4 or None in nos or sorted(nos) != list(range(nos[0], nos[0] + len(nos))) \
                or nos == sorted(nos):
            return
        self.found = [name for _, name in sorted(zip(nos, self.found, strict=True))]

    def names(self) -> list[str]:
        self.in_number_order()
        if self.grid:  # read down each column, as a reader of the table would
            width = max(len(row) for row in self.grid)
            self.found[self.grid_at:self.grid_at] = [
                (row[c], self.grid_kind) for c in range(width) for row in self.grid
                if c < len(row)]
            self.grid = []
        places = [n for n, kind in self.found if kind == "place"]
        if len(places) >= 2 and len(places) == len(self.found):
            return places  # a statement of States: "delivered on behalf of: Australia, ..."
        if self.implicit and sum(len(words(n)) == 1 for n, _ in self.found) * 2 > \
                len(self.found) >= 3 and places:
            return []  # a post's topic tags ("Education", "Iran", "Human Rights"): no signers
        plain = sum(1 for _, kind in self.found if kind == "plain")
        least = 1 if self.implicit else 2
        return [n for n, kind in self.found
                if kind == "plain" or (kind == "name" and (not self.sign_off or plain >= least))]


# The classifier's reasons for lines it removed after the body: a signature list or table it
# took for furniture ("run of short lines", "menu separators") is still read for its signers.
_AFTER_BODY = ("after ", "furniture inside the body",  # and "after the signature block", …
               "a letter's closing formula",  # "Yours sincerely," over the signers
               "an annex's heading")  # "Annex 1: Submitting organisations" over them


def signers(pieces: list[Piece], columns: dict[int, list[str]] | None = None,
            decisions: list | None = None, notes: list[str] | None = None,
            site_names: frozenset[str] | None = None,
            authors: tuple[str, ...] = (), running: tuple[str, ...] | None = None) -> list[str]:
    """The signers, in order; ``columns`` are the cells of raw lines copied from a table (by
    line number): a signer's row gives its name column ("Parisa Kamali", not her affiliation
    or an organisation's country in the next column). ``decisions`` are the block
    classifier's (workflow.importer.report.Report.decisions): the lines it removed after the
    body are read too, inside a region of signers only, and there only plain names (an
    organisation, a person) sign unless the list goes on in them; ``notes`` (the report's)
    is told how many signers came from such lines; ``site_names`` (lowercased) are the
    names the page calls itself by (og:site_name, its copyright line); ``authors`` the people
    its metadata says wrote it; ``running``, for a printed document only (a PDF's text), its
    running headers and footers (where it names its publisher)."""
    main = script_of(" ".join(p.text for p in pieces))
    columns = columns or {}
    body = [i for i, p in enumerate(pieces) if p.kind not in ("signature", "title")]
    last_body = pieces[body[-1]].first if body else -1
    top = {id(p) for p in pieces[:4]}
    # the body after its first third, and what follows it: where a text says who makes it
    late = {id(p) for p in pieces[body[len(body) // 3]:]} if body else set()
    out: list[str] = _removed_by_line(pieces, decisions or [], main)
    cover, covered = _cover_list(pieces, decisions or [], main)
    out += cover
    pieces = _table_rows(_name_lines(_with_removed(pieces, decisions or [], main),
                                     decisions or [], main, columns), main)
    # "[signature]" over each name: where the image was, neither a name nor the list's end
    pieces = [p for p in pieces if not _PLACEHOLDER.fullmatch(_clean(p.text))]
    pieces = _run_rejoined(_items_rejoined(pieces))
    numbered = _numbered_on(pieces)
    described = _alternate_lines(pieces, main)  # "Prof. A" / "Department of B": hers
    region: _Region | None = None
    pending = ""
    from_removed: set[str] = set()
    seconded: set[str] = set()  # names a sentence says endorse "the statement" (of another)
    handles = _handles(decisions or [])
    own = site_names or frozenset()  # the page's own names: a publication signing "— Its Name"
    over = False  # the signers' region ended at what follows them (a contact, a note)
    cosigned = False  # a label "Co-signed by:": others sign with the text's own author
    roled = False  # a role line under a person's name just went by
    named_at: int | None = None  # the piece that named the last person in the region
    behalf = False  # a person signing for the organisations listed elsewhere, and her role

    def close() -> None:
        nonlocal region
        if region is not None:
            out.extend(region.names())
        region = None

    # a report on a joint statement ("according to a joint statement issued on Thursday"):
    # its closing sentence may say in the past who made it ("A, B and C called on …")
    reported = any(_REPORTS_JOINT.search(p.text) for p in pieces
                   if p.kind in ("paragraph", "heading"))
    members = _members_at_top(pieces, decisions or [])
    skip: set[int] = set()  # removed lines already read with the line they continue
    for i, piece in enumerate(pieces):
        if id(piece) in skip or {piece.first, piece.last} <= covered:
            continue  # (a cover's list of its makers, read already)
        while members and members[0][0] < piece.first:
            out += members.pop(0)[1]  # "Members: A (Chair), B, C" under the issuer's line
        gone = piece.kind in ("removed", "furniture")
        text = _clean(piece.text)
        if region is not None:
            text = _without_handle(text)  # "Sufi Rights Network @SufiRightsNet" in a thread
        if re.fullmatch(r"[-_=~*.·•]{3,}", text):
            if region is not None and region.column is not None and not region.found:
                continue  # the rule under a table's header row
            if region is not None:
                region.paused = True  # a rule: footnotes, or the end of the list
                region.marker = _marker(_marked(pieces[i - 1])) if i else None
            continue
        if region is not None and region.held:
            mark = _marker(_marked(piece))
            if mark is not None and _goes_on(region.number, mark):
                region.held = False  # the next number: the list goes on
            elif gone:
                continue  # a thread's post header and counters between two of its posts
            else:
                close()  # the numbered list did not go on after them
        if piece.kind == "signature" and ON_BEHALF_ELSEWHERE.search(text):
            close()  # "On behalf of the signatory organisations listed overleaf, A B"
            behalf = True
            continue
        if behalf and piece.kind == "signature" and not MARKER.match(text) and \
                not opens_signers(text) and (is_person(text) or _roled_person(text) or
                                             ", " in text):
            continue  # her role and organisation under her name: she signs for the list
        behalf = False
        if region is not None and region.paused:
            if re.match(r"^(?:\d{1,2}|[¹²³⁴⁵⁶⁷⁸⁹⁰*†]+)\s", text):
                continue  # a PDF page's footnotes under the rule
            if (piece.kind == "list" or (gone and MARKER.match(text))) and \
                    _goes_on(region.marker, _marker(text)):
                region.paused = False  # the list goes on (on the next page)
            else:
                close()  # what follows the rule is no part of the list (an e-mail's signature)
        if region is not None and words(text) and " | " not in text and \
                _head_cells(text):
            continue  # a table's header cell on its own line ("Organisation", "Contact")
        row = _cells(piece, text, columns)
        if row and _header_row(row):
            close()  # "Organisation | Contact person": a word of furniture in it, still a header
            region = _Region(column=_name_column(row))
            continue
        strong_end = COMMENT_ZONE.match(text) or END_MARKS.match(text) or (
            region is not None and (AFTER_SIGNERS.match(text) or refers_elsewhere(text)))
        furniture = id(piece) not in numbered and (piece.kind == "furniture" or (
            region is not None and furniture_hits(text) and not _named_despite(text) and
            (gone or not is_name(item(text, main) or "")) and not _labelled_run(text, main) and
            not _name_run(text, main)))
        if (furniture and not strong_end and region is not None and gone and
                region.number and region.number[1]):
            region.held = True  # removed lines inside a numbered list: it may go on after them
            continue
        if furniture and not strong_end and region is not None and \
                not region.suspect:
            region.suspect = True  # one line of furniture: a header cell, or the list's end
            continue
        if strong_end or furniture or (region is not None and region.suspect and
                                       piece.kind == "furniture"):
            close()  # a comment thread, "ENDS", a share bar, "About us": the signers are over
            over = over or piece.first > last_body
            continue
        if _press_contact(pieces, i) or (piece.kind == "signature" and _PRESS_ROLE.match(text)):
            continue  # "Spokesperson" / "Hanna Lindqvist" / "+32 2 298 0455": a press contact
        cells = row
        if cells and gone and (region is None or (region.column is None and
                                                  CONTACT.search(text))):
            continue  # a removed row of no signature table (an address in a footer)
        if cells and region is None and piece.kind == "signature" and not over and \
                _grid_kind(cells, main) == "plain":
            region = _Region(sign_off=True, implicit=True)  # a closing block of two columns
        kind = _grid_kind(cells, main) if cells and region is not None and region.column is None \
            else ""
        if kind and (not region.grid or region.grid_kind == kind):
            if not region.grid:
                region.grid_at = len(region.found)
            region.grid.append([item(c, main) or c for c in cells])  # "Australia    Luxembourg"
            region.grid_kind = kind
            continue
        if cells and (region or piece.kind == "signature"):
            column = region.column if region and region.column is not None else \
                next((n for n, c in enumerate(cells) if is_name(item(c, main) or "")), 0)
            text = cells[min(column, len(cells) - 1)]
        if gone and _experts(text) is not None and not ends_terminal(text):
            text = _rejoined(pieces, i, text, skip)  # removed lines of one wrapped paragraph
        experts = _experts(text)
        if experts is None and not gone and mandates(text) >= 2:
            experts = expert_names(text)  # "A, Special Rapporteur on …; B, Independent …"
        if experts is not None:
            close()
            out += experts
            region = _Region() if not experts else None
            continue
        # "✍️ Signatories:", "Annex: …", "— Signed by: A / B" (a post's closing line)
        label = DOC_PART.sub("", _DASH_LEAD.sub("", EMOJI_LEAD.sub("", text)))
        if gone and not ends_terminal(label) and (INLINE.match(label) or
                                                  CUE_INLINE.match(label)):
            # "The undersigned organisations: A, B" / "in Exile Association, C." removed
            label = _rejoined(pieces, i, label, skip)
        elif not gone and not _run_ends(label) and (run := INLINE.match(label) or
                                                    CUE_INLINE.match(label)):
            # "Signed: A; B; Women" / "Press Freedom Collective; C." kept line by line
            label = _run_wrapped(pieces, i, label, run.group("names"), skip)
        inline = INLINE.match(label) or ON_BEHALF.match(label) or CUE_INLINE.match(label) or \
            _HANDLE_LABEL.match(label) or _SIGNING_HAND.match(text)
        if inline and not ends_terminal(inline.group("label")):
            run, passed = inline.group("names"), set()
            if run.rstrip().endswith(",") and (nxt := _next_post(pieces, i, passed)):
                run = f"{run} {nxt}"  # "6/7 Signed: A, B," … "7/7 C, D. Full statement …"
            names = _handle_run(run) or names_in_run(run, main)
            if names:
                skip.update(passed)
                close()
                out += names
                continue
        explicit = bool(SIGN_LABEL.match(label) or LABEL.match(label)) and not sign_off(label)
        if region is not None and region.implicit and region.found and sign_off(label) and \
                piece.first > last_body and len(words(label)) <= 3 and label.endswith(","):
            close()  # "Best regards," under the organisation's name: the sender's own signature
            over = True
            continue
        if _is_label(label, pieces, i, main) and (not gone or (
                _names_follow(pieces, i, main, strict=not explicit) and
                (label.endswith(":") or not GROUP.match(label) or explicit))):
            close()
            cosigned = cosigned or bool(_COSIGNED.match(label))
            region = _Region(sign_off=sign_off(label), explicit=explicit)
            continue
        if region is None and (dashed := _dash_signed(pieces, i, text, main, own)):
            out += dashed  # "— Women's Equality Watch Iran" under the statement a post quotes
            continue
        acting = _acting(text, main, reported) if id(piece) in late or (
            gone and piece.first > last_body) else []
        if not acting and id(piece) in late and not gone:
            acting = _together_with(text, main, pieces, own)
        if gone and region is None and not _SIGNED_LEAD.match(text) and not acting and \
                not _CELL_LABEL.match(text):
            continue  # (a removed "Signed by @handle together with …" still says who signs)
        # "Statement by A and B, 9 November 2026." closing a post: its by-line, at its end
        signed_line = id(piece) in late and not gone and bool(BY_LINE.match(text)) and \
            len(words(text)) <= 16 and len(sentences(text)) == 1
        said = _said_to_sign(_by_line_text(pieces, i, main) if id(piece) in top else
                             without_date(text.rstrip(".")) if signed_line else
                             _named_handles(text, handles), main,
                             top=id(piece) in top or signed_line,
                             closing=piece.first >= last_body) or \
            (_with_undersigned(text, main) if not gone else []) or acting
        if said:
            close()
            out += said
            if _SECONDED.search(text):
                seconded.update(said)
            continue
        if region is not None and region.implicit and piece.kind != "signature":
            close()
        if region is None and id(piece) in late and not gone and not over and \
                _roled_people(pieces, i):
            region = _Region()  # "Prof. A, Professor of …, University of …" one a line, no label
        if region is None and piece.kind != "signature":
            continue
        if region is None and over:
            continue  # the closing block goes on past a contact or a note: no signers there
        if region is None:  # the closing block the structure finder marked, with no label
            region = _Region(sign_off=True, implicit=True)
        if region is not None and _ends_region(piece, text) and \
                len(_line_names(text, main, strict=False)) < 2 and \
                not _enumerated_person(text, _clean(pieces[i - 1].text)) and \
                not ((region.found or region.explicit) and _described_entry(text)):
            close()
            if piece.kind != "signature":
                continue
        if (not MARKER.match(text) and (_group_heading(text) or
                                         LABEL.match(text))) or \
                _head_cells(text):
            continue  # "Individuals:" inside the list, a table's header cell on its own line
        if (out or (region and region.found)) and ROLE_LINE.match(MARKER.sub("", text)) and \
                not person_like(MARKER.sub("", text)) and \
                not person_like(item(text.rstrip(","), main) or ""):  # "Judge A B (ret.),"
            roled = True  # the role under the name above ("President of the ... Union")
            continue
        if pending:
            text, pending = f"{pending} {text}", ""
        if region is not None and _WRAPPED_NAME.search(text):
            pending = text  # a name wrapped over two lines ("... Association –" / "Geneva")
            continue
        headed = bool(cells) and region is not None and region.column is not None
        listed = gone and region is not None and (
            (bool(MARKER.match(text)) and bool(region.found)) or region.running >= 2 or
            (region.explicit and (region.running or not region.found)))
        found = _line_names(text, main, strict=gone and not headed and not listed)
        if roled and region is not None and _affiliation(found, region):
            continue  # "Dr. A" / "Chair" / "Aras Association": the organisation she chairs
        roled = False
        if region is not None and named_at == i - 1 and id(piece) in described:
            continue  # "Dr. A" / "Comparative Religion" / "Prof. B" / …: her field, no signer
        if region is not None and named_at == i - 1 and _grouped_under(pieces, i) and \
                (not any(name_shape(n).kind == "person" for n in found) or
                 _described_under(text)):
            continue  # "Prof. A" / "Department of Sociology, Uppsala University": hers
        if gone and region is not None and _lone_word(found, region):
            close()  # "Roundup" over a newsletter's links, "Repost" in a share bar: the end
            over = over or piece.first > last_body
            continue
        if region is not None and region.suspect:
            if gone and not found and region.number and region.number[1]:
                region.held = True  # (as above: a post's header after its time stamp)
                continue
            if not found or not region.alike(found):
                close()  # after the furniture line, no more of the same names: the list ended
                over = over or piece.first > last_body
                continue
            region.suspect = False
        if region is None:
            out += found
        else:
            place = not found and is_place(MARKER.sub("", text).strip().rstrip(",;."))
            region.running = region.running + 1 if found else region.running if place else 0
            region.found += [(n, "plain" if is_name(n, strict=True) else "name") for n in found]
            if found:
                region.number = _marker(_marked(piece))
                if len(found) == 1 and region.number and region.number[1]:
                    region.numbers[len(region.found) - 1] = region.number[1]
            named_at = i if len(found) == 1 and name_shape(found[0]).kind == "person" else None
            if gone:
                from_removed.update(found)
            if not found and is_place(MARKER.sub("", text).strip().rstrip(",;.")):
                region.found.append((MARKER.sub("", text).strip().rstrip(",;."), "place"))
    close()
    if out and seconded and not set(out) - seconded:
        out = _speakers(pieces, seconded=True) + out  # the text's author, then its seconds
    # States a signing cue introduces ("on behalf of the following States: ...", "supported
    # by the following members of the Coalition: A, B, C"): three or more, they are the
    # signers even over a name read from the title ("Joint Statement of the Coalition on …")
    states = state_signers([p.text for p in pieces if p.kind != "furniture"])
    if states and (not out or len(states) >= 3):
        out = states
    if not out:
        out = _closing_list([p for p in pieces if p.kind not in ("removed", "furniture")], main)
    if not out:
        out = _issued_row(decisions or [], main)
    if not out:
        out = _speakers(pieces) or _delivered_for(pieces) or \
            _site_form(_issuer(pieces), own, decisions or [])
    if not out:
        out = _introduced_by(pieces, main) or _reported_statement(pieces)
    if not out:
        out = _cover_names(pieces, decisions or [], main)
    if not out and running is not None:
        paragraphs = [p for p in pieces if p.kind == "paragraph"]
        out = publisher(decisions or [], running, [p.text for p in paragraphs],
                        paragraphs[0].first if paragraphs else None)
    if not out:
        out = _first_person_author(pieces, decisions or [], authors)
    if not out or cosigned:
        out = _poster(pieces, decisions or []) + out  # "Co-signed by:" under the post's own
    out += _signing_on(decisions or [], main)
    out = _distinct(split_states(out))
    read = sum(1 for name in out if name in from_removed)
    if read and notes is not None:
        notes.append(f"signatories: {read} of {len(out)} read from lines removed as page "
                     "furniture after the body (listed in this report)")
    return out


# what a text copied from a signed document puts where a signature, a stamp or a seal was
_PLACEHOLDER = re.compile(r"[\[(](?:[\w-]+\s+){0,2}(?:signature|signed|stamp|seal)(?:\s+[\w-]+)"
                          r"{0,2}[\])]|/s/", re.IGNORECASE)
# a press office's role over a contact's name ("Spokesperson", "Press Officer", "Media contact")
_PRESS_ROLE = re.compile(r"^(?:(?:chief|deputy|lead|senior)\s+)?(?:spokes(?:person|woman|man)|"
                         r"press\s+(?:officer|office|contact|secretary|attach[eé])|"
                         r"media\s+(?:officer|contact|relations)|communications?\s+"
                         r"(?:officer|manager|director|contact))s?\s*:?$", re.IGNORECASE)


def _press_contact(pieces: list[Piece], i: int) -> bool:
    """A person's name between a press office's role above it and a telephone number or an
    address under it: whom a journalist calls, not who makes the statement."""
    if not 0 < i < len(pieces) or name_shape(_clean(pieces[i].text)).kind != "person":
        return False
    if i < len(pieces) - 1 and _PRESS_ROLE.match(_clean(pieces[i - 1].text)) and \
            CONTACT.search(pieces[i + 1].text):
        return True
    # in the closing block, the names under the role, one a line ("Spokesperson" / "A" / "B" /
    # "Press Officer" / "C"): each a press contact, a telephone number or not
    j = i - 1
    while j > i - 4 and j > 0 and pieces[j].kind == "signature" and \
            name_shape(_clean(pieces[j].text)).kind == "person":
        j -= 1
    return pieces[i].kind == pieces[j].kind == "signature" and \
        bool(_PRESS_ROLE.match(_clean(pieces[j].text)))


def _roled_people(pieces: list[Piece], i: int) -> bool:
    """Piece ``i`` and the next, kept lines one under the other, each a person's name with a
    role or an affiliation after a comma ("Prof. Elaine Marsh, Professor of Sociology,
    University of Leeds" / "Dr Omid Rad, Research Fellow, Institute for …"), with no label over
    them: a letter's signatories, as a label's list would give them (never items of a list: a
    statement lists the people it defends with a marker)."""
    run = pieces[i:i + 2]
    return len(run) == 2 and run[1].first == run[0].last + 1 and all(
        p.kind in ("heading", "paragraph") and p.first == p.last and _roled_person(_clean(p.text))
        for p in run)


def _roled_person(text: str) -> bool:
    """A person's name, then after a comma a role or an affiliation and nothing finished."""
    head, _, rest = text.partition(",")
    return bool(rest) and not ends_terminal(text) and not MARKER.match(text) and \
        person_with_role(text) and bool(ROLE_WORDS.search(rest)) and \
        (bool(PERSON_TITLE.match(head)) or name_shape(head).kind == "person")


def _enumerated_person(text: str, before: str) -> bool:
    """"Ms A (Sweden, SOC), General Rapporteur on …;": an item of an enumeration of people
    with their roles, one a line, ending in a semicolon (or the last, in a full stop after
    one that did): no finished sentence ending the signers."""
    text, before = MARKER.sub("", text).rstrip(), before.rstrip()
    if not (text.endswith(";") or (text.endswith(".") and before.endswith(";"))):
        return False
    return _roled_person(text.rstrip(";."))


def _grouped_under(pieces: list[Piece], i: int) -> bool:
    """Piece ``i`` is the second line of a group of two set apart by blank lines, the first
    a person's name ("Prof. Hannah Lindqvist" / "Department of Sociology, Uppsala University"):
    what it says is hers, an affiliation, not one more signer."""
    if i == 0:
        return False
    name, line = pieces[i - 1], pieces[i]
    before = pieces[i - 2] if i >= 2 else None
    after = pieces[i + 1] if i + 1 < len(pieces) else None
    return line.first == name.last + 1 and (before is None or before.last + 1 < name.first) \
        and (after is None or after.first > line.last + 1)


def _alternate_lines(pieces: list[Piece], main: str) -> set[int]:
    """Lines (by id) of a list that alternates, line under line, a person's name and what
    she is ("Prof. A" / "Department of History, University of B" / "Dr. C" / "Comparative
    Religion" …): every other line a person, most with a title, the lines between none
    (fewer than half even shaped as one); those lines are the people's affiliations."""
    out: set[int] = set()
    k = 0
    while k < len(pieces):
        run = [k]
        while run[-1] + 1 < len(pieces) and \
                pieces[run[-1] + 1].first == pieces[run[-1]].last + 1:
            run.append(run[-1] + 1)
        k = run[-1] + 1
        texts = [item(_clean(pieces[j].text), main) or "" for j in run]
        start = next((n for n, t in enumerate(texts) if PERSON_TITLE.match(t)), None)
        if start is None:
            continue
        names, between = texts[start::2], texts[start + 1::2]
        titled = sum(bool(PERSON_TITLE.match(t)) for t in names)
        if len(names) < 3 or len(between) < 2 or not all(map(person_like, names)) or \
                titled * 2 < len(names) or any(PERSON_TITLE.match(t) for t in between) or \
                (titled < len(names) and sum(map(person_like, between)) * 2 >= len(between)):
            continue  # (every name with a title: the lines between need not look unlike one)
        out.update(id(pieces[j]) for j in run[start + 1::2])
    return out


def _described_under(text: str) -> bool:
    """The line under a person's name, alone in its group, says what she does and where
    ("Global Surgery, University of Brackwater"): two capitalised words before an
    organisation, no one's title, are her field, not one more person."""
    head, _, rest = text.partition(",")
    return bool(rest) and not PERSON_TITLE.match(head.strip()) and \
        name_shape(rest.strip()).kind == "organisation"


def _affiliation(found: list[str], region: _Region) -> bool:
    """Organisations on the line under a person's name and role, as a letter's signature
    block sets them out ("Dr. Shahla Naderzadeh" / "Chair" / "Aras Human Rights Defenders'
    Association"): the signer's affiliation, not one more signer, as it is after a comma on
    one line ("Prof. Helen Marsh, University of Leeds")."""
    return bool(found) and bool(region.found) and \
        all(name_shape(n).kind == "organisation" for n in found) and \
        name_shape(region.found[-1][0]).kind == "person"


def _lone_word(found: list[str], region: _Region) -> bool:
    """One capitalised word, no organisation's or person's name by its shape, on a line the
    classifier removed, after names of two words or more: a section's heading or a button
    after the list ("Roundup", "Repost"), not one more signer."""
    return len(found) == 1 and len(words(found[0])) == 1 and bool(region.found) and \
        not is_name(found[0], strict=True) and not found[0].isupper() and \
        all(len(words(n)) >= 2 for n, _ in region.found)


def _with_removed(pieces: list[Piece], decisions: list, main: str) -> list[Piece]:
    """The kept pieces and the lines the classifier removed after the body, in the order of
    the page (``decisions``: the report's, one a classified line, in order)."""
    out: list[Piece] = []
    at = 0  # the next piece not yet placed
    titled = False
    moved = _given_later(decisions)
    for k, (no, keep, why, text) in enumerate(decisions):
        if keep:
            tail = _key(text)[-30:]
            if at and tail and tail in _key(pieces[at - 1].text):
                continue  # a further line of the piece just placed
            for j in range(at, min(at + 8, len(pieces))):
                if tail and tail in _key(pieces[j].text):
                    out += pieces[at:j + 1]
                    titled = titled or any(p.kind == "title" for p in pieces[at:j + 1])
                    at = j + 1
                    break
        elif titled and text and why.startswith(_AFTER_BODY):
            while at < len(pieces) and out and out[-1].first <= pieces[at].first < no:
                out.append(pieces[at])  # kept lines the classifier did not judge (a list)
                at += 1
            kind = "furniture" if ("lexicon" in why and not _named_despite(text) and
                                   not _labelled_run(_clean(text), main) and
                                   not _name_run(_clean(text), main)) or \
                _RUNNING.search(why) and re.search(r"\d\s*$", text) else "removed"
            headline = next((p.first for p in out if p.kind == "title"), None)
            back = next((n for n, p in enumerate(out) if p.first is not None and
                         p.first > no), None) \
                if k in moved and headline is not None and headline < no < out[-1].first else None
            # lines the extractor gave out of the page's order (a table nested in an e-mail's
            # layout, given after its footer): in their place on the page, below the headline
            out.insert(len(out) if back is None else back, Piece(kind, text, no, no))
    return out + pieces[at:]


def _given_later(decisions: list) -> set[int]:
    """The decisions (by index) of lines given after lines that follow them on the page, two
    or more together, each on a line of its own (a block the extractor moved: a table's
    rows); one alone is a repeated text numbered by its first copy ("Abolition Now" under the
    list, numbered as the byline that names it), lines that share one number a guess."""
    behind, top = [], -1
    for no, *_ in decisions:
        behind.append(no is not None and no < top)
        top = max(top, no if no is not None else -1)
    out: set[int] = set()
    k = 0
    while k < len(behind):
        end = k
        while end < len(behind) and behind[end] and \
                (end == k or decisions[end][0] > decisions[end - 1][0]):
            end += 1
        if end - k >= 2:
            out.update(range(k, end))
        k = max(end, k + 1)
    return out


# a running header or footer with its page number ("Switched Off | Open Net Iran Coalition 5"),
# repeated on the page: furniture that ends a list of signers, never one of them
_RUNNING = re.compile(r"repeated on the page|running (?:header|footer)")
_WRAPPED_NAME = re.compile(r"(?:\s[–—-]|,|&|\b(?:and|of|for|the|in|de|du|des|la))$",
                           re.IGNORECASE)


# the rest of a list item's name wrapped onto a line of its own: words going on in lower case
# ("of the Nordic Countries (Denmark)"), or one word with an aside ("Initiative (Germany)")
_ITEM_REST = re.compile(r"^(?:[a-zà-ÿ][\w'’-]*\s+\S.*|[A-ZÀ-Þ][\w'’-]+(?:\s+\([^()]+\))?)$")


def _items_rejoined(pieces: list[Piece]) -> list[Piece]:
    """A numbered list's item with the line under it joined, where the line has no number of
    its own and the next item's number follows it ("3. Football Against Discrimination" /
    "Initiative (Germany)" / "4. …"): a list numbered one a line has no unnumbered signer
    between two numbers, the line is the rest of the item's name, wrapped."""
    out: list[Piece] = []
    for n, piece in enumerate(pieces):
        before = _marker(_marked(out[-1])) if out else None
        after = _marker(_marked(pieces[n + 1])) if n + 1 < len(pieces) else None
        if before and after and before[1] and after[1] == before[1] + 1 and \
                _marker(_marked(piece)) is None and "\n" not in piece.text.strip() and \
                out[-1].last + 1 == piece.first and piece.last + 1 == pieces[n + 1].first and \
                _ITEM_REST.match(_clean(piece.text)):
            out[-1] = Piece(out[-1].kind, f"{out[-1].text.rstrip()} {piece.text.strip()}",
                            out[-1].first, piece.last, out[-1].marker)
            continue
        out.append(piece)
    return out


def _run_rejoined(pieces: list[Piece]) -> list[Piece]:
    """A run of names hard-wrapped over lines, with the line under its broken line joined:
    the line above is a run's, ending at a comma, the broken one inside a name, with none
    ("A, B," / "C, D, Persian Leopard Network und Anatolian" / "Water Forum."), where only a
    wrap ends a line; the next line is the rest of that name. A sign-off ("Signed,") is no
    run's line, and lines set out alike, one comma each ("A, London" / "B, Paris"), are one
    signer a line."""
    out: list[Piece] = []
    for piece in pieces:
        if len(out) >= 2 and _wrapped_line(out[-2], out[-1], piece):
            out[-1] = Piece(out[-1].kind, f"{out[-1].text.rstrip()} {piece.text.strip()}",
                            out[-1].first, piece.last, out[-1].marker)
            continue
        out.append(piece)
    return out


def _wrapped_line(above: Piece, broken: Piece, under: Piece) -> bool:
    """Whether ``broken``, a line of a run of names under a line ending at a comma, breaks off
    inside a name and ``under`` goes on with it (see _run_rejoined)."""
    lines = [_clean(p.text) for p in (above, broken, under)]
    return all("\n" not in p.text.strip() and p.kind != "list" and not p.marker
               for p in (above, broken, under)) and \
        above.last + 1 == broken.first and broken.last + 1 == under.first and \
        lines[0].endswith(",") and "," in lines[0][:-1] and "," in lines[1] and \
        not lines[1].endswith((",", ";")) and not ends_terminal(lines[1]) and \
        not is_place(lines[1].rsplit(",", 1)[1].strip()) and \
        not (lines[1].count(",") == 1 and lines[2].count(",") == 1) and \
        _marker(lines[2]) is None and len(words(lines[2])) <= 6


def _numbered_on(pieces: list[Piece]) -> set[int]:
    """The removed lines numbered between the lines before and after them ("13. …", "14.
    Online Safety for Women Iran", "15. …"): items of their list, whatever furniture word
    they have, read as the others are, not as furniture that ends the list (by id)."""
    def number(piece: Piece) -> int | None:
        found = re.match(r"^\(?(\d{1,3})[.)]\s", _clean(piece.text))
        return int(found.group(1)) if found else None
    out: set[int] = set()
    for n in range(1, len(pieces) - 1):
        at = number(pieces[n])
        if pieces[n].kind in ("furniture", "removed") and at is not None and \
                number(pieces[n - 1]) == at - 1 and number(pieces[n + 1]) == at + 1:
            out.add(id(pieces[n]))
    return out


def _whole_name(line: str, main: str, strict: bool = True) -> bool:
    """A raw line that is a signer's name whole (not the first half of one wrapped);
    ``strict``: plainly an organisation's or a person's."""
    return len(words(line)) >= 2 and not ends_terminal(line) and \
        not _WRAPPED_NAME.search(line) and is_name(item(_clean(line), main) or "", strict=strict)


def _name_lines(pieces: list[Piece], decisions: list, main: str,
                columns: dict[int, list[str]]) -> list[Piece]:
    """A paragraph rebuilt from raw lines that are each a whole name (a list of signers one a
    line in hard-wrapped text, its lines joined as if wrapped: "… Peine de Mort" / "Justice
    Project …"), a letter's sign-off among them, is read line by line again, from the
    classifier's decisions on those lines; a line ending as a name wrapped over two does
    ("… Association –" / "Geneva"); with no prose after them, they are the signature block."""
    lines = {no: text for no, keep, _why, text in decisions if keep and text}
    out: list[Piece] = []
    for at, piece in enumerate(pieces):
        numbers = [no for no in range(piece.first, piece.last + 1) if lines.get(no) is not None]
        run = [lines[no] for no in numbers]
        # a line of names in columns ("A (ا), sociologist, Toronto      B (ب), lawyer") is a
        # line of names too: each cell a whole name
        named = [_whole_name(t, main) or (
            len(columns.get(no) or []) >= 2 and " ".join(columns[no]).split() == t.split() and
            all(_whole_name(c, main) for c in columns[no])) for no, t in zip(numbers, run,
                                                                             strict=True)]
        # a name wrapped over two lines ("Union of … Lawyers in" / "Exile"), a person's over
        # her role or place ("Prof. A B," / "University of C"): both lines a name's
        for n in range(len(run) - 1):
            if not named[n] and _WRAPPED_NAME.search(run[n].rstrip()) and \
                    _whole_name(f"{run[n]} {run[n + 1]}", main):
                named[n] = named[n + 1] = True
        # a letter's sign-off, or the date under the names ("Dated: 15 December 2025")
        closing = [bool(LABEL.match(_clean(t))) and sign_off(_clean(t)) or
                   (n > 0 and len(words(t)) <= 6 and bool(find_date(_clean(t))))
                   for n, t in enumerate(run)]
        # a name's form in another script on its own line under it, a group's heading inside
        # the list ("Additional signatories"): neither a name nor prose
        closing = [c or _aside_line(t, main, n, n + 1 < len(run) and named[n + 1])
                   for n, (c, t) in enumerate(zip(closing, run, strict=True))]
        # a name among them of no clear kind ("Access for All Iran") when most are plain
        most = sum(named) * 2 > len(run) - sum(closing)
        loose = [n or (most and _whole_name(t, main, strict=False))
                 for n, t in zip(named, run, strict=True)]
        cue = _clean(piece.text)
        said = BY_LINE.match(cue) or INLINE.match(cue) or CUE_SENTENCE.match(cue)
        if piece.kind in ("paragraph", "signature") and sum(named) >= 2 and not said and \
                _key(" ".join(run)) == _key(piece.text) and \
                all(n or c for n, c in zip(loose, closing, strict=True)):
            # names closing the text, no prose after them: its signature block
            kind = "signature" if piece.kind == "signature" or (
                piece.first > 0 and _closes_text(pieces, at, main)) else "paragraph"
            out += [Piece(kind, t, no, no) for no, t in
                    ((no, lines[no]) for no in range(piece.first, piece.last + 1)
                     if no in lines)]
        else:
            out.append(piece)
    return out


def _aside_line(line: str, main: str, at: int, over_name: bool) -> bool:
    """A line inside a list of names one a line that is neither a name nor prose: a name's
    form in another script on its own line ("(کانون …)" under "Union of …"), a heading over
    a group of names ("Individuals (in a personal capacity)"), or, after the first line, a
    label over the next group ("Additional signatories"); a heading only ``over_name`` (the
    next line a name: "Amal Solidarity Groups" closing the list is one of its names)."""
    text = _clean(line)
    if item(text, main) is None and script_of(text) != main:
        return True
    head = re.sub(r"\s*\([^()]*\)$", "", text)  # "Individuals (affiliations for … only)"
    return over_name and len(words(head)) <= 4 and not ends_terminal(text) and (
        _group_heading(head) or (at > 0 and bool(LABEL.match(text)) and not sign_off(text)))


_MEMBERS = re.compile(r"^(?:its\s+)?(?:members|composed of|composition)\s*:\s*", re.IGNORECASE)


def _members_at_top(pieces: list[Piece], decisions: list) -> list[tuple[int, list[str]]]:
    """The members a mission, commission or working group issuing the text lists under its
    name above the body ("Members: A (Chair), B, C"), kept or removed as front matter: two
    people or more, each a person's name (with line numbers)."""
    first_prose = next((p.first for p in pieces if p.kind in ("paragraph", "list", "quote")),
                       None)
    out: list[tuple[int, list[str]]] = []
    for no, _keep, _why, text in decisions:
        if first_prose is None or no >= first_prose:
            break
        text = _clean(text or "")
        label = _MEMBERS.match(text)
        if label and not ends_terminal(text[label.end():].rstrip(".")):
            names = [re.sub(r"\s*\([^()]*\)\s*$", "", n).strip() for n in
                     re.split(r",\s*(?:and\s+)?|\s+and\s+", text[label.end():].rstrip("."))]
            if len(names) >= 2 and all(person_like(n) for n in names):
                out.append((no, names))
    return out


def _removed_by_line(pieces: list[Piece], decisions: list, main: str) -> list[str]:
    """The signers of an attribution line above the body, with its continuation on the next
    line, either of them removed as front matter by the classifier ("Joint submission by A,
    the B" / "Committee and C" between the title and the first paragraph): read as a by-line
    at the top is; so is a removed label with its signers ("Signed by: A · B · C") there."""
    first_prose = next((p.first for p in pieces if p.kind in ("paragraph", "list", "quote")),
                       None)
    if first_prose is None:
        return []
    for n, (no, keep, _why, text) in enumerate(decisions):
        if no >= first_prose:
            break
        text = _clean(text or "")
        if INLINE.match(text) and not keep:  # "Signed by: A · B · C" over the title, removed
            said = _said_to_sign(text, main, top=True, closing=False)
            if said:
                return said
        if not BY_LINE.match(text):
            continue  # kept or removed: its continuation may be the other
        # its continuation on the next line or two ("A joint briefing by the B" / "Initiative
        # and the C Network" / "Against D"): the longest that names signers
        joins = [text]
        for nxt in decisions[n + 1:n + 3]:
            last = decisions[n + len(joins) - 1][0]
            if ends_terminal(joins[-1]) or nxt[0] > last + 2 or nxt[0] >= first_prose or \
                    len(words(nxt[3] or "")) > 20 or ends_terminal(nxt[3] or "") or \
                    _BYLINE_LEAD.match(nxt[3] or ""):
                break
            joins.append(f"{joins[-1]} {_clean(nxt[3])}")
        for joined in reversed(joins):
            said = _said_to_sign(joined, main, top=True, closing=False)
            if said:
                return said
    return []


def _cover_list(pieces: list[Piece], decisions: list,
                main: str) -> tuple[list[str], set[int]]:
    """The makers a document's cover lists above the body under a label ("Submitted by:" /
    "Ahwaz Rights Defenders Network" / "Kurdish Lawyers' Collective"), one a line, kept or
    removed as front matter (the last may even be taken for the title): each line plainly a
    whole name, up to the first that is none (the date, a contact). The names, and the raw
    lines the label and they take (read no more)."""
    first_prose = next((p.first for p in pieces if p.kind in ("paragraph", "list", "quote")
                        and not COVER_BY.match(_clean(p.text)) and not (
                            p.kind == "list" and _whole_name(_clean(p.text), main)) and
                        ends_terminal(_clean(p.text))), None)
    # (a bulleted maker, "• Pen and Ink Network", kept as a list's item, is no prose yet; nor
    # is a cover's subtitle, no sentence: "A joint submission to the UN Working Group on …")
    for n, (no, _keep, _why, _text) in enumerate(decisions):
        if first_prose is None or no >= first_prose:
            break
        label = _cover_label(decisions, n)
        if not COVER_BY.match(label):
            continue
        names: list[str] = []
        strict = 0  # of them plainly an organisation's or a person's
        numbers, last = {no}, no
        for below, _k, _w, line in decisions[n + 1:]:
            line = _clean(line or "")
            if below > last + 2 or below >= first_prose or \
                    not _whole_name(line, main, strict=False):
                break
            names.append(item(line, main) or line)
            strict += _whole_name(line, main)
            numbers.add(below)
            last = below
        if names and strict * 2 > len(names):  # a name of no clear kind among plain ones
            return names, numbers
    return [], set()


def _cover_label(decisions: list, n: int) -> str:
    """Decision ``n``'s line as a cover's label, its date aside ("Submitted on 11 July 2024
    by:" is "Submitted by:"); a "by" alone on its line is read with the line over it
    ("Submitted on 8 April 2025" / "by")."""
    text = _clean(decisions[n][3] or "")
    if re.fullmatch(r"by\s*:?", text, re.IGNORECASE) and n and \
            decisions[n - 1][0] >= decisions[n][0] - 2:
        text = f"{_clean(decisions[n - 1][3] or '')} {text}"
    found = find_date(text)
    if found and len(words(text)) <= 12:
        text = " ".join(f"{text[:found[1]]} {text[found[2]:]}".split())
        text = re.sub(r"\b(?:on|dated)\s+(?=by\b)", "", text, flags=re.IGNORECASE)
    return text


def _table_rows(pieces: list[Piece], main: str) -> list[Piece]:
    """A text table's rows whose cells the PDF reader set one a line, each numbered by its
    row's raw line: from a header row ("Name | Profession | Country") on, each row's cells
    together again ("Dr Amara Bello | Emergency physician | Norway"), read as a table's row
    is (the header names the name column), as long as rows of as many cells follow (a rule
    between aside). Kept by the first kept cell's kind, else removed."""
    out: list[Piece] = []
    width = 0  # the cells of the table's rows, from its header row on

    def row(cells: list[Piece]) -> Piece:
        kept = [c for c in cells if c.kind not in ("removed", "furniture")]
        kind = kept[0].kind if kept else "removed" if any(
            c.kind == "removed" for c in cells) else "furniture"
        return Piece(kind, " | ".join(_clean(c.text) for c in cells), cells[0].first,
                     cells[0].first)
    at = 0
    while at < len(pieces):
        piece = pieces[at]
        end = at + 1
        stacked = _stacked_rows(pieces, at, main)
        if stacked:
            out += [row(cells) for cells in stacked]
            at += sum(len(cells) for cells in stacked)
            continue
        if piece.first == piece.last and " | " not in piece.text:
            while end < len(pieces) and pieces[end].first == pieces[end].last == piece.first \
                    and " | " not in pieces[end].text:
                end += 1
        cells = pieces[at:end]
        texts = [_clean(c.text) for c in cells]
        if len(cells) >= 2 and (_header_row(texts) or len(cells) == width):
            width = len(cells)
            out.append(row(cells))
        else:
            if not (width and re.fullmatch(r"[-_=~*.·•]{3,}", texts[0])):
                width = 0
            out.extend(cells)
        at = end
    return out


def _stacked_rows(pieces: list[Piece], at: int, main: str) -> list[list[Piece]]:
    """A text table the PDF reader set one cell a line: a header row of two to six cells on
    consecutive lines ("Name" / "Profession" / "Affiliation") from ``at``, then rows of as
    many lines, as long as they run on line after line and each row's name cell (the
    header's) is a name. The header and the rows, each a list of its cells' pieces ([] where
    no such table starts at ``at``)."""
    def line(n: int) -> Piece | None:
        piece = pieces[n] if n < len(pieces) else None
        return piece if piece is not None and piece.first == piece.last and \
            " | " not in piece.text else None
    head: list[Piece] = []
    while (cell := line(at + len(head))) and _head_cells(_clean(cell.text)) and \
            (not head or cell.first == head[-1].first + 1) and len(head) < 7:
        head.append(cell)
    width = len(head)
    texts = [_clean(c.text) for c in head]
    if not 2 <= width <= 6 or not _header_row(texts) or any(t.endswith(":") for t in texts) or \
            all(any(w.lower() in _NAME_COLUMN for w in words(t)) for t in texts):
        return []  # ("Signatories:" / "Individuals": a label and a group's heading, no table)
    column = _name_column([_clean(c.text) for c in head])
    rows = [head]
    while True:
        start = at + width * len(rows)
        cells = [line(start + n) for n in range(width)]
        if not all(cells) or any(c.first != rows[-1][-1].first + 1 + n
                                 for n, c in enumerate(cells)):
            break
        if not is_name(item(_clean(cells[column].text), main) or ""):
            break
        rows.append(cells)
    return rows if len(rows) >= 2 else []


def _named_despite(text: str) -> bool:
    """A name with a word of site furniture in it ("Witness Archive Iran", "Committee to
    Protect Online Speech"): a plain name still, with two words or more left without it
    ("Like Reply", "Media contact", "Related campaigns" have none)."""
    cells = [MARKER.sub("", c.strip()) for c in text.split(" | ") if c.strip()]  # a row's cells
    return any(len(words(strip_lexicon(c))) >= 2 and name_shape(c).kind == "organisation"
               for c in cells)  # (an item's bullet aside: "▪️ Haalvsh Human Rights Archive")


def _name_run(text: str, main: str) -> bool:
    """A line that is a run of three names or more, most plainly people or organisations
    ("A (privacy engineer), B, C"): signers, whatever word of site furniture an aside has."""
    names = _line_names(text, main, strict=False)
    return len(names) >= 3 and sum(is_name(n, strict=True) for n in names) * 2 > len(names)


def _labelled_run(text: str, main: str) -> bool:
    """A label and its run of names on one line ("Signed by: A, B Human Rights Archive and
    C"), or a sentence saying who signs ("It is endorsed by A, …"): signers, whatever word of
    site furniture a name has."""
    inline = INLINE.match(text) or CUE_INLINE.match(text)
    if inline:
        return bool(names_in_run(inline.group("names"), main))
    return bool(CUE_SENTENCE.match(text)) and bool(_said_to_sign(
        text, main, top=False, closing=True)) or bool(_acting(text, main))


def _key(text: str) -> str:
    return " ".join(words(text)).lower()


# a post's byline under an attribution, no continuation of it ("By Sara Jones")
_BYLINE_LEAD = re.compile(r"^(?:by|posted by|written by|published|posted)\b", re.IGNORECASE)


def _by_line_text(pieces: list[Piece], i: int, main: str) -> str:
    """A line at the top and its continuation on the next line or two (a PDF wraps "Joint
    submission by A, the B" / "Committee and C" over two lines, "A joint briefing by the B" /
    "Initiative and the C Network" / "for D" over three): the longest that names signers."""
    text = _under_heading(_clean(pieces[i].text))
    if not BY_LINE.match(text) or ends_terminal(text):
        return text
    joins, last = [text], pieces[i]
    for nxt in pieces[i + 1:i + 3]:
        if nxt.kind not in ("heading", "paragraph") or nxt.first > last.last + 2 or \
                len(words(nxt.text)) > 20 or ends_terminal(nxt.text) or \
                _BYLINE_LEAD.match(nxt.text) or ends_terminal(joins[-1]):
            break
        joins.append(f"{joins[-1]} {_clean(nxt.text)}")
        last = nxt
    return next((t for t in reversed(joins) if _said_to_sign(t, main, top=True, closing=False)),
                joins[min(1, len(joins) - 1)])


def _under_heading(text: str) -> str:
    """The by-line a heading was joined with ("Human rights situations that require the
    Council's attention Joint written statement* submitted by A, B"): from its capitalised
    start after the heading's words (a dozen at most, no sentence); else ``text``."""
    if BY_LINE.match(text):
        return text
    for at in re.finditer(r"\s(?=[A-Z])", text):
        head = text[:at.start()]
        if len(words(head)) > 12 or ends_terminal(head):
            break
        if BY_LINE.match(text[at.end():]):
            return text[at.end():]
    return text


def refers_elsewhere(text: str) -> bool:
    """"The organisations listed above": a line pointing to signers named elsewhere."""
    return bool(re.search(rf"\b{ELSEWHERE}\W*$", text, re.IGNORECASE))


def _marker(text: str) -> tuple[str, int] | None:
    """A line's list marker as its kind: ("-", 0) for a bullet, ("1.", 3) for the third item
    of a numbered list; None for no marker."""
    found = MARKER.match(text)
    if not found or not found.group(0).strip():
        return None
    mark = found.group(0).strip()
    number = re.match(r"\(?(\d{1,3})([.)])", mark)
    return (f"1{number.group(2)}", int(number.group(1))) if number else (mark, 0)


def _marked(piece: Piece) -> str:
    """A piece's text with its list marker, as the page wrote it."""
    text = _clean(piece.text)
    return f"{piece.marker} {text}" if piece.kind == "list" and piece.marker else text


def _goes_on(before: tuple[str, int] | None, after: tuple[str, int] | None) -> bool:
    """Whether an item after a rule goes on with the list above it: the same bullet, or the
    next number ("- Baluch Women's Forum" / rule / "2. NUMBERS OF THE WEEK" is a digest's
    next section, not a signer)."""
    if before is None or after is None:
        return True
    if before[0] != after[0]:
        return False
    return not before[1] or after[1] == before[1] + 1


# a post's number in a thread ("6/", "3/7", "(6/6)") and its end mark ("/end"), no part of it
_THREAD_MARK = re.compile(r"^\(?\d{1,2}/(?:\d{1,2})?\)?\s+(?=\S)|"
                          r"\s+(?:/end|\(?\d{1,2}/\d{1,2}\)?|🧵)\s*$", re.IGNORECASE)


def _next_post(pieces: list[Piece], i: int, passed: set[int]) -> str:
    """The next line of text after piece ``i``, past a thread's post header and counters
    between (the account's name repeated over each post, its handle, a date, figures): where
    a run of names ending in a comma goes on ("Signed: A, B," … "C, D. Full statement …");
    the pieces passed are added to ``passed``; "" when there is none."""
    seen = [_clean(p.text) for p in pieces]
    for j in range(i + 1, min(i + 10, len(pieces))):
        text = seen[j]
        if not re.search(r"[^\W\d_]{2}", text) or re.fullmatch(r"@\w{2,30}", text) or \
                (find_date(text) and len(words(text)) <= 4) or seen.count(text) >= 2:
            continue  # "·", "1  40  188  7.4K", "@FreeThemNowIR", "Nov 28", the account's name
        passed.update(id(p) for p in pieces[i + 1:j + 1])
        return text
    return ""


# a signer's logo, given by its alternative text in a list of logos ("[Logo: Nurses Watch]",
# "[Logo] Nurses Watch", "[Image: logo of Nurses Watch]"): the name it shows
_LOGO = re.compile(r"^\[(?:logo|image|bild|imagen|afbeelding)(?:\s*:\s*(?:(?:the\s+)?logo\s+"
                   r"(?:of|von|de|van)\s+)?(?P<alt>[^\[\]]{2,120}))?\]\s*(?P<after>.*)$",
                   re.IGNORECASE)


def _logo_name(text: str) -> str:
    """The name a logo in a list of signers shows ("[Logo: Nurses Watch]"); the text as it
    is where it is no logo."""
    logo = _LOGO.match(text)
    if not logo or bool(logo["alt"]) == bool(logo["after"]):
        return text
    return (logo["alt"] or logo["after"]).strip()


def _clean(text: str) -> str:
    text = _logo_name(text.strip())
    text = re.sub(r"(\*\*|__)(.+?)\1", r"\2", text.strip())  # "**Nurses Watch**" (bold)
    text = re.sub(r"^\*+\s*|\s*\*+$", "", text)  # "*The experts:" (a footnote mark)
    return _THREAD_MARK.sub("", text.strip()).strip()


EMOJI_TAIL = re.compile(r"(?:\s*[\U0001F000-\U0001FAFF\u2600-\u27BF\u2B00-\u2BFF\ufe0f\u200d]+)+$")
_HANDLE = re.compile(r"(?<![\w@])@(\w{2,30})\b")


def _handles(decisions: list) -> dict[str, str]:
    """The accounts a social-media page shows with their names: a name over its handle
    ("Kurdistan Workers' Solidarity Forum" / "@KWSF_ex") or beside it ("Rojin Ahmadi
    @rojin_a_ex · 2h"): handle (lowercased) -> name, for a run that signs with a handle."""
    out: dict[str, str] = {}
    before = ""
    for _no, _keep, _why, text in decisions:
        text = EMOJI_TAIL.sub("", (text or "").strip())  # "Iran Prison Monitor 🕊️"
        if not text:
            continue
        alone = re.fullmatch(r"@(\w{2,30})", text)
        beside = re.match(r"^(?P<name>[^@·|]{3,80}?)\s+@(?P<handle>\w{2,30})\b(?:\s*·.*)?$", text)
        if alone and name_shape(before).kind in ("organisation", "person"):
            out.setdefault(alone.group(1).lower(), before)
        elif beside and name_shape(beside["name"]).kind in ("organisation", "person"):
            out.setdefault(beside["handle"].lower(), beside["name"])
        before = text
    return out


_OUR_TEXT = re.compile(r"\bour\s+(?:joint\s+)?(?:statement|letter|open letter|appeal|"
                       r"declaration)\b", re.IGNORECASE)


def _poster(pieces: list[Piece], decisions: list) -> list[str]:
    """The account a social-media post is shown under, named over its handle at the top of
    the page ("Iran Prison Monitor" / "@IranPrisonMon_ex"), when the post calls the text its
    own ("🧵 THREAD: … — our statement (1/5)"): the account signs. Only when nothing else
    names signers."""
    first = next((p.first for p in pieces if p.kind in ("title", "paragraph")), None)
    if first is None:
        return []
    # (the title's raw line: cleaning takes its tail off); the account's name over its handle
    # may have been taken for the title, the post's own line under it
    ours = next((d[0] for d in decisions if first <= d[0] <= first + 2 and
                 _OUR_TEXT.search(d[3] or "")), None)
    if ours is None:
        return []
    above = [d for d in decisions if d[0] < ours]
    names = list(_handles(above).values())
    return names[:1] if names and name_shape(names[0]).kind == "organisation" else []


# a chat member's message adding a group's name: "Avocats Solidaires Lyon signs", "The Kurdish
# Bar Forum signs too."
_SIGNS_ON = re.compile(r"^(?:the\s+)?(?P<name>[A-Z][^.!?:;,]{2,80}?)\s+(?:also\s+)?"
                       r"(?:signs|co-?signs|endorses|joins)"
                       r"(?:\s+(?:too|as well|on|in|it|the statement))?\s*(?:[.!]+|$)")


def _signing_on(decisions: list, main: str) -> list[str]:
    """The groups members of a chat say sign, each in a message of its own (a WhatsApp or
    Signal group drafting the statement, its export imported): a removed line that is, or
    opens on, the sentence "A signs (too)"."""
    out = []
    for _, keep, _, text in decisions:
        said = (message_text(text or "") or text) if not keep else None  # (its stamp gone)
        found = _SIGNS_ON.match(said) if said else None
        if found and is_name(found["name"], strict=True) and \
                name_shape(found["name"]).kind == "organisation":
            out.append(found["name"])
    return out


# a by-line over a post: "By Roya Etemadi · 14 October 2026", "Posted on November 12th, 2026 by
# Shirin Vafadar · 7 min read"
_AUTHOR_LINE = re.compile(r"^(?:(?:posted|written|published)\b[^·|•]{0,40}?\s)?by\s+"
                          r"(?P<name>[A-Z][\w'’.-]+(?:\s+[A-Z][\w'’.-]+){1,3})"
                          r"(?=\s*(?:$|[·|,•—–]|\s+on\b|\s+\d))", re.IGNORECASE)
_FIRST_PERSON = re.compile(r"\b(?:I|me|my|myself)\b")
# the author asking in her own name ("So I am asking three things", "I will end with a
# request", "I urge"): an appeal, not a report that met its sources in the first person
_APPEAL = re.compile(r"\bI\s+(?:[a-z]+\s+){0,4}?(?:ask|asking|call|calling|urge|urging|appeal|"
                     r"appealing|demand|request|beg|invite|implore)\b")
_QUOTED = re.compile(r"“[^”]*”|\"[^\"]*\"")


def _first_person_author(pieces: list[Piece], decisions: list,
                         authors: tuple[str, ...] = ()) -> list[str]:
    """The person a post's by-line (or its metadata) names, where the text speaks in her own
    voice ("I", "my", outside quotations, twice or more) and asks in it ("I am asking …"): a
    personal appeal, which its author signs. A reporter's by-line over a report, even one
    that met its sources in the first person ("relatives I spoke to"), signs nothing."""
    body = [p for p in pieces if p.kind == "paragraph"]
    if not body:
        return []
    own = " ".join(_QUOTED.sub(" ", _clean(p.text)) for p in body)
    if len(_FIRST_PERSON.findall(own)) < 2 or not _APPEAL.search(own):
        return []
    named = [a for a in authors if is_person(a)]
    if named:
        return named[:1]
    top = body[min(1, len(body) - 1)].first
    for no, _, _, text in decisions:
        if no > top:
            break
        found = _AUTHOR_LINE.match(" ".join((text or "").split()))
        if found and is_person(found["name"]):
            return [found["name"]]
    return []


# a thread's last post signing in handles: "Signed: @A @B @C" ("Signed by:" is INLINE's)
_HANDLE_LABEL = re.compile(r"^(?P<label>(?:co-?)?signed(?:\s+by)?|signatories|signers)\s*[:–—]\s*"
                           r"(?P<names>@.*)$", re.IGNORECASE)
# a post's signing hand or pen before the names it signs with ("✍️ A · B · C", "🖊 A, B and C"):
# the emoji is the post's "Signed:"
_SIGNING_HAND = re.compile(r"^(?P<label>[\u270d\u2712\U0001F58A\U0001F58B\U0001F58C\U0001F58D]"
                           r"[\ufe0f\U0001F3FB-\U0001F3FF]*)\s*(?P<names>[^\W\d_].*)$")
_COSIGNED = re.compile(r"^(?:[^\W\d_a-zA-Z]\S*\s+)*co-?sign", re.IGNORECASE)


def _handle_run(text: str) -> list[str]:
    """A run of two accounts' handles or more and nothing else ("@A @B, @C and @D"): the
    accounts sign, each by its handle as the page wrote it."""
    items = [x for x in re.split(r"[\s,;]+|\band\b|&", text.strip().rstrip(".")) if x]
    if len(items) < 2 or not all(re.fullmatch(r"@\w{2,30}", x) for x in items):
        return []
    return items


def _without_handle(text: str) -> str:
    """A name with its account's handle beside it ("Sufi Rights Network @SufiRightsNet"), as a
    post lists its co-signers: the name alone; any other line as it is."""
    beside = re.match(r"^(?P<name>[^@·|]{3,80}?)\s+\(?@\w{2,30}\)?$", text)
    if beside and name_shape(beside["name"]).complete and \
            name_shape(beside["name"]).kind in ("organisation", "person", "name"):
        return beside["name"]
    return text


def _named_handles(text: str, handles: dict[str, str]) -> str:
    """``text`` with each handle of an account the page names by its name ("Signed by
    @KWSF_ex together with …" -> "Signed by Kurdistan Workers' Solidarity Forum …")."""
    if not handles or "@" not in text:
        return text
    return _HANDLE.sub(lambda m: handles.get(m.group(1).lower(), m.group(0)), text)


def _cells(piece: Piece, text: str, columns: dict[int, list[str]]) -> list[str] | None:
    """A table row's cells: an HTML table's row ("A | B") or a text table's columns."""
    if " | " in text:
        cells = [c.strip() for c in text.split(" | ") if c.strip()]
        return cells if len(cells) >= 2 else None
    cells = columns.get(piece.first) if piece.first == piece.last else None
    if cells and " ".join(cells).split() == text.split():
        return cells
    return None


def _grid_kind(cells: list[str], main: str) -> str:
    """Rows of names set out in columns, every cell of one kind: "place" (States), "plain"
    (organisations, or people; a person's role after the name aside, "A, former prisoner");
    "" for a name beside its country or affiliation."""
    if len(cells) < 2:
        return ""
    if all(is_place(c) for c in cells):
        return "place"
    named = [item(c, main) or "" for c in cells]
    kinds = {name_shape(c).kind for c in named}
    if kinds == {"person"} or ("organisation" in kinds and kinds <= {"organisation", "name"}):
        return "plain"
    # two columns of signers of both kinds ("Nasrin Sotoudeh      PEN Norway"), each a name
    # of two words or more (a city or an affiliation beside a name is one word, or no name)
    if not all(len(words(c)) >= 2 for c in named) or \
            any(is_place(re.sub(r"\s*\([^()]*\)", "", c)) for c in named):
        return ""  # a name beside its town or country ("Iraq (Kurdistan Region)")
    plain = kinds <= {"organisation", "person"} or \
        all(is_name(c, strict=True) or name_shape(c).complete for c in named)
    return "plain" if plain else ""


def _rejoined(pieces: list[Piece], i: int, text: str, skip: set[int]) -> str:
    """A removed line and the removed lines right under it, up to the one ending the
    sentence: a hard-wrapped paragraph the classifier removed line by line ("The experts: A,
    Special" / "Rapporteur on …; B, …"); the lines joined are added to ``skip``."""
    last = pieces[i].last
    for piece in pieces[i + 1:i + 12]:
        if piece.kind not in ("removed", "furniture") or piece.first > last + 1:
            break
        line = _clean(piece.text)
        text = text + line if re.search(r"\w-$", text) else f"{text} {line}"  # "Chair-"
        skip.add(id(piece))
        last = piece.last
        if ends_terminal(line):
            break
    return text


def _run_wrapped(pieces: list[Piece], i: int, text: str, run: str, skip: set[int]) -> str:
    """A label's run of names hard-wrapped over the kept lines right under it, each going on
    with the run's separator up to the one ending the sentence ("Signed: A; B; Women" /
    "Press Freedom Collective; C; Iran Human Rights" / "Documentation Centre; D."): the whole
    run; the lines joined are added to ``skip``. A line without the separator is no part of
    it (the next signer of a list, one a line). A mail's run needs no full stop: the wrapped
    paragraph ends it, at the blank line under it ("… Dr. Azadeh" / "Fallahi (oncologist),
    Nahid Parsa (former political prisoner)" / "")."""
    sep = ";" if ";" in run else "," if "," in run else None
    if sep is None:
        return text
    last, joined, taken = pieces[i].last, text, []
    for n, piece in enumerate(pieces[i + 1:i + 12], i + 1):
        line = " ".join(_clean(piece.text).split())
        several = "\n" in piece.text.strip()
        if piece.kind in ("removed", "furniture", "title") or piece.first != last + 1 or \
                (several and not _ends_paragraph(pieces, n)) or \
                (sep not in line and not _run_ends(line)):
            return text
        joined = joined + line if re.search(r"\w-$", joined) else f"{joined} {line}"
        taken.append(piece)
        last = piece.last
        if (_run_ends(line) and not several) or \
                (_ends_paragraph(pieces, n) and _wrapped_on(text, taken, sep)):
            skip.update(id(p) for p in taken)
            return joined
    return text


def _run_ends(line: str) -> bool:
    """Whether a line of a run of names ends it: a full stop does, a semicolon does not
    ("Signatories: A; B;" / "C; D"), the run goes on with its separator."""
    return ends_terminal(line) and not line.rstrip().endswith(";")


def _ends_paragraph(pieces: list[Piece], n: int) -> bool:
    """Whether a blank line (or the page's end) follows the n-th piece: where a hard-wrapped
    paragraph ends."""
    return n + 1 >= len(pieces) or pieces[n + 1].first > pieces[n].last + 1


def _wrapped_on(text: str, taken: list[Piece], sep: str) -> bool:
    """Whether a run's lines are one hard-wrapped paragraph: a line before the last breaks
    off inside a name, with no separator at its end ("… Justice for Iran's" / "Women, …"),
    as only a wrapped line does (a list, one signer a line, ends each line at its name)."""
    lines = [text] + [line for p in taken for line in _clean(p.text).splitlines()][:-1]
    return any(not line.rstrip().endswith((sep, ",", ";")) for line in lines)


def _head_cells(text: str) -> bool:
    """A table's header cells on a line of their own ("Organisation", "Contact"), also glued
    as a browser copies a row without its cells' space ("OrganisationCountry")."""
    parts = [p for w in words(text) for p in re.split(r"(?<=[a-z])(?=[A-Z])", w)]
    return bool(parts) and all(p.lower() in _TABLE_HEAD or p.lower() in GLUE for p in parts)


def _header_row(cells: list[str]) -> bool:
    return all(w.lower() in _TABLE_HEAD for c in cells for w in words(c)) and \
        any(w.lower() in _NAME_COLUMN for c in cells for w in words(c))


def _name_column(cells: list[str]) -> int:
    for n, cell in enumerate(cells):
        if any(w.lower() in _NAME_COLUMN for w in words(cell)):
            return n
    return 0


def _is_label(text: str, pieces: list[Piece], i: int, main: str) -> bool:
    """A line that opens a region of signers (the names follow it); never a list's item."""
    section = _SECTION.match(text)
    if section and len(words(text)) <= 5 and not ends_terminal(text):
        text = text[section.end():]  # a numbered section's heading ("5. SIGNATORIES")
    if len(words(text)) > 30 or MARKER.match(text):
        return False
    if SIGN_LABEL.match(text) or LABEL.match(text) or EXPERTS_LABEL.fullmatch(text):
        return True
    if COLON_LABEL.match(text) and _names_follow(pieces, i, main):
        return True
    # "Organisations" / "Individuals:" as a heading of the list that follows
    if _group_heading(text) and _names_follow(pieces, i, main):
        return True
    # any short line ending in a colon over a list of plain names that closes the text
    return text.endswith(":") and len(words(text)) <= 14 and \
        _names_follow(pieces, i, main, strict=True) and _closes_text(pieces, i, main)


_SECTION = re.compile(r"^(?:\d{1,2}|[IVX]{1,5})\.\s+(?=[A-Z])")


def _group_heading(text: str) -> bool:
    """"Organisations:", "Individuals", "Partner organisations": a heading over a group of
    signers, not an organisation ("Amal Solidarity Group", "Federation of Organisations")."""
    if not GROUP.match(text):
        return False
    lead = [w.lower() for w in words(text)][:-1]
    return name_shape(text).kind != "organisation" or all(w in _GROUP_WORDS for w in lead)


_GROUP_WORDS = wordset("partner partners member members supporting participating signing "
                       "endorsing other international national local regional civil society "
                       "human rights allied affiliated founding individual additional further "
                       "new initial first and")


def _closes_text(pieces: list[Piece], i: int, main: str) -> bool:
    """After the names that follow piece ``i`` comes no more of the statement's prose (a list
    of the people arrested is followed by more paragraphs; the signers are not)."""
    for piece in pieces[i + 1:]:
        if piece.kind in ("removed", "furniture"):
            continue
        text = _clean(piece.text)
        if piece.kind == "paragraph" and ends_terminal(text) and len(words(text)) >= 15 and \
                not _line_names(text, main, strict=False):
            return False
    return True


def _names_follow(pieces: list[Piece], i: int, main: str, strict: bool = False) -> bool:
    """The next pieces are names (two, or one and the end of the text); ``strict``: plainly."""
    following = [_clean(p.text) for p in pieces[i + 1:i + 3]]
    named = [_row_named(t, main, strict) for t in following]
    return bool(named) and named[0] and (len(named) == 1 or named[1] or
                                         _row_named(following[0], main, True))


def _row_named(text: str, main: str, strict: bool) -> bool:
    """Whether a line names signers: as a whole, or, a table's row ("A (UK) | B (Norway)"),
    in every cell (two signers set side by side in a grid)."""
    cells = [c.strip() for c in text.split(" | ") if c.strip()] if " | " in text else []
    if len(cells) >= 2:
        return all(_line_names(c, main, strict=strict) for c in cells)
    return bool(_line_names(text, main, strict=strict))


def _ends_region(piece: Piece, text: str) -> bool:
    """A finished sentence of some length ends a region of signers (a footnote does not: a
    PDF page's notes come between the two halves of a list)."""
    if piece.kind not in ("paragraph", "heading", "quote"):
        return False
    if re.match(r"^(?:\d{1,2}|[¹²³⁴⁵⁶⁷⁸⁹⁰*†]+)\s", text):
        return False
    return (ends_terminal(text) and len(words(text)) > 8) or len(words(text)) > 24


# a line of two sentences or more, each of a few words ("Free Navid. Free Sepideh. 🕊"): a
# slogan over the signature, never a name ("St. Mary's", "Dr. A. Karimi": one word before the dot)
_SLOGAN = re.compile(r"(?:^|\s)\w+\s+\w{3,}[.!]\s+\w+\s+\w{3,}[.!]")


def _described_entry(text: str) -> str | None:
    """The organisation an entry of an annex of makers names before what it is ("Hamdel
    Coalition (Geneva) – coordinating organisation; a network of lawyers …"), or None."""
    found = _WITH_WHAT_IT_IS.match(text)
    name = re.sub(r"\s*\([^()]*\)$", "", found["name"]) if found else ""
    if name and (is_organisation(name) or (is_name(name) and
                                           len(words(name)) <= 6)):
        return found["name"]
    return None


def _line_names(text: str, main: str, strict: bool) -> list[str]:
    """The signers one line of a region names: one, or a run of three or more; a numbered
    list's row in two columns ("2. A (Netherlands)  13. B (Lithuania)") names two."""
    first = re.match(r"^\(?(\d{1,3})[.)]\s", text.strip())
    # the item's own number may have gone with its list marker: then only after a qualifier
    later = [m for m in re.finditer(r"(?<=[)\w])\s+\(?(\d{1,3})[.)]\s+(?=[A-Z])", text)
             if (int(m.group(1)) > int(first.group(1)) if first else
                 text[:m.start()].endswith(")"))]
    if later:
        cut = later[0].start()
        return [*_line_names(text[:cut], main, strict),
                *_line_names(text[cut:].strip(), main, strict)]
    text = MARKER.sub("", text.lstrip("—–-‒ ")).strip().rstrip(",;")
    # (dates and numbers in a person's role are hers, not a date line's or a telephone's: "A B,
    # teacher, held in Evin 2019-2021")
    dated = text.split(",")[0] if person_with_role(text) else text
    if not text or date_line(dated) or (find_date(dated) and len(words(dated)) <= 8):
        return []
    # (an account's handle after a name is no contact line: "A (@a_org)", as a post lists them)
    if refers_elsewhere(text) or CONTACT.search(_YEARS.sub("", HANDLE_ASIDE.sub("", text))) or \
            _SLOGAN.search(text):
        return []
    described = _described_entry(text)  # "A (Geneva) – coordinating organisation; a network …"
    if described:
        return [x for x in [item(described, main)] if x]
    grouped = _PLACE_GROUP.match(text)  # "Canada — A; B": signers grouped by their country
    placed = bool(grouped) and is_place(grouped["place"].strip())
    if placed:
        text = grouped["rest"].strip()
    if (re.search(r"[,;]|\s[·•]\s", text) or len(re.findall(r"\s/\s", text)) >= 2) and \
            not person_with_role(text):  # (or "A / B / C", a slash between three or more)
        run = split_run(text)
        if len(run) >= 3 or ((placed or re.search(r";|\s[·•]\s", text)) and len(run) >= 2):
            items = [item(x, main) for x in run]
            if all(items) and all(is_name(x) for x in items if x) and \
                    any(is_name(x, strict=True) for x in items if x):
                return [x for x in items if x]
    name = item(text, main)
    if not name or not is_name(name, strict):
        return []
    return [name]  # one a line: "Centre for Law and Religion" is one name, never split


# years and their ranges ("2019-2021"), which a telephone number's digits are not
_YEARS = re.compile(r"\b(?:19|20)\d\d(?:\s*[-–]\s*(?:19|20)?\d\d)?\b")
# an organisation, a dash and what it is, in lowercase (an annex of the submitting organisations)
_WITH_WHAT_IT_IS = re.compile(r"^(?P<name>[A-Z][^–—:;]{2,100}?)\s+[–—]\s+(?P<what>[a-z].*)$")
_PLACE_GROUP = re.compile(r"^(?P<place>[^—–:;,()]{2,40}?)\s*(?:[—–]|:)\s+(?P<rest>\S.*)$")


def _with_undersigned(text: str, main: str) -> list[str]:
    """"The International Lawyers' Observatory and the undersigned bar associations express
    ...": the names before "and the undersigned" sign with them."""
    match = WITH_UNDERSIGNED.match(text)
    if not match:
        return []
    names = names_in_run(match.group("names"), main)
    return names if names and all(is_name(n, strict=True) for n in names) else []


def _acting(text: str, main: str, reported: bool = False) -> list[str]:
    """The closing sentence's subject, a run of two names or more acting in the present ("A,
    B and C call on the authorities to …"): the organisations or people who make the
    statement, and sign it, in the last paragraph (in the body a report names others);
    ``reported``: the page reports a joint statement, and a run of three organisations or more
    acting in the past there makes it ("A, B and the C called on the authorities …")."""
    for sentence in sentences(text):
        match = ACTING_RUN.match(sentence)
        past = False
        if not match and reported:
            match, past = ACTED_RUN.match(sentence), True
        if not match:
            continue
        subject = match.group("names").strip()
        if run_head(subject) != subject:
            continue  # the subject is prose before the names ("Between 2016 and 2024, …")
        names = names_in_run(subject, main, least=3 if past else 2)
        if past and not all(name_shape(n).kind == "organisation" for n in names):
            continue  # (a report's people acting in the past are its sources)
        if names and any(is_name(n, strict=True) for n in names):
            return names  # (names_in_run: every one a name; one at least plainly one)
    return []


_REPORTS_JOINT = re.compile(r"\b(?:a|the|their|in a)\s+joint\s+(?:public\s+)?(?:statement|letter|"
                            r"open letter|appeal|declaration)\b", re.IGNORECASE)
# "Together with the A and the B, we urge …": the text's own author, "we", and its partners
_TOGETHER_WE = re.compile(r"^(?:together|jointly|along)\s+with\s+(?P<names>[^;:]{3,300}?),\s+"
                          r"we\s+(?:(?:also|jointly|today|hereby|further)\s+)*(?:call|urge|demand|"
                          r"appeal|ask|condemn|denounce|insist|reiterate|renew)\b", re.IGNORECASE)


def _together_with(text: str, main: str, pieces: list[Piece],
                   own: frozenset[str]) -> list[str]:
    """"Together with the A and the B, we urge …" in the text's last part: A and B make the
    statement with its author, who signs first when the page names itself and opens the text
    in its name ("Zagros Watch (ZW) has learned …" on Zagros Watch's page)."""
    for sentence in sentences(text):
        match = _TOGETHER_WE.match(sentence)
        if not match:
            continue
        # (partners listed: "the A and the B" are two, whatever their names end on)
        run = re.sub(r"\s+and\s+the\s+(?=[A-Z])", ", ", _reported_run(match.group("names")))
        names = names_in_run(run, main)
        if not names or not all(is_name(n, strict=True) for n in names):
            continue
        return _own_author(pieces, own) + names
    return []


def _own_author(pieces: list[Piece], own: frozenset[str]) -> list[str]:
    """The page's own name (og:site_name, its copyright line) opening its first paragraph, as
    the text writes it: the author that says "we"; [] for none."""
    first = next((p for p in pieces if p.kind == "paragraph"), None)
    if first is None:
        return []
    opening = _clean(first.text)
    for name in sorted(own, key=len, reverse=True):
        if len(words(name)) >= 2 and opening.lower().startswith(name + " ") and \
                name_shape(opening[:len(name)]).kind == "organisation":
            return [opening[:len(name)]]
    return []


# the UN's form for co-sponsors of a written statement, and its status clause
_SHARES_VIEWS = re.compile(r"^(?P<names>[A-Z].{2,600}?),?\s+(?:also\s+)?shares?\s+the\s+views\s+"
                           r"(?:expressed\s+)?in\s+(?:this|the\s+present)\b", re.IGNORECASE)
_NGO_STATUS = re.compile(r",\s*(?:NGO\(?s?\)?|non-governmental organi[sz]ations?)\b[^,]*,?\s*$",
                         re.IGNORECASE)


# the verbs of who wrote a text, not of who signs it: inside a report on "the letter" they name
# its drafters (the signers are others: "140 faculty members added their names")
_AUTHORED = re.compile(r"(?:drafted|prepared|written|coordinated|organi[sz]ed|initiated)\b",
                       re.IGNORECASE)


# a document's information table, its row saying who issues or signs it ("Issued by | A")
_CELL_LABEL = re.compile(r"^((?:co-?)?(?:signed|issued|endorsed|published|submitted|sponsored|"
                         r"launched|adopted)(?:\s+jointly)?\s+by)\s*\|\s*(?=\S)", re.IGNORECASE)


def _issued_row(decisions: list, main: str) -> list[str]:
    """Who a document's information table says issued it ("Issued by | A"), the table removed
    with the page's particulars between the title and the body."""
    for _, keep, _, text in decisions:
        if not keep and _CELL_LABEL.match(text or ""):
            return _said_to_sign(text, main, top=False, closing=False)
    return []


def _said_to_sign(text: str, main: str, top: bool, closing: bool) -> list[str]:
    """Names a sentence says sign: "This statement is endorsed by A, B and C." (where the text
    closes, or anywhere when the sentence is about this text), "Joint statement by A and B"
    (at the top), a document's table row "Issued by | A"."""
    text = _CELL_LABEL.sub(r"\1 ", text)
    if top:
        by_line = BY_LINE.match(text) or JOINT_BY.search(text)
        if by_line:
            run = by_line.group("names")
            # "Written statement* submitted by A, a non-governmental organization in special
            # consultative status": a UN document's NGO author, alone, by its status
            accredited = _STATUS_AFTER.search(run)
            names = names_in_run(run[:accredited.start()] if accredited else run, main)
            joint = bool(re.search(r"\bjoint\b", text[:by_line.start("names")], re.IGNORECASE))
            if accredited and len(names) == 1 and name_shape(names[0]).kind == "organisation":
                return names
            plain = sum(is_name(n, strict=True) for n in names)
            if (len(names) >= 2 or (joint and names)) and plain * 2 >= len(names) > 0:
                return names
            # "Statement by Dr. A B, Director-General", "A briefing by C": one office holder
            # or one organisation, by itself, issues and signs (not "Letter of …", "from …")
            alone = len(names) == 1 and \
                re.search(r"\bby\s*$", text[:by_line.start("names")], re.IGNORECASE)
            if alone and (person_with_role(run) or is_name(names[0], strict=True)):
                return names
    issued = ISSUED_BELOW.match(text)
    if issued and (top or text.endswith(":")):
        # "The Chair of A, X (FR), and the Chair of B, Y, issued the following statement:"
        run = _reported_run(issued.group("names"))
        names = (_office_holders(run) or ([], False))[0] or names_in_run(run, main)
        if len(names) >= 2 and all(is_name(n, strict=True) for n in names):
            return names
    out: list[str] = []
    shared = _SHARES_VIEWS.match(text)
    if shared:  # "A, B and C, NGO(s) without consultative status, also share the views …"
        run = _NGO_STATUS.sub("", shared.group("names"))
        names = names_in_run(run, main)
        if names and all(is_name(n, strict=True) for n in names):
            return names
    for sentence in sentences(text):
        cue = CUE_SENTENCE.match(sentence)
        if not cue:
            continue
        pre, named = cue.group("pre"), cue.group("names")
        maker_pre = pre
        later = _COSIGNED_AFTER.search(sentence, cue.start("names"))
        if later and (tail := CUE_SENTENCE.match(sentence[later.start("cue"):])):
            # "The letter was drafted by A and co-signed by B, C and D": the maker is named
            # before the co-signers' cue (see _maker_before), the run after it
            maker_pre, named = sentence[:later.start("cue")], tail.group("names")
        about_this = not pre.strip() or bool(re.search(
            r"\b(?:this|the|our)\s+(?:[\w-]+\s+){0,2}(?:statement|letter|appeal|declaration|"
            r"submission|call|petition|text)\b", pre, re.IGNORECASE))
        if not (about_this or (closing and len(words(pre)) <= 4)):  # "It is endorsed by"
            continue
        if not closing and _AUTHORED.match(sentence[len(maker_pre):]) and \
                not re.search(r"\b(?:this|our)\b", pre, re.IGNORECASE):
            continue  # "The letter, drafted by the working group, …": a report on who wrote it
        # "… endorsed by the Chairperson of the Committee on …, A (Greece), and the
        # Committee's rapporteur on Iran, B": the holders sign, not their offices
        run = _reported_run(named)
        names = (_office_holders(run) or ([], False))[0] or names_in_run(run, main)
        if names and any(is_name(n, strict=True) for n in names):
            out += _maker_before(maker_pre, main) + names
    if not out:
        for sentence in sentences(text):
            out += _made_by(sentence, main)
    if not out:
        for sentence in sentences(text):
            including = _INCLUDING.search(sentence) or _SIGNERS_INCLUDE.search(sentence) or \
                _SIGNERS_LED.search(sentence) or _JOINT_SAID.search(sentence) or \
                _GROUPS_NAMED.search(sentence)
            said = including and (_ABOUT_A_TEXT.search(text) or
                                  including.groupdict().get("signers"))
            if said:
                run = _reported_run(including.group("names"))
                if including.groupdict().get("kind"):
                    # (several, by their kind: "the groups A and the B" are two, whatever
                    # their names end on)
                    run = re.sub(r"\s+and\s+the\s+(?=[A-Z])", ", ", run)
                names = names_in_run(run, main)
                if len(names) >= 2 and all(is_name(n, strict=True) for n in names):
                    out += names
            who = _WHO_SIGNED.search(sentence)
            if who and is_person(who["names"]):
                out.append(who["names"])
    return out


# the text's maker named before its co-signers, in the same sentence: "This submission is made
# jointly by A and co-signed by B, C and D" (A makes it, and signs first)
_MAKER_FIRST = re.compile(r"\b(?:made|submitted|issued|written|prepared|presented|drafted|"
                          r"authored|published)\s+(?:jointly\s+)?by\s+(?P<maker>[^,;:()]+?),?"
                          r"\s+and\s+(?:(?:is|was|has\s+been)\s+)?(?:also\s+)?$", re.IGNORECASE)


# the co-signers' cue after the maker's, in one sentence ("drafted by A and co-signed by …")
_COSIGNED_AFTER = re.compile(r",?\s+and\s+(?:(?:is|was|has\s+been)\s+)?(?:also\s+)?"
                             r"(?P<cue>(?:co-?signed|signed|endorsed|supported)\s+by\b)",
                             re.IGNORECASE)


def _maker_before(pre: str, main: str) -> list[str]:
    """The maker a sentence names before the cue of its co-signers (see _MAKER_FIRST): one
    organisation or person, plainly a name; [] for any other opening."""
    made = _MAKER_FIRST.search(pre)
    if not made:
        return []
    maker = item(re.sub(r"^the\s+(?=[A-Z])", "", made["maker"].strip()), main)
    return [maker] if maker and is_name(maker, strict=True) else []


_STATUS_AFTER = re.compile(r",\s*(?:an?\s+)?(?:NGO|non-governmental\s+organi[sz]ation)s?\b",
                           re.IGNORECASE)
# a report's sentence naming some of the signers: "In a statement released on Tuesday, seven
# organisations including A and the B said …"
# a document saying who makes it, by their number, then their names after a colon: "This
# joint submission is made by four organisations that work on …: the A, the B, C and the D."
_MADE_BY = re.compile(r"^(?:\d{1,2}\.\s+)?(?:this|the|our)\s+(?:joint\s+)?(?:[\w-]+\s+)?"
                      r"(?:submission|statement|report|letter|briefing|appeal)\s+(?:is|was|has\s+"
                      r"been)\s+(?:jointly\s+)?(?:made|submitted|presented|prepared|written|"
                      r"issued)\s+(?:jointly\s+)?by\s+(?P<count>\d{1,2}|two|three|four|five|six|"
                      r"seven|eight|nine|ten|eleven|twelve)\s+(?:[\w-]+\s+){0,2}"
                      r"(?:organi[sz]ations|groups|NGOs|unions|associations|partners)\b"
                      r"[^:.;]{0,200}:\s*(?P<names>[^:;]+?)\.?$", re.IGNORECASE)
_COUNTS = dict(zip(words("two three four five six seven eight nine ten eleven twelve"),
                   range(2, 13), strict=True))


def _made_by(sentence: str, main: str) -> list[str]:
    """The makers a document's sentence names after their number (see _MADE_BY): as many
    names as it says, each plainly a name, or none."""
    made = _MADE_BY.match(sentence.strip())
    if not made:
        return []
    count = made["count"].lower()
    want = int(count) if count.isdigit() else _COUNTS[count]
    names = names_in_run(made["names"], main)
    ok = len(names) == want and all(is_name(n, strict=True) for n in names)
    return names if ok else []


_INCLUDING = re.compile(r"\b(?:\d+|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|"
                        r"dozens?|several|more\s+than\s+\w+)\s+(?:[\w-]+\s+){0,2}"
                        r"(?:organi[sz]ations|groups|NGOs|unions|associations|bodies|councils)"
                        r",?\s+(?:including|among them|such as)\s+(?P<names>[A-Z\"“].+?),?\s+"
                        r"(?:said|say|says|warned|warn|urged|urge|called|call|demanded|demand|"
                        r"wrote|write|stated|added|noted|told)\b")
# a report's sentence naming the signers, the text named in its paragraph: "The signatories
# include A, B and the C.", "…, said the statement, which was signed by groups including A, B
# and C."
# ("Other signatories include …", "Among the signatories are …", "The signatories were named
# in the letter as …")
_SIGNERS_INCLUDE = re.compile(
    r"(?:^(?P<signers>(?:among\s+)?(?:the\s+|its\s+)?(?:other\s+|further\s+)?"
    r"(?:signatories|signers|co-?signatories|endorsers|signing\s+(?:organi[sz]ations|groups))"
    r"\s+(?:(?:named|listed)\s+(?:in|on|at|by|under)\s+(?:the|its|their)\s+[\w-]+\s+)?"
    r"(?:(?:are|were)\s+(?:named|listed|identified|given)(?:\s+(?:in|on|at|by|under)"
    r"\s+(?:the|its|their)\s+[\w-]+)?\s+as|include|included|are|were)|"
    # the same in the languages a coalition's press also reports in: "Parmi les signataires
    # figurent …", "Zu den Unterzeichnern gehören …", "Entre los firmantes figuran …"
    r"parmi\s+les\s+(?:autres\s+)?signataires,?\s+(?:figurent|on\s+trouve|se\s+trouvent|"
    r"citons)|les\s+(?:autres\s+)?signataires\s+sont|"
    r"zu\s+den\s+(?:weiteren\s+)?unterzeichner(?:n|innen|\*innen)\s+(?:gehören|zählen)|"
    r"entre\s+los\s+(?:demás\s+)?firmantes\s+(?:figuran|están|se\s+encuentran)|"
    r"los\s+firmantes\s+son|tra\s+i\s+firmatari\s+(?:figurano|ci\s+sono))\s+|"
    r"\b(?:was|were|is|are|been)\s+(?:co-?signed|signed|endorsed)\s+by\s+(?:(?:[\w-]+\s+){0,3}"
    r"(?:organi[sz]ations|groups|NGOs|unions|associations)\s+)?(?:including|such\s+as|"
    r"among\s+them)\s+)(?P<names>[A-Z\"“].+?)\.?$", re.IGNORECASE)
# "The signatories, led by A and the B, said …": the leaders named, the rest not
_SIGNERS_LED = re.compile(
    r"^(?P<signers>(?:the\s+|its\s+)?(?:signatories|signers|co-?signatories|endorsers))\s*,\s+"
    r"(?:led|headed|spearheaded)\s+by\s+(?P<names>[A-Z\"“].+?),\s+(?:said|say|says|warned|"
    r"urged|called|call|demanded|wrote|write|stated|added|noted|told|argued|argue)\b",
    re.IGNORECASE)
# "In a joint statement, A, B and the C said …": a report naming the text's makers
_JOINT_SAID = re.compile(
    r"^in\s+a\s+joint\s+(?:public\s+)?(?:statement|letter|appeal|declaration)\b[^,]{0,60},\s+"
    # (named after their kind: "the groups A and the B said …", "the two unions A and B")
    r"(?P<kind>(?:the|both)\s+(?:(?:two|three|four|five|six|\d)\s+)?(?:groups|organi[sz]ations|"
    r"NGOs|unions|associations|networks|campaigns|collectives)\s+(?=[A-Z\"“]))?"
    r"(?P<names>[A-Z\"“].+?),?\s+(?:said|say|warned|urged|called|demanded|wrote|stated|added|"
    r"noted|argued)\b", re.IGNORECASE)
# "The groups, the A, B and C, said …": a report's plural subject, the signers in apposition
_GROUPS_NAMED = re.compile(
    r"^(?P<signers>(?:the|these|those|both|all)\s+(?:(?:\d+|two|three|four|five|six|seven|eight|"
    r"nine|ten|[a-z]+)\s+)?(?:groups|organi[sz]ations|signatories|signers|NGOs|unions|"
    r"associations|campaigns|collectives|networks))\s*,\s+(?P<names>[A-Z\"“].+?),\s+"
    r"(?:(?:also|jointly|separately)\s+)?(?:said|say|says|warned|warn|urged|urge|called|call|"
    r"demanded|demand|wrote|write|stated|added|noted|argued|argue|described|describe|accused|"
    r"accuse)\b", re.IGNORECASE)
# "Laleh Mousavi, a lawyer who represents … and who endorsed the statement, told …": one person
# a report says endorses the text
_WHO_SIGNED = re.compile(
    r"(?:^|\bsaid\s+)(?P<names>[A-Z][\w'’.-]+(?:\s+[A-Z][\w'’.-]+){1,3}),\s+(?:an?|the)\s+[^;]{2,160}?"
    r"\bwho\s+(?:also\s+|has\s+|had\s+)*(?:co-?)?(?:signed|endorsed|backed)\s+(?:the|this)\s+"
    r"(?:joint\s+)?(?:statement|letter|open letter|appeal|declaration|petition)\b")
_ABOUT_A_TEXT = re.compile(r"\b(?:statement|letter|open letter|appeal|declaration|petition)\b",
                           re.IGNORECASE)
# how a report names who signs: "the student councils of A, B and C, alongside the exiled D"
_BODIES_OF = re.compile(r"^(?:the\s+)?(?:[a-z]+\s+){0,2}(?:councils?|unions?|associations?|"
                        r"chapters?|branches|bodies|representatives|members|staff)\s+of\s+"
                        r"(?=[A-Z])")
_ALONGSIDE = re.compile(r",?\s+(?:alongside|together with|along with|as well as|joined by)\s+"
                        r"(?:the\s+)?(?:[a-z]+\s+){0,2}(?=[A-Z])")


# a person named in the run with what she is, in lower case, before her name ("and the
# independent researcher Dariush Molavi", "the composer Sara Karimi, the tar player B C, …"),
# never whose relatives sign ("the family of Sara Karimi")
_DESCRIBED = re.compile(r"(^|,\s+|,?\s+and\s+)the\s+(?:(?!(?:of|for|in|from|at|with|and|on|"
                        r"to)\s)[a-z][\w-]*\s+){1,3}"
                        r"(?=[A-Z][\w'’-]+\s+[A-Z][\w'’-]+(?:[.;]?$|,\s|\s+and\s))")

# a group named with what it is, in lower case, before its name ("and the volunteer group Open
# Wires Collective", "the rights organisation A"): the name signs
_DESCRIBED_GROUP = re.compile(r"(^|,\s+|,?\s+and\s+)the\s+(?:[a-z][\w-]*\s+){0,2}(?:group|"
                              r"organi[sz]ation|collective|network|campaign|coalition|union|"
                              r"association|initiative|platform|movement|NGO)\s+(?=[A-Z])")

# where a report says a group is based, before its name ("the London-based Iran Project")
_BASED = re.compile(r"\b(?:the\s+)?[A-Z][\w'’.]*(?:[\s-][A-Z][\w'’.]*)?-based\s+(?=[A-Z])")


# when the run's makers acted, closing it: "… by the A Guild on Monday", "… and B last week"
_WHEN_TAIL = re.compile(r"\s+(?:(?:on|last|this|early|late)\s+(?:Monday|Tuesday|Wednesday|"
                        r"Thursday|Friday|Saturday|Sunday|week|month|night)|today|yesterday)"
                        r"\b[^,;]*?[.]?$")


def _reported_run(text: str) -> str:
    """A run of names as a report writes it, made plain: the bodies of each institution named
    ("the student councils of A, B and C") are the institutions; a name joined "alongside the
    exiled D", "and the independent researcher D" or "and the volunteer group D" is one more
    in the run; where a group is based ("the Paris-based D") is no part of its name, nor when
    it acted ("on Monday")."""
    text = _BASED.sub("", _BODIES_OF.sub("", _WHEN_TAIL.sub("", text.strip())))
    text = _DESCRIBED.sub(r"\1", text)  # "…, C and the independent researcher D E": D E
    text = _DESCRIBED_GROUP.sub(r"\1", text)  # "… and the volunteer group D": D
    parts = _ALONGSIDE.split(text)
    if len(parts) > 1:
        head = re.sub(r"\s+and\s+(?!.*\band\b)", ", ",
                      ", ".join(p.strip().rstrip(",") for p in parts[:-1]))
        last = parts[-1]  # ("… together with A and the B": the run's own "and" stays last)
        text = f"{head}, {last}" if re.search(r"\s(?:and|&)\s", last) else f"{head} and {last}"
    return text


# a line that opens saying who signs it ("Signed by A together with B and C.")
# (or labels it: "Launched by: A", "Co-sponsored by: B · C")
_SIGNED_LEAD = re.compile(r"^(?:co-?)?(?:signed|endorsed)\s+(?:jointly\s+)?by\s+\S|"
                          r"^(?:co-?)?(?:sponsored|launched|initiated|convened|supported)"
                          r"\s+(?:jointly\s+)?by\s*:\s*\S",
                          re.IGNORECASE)
# a statement's endorsement by others than its author: "The statement is endorsed by A and B"
_SECONDED = re.compile(r"\b(?:this|the)\s+statement\s+(?:is|was|has\s+been)\s+(?:also\s+)?"
                       r"(?:endorsed|supported|backed|co-?signed)\s+by\b", re.IGNORECASE)
# the verb after an opening sentence's subject: the speakers' act ("… , today condemned …")
_SPEECH_ACT = re.compile(r",\s+(?P<when>(?:(?:today|jointly|also|have|has)\s+)*)"
                         r"(?:condemned|denounced|deplored|called|urged|welcomed|expressed|"
                         r"appealed|demanded|voiced|issued)\b")
# an office holder's title, the head of an apposition ("the General Rapporteur on media
# freedom", "the Commissioner for Human Rights")
_OFFICE = re.compile(r"^(?:the\s+)?(?:(?:[A-Z][\w'’-]*|of|for|on|the|and)\s+){0,6}"
                     r"(?:rapporteur|commissioner|"
                     r"president|chair(?:person|man|woman)?|secretary(?:-general)?|"
                     r"representative|director(?:-general)?|envoy|spokes(?:person|man|woman)|"
                     r"minister|judge|ombudsman|ombudsperson|co-?chair|head|coordinator|"
                     r"member|expert|advocate|high representative)\b",
                     re.IGNORECASE)
_HONORIFIC = re.compile(r"^(?:Ms|Mr|Mrs|Miss|Dr|Prof|Professor|Judge|Ambassador|Sir|Dame|"
                        r"Baroness|Lord)\.?\s+")


def _speakers(pieces: list[Piece], seconded: bool = False) -> list[str]:
    """The office holders an institution's release opens with, who make the statement: the
    first sentence's subject a run of appositions, an office and its holder's name ("The
    General Rapporteur on media freedom, Ms Henrike Vasquez-Holm, and the Rapporteur on …,
    Mr Giorgos Papathanasiou, today condemned …"), acting as a release says ("today
    condemned", "jointly urged") or named with courtesy titles. Only when nothing else names
    signers, and only every part of the subject so shaped (a sentence that only mentions
    people is none; a news report's "The spokesman, X, said" is none); ``seconded``: the
    text says others endorse "the statement", which then is the speakers' own, in any
    tense ("…, Katrin Oberholzer (Austria), has condemned …")."""
    first = next((p for p in pieces if p.kind == "paragraph" and (  # (not a label line over
        ends_terminal(p.text) or len(words(p.text)) > 15)), None)   # it, "Press release – …")
    if first is None:
        return []
    sentence = sentences(_clean(first.text))[0]
    dated = _RELEASE_DATELINE.match(sentence)
    sentence = sentence[dated.end():] if dated else sentence
    act = _SPEECH_ACT.search(sentence)
    if act is None or act.start() > 400:
        return []
    held = _office_holders(sentence[:act.start()])
    if held is None:
        return []
    names, titled = held
    # a release's own words ("today condemned"; under its dateline, "have called") or its
    # courtesy titles, not a news report's; or the release goes on in the office's name ("the
    # rapporteur said", "According to information received by the rapporteur")
    offices = {m.group(1).lower() for m in re.finditer(
        r"\b(rapporteur|commissioner|representative|envoy|ombuds(?:man|person))\b",
        sentence[:act.start()], re.IGNORECASE)}
    later = " ".join(_clean(p.text) for p in pieces if p.kind == "paragraph" and p is not first)
    taken_up = len(names) == 1 and any(
        len(re.findall(rf"\bthe\s+{office}\b", later, re.IGNORECASE)) >= 2 for office in offices)
    return names if titled or seconded or taken_up or re.search(r"today|jointly", act["when"]) \
        or (dated and re.search(r"ha(?:ve|s)", act["when"])) else []


# a release's dateline opening its first sentence: "Strasbourg, 12.02.2026 – " (a place, a
# date with its year, a dash)
_RELEASE_DATELINE = re.compile(r"^[A-Z][\w'’. /-]{1,40},\s+(?:[^–—]{0,20}?\b(?:19|20)\d\d|"
                               r"\d{1,2}\s+[A-Z][a-z]{2,8}\.?|[A-Z][a-z]{2,8}\.?\s+\d{1,2})\s*"
                               r"[–—-]\s+(?=[A-Z])")  # (or its day alone: "Paris, 1 December –")


def _delivered_for(pieces: list[Piece]) -> list[str]:
    """The body an oral statement was delivered for, from its delivery line at the top ("Read
    out by Commissioner A, Chair of the Commission, on behalf of the B Commission, at the 7th
    sitting, Thursday 26 March 2026"): B makes the statement, the speaker reads it."""
    for piece in pieces[:6]:
        if piece.kind in ("removed", "furniture") or not delivery_line(_clean(piece.text)):
            continue
        found = re.search(r"\bon behalf of\s+(?:the\s+)?([A-Z][^,;:]{2,100}?)\s*(?:,|$)",
                          _clean(piece.text))
        if found and is_organisation(found[1]):
            return [found[1]]
    return []


def _office_holders(text: str) -> tuple[list[str], bool] | None:
    """A run of appositions, each an office and its holder's name ("the Special Rapporteur on
    freedom of expression, Ingrid Halvorsen-Mbeki, and the Special Rapporteur on minority
    issues, Tomas Ekwueme"): (the holders' names, their courtesy titles taken off; whether
    every one had such a title), or None unless every part is so shaped."""
    text = re.sub(r"\s*\([^()]*\)", "", text)  # "Giorgos Vlachakis (Greece, EPP/CD)"
    parts = re.split(r",\s+and\s+|\s+and\s+(?=the\s)|,\s+(?=the\s+[A-Z])",
                     text.strip().rstrip("."))
    names = []
    titled = True
    for part in parts:
        office, _, holder = part.rpartition(", ")
        holder = holder.strip()
        if not office or not _OFFICE.match(office.strip()) or "," in office:
            return None
        name = _HONORIFIC.sub("", holder)
        titled = titled and name != holder
        if not (person_like(name) and name_shape(name).kind == "person"):
            return None
        names.append(name)
    return (names, titled) if names else None


# an organisation acting in its own release: "X today called on …", "X urges …"
_ISSUES = re.compile(r"^(?P<org>(?:the\s+)?[A-Z][^,.;:!?\"“]{2,80}?)"
                     # ("The X Office, which defends the rights of …, calls for …")
                     r"(?:,\s+(?:which|who|that)\s+[^,;:!?\"“]{3,120}?,)?(?:\s+[a-z]+ly)?\s+"
                     r"(?P<act>(?:today\s+)?"
                     r"(?:called|urged|condemned|demanded|denounced|appealed|warned)"
                     r"(?:\s+today\b)?|today\s+"
                     r"(?:published|issued|adopted|released|voiced|expressed)|calls|urges|"
                     r"condemns|demands|denounces|appeals|asks|reiterates|renews|deplores|warns|"
                     r"welcomes|submits|presents|expresses|voices|is\s+(?:calling|urging|"
                     r"appealing)|"
                     r"(?:is|are)\s+(?:deeply\s+|gravely\s+|extremely\s+)?(?:alarmed|concerned|"
                     r"appalled|dismayed|outraged|shocked|disturbed))\b")
# the organisation's own voice in a later paragraph, in the first person plural: "We call on
# …", "We also urge …", "Our caseworkers in Van are in contact with …"
_WE_ACT = re.compile(r"^(?:we\s+(?:also\s+|further\s+|therefore\s+|again\s+|have\s+)?[a-z]{3,}|"
                     r"our\s+[a-z]{3,})\b", re.IGNORECASE)
# its officer quoted: "said Dr A B, director of the X Project"
_OFFICER_OF = (r"\b(?:director|executive director|head|chair\w*|spokes\w+|coordinator|"
               r"president|founder|co-?founder|secretary[- ]general)\s+(?:of|at)\s+(?:the\s+)?")


def _undated(text: str) -> str:
    """``text`` without a dateline opening it ("London, 29 May 2025 — The X Project …")."""
    found = dateline(text)
    if found:
        return text[found[1]:]
    return _PLACE_LINE.sub("", text)  # "London / Tehran — The X Foundation …": places alone


_PLACE_LINE = re.compile(r"^[A-Z][\w'’.]+(?:\s*/\s*[A-Z][\w'’.]+){0,3}\s*[—–]\s+(?=[A-Z])")


def _issuer(pieces: list[Piece]) -> list[str]:
    """A single organisation's own release: it opens the text (or its paragraph after a
    standfirst) acting in its own name ("Justice Now for Iran today called on …", after a
    dateline or not) and speaks again in another paragraph: acting in its name in the present
    ("Justice Now for Iran urges European governments …"), in the first person plural ("We
    call on …", "Our researchers …") or through its officer ("said A B, director of Justice
    Now for Iran"). It issues the text, and signs it. Only when nothing else names signers; a
    report that mentions an organisation's call once (a news story's) is none."""
    paragraphs = [p for p in pieces if p.kind == "paragraph"]
    if len(paragraphs) < 2:
        return []
    opening = 0 if _opening_act(paragraphs[0]) else 1  # or a standfirst's
    first = _opening_act(paragraphs[opening])
    if first is None:
        first, opening = _headline_says(pieces), -1  # (then the whole text takes it up)
    if first is None or (first["act"].split()[-1].endswith("ed") and
                         not first["act"].startswith(("today", "is ", "are "))):
        return []
    org = first["org"]
    bare = re.sub(r"^the\s+", "", org, flags=re.IGNORECASE)
    if name_shape(bare).kind != "organisation":
        return []
    officer = re.compile(_OFFICER_OF + re.escape(bare) + r"\b")
    # its name taken up again by its head noun ("the Foundation recorded …", "the Assembly
    # said", "information collected by the Observatory"): the organisation speaking of itself
    head = next((w for w in reversed(words(bare)) if w.lower() in HEAD_NOUNS and
                 w.lower() not in WEAK_HEADS and w[:1].isupper()), "")  # ("the Agency")
    itself = re.compile(rf"\b(?:[Tt]he|[Oo]ur)\s+{re.escape(head)}\b(?!\s+(?:of|for|on)\b)") \
        if head else None
    # "we" confirms an opening in the present ("X condemns", "X is alarmed"), not one in the
    # past ("X today called on …" over "We call …" may be a report quoting it)
    present = not first["act"].endswith("ed") or first["act"].startswith(("is ", "are "))
    # … unless the text goes on in that voice paragraph after paragraph ("Our lawyers
    # interviewed …", "We call on …", "We ask …"): its own release, not one sentence quoted.
    # "A warned today" is a news story's verb too: only that voice makes it A's own release
    voiced = sum(1 for p in paragraphs[opening + 1:] if _WE_ACT.match(_clean(p.text)))
    if first["act"].endswith("warned") and voiced < 2:
        return []
    present = present or (first["act"].startswith("today") and voiced >= 2)
    by_org = re.compile(r"\bby\s+(?:the\s+)?" + re.escape(bare) + r"\b", re.IGNORECASE)
    if present and any(BY_LINE.match(t := _clean(p.text)) and by_org.search(t)
                       for p in pieces[:4] if p.kind in ("title", "heading", "paragraph")):
        return [bare]  # "Submission by A for …" over "A submits this document …": A's own
    for piece in paragraphs[opening + 1:]:
        for sentence in sentences(_clean(piece.text)):
            again = _ISSUES.match(sentence)
            if (again and _same_issuer(again["org"], org) and
                    not again["act"].endswith("ed")) or (present and _WE_ACT.match(sentence)) \
                    or officer.search(sentence) or (itself and itself.search(sentence)):
                return [bare]
    return []


# a report introducing the text it carries by its issuer: "The X Committee, a network of …,
# issued the following statement on Tuesday", "… published this appeal", "The following
# statement was issued by X"
_ISSUED_FOLLOWING = re.compile(
    r"^(?P<org>(?:the\s+)?[A-Z][^,.;:!?\"“]{2,80}?)(?:\s+\([^()]{2,20}\))?"
    r"(?:,\s+[^;:!?\"“]{3,160}?,)?\s+(?:has\s+|have\s+)?(?:today\s+|jointly\s+)?"
    r"(?:issued|released|published|sent(?:\s+us)?|shared|adopted|made\s+public)\s+"
    r"(?:the\s+following|this|the\s+statement\s+below)\b")
_FOLLOWING_BY = re.compile(r"^the\s+following\s+(?:joint\s+)?(?:statement|letter|appeal|"
                           r"declaration|communiqu[ée])\s+(?:was|has\s+been)\s+(?:issued|released|"
                           r"published|sent)\s+by\s+(?P<org>(?:the\s+)?[A-Z][^,.;:!?\"“(]{2,80}?)"
                           r"\s*(?:[,.(]|\s+on\b|\s+after\b|$)", re.IGNORECASE)


def _introduced_by(pieces: list[Piece], main: str) -> list[str]:
    """The one organisation a page's own words say issued the text it carries ("The Kolbar
    Rights Committee, a network of …, issued the following statement on Tuesday"): it signs
    that text. Read in the first paragraphs only, where a report introduces what it quotes;
    only when nothing else names signers."""
    for piece in [p for p in pieces if p.kind == "paragraph"][:4]:
        for sentence in sentences(_clean(_undated(piece.text)))[:2]:
            found = _ISSUED_FOLLOWING.match(sentence) or _FOLLOWING_BY.match(sentence)
            if not found:
                continue
            org = re.sub(r"^the\s+", "", found["org"], flags=re.IGNORECASE)
            if _OFFICE.match(org):
                continue  # "The Chair of the Subcommittee, A, issued …": an office's holder
            if name_shape(org).kind == "organisation" and is_name(org, strict=True):
                return [org]
    return []


# a news report on one organisation's statement: "The X Association said in a statement that
# …", "The organisation, X, said in a statement …", "In a statement issued on Monday, X said …"
_SAID_IN_STATEMENT = re.compile(
    r"^(?:(?P<org>(?:the\s+)?[A-Z][^,.;:!?\"“]{2,80}?)|[Tt]he\s+(?:organi[sz]ation|group|association|"
    r"network|committee|coalition|collective|campaign),\s+(?P<named>[A-Z][^,;:!?\"“]{2,80}?),)"
    r"\s+said\s+in\s+a\s+(?:written\s+|public\s+)?statement\b|"
    r"^[Ii]n\s+a\s+(?:written\s+|public\s+)?statement(?:\s+(?:issued|published|released|sent)"
    r"\b[^,]{0,40})?,\s+(?P<after>(?:the\s+)?[A-Z][^,.;:!?\"“]{2,80}?)\s+said\b")


def _reported_statement(pieces: list[Piece]) -> list[str]:
    """The one organisation whose statement a news report tells ("The Association of A said
    in a statement that …"), taken up again by its head noun or as "the statement" ("the
    association urged …", "the statement said"): the report carries that statement, and its
    maker signs it. None when the report tells of two organisations' statements."""
    found: list[str] = []
    paragraphs = [_clean(p.text) for p in pieces if p.kind in ("paragraph", "quote")]
    for text in paragraphs:
        for sentence in sentences(_undated(text)):
            m = _SAID_IN_STATEMENT.match(sentence)
            if not m:
                continue
            org = re.sub(r"^the\s+", "", m["org"] or m["named"] or m["after"], flags=re.IGNORECASE)
            if name_shape(org).kind == "organisation" and org not in found:
                found.append(org)
    if len(found) != 1:
        return []
    heads = "|".join(re.escape(w.lower()) for w in words(found[0])
                     if w.lower() in HEAD_NOUNS and w.lower() not in WEAK_HEADS)
    again = re.compile(rf"\b(?:the\s+(?:{heads + '|' if heads else ''}organi[sz]ation|group)|"
                       r"the\s+statement|it)\s+(?:said|says|added|urged|called|warned|"
                       r"demanded)\b", re.IGNORECASE)
    told = sum(1 for text in paragraphs if again.search(text) or found[0] in text)
    return found if told >= 3 else []


# a release whose first sentence closes on its issuer speaking: "The authorities must halt the
# execution of A …, Rahai Watch said today."
_SAID_TODAY = re.compile(r",\s+(?P<org>(?:the\s+)?[A-Z][^,.;:!?\"“]{2,80}?)\s+"
                         r"(?P<act>said|says|urged|warned)\s+today\.?$")


# a release's headline closing on its issuer: "Iran: … still denied justice, says Shahed Rights"
_SAYS = re.compile(r",\s+(?P<act>says|warns|urges)\s+(?P<org>(?:the\s+)?[A-Z][^,.;:!?\"“]{2,60}?)"
                   r"\s*$")


def _same_issuer(mention: str, org: str) -> bool:
    """``mention`` names the issuer ``org`` again, whole or by the first words of its name
    ("Circle of Conscience calls …" after "Circle of Conscience for Religious Minorities
    today condemned …")."""
    mention, org = mention.lower().strip(), org.lower().strip()
    return mention == org or (len(words(mention)) >= 2 and org.startswith(mention + " ") and
                              mention.split()[-1] not in GLUE)


def _headline_says(pieces: list[Piece]) -> dict | None:
    """The issuer a headline names as speaking ("…, says A"), read as A acting in its own
    words; it must speak again in the text to issue it (see _issuer)."""
    title = next((p for p in pieces if p.kind == "title"), None)
    said = _SAYS.search(_clean(title.text)) if title is not None else None
    return {"org": said["org"], "act": said["act"]} if said else None


def _opening_act(piece: Piece) -> dict | None:
    """The organisation a paragraph opens acting in the name of, and its act: "A today called
    on …" (``_ISSUES``), or a first sentence closing on "…, A said today." (read as A acting
    today in its own words)."""
    text = _undated(_clean(piece.text))
    found = _ISSUES.match(text)
    if found:  # ("A warned today that …" is "A today warned …")
        act = found["act"]
        return {"org": found["org"],
                "act": "today " + act.split()[0] if act.endswith(" today") else act}
    said = _SAID_TODAY.search(sentences(text)[0])
    return {"org": said["org"], "act": "today " + said["act"]} if said else None


def _short_form(name: str, mention: str) -> bool:
    """``mention`` is the short form a text gives its issuer: "the" and a capitalised head
    noun of its name ("The Foundation" for "Azar Foundation for Human Rights")."""
    short = re.fullmatch(r"the\s+([A-Z][\w'’-]+)", mention.strip(), re.IGNORECASE)
    return bool(short) and short[1][:1].isupper() and short[1].lower() in HEAD_NOUNS and \
        short[1].lower() not in WEAK_HEADS and short[1] in words(name)


def _cover_issuer(pieces: list[Piece], name: str) -> bool:
    """The text acts in the cover's organisation's name, by its short form, in the present
    ("The Observatory urges …" under "Sepid Prison Health Observatory"), and speaks in the
    first person ("our research shows"): its own paper, not a wire's report on it."""
    texts = [_clean(p.text) for p in pieces if p.kind == "paragraph"]
    if not any(re.search(r"\b(?:we|our|us)\b", t, re.IGNORECASE) for t in texts):
        return False
    for text in texts:
        for sentence in sentences(text):
            act = _ISSUES.match(sentence)
            if act and _short_form(name, act["org"]) and not act["act"].endswith("ed"):
                return True
    return False


def _site_form(names: list[str], own: frozenset[str], decisions: list) -> list[str]:
    """An issuer the text calls by a word of its name ("The Union condemns …" on the pages
    of "Union External Action Service"): the name the page calls itself by, as it prints it."""
    if len(names) != 1 or not own:
        return names
    short = set(words(names[0].lower()))
    for site in sorted(own, key=len, reverse=True):
        if short < set(words(site)) and not re.search(r"\d", site):  # ("© 2006 A": no name)
            found = next((m[0] for _, _, _, text in decisions if text and
                          (m := re.search(re.escape(site), text, re.IGNORECASE))), None)
            return [found or " ".join(w if w in GLUE else w[:1].upper() + w[1:]
                                      for w in site.split())]  # (its metadata's, cased)
    return names


def _cover_names(pieces: list[Piece], decisions: list, main: str) -> list[str]:
    """A report's publishers on its cover, over the body: a block of a line or two naming two
    or more publishers joined by "and" (or one a line), an organisation among them, and nothing
    else ("Baluch Rights Monitor" / "and Digital Kahkashan"), each named again elsewhere on the
    page (a running footer, a footnote, the text): they issue the report, and sign it. Only
    when nothing else names signers."""
    body = next((p.first for p in pieces if p.kind == "paragraph" and (
        ends_terminal(p.text) or len(words(p.text)) > 15)), None)  # (not a cover's subtitle
    # under its title: "Women political prisoners and the denial of medical care in Iran")
    if body is None:
        return []
    lines = [(no, _clean(text)) for no, _keep, _why, text in decisions if no < body and text]
    blocks: list[list[tuple[int, str]]] = []
    for no, text in lines:
        if blocks and no == blocks[-1][-1][0] + 1:
            blocks[-1].append((no, text))
        else:
            blocks.append([(no, text)])
    for block in blocks:
        if len(block) > 3 or any(ends_terminal(t) or ":" in t for _, t in block):
            continue
        joined = " ".join(t for _, t in block)
        # or sets them one a line ("Narges Rights Collective" / "Justice for … Initiative")
        stacked = len(block) >= 2 and all(_whole_name(t, main) for _, t in block)
        if not stacked and (not re.search(r"\s(?:and|&)\s", joined) or
                            re.search(r"[·•|,;]", joined) or joined.isupper()):
            continue  # a byline joins its publishers with "and"; "NATIONAL · HUMAN RIGHTS": tags
        names = [item(t, main) or t for _, t in block] if stacked else \
            names_in_run(joined, main, least=2)
        if not names or not any(name_shape(n).kind == "organisation" for n in names):
            continue
        numbers = {no for no, _ in block}
        elsewhere = " ".join(text for no, _keep, _why, text in decisions
                             if no not in numbers and text)
        if all(n.lower() in elsewhere.lower() for n in names):
            return names
    for _, text in lines:  # one publisher on a line of the cover, the text acting as "the
        shape = name_shape(text)  # Observatory" ("Sepid Prison Health Observatory")
        if shape.kind == "organisation" and shape.complete and not text.isupper() and \
                _cover_issuer(pieces, text):
            return [text]
    return []


_DASH_LEAD = re.compile(r"^[—–]\s*(?=\S)")
_DASH_SIGN = re.compile(r"^[—–]\s*(?P<names>[^\s—–-].*?)\s*$")
# an organisation's name with its form in another script: "Women political prisoners of Evin
# (زندانیان سیاسی زن اوین)", a signature line the way a bilingual post signs
_TRANSLATED_SIGN = re.compile(r"^(?P<names>[^()]{3,120}?)\s*\((?P<other>[^()]{2,120})\)\s*$")


def _dash_signed(pieces: list[Piece], i: int, text: str, main: str,
                 own: frozenset[str] = frozenset()) -> list[str]:
    """A dash and an organisation's name alone on a line under a paragraph ("— Ahwaz Rights
    Bulletin (نشریه حقوق بشر اهواز)"), or the name with its form in another script ("Women
    political prisoners of Evin (زندانیان سیاسی زن اوین)"): the organisation signs the text
    above, wherever it stands (a newsletter quoting a statement goes on after it; a channel's
    post ends in hashtags and counters, removed). Organisations only: a person's name under a
    dash is an editor's sign-off ("— Dilan") or a quotation's author; nothing under a
    quotation, a heading or in a list signs."""
    match = _DASH_SIGN.match(text) or _TRANSLATED_SIGN.match(text)
    if not match or i == 0 or len(words(text)) > 30 or pieces[i].kind == "list":
        return []
    if match.re is _TRANSLATED_SIGN and (script_of(match.group("other")) in (main, "other")
                                         or MARKER.match(text)):
        return []  # "Nurses Watch (Geneva)": a qualifier; "🔹 A (…)": an item of a list
    above = next((p for p in reversed(pieces[:i]) if p.kind not in ("removed", "furniture")),
                 None)
    if above is None or above.kind in ("quote", "title", "heading") or (
            above.kind == "list" and not re.search(r"\w{3}[.;!]$", above.text)) or \
            re.search(r"[”\"»’:]\s*$", above.text):
        return []  # (a list of actions, each item a sentence, is the statement's own)
    if match.re is _DASH_SIGN and match.group("names").strip().lower() in own:
        return [match.group("names").strip()]  # the publication's own name ("The … Ledger")
    names = _line_names(match.group("names"), main, strict=True)
    return names if names and all(name_shape(n).kind == "organisation" for n in names) else []


def _experts(text: str) -> list[str] | None:
    """The experts a UN release names ("The experts: A, Special Rapporteur on ...; B, ...");
    None when ``text`` is no experts' line, [] for the label alone."""
    label = EXPERTS_LABEL.match(text) or re.match(
        r"^(?:the\s+)?(?:un\s+)?(?:human rights\s+)?experts?(?:\s+(?:are|who\s+[\w\s]{3,60}?"
        r"(?:are|were|is)))?\s*:\s*", text, re.IGNORECASE)
    if not label:
        return None
    return expert_names(text[label.end():])


def _closing_list(pieces: list[Piece], main: str) -> list[str]:
    """Signers listed without a label: the text's closing list, two or more items, every one an
    organisation or a person ("1) Baha'i Educators Solidarity Group (Canada)")."""
    end = len(pieces)
    while end and pieces[end - 1].kind == "signature":
        end -= 1
    start = end
    while start and pieces[start - 1].kind == "list" and _plain(pieces[start - 1].text, main):
        start -= 1
    items = [item(p.text, main) for p in pieces[start:end]]
    before = pieces[start - 1] if start else None
    if before is not None and start < end and before.kind == "list" and \
            before.last + 1 >= pieces[start].first:
        return []  # the end of one list (of demands), not a list of its own
    if len(items) >= 2:
        return [x for x in items if x]
    # the text's last line a run of plain names and nothing else: "A, B and C."
    last = next((p for p in reversed(pieces[:end]) if p.kind in ("paragraph", "list")), None)
    if last is not None and re.search(r",.*\band\b|;", last.text):
        names = names_in_run(_clean(last.text), main)
        if len(names) >= 3 and all(_plain(n, main) for n in names):
            return names
    return []


def _plain(text: str, main: str) -> bool:
    """An item of a list with no label that plainly names an organisation or a person."""
    x = item(text, main)
    bare = re.sub(r"\s*\([^()]*\)$", "", x or "")
    return bool(x) and is_name(bare, strict=True) and (
        is_organisation(bare) or is_person(x) or name_shape(x).complete)


def _distinct(names: list[str]) -> list[str]:
    """In order, each once; a name also found with its qualifier ("X" and "X (Sweden)") once,
    in its longer form."""
    out: list[str] = []
    for name in names:
        key = name.lower()
        if any(k.lower() == key for k in out):
            continue
        longer = [k for k in out if k.lower().startswith(key + " (")]
        if longer:
            continue
        shorter = [n for n, k in enumerate(out) if key.startswith(k.lower() + " (")]
        if shorter:
            out[shorter[0]] = name
            continue
        out.append(name)
    return out


__all__ = ["signers", "refers_elsewhere"]
