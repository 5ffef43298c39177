"""Who signs: the organisations and named people a statement is signed or endorsed by, in order.

One mechanism for the many ways a page says it, in three steps:

1. *Where*: a region of signers opens after a label in any wording ("Signed,", "Signatories
   (in alphabetical order):", "We, the undersigned organisations,", "The statement was
   endorsed by the following groups:", "Organisations:", "Yours sincerely," and other
   sign-offs, a signature table's header row "Organisation | Country"), and the closing block
   the structure finder marked; names also follow a cue on one line ("Signed by: A, B and C",
   "This statement is endorsed by A, B, C and D.", "Joint statement by A and B" at the top)
   and the experts' line of a UN release ("The experts: A, Special Rapporteur on ...; B, ...").
   A text's closing list with no label signs when every item is plainly a name.
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
from workflow.importer.structure import Piece
from workflow.importer.text import ends_terminal, words, wordset

_TABLE_HEAD = wordset("organisation organization organisations organizations name names "
                      "country countries signatory signatories title position role city "
                      "affiliation affiliations no nr number endorser endorsers individual "
                      "individuals group groups member members type location contact contacts "
                      "email e-mail website web phone address")
_NAME_COLUMN = wordset("organisation organization organisations organizations name names "
                       "signatory signatories endorser endorsers individual individuals group")
# a list item's marker: a bullet, an emoji bullet, a number ("1.", "2)", "(3)")
_MARKER = re.compile(r"^(?:[-•*—–▪◦‣·►▸➤✅✔☑✓🔹🔸🔷🔶⚫⚪🟢🔴🟣🔵⭐✊📌👉\ufe0f\u200d]+|"
                     r"\(?\d{1,3}[.)]|[a-z][.)](?=\s))\s*")
# a line that is a role, under its holder's name in a signature block
_ROLE_LINE = re.compile(r"^(?:(?:vice|deputy|acting|former|executive|senior|general|special|"
                        r"assistant|co|interim|chief|founding|managing)[\s-]+)*"
                        r"(?:president|secretary|director|chair\w*|rapporteur|professor|"
                        r"lecturer|coordinator|spokes\w+|head|founder|member|dean|editor|ceo|"
                        r"commissioner|judge|fellow|researcher|lawyer|advocate|programme|program|"
                        r"officer|manager|representative|adviser|advisor|campaigner|"
                        r"co-?founder|associate|analyst|attorney|journalist|writer|author|"
                        r"independent expert|expert|board)\b", re.IGNORECASE)
_CUE_STEM = r"(?:co-?sign|sign|endors|support|undersign|back|join)"
# a line that opens a region of signers (the names follow it)
_LABEL = re.compile(
    r"^(?:[^\W\d_a-zA-Z]\S*\s+)*(?:[/|]\s*)?(?:"
    # sign-offs
    r"(?:yours\s+)?(?:sincerely|faithfully|truly|respectfully)|yours|"
    r"(?:(?:with|in)\s+)?(?:(?:best|kind|warm|warmest|kindest|respectful|fraternal|sisterly|"
    r"comradely)\s+)?(?:regards|wishes|greetings|respect|solidarity|thanks|gratitude)"
    r"(?:\s+(?:and|&)\s+(?:\w+\s+)?(?:solidarity|respect|regards|thanks|gratitude|hope))?|"
    r"on behalf of(?: the)?(?: following(?:\s+[\w-]+){0,3})?|"
    # short labels: "Signatories", "List of signatories (alphabetical)", "Endorsed by"
    r"(?:(?:the\s+)?(?:full\s+)?list of\s+)?(?:(?:initial|first|original|additional|further|"
    r"new|other|co-?)\s*)?(?:signatories|signatory organi[sz]ations|signing organi[sz]ations|"
    r"signatures|signers|sign-?ons?|endorsers|endorsements?|endorsing organi[sz]ations|supporters|"
    r"supporting organi[sz]ations|co-?signatories|co-?signers|(?:co-?)?signed(?:\s+by)?|"
    r"endorsed(?:\s+by)?|supported(?:\s+by)?|issued\s+by|initiated\s+by|"
    r"(?:we,?\s+)?the undersigned(?:\s+[\w-]+){0,5}|"
    # the label in the languages a coalition's page also uses
    r"امضا\s?کنندگان|امضاکنندگان|امضاها|signataires|firmantes|firmatari|unterzeichner\w*|"
    r"ondertekenaars|signatários|signatarios)"
    r")\s*(?:\([^()]{0,40}\))?\s*[:,.\-–—]?$", re.IGNORECASE)
# a longer line ending in a colon that says who signs ("The following organisations have
# endorsed this statement:")
_COLON_LABEL = re.compile(rf"^(?=.{{0,160}}:$)(?:[^.!?]*\b(?:{_CUE_STEM}\w*|on behalf of)\b[^.!?]*|"
                          r"[^.!?]*\b(?:signatories|signers|organi[sz]ations|individuals|groups|"
                          r"experts|academics|scholars|lawyers|unions|members)\b[^.!?]{0,40}):$",
                          re.IGNORECASE)
# a group's heading inside a list of signers ("Organisations:", "Individuals", "Human rights
# organisations (12)")
_GROUP = re.compile(r"^(?:[\w'’-]+\s+){0,4}(?:organi[sz]ations?|groups?|individuals?|"
                    r"signatories|signers|endorsers|experts|academics|scholars|"
                    r"lawyers|unions|networks|ngos|supporters|members|institutions|"
                    r"personalities|artists|writers|journalists|activists|partners|"
                    r"parties|associations|collectives|initiatives)\b(?:\s*\([^()]{0,40}\))?"
                    r"\s*:?$", re.IGNORECASE)
# a label with its names after it on the same line ("Signatories: A, B and C")
_INLINE = re.compile(
    r"^(?P<label>(?:[^\W\d_a-zA-Z]\S*\s+)*(?:[/|]\s*)?(?:(?:the\s+)?(?:full\s+)?list of\s+)?"
    r"(?:[\w'’-]+\s+){0,3}(?:signatories|signatory organi[sz]ations|signing organi[sz]ations|"
    r"signers|endorsers|endorsements?|endorsing organi[sz]ations|supporters|co-?signatories|"
    r"supporting organi[sz]ations|(?:co-?)?signed(?:\s+by)?|endorsed(?:\s+by)?|"
    r"supported(?:\s+by)?|issued\s+by|initiated\s+by|organi[sz]ations|individuals|groups)"
    r"(?:\s*\([^()]{0,40}\))?)\s*[:–—]\s*(?P<names>\S.*)$", re.IGNORECASE)
# what follows a list of signers: a note on one of them, a contact, notes to editors
_AFTER_SIGNERS = re.compile(r"^(?:about\s+(?!face\b)\S|notes?\s+(?:to|for)\s+editors|background\b|"
                            r"(?:media|press)\s+(?:contacts?|enquiries|inquiries)|contacts?\s*:|"
                            r"for (?:more|further) information)", re.IGNORECASE)
# "On behalf of Nurses Watch," under a signature: the organisation signs
_ON_BEHALF = re.compile(r"^(?P<label>(?:signed\s+)?(?:for and\s+)?on behalf of)\s+(?:the\s+)?"
                        r"(?P<names>[A-Z].{2,150}?)[,:.]?$", re.IGNORECASE)
# a sentence saying who signs: "This statement is endorsed by A, B, C and D."
_CUE_SENTENCE = re.compile(
    r"^(?P<pre>(?:[\w'’,-]+\s+){0,12}?)(?:(?:co-?)?signed|endorsed|supported|backed|issued|"
    r"initiated|released|published|submitted|co-?authored|authored|undersigned|joined|written|"
    r"drafted|prepared|coordinated|launched|organi[sz]ed)\s+(?:jointly\s+)?"
    r"by\s*:?\s+(?:the\s+following(?:\s+[\w-]+){0,3}?\s*:\s*)?(?P<names>.+)$", re.IGNORECASE)
# "A, B and the undersigned organisations ...": named signers before the undersigned
_WITH_UNDERSIGNED = re.compile(r"^(?:we,?\s+)?(?:the\s+)?(?P<names>[A-Z][^.;:]{2,300}?),?\s+"
                               r"(?:and|together with|along with|joined by)\s+the\s+"
                               r"(?:other\s+)?(?:undersigned|signatories|co-?signatories|"
                               r"co-?signing|following)\b", re.IGNORECASE)
# "LONDON, 4 May — A joint statement of A, B and C, released today, ...": anywhere at the top
_JOINT_BY = re.compile(r"\b(?:a|the|this|our)\s+joint\s+(?:public\s+)?(?:statement|letter|"
                       r"open letter|appeal|declaration|submission)\s+(?:by|from|of)\s+"
                       r"(?P<names>.+)$", re.IGNORECASE)
# a sentence's end inside a paragraph (not after an initial or "Dr.")
_SENTENCE_END = re.compile(r"(?<=[a-z0-9)”\"’][.!?])\s+(?=[A-Z“\"])")
# "Joint statement by A and B" (at the top of a statement)
_BY_LINE = re.compile(r"^(?:an?\s+)?(?:joint\s+)?(?:public\s+)?(?:statement|letter|open letter|"
                      r"appeal|declaration|submission|call|petition)\s+(?:by|from|of)\s+"
                      r"(?P<names>.+)$", re.IGNORECASE)
# where a run of names in prose stops: "..., which ...", " on the execution of ..."
_RUN_END = re.compile(r"(?:,?\s+(?:who|which|that|on|about|regarding|concerning|calling|urging|"
                      r"to|in|at|as|for|after|following|since|over|against|with)\s+"
                      r"(?=(?!(?:the|an?)\s+[A-Z])[a-z])|"
                      r"(?<![A-Z])(?<!\b[A-Z][a-z])[.!?](?:\s|$)|\s+[–—]\s+(?=[a-z])|"
                      r",\s+(?!(?:and|the|&)\s)(?=[a-z]))")
# an expert named with a mandate: "Mai Sato, Special Rapporteur on ..."
_MANDATE = re.compile(r"^(?:the\s+)?(?:UN\s+)?(?:Special\s+Rapporteur|Independent\s+Expert|"
                      r"Chair|Vice[\s-]Chair|Chairperson|Member|Members|Working\s+Group|"
                      r"Expert|Rapporteur|Commissioner|President|Vice-President|Head)\b",
                      re.IGNORECASE)
_QUALIFIER = re.compile(r"^(?:[A-Z][\w'’-]*\s+){0,2}(?:section|chapter|branch|desk|office|"
                        r"bureau)$|^(?:in exile|abroad|international)$", re.IGNORECASE)
_CONTACT = re.compile(r"@|https?://|www\.|\+?\d[\d ()./-]{6,}\d|\b(?:tel|fax|phone|e-?mail)\b|"
                      r"(?:^|,\s*)\d{1,5}[a-z]?,?\s+[A-Z][\w'’-]*\s+(?:[A-Z][\w'’-]*\s+)?"
                      r"(?:street|st|road|rd|avenue|ave|lane|boulevard|blvd|square|place|way|"
                      r"drive|strasse|straße|rue|via|calle|gasse|plein|laan)\b|"
                      r"\bp\.?\s?o\.?\s+box\b", re.IGNORECASE)
_EMOJI_LEAD = re.compile(r"^(?:[\U0001F000-\U0001FAFF\u2600-\u27BF\u2B00-\u2BFF\ufe0f\u200d]+\s*)+")
_FOOTNOTE_END = re.compile(r"(?:\s*[*†‡¹²³⁴⁵⁶⁷⁸⁹⁰]+|(?<=[a-z)])\d{1,2})$")


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
    running: int = 0  # names on the lines just before (a list going on)
    suspect: bool = False  # just after a line of site furniture
    explicit: bool = False  # opened by a label that says who signs ("Co-signatories:")

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

    def names(self) -> list[str]:
        if self.grid:  # read down each column, as a reader of the table would
            width = max(len(row) for row in self.grid)
            self.found[self.grid_at:self.grid_at] = [
                (row[c], self.grid_kind) for c in range(width) for row in self.grid
                if c < len(row)]
            self.grid = []
        places = [n for n, kind in self.found if kind == "place"]
        if len(places) >= 2 and len(places) == len(self.found):
            return places  # a statement of States: "delivered on behalf of: Australia, ..."
        plain = sum(1 for _, kind in self.found if kind == "plain")
        least = 1 if self.implicit else 2
        return [n for n, kind in self.found
                if kind == "plain" or (kind == "name" and (not self.sign_off or plain >= least))]


# The classifier's reasons for lines it removed after the body: a signature list or table it
# took for furniture ("run of short lines", "menu separators") is still read for its signers.
_AFTER_BODY = ("after ", "furniture inside the body")  # and "after the signature block", …


def signers(pieces: list[Piece], columns: dict[int, list[str]] | None = None,
            decisions: list | None = None, notes: list[str] | None = None) -> list[str]:
    """The signers, in order; ``columns`` are the cells of raw lines copied from a table (by
    line number): a signer's row gives its name column ("Parisa Kamali", not her affiliation
    or an organisation's country in the next column). ``decisions`` are the block
    classifier's (workflow.importer.report.Report.decisions): the lines it removed after the
    body are read too, inside a region of signers only, and there only plain names (an
    organisation, a person) sign unless the list goes on in them; ``notes`` (the report's)
    is told how many signers came from such lines."""
    main = script_of(" ".join(p.text for p in pieces))
    columns = columns or {}
    body = [i for i, p in enumerate(pieces) if p.kind not in ("signature", "title")]
    last_body = pieces[body[-1]].first if body else -1
    top = {id(p) for p in pieces[:4]}
    pieces = _with_removed(pieces, decisions or [])
    out: list[str] = []
    region: _Region | None = None
    pending = ""
    from_removed: set[str] = set()
    over = False  # the signers' region ended at what follows them (a contact, a note)

    def close() -> None:
        nonlocal region
        if region is not None:
            out.extend(region.names())
        region = None

    for i, piece in enumerate(pieces):
        gone = piece.kind in ("removed", "furniture")
        text = _clean(piece.text)
        if re.fullmatch(r"[-_=~*.·•]{3,}", text):
            if region is not None:
                region.paused = True  # a rule: footnotes, or the end of the list
            continue
        if region is not None and region.paused:
            if re.match(r"^(?:\d{1,2}|[¹²³⁴⁵⁶⁷⁸⁹⁰*†]+)\s", text):
                continue  # a PDF page's footnotes under the rule
            if piece.kind == "list" or (gone and _MARKER.match(text)):
                region.paused = False  # the list goes on (on the next page)
            else:
                close()  # what follows the rule is no part of the list (an e-mail's signature)
        if region is not None and words(text) and " | " not in text and \
                all(w.lower() in _TABLE_HEAD or w.lower() in GLUE for w in words(text)):
            continue  # a table's header cell on its own line ("Organisation", "Contact")
        strong_end = COMMENT_ZONE.match(text) or END_MARKS.match(text) or (
            region is not None and (_AFTER_SIGNERS.match(text) or refers_elsewhere(text)))
        furniture = piece.kind == "furniture" or (
            region is not None and furniture_hits(text) and not _named_despite(text) and
            (gone or not is_name(_item(text, main) or "")))
        if furniture and not strong_end and region is not None and \
                not region.suspect:
            region.suspect = True  # one line of furniture: a header cell, or the list's end
            continue
        if strong_end or furniture or (region is not None and region.suspect and
                                       piece.kind == "furniture"):
            close()  # a comment thread, "ENDS", a share bar, "About us": the signers are over
            over = over or piece.first > last_body
            continue
        cells = _cells(piece, text, columns)
        if cells and _header_row(cells):
            close()
            region = _Region(column=_name_column(cells))
            continue
        if cells and gone and (region is None or _CONTACT.search(text)):
            continue  # a removed row of no signature table (an address in a footer)
        kind = _grid_kind(cells) if cells and region is not None and region.column is None \
            else ""
        if kind and (not region.grid or region.grid_kind == kind):
            if not region.grid:
                region.grid_at = len(region.found)
            region.grid.append(cells)  # names in columns ("Australia    Luxembourg")
            region.grid_kind = kind
            continue
        if cells and (region or piece.kind == "signature"):
            column = region.column if region and region.column is not None else \
                next((n for n, c in enumerate(cells) if is_name(_item(c, main) or "")), 0)
            text = cells[min(column, len(cells) - 1)]
        experts = _experts(text)
        if experts is None and not gone and _mandates(text) >= 2:
            experts = _expert_names(text)  # "A, Special Rapporteur on …; B, Independent …"
        if experts is not None:
            close()
            out += experts
            region = _Region() if not experts else None
            continue
        label = _EMOJI_LEAD.sub("", text)  # "✍️ Signatories:"
        inline = _INLINE.match(label) or _ON_BEHALF.match(label)
        if inline and not ends_terminal(inline.group("label")):
            names = _names_in_run(inline.group("names"), main)
            if names:
                close()
                out += names
                continue
        explicit = bool(SIGN_LABEL.match(label) or _LABEL.match(label)) and not _sign_off(label)
        if _is_label(label, pieces, i, main) and (not gone or (
                _names_follow(pieces, i, main, strict=not explicit) and
                (label.endswith(":") or not _GROUP.match(label) or explicit))):
            close()
            region = _Region(sign_off=_sign_off(label), explicit=explicit)
            continue
        if gone and region is None:
            continue
        said = _said_to_sign(_by_line_text(pieces, i) if id(piece) in top else text, main,
                             top=id(piece) in top, closing=piece.first >= last_body) or \
            (_with_undersigned(text, main) if not gone else [])
        if said:
            close()
            out += said
            continue
        if region is not None and region.implicit and piece.kind != "signature":
            close()
        if region is None and piece.kind != "signature":
            continue
        if region is None and over:
            continue  # the closing block goes on past a contact or a note: no signers there
        if region is None:  # the closing block the structure finder marked, with no label
            region = _Region(sign_off=True, implicit=True)
        if region is not None and _ends_region(piece, text) and \
                len(_line_names(text, main, strict=False)) < 2:
            close()
            if piece.kind != "signature":
                continue
        if (not _MARKER.match(text) and ((_GROUP.match(text) and not is_organisation(text)) or
                                         _LABEL.match(text))) or \
                all(w.lower() in _TABLE_HEAD or w.lower() in GLUE for w in words(text)):
            continue  # "Individuals:" inside the list, a table's header cell on its own line
        if (out or (region and region.found)) and _ROLE_LINE.match(_MARKER.sub("", text)) and \
                not _person_like(_MARKER.sub("", text)):
            continue  # the role under the name above ("President of the ... Union")
        if pending:
            text, pending = f"{pending} {text}", ""
        if region is not None and re.search(r"(?:\s[–—-]|,|&|\b(?:and|of|for|the))$", text):
            pending = text  # a name wrapped over two lines ("... Association –" / "Geneva")
            continue
        headed = bool(cells) and region is not None and region.column is not None
        listed = gone and region is not None and (
            (bool(_MARKER.match(text)) and bool(region.found)) or region.running >= 2 or
            (region.explicit and (region.running or not region.found)))
        found = _line_names(text, main, strict=gone and not headed and not listed)
        if region is not None and region.suspect:
            if not found or not region.alike(found):
                close()  # after the furniture line, no more of the same names: the list ended
                over = over or piece.first > last_body
                continue
            region.suspect = False
        if region is None:
            out += found
        else:
            region.running = region.running + 1 if found else 0
            region.found += [(n, "plain" if is_name(n, strict=True) else "name") for n in found]
            if gone:
                from_removed.update(found)
            if not found and is_place(_MARKER.sub("", text).strip().rstrip(",;.")):
                region.found.append((_MARKER.sub("", text).strip().rstrip(",;."), "place"))
    close()
    if not out:
        out = _closing_list([p for p in pieces if p.kind not in ("removed", "furniture")], main)
    out = _distinct(out)
    read = sum(1 for name in out if name in from_removed)
    if read and notes is not None:
        notes.append(f"signatories: {read} of {len(out)} read from lines removed as page "
                     "furniture after the body (listed in this report)")
    return out


def _with_removed(pieces: list[Piece], decisions: list) -> list[Piece]:
    """The kept pieces and the lines the classifier removed after the body, in the order of
    the page (``decisions``: the report's, one a classified line, in order)."""
    out: list[Piece] = []
    at = 0  # the next piece not yet placed
    titled = False
    for no, keep, why, text in decisions:
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
            kind = "furniture" if "lexicon" in why and not _named_despite(text) else "removed"
            out.append(Piece(kind, text, no, no))
    return out + pieces[at:]


def _named_despite(text: str) -> bool:
    """A name with a word of site furniture in it ("Witness Archive Iran", "Committee to
    Protect Online Speech"): a plain name still, with two words or more left without it
    ("Like Reply", "Media contact", "Related campaigns" have none)."""
    cells = [c for c in text.split(" | ") if c.strip()]  # a table's row: its cells
    return any(len(words(strip_lexicon(c))) >= 2 and name_shape(c.strip()).kind == "organisation"
               for c in cells)


def _key(text: str) -> str:
    return " ".join(words(text)).lower()


def _by_line_text(pieces: list[Piece], i: int) -> str:
    """A line at the top and its continuation on the next (a PDF wraps "Joint submission by A,
    the B" / "Committee and C" over two lines)."""
    text = _clean(pieces[i].text)
    nxt = pieces[i + 1] if i + 1 < len(pieces) else None
    if nxt is not None and _BY_LINE.match(text) and not ends_terminal(text) and \
            nxt.kind in ("heading", "paragraph") and nxt.first <= pieces[i].last + 2 and \
            len(words(nxt.text)) <= 20 and not ends_terminal(nxt.text):
        return f"{text} {_clean(nxt.text)}"
    return text


def refers_elsewhere(text: str) -> bool:
    """"The organisations listed above": a line pointing to signers named elsewhere."""
    return bool(re.search(r"\b(?:above|below|overleaf|attached)\W*$", text, re.IGNORECASE))


def _clean(text: str) -> str:
    text = re.sub(r"(\*\*|__)(.+?)\1", r"\2", text.strip())  # "**Nurses Watch**" (bold)
    text = re.sub(r"^\*+\s*|\s*\*+$", "", text)  # "*The experts:" (a footnote mark)
    return text.strip()


def _cells(piece: Piece, text: str, columns: dict[int, list[str]]) -> list[str] | None:
    """A table row's cells: an HTML table's row ("A | B") or a text table's columns."""
    if " | " in text:
        cells = [c.strip() for c in text.split(" | ") if c.strip()]
        return cells if len(cells) >= 2 else None
    cells = columns.get(piece.first) if piece.first == piece.last else None
    if cells and " ".join(cells).split() == text.split():
        return cells
    return None


def _grid_kind(cells: list[str]) -> str:
    """Rows of names set out in columns, every cell of one kind: "place" (States), "plain"
    (organisations, or people); "" for a name beside its country or affiliation."""
    if len(cells) < 2:
        return ""
    if all(is_place(c) for c in cells):
        return "place"
    kinds = {name_shape(c).kind for c in cells}
    return "plain" if kinds == {"person"} or (
        "organisation" in kinds and kinds <= {"organisation", "name"}) else ""


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
    if len(words(text)) > 30 or _MARKER.match(text):
        return False
    if SIGN_LABEL.match(text) or _LABEL.match(text) or EXPERTS_LABEL.fullmatch(text):
        return True
    if _COLON_LABEL.match(text) and _names_follow(pieces, i, main):
        return True
    # "Organisations" / "Individuals:" as a heading of the list that follows
    if _GROUP.match(text) and not is_organisation(text) and _names_follow(pieces, i, main):
        return True
    # any short line ending in a colon over a list of plain names that closes the text
    return text.endswith(":") and len(words(text)) <= 14 and \
        _names_follow(pieces, i, main, strict=True) and _closes_text(pieces, i, main)


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


def _sign_off(text: str) -> bool:
    return bool(re.match(r"^(?:yours|sincerely|faithfully|truly|respectfully|with|in|best|kind|"
                         r"warm|regards|fraternal|respectful)\b", text, re.IGNORECASE))


def _names_follow(pieces: list[Piece], i: int, main: str, strict: bool = False) -> bool:
    """The next pieces are names (two, or one and the end of the text); ``strict``: plainly."""
    following = [_clean(p.text) for p in pieces[i + 1:i + 3]]
    named = [bool(_line_names(t, main, strict=strict)) for t in following]
    return bool(named) and named[0] and (len(named) == 1 or named[1] or
                                         bool(_line_names(following[0], main, strict=True)))


def _ends_region(piece: Piece, text: str) -> bool:
    """A finished sentence of some length ends a region of signers (a footnote does not: a
    PDF page's notes come between the two halves of a list)."""
    if piece.kind not in ("paragraph", "heading", "quote"):
        return False
    if re.match(r"^(?:\d{1,2}|[¹²³⁴⁵⁶⁷⁸⁹⁰*†]+)\s", text):
        return False
    return (ends_terminal(text) and len(words(text)) > 8) or len(words(text)) > 24


def _line_names(text: str, main: str, strict: bool) -> list[str]:
    """The signers one line of a region names: one, or a run of three or more."""
    text = _MARKER.sub("", text.lstrip("—–-‒ ")).strip().rstrip(",;")
    if not text or date_line(text) or (find_date(text) and len(words(text)) <= 8):
        return []
    if refers_elsewhere(text) or _CONTACT.search(text):
        return []
    if re.search(r"[,;]|\s[·•]\s", text) and not _person_with_role(text):
        run = _split_run(text)
        if len(run) >= 3 or (re.search(r";|\s[·•]\s", text) and len(run) >= 2):
            items = [_item(x, main) for x in run]
            if all(items) and all(is_name(x) for x in items if x) and \
                    any(is_name(x, strict=True) for x in items if x):
                return [x for x in items if x]
    name = _item(text, main)
    if not name or not is_name(name, strict):
        return []
    return [name]  # one a line: "Centre for Law and Religion" is one name, never split


def _item(text: str, main: str) -> str | None:
    """One signer's name from its item: marker, other-script form, footnote mark and a
    person's role taken off; None for a line in another script."""
    text = _MARKER.sub("", text.strip()).strip().rstrip(",;")
    text = _FOOTNOTE_END.sub("", text).strip()
    if not text:
        return None
    if main != "other" and script_of(text) != main:
        # "کانون نویسندگان ایران / Writers' Association": the part in the text's script
        parts = [p.strip() for p in re.split(r"\s+[/|–—-]\s+|\s*[()]\s*", text) if p.strip()]
        same = [p for p in parts if script_of(p) == main]
        if not same:
            return None
        text = same[0]
    text = re.sub(r"\s*\(([^()]*)\)", lambda m: "" if script_of(m.group(1)) != main else
                  m.group(0), text).strip()
    text = re.sub(r"\s+[/|]\s+(\S.*)$", lambda m: "" if script_of(m.group(1)) != main else
                  m.group(0), text).strip()
    if _person_with_role(text):
        text = re.split(r"\s*,\s*|\s+[–—]\s+|\s+\(", text)[0].strip()
    text = text.rstrip(".,;:") if not re.search(r"\b[A-Z]\.$|\b[A-Za-z]{1,3}\.$", text) or \
        len(words(text)) > 3 else text
    return text or None


def _person_with_role(text: str) -> bool:
    """"Prof. Helen Marsh, University of Leeds", "Parisa Kamali, former member ...": a person's
    name, then a role or an affiliation."""
    head = re.split(r"\s*,\s*|\s+[–—]\s+", text)[0].strip()
    if head == text.strip() or is_organisation(head):
        return False
    rest = text[len(head):]
    return (_person_like(head)) and (bool(ROLE_WORDS.search(rest)) or len(words(head)) <= 4)


def _person_like(text: str) -> bool:
    return name_shape(text).kind == "person" or (bool(PERSON_TITLE.match(text)) and
                                                 is_person(PERSON_TITLE.sub("", text)))


def _split_run(text: str) -> list[str]:
    """A run of names split into its items: at semicolons (then commas stay inside an item),
    else at commas outside parentheses, and at the "and" before the last."""
    text = text.strip().rstrip(".;,:")
    if re.search(r"\s[·•|]\s", text):
        parts = [p.strip() for p in re.split(r"\s+[·•|]\s+", text)]
    elif ";" in text:
        parts = [p.strip() for p in text.split(";")]
    else:
        parts = [p.strip() for p in re.split(r",(?![^()]*\))", text)]
    # "the Association of ...": the article of running prose is no part of the name
    parts = [re.sub(r"^(?:(?:and|&)\s+)?(?:the\s+(?=[A-Z]))?", "", p) for p in parts if p]
    merged: list[str] = []
    for part in parts:
        if merged and _QUALIFIER.match(part) and \
                not any(w.lower() in HEAD_NOUNS for w in words(part)[:-1]):
            merged[-1] += ", " + part  # "Scholars at Risk Network, Iran Section"
        else:
            merged.append(part)
    if merged:
        merged[-1:] = _split_and(merged[-1], listed=len(merged) >= 2)
    return [p for p in merged if p]


def _split_and(text: str, listed: bool) -> list[str]:
    """"Rawadari and the Association of Iranian Lawyers" -> two names; "Centre for Law and
    Democracy" stays one: split where both sides are names, and (outside a list) where the
    first can stand alone ("Amnesty International and Human Rights Watch")."""
    best: tuple[float, list[str]] | None = None
    for match in re.finditer(r"\s+(?:and|&)\s+(?:the\s+)?(?=[A-Z\d])", text):
        left, right = text[:match.start()].strip(), text[match.end():].strip()
        if match.group(0).strip().startswith("&") and " and " in text:
            continue
        lshape, rshape = name_shape(left), name_shape(right)
        if not (lshape.kind and rshape.kind) or any(
                len(words(x)) == 1 and x.lower() in WEAK_HEADS for x in (left, right)):
            continue  # "Centre for Law and Democracy": "Democracy" is no organisation
        if not listed and not (lshape.complete and rshape.complete):
            continue
        # a name with an "and" of its own is the rarer: the split that leaves none wins
        score = int(lshape.complete) + int(rshape.complete) - \
            0.5 * sum(bool(re.search(r"\s(?:and|&)\s", x)) for x in (left, right))
        if best is None or score >= best[0]:  # a tie: the last "and" is the list's
            best = (score, [left, right])
    return best[1] if best else [text]


def _names_in_run(text: str, main: str, least: int = 1) -> list[str]:
    """The names of a run after a cue ("A, B, C and D."), [] unless every item is a name
    (and a lone name is plainly one)."""
    if _mandates(text):
        experts = _expert_names(text)  # "A, Special Rapporteur on …; B, …": before the cut
        if experts:
            return experts
    text = _RUN_END.split(text, maxsplit=1)[0].strip()
    if not text:
        return []
    if _person_with_role(text):  # "Adele Khodr, UNICEF Regional Director for …": one person
        return [x for x in [_item(text, main)] if x]
    items = [_item(x, main) for x in _split_run(text)]
    if len(items) < least or not all(items):
        return []
    names = [x for x in items if x]
    if not all(is_name(x) for x in names):
        return []
    if len(names) == 1 and not (is_name(names[0], strict=True) or name_shape(names[0]).complete):
        return []
    return names


def _with_undersigned(text: str, main: str) -> list[str]:
    """"The International Lawyers' Observatory and the undersigned bar associations express
    ...": the names before "and the undersigned" sign with them."""
    match = _WITH_UNDERSIGNED.match(text)
    if not match:
        return []
    names = _names_in_run(match.group("names"), main)
    return names if names and all(is_name(n, strict=True) for n in names) else []


def _said_to_sign(text: str, main: str, top: bool, closing: bool) -> list[str]:
    """Names a sentence says sign: "This statement is endorsed by A, B and C." (where the text
    closes, or anywhere when the sentence is about this text), "Joint statement by A and B"
    (at the top)."""
    if top:
        by_line = _BY_LINE.match(text) or _JOINT_BY.search(text)
        if by_line:
            names = _names_in_run(by_line.group("names"), main)
            joint = bool(re.search(r"\bjoint\b", text[:by_line.start("names")], re.IGNORECASE))
            plain = sum(is_name(n, strict=True) for n in names)
            if (len(names) >= 2 or (joint and names)) and plain * 2 >= len(names) > 0:
                return names
    out: list[str] = []
    for sentence in _SENTENCE_END.split(text):
        cue = _CUE_SENTENCE.match(sentence)
        if not cue:
            continue
        pre = cue.group("pre")
        about_this = not pre.strip() or bool(re.search(
            r"\b(?:this|the|our)\s+(?:[\w-]+\s+){0,2}(?:statement|letter|appeal|declaration|"
            r"submission|call|petition|text)\b", pre, re.IGNORECASE))
        if not (about_this or (closing and len(words(pre)) <= 4)):  # "It is endorsed by"
            continue
        names = _names_in_run(cue.group("names"), main)
        if names and any(is_name(n, strict=True) for n in names):
            out += names
    return out


def _experts(text: str) -> list[str] | None:
    """The experts a UN release names ("The experts: A, Special Rapporteur on ...; B, ...");
    None when ``text`` is no experts' line, [] for the label alone."""
    label = EXPERTS_LABEL.match(text) or re.match(
        r"^(?:the\s+)?(?:un\s+)?(?:human rights\s+)?experts?(?:\s+(?:are|who\s+[\w\s]{3,60}?"
        r"(?:are|were|is)))?\s*:\s*", text, re.IGNORECASE)
    if not label:
        return None
    return _expert_names(text[label.end():])


def _mandates(text: str) -> int:
    """How many people ``text`` names with a UN mandate after a comma ("Mai Sato, Special
    Rapporteur on …")."""
    return sum(1 for m in re.finditer(r"([^,;:]{3,60}),\s+(?=\S)", text)
               if _person_like(re.sub(r"^(?:and|&)\s+", "", m.group(1).strip())) and
               _MANDATE.match(text[m.end():]))


def _expert_names(text: str) -> list[str]:
    """People named with their mandates: split at semicolons (or before each next name), the
    name before its comma or parenthesis; a working group's members after its colon."""
    text = text.strip().rstrip(".")
    parts = [p.strip() for p in re.split(r";\s*", text) if p.strip()]
    out: list[str] = []
    for part in parts:
        part = re.sub(r"^(?:and|&)\s+", "", part)
        if ":" in part and not re.search(r"\d:\d", part):
            group, _, members = part.partition(":")
            if not (_MANDATE.search(group) or re.search(r"working group|committee|members?",
                                                        group, re.IGNORECASE)):
                part = members.strip()  # "This statement was endorsed by: A, Special …"
            else:
                for member in re.split(r",\s*(?:and\s+)?|\s+and\s+", members):
                    name = re.sub(r"\s*\([^()]*\)\s*$", "", member).strip()
                    if _person_like(name):
                        out.append(name)
                continue
        chunks = re.split(r",\s*", part)
        for n, chunk in enumerate(chunks):
            chunk = re.sub(r"^(?:and|&)\s+", "", chunk).strip()
            name = re.sub(r"\s*\([^()]*\)\s*$", "", chunk).strip()
            nxt = chunks[n + 1] if n + 1 < len(chunks) else ""
            if _person_like(name) and (n == 0 or _MANDATE.match(nxt) or "(" in chunk):
                out.append(name)
    return out if out and len(out) >= len(parts) / 2 else []


def _closing_list(pieces: list[Piece], main: str) -> list[str]:
    """Signers listed without a label: the text's closing list, two or more items, every one an
    organisation or a person ("1) Baha'i Educators Solidarity Group (Canada)")."""
    end = len(pieces)
    while end and pieces[end - 1].kind == "signature":
        end -= 1
    start = end
    while start and pieces[start - 1].kind == "list" and _plain(pieces[start - 1].text, main):
        start -= 1
    items = [_item(p.text, main) for p in pieces[start:end]]
    before = pieces[start - 1] if start else None
    if before is not None and before.kind == "list" and before.last + 1 >= pieces[start].first:
        return []  # the end of one list (of demands), not a list of its own
    if len(items) >= 2:
        return [x for x in items if x]
    # the text's last line a run of plain names and nothing else: "A, B and C."
    last = next((p for p in reversed(pieces[:end]) if p.kind in ("paragraph", "list")), None)
    if last is not None and re.search(r",.*\band\b|;", last.text):
        names = _names_in_run(_clean(last.text), main)
        if len(names) >= 3 and all(_plain(n, main) for n in names):
            return names
    return []


def _plain(text: str, main: str) -> bool:
    """An item of a list with no label that plainly names an organisation or a person."""
    x = _item(text, main)
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


__all__ = ["signers", "refers_elsewhere", "HEAD_NOUNS"]
