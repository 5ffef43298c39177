"""Spots a human should look at: the importer cannot fix them safely, so it says where they are."""

from __future__ import annotations

import re

from workflow.importer.report import Report
from workflow.importer.structure import Piece
from workflow.importer.text import (
    DANGLING_WORDS,
    ends_ellipsis,
    ends_terminal,
    internal_sentence_end,
    starts_lower,
    words,
)

# A space lost between an ordinal and a capitalised word ("25thAnniversary") is unambiguous.
_ORDINAL_GLUE = re.compile(r"\b(\d{1,4}(?:st|nd|rd|th))(?=[A-Z][a-z])")
_WORD_THEN_DIGITS = re.compile(r"\b[a-z]{3,}\d+\b")
_DIGITS_THEN_WORD = re.compile(r"\b\d+[a-z]{3,}\b")
_CAMEL_OK = {"YouTube", "WhatsApp", "PayPal", "LinkedIn", "TikTok", "GitHub", "JavaScript",
             "PowerPoint", "FaceTime", "iPhone", "iPad", "eBay"}

MIN_WORDS = 150
MAX_WORDS = 20000
MIN_KEPT_SHARE = 0.5


def fix_glued_ordinals(pieces: list[Piece], report: Report) -> None:
    """Insert the lost space in "25thAnniversary"; each fix is reported as an alteration."""
    for piece in pieces:
        fixed = _ORDINAL_GLUE.sub(r"\1 ", piece.text)
        if fixed != piece.text:
            for match in _ORDINAL_GLUE.finditer(piece.text):
                glued = piece.text[match.start(): match.end() + 12].split(" ")[0]
                report.alter(piece.first, "space inserted in glued words", glued,
                             last=piece.last)
            piece.text = fixed


def glued_words(text: str) -> list[str]:
    """Tokens that look like two words run together: "execution325", "RightsIran", "AžUbalis"."""
    found = _WORD_THEN_DIGITS.findall(text) + [
        t for t in _DIGITS_THEN_WORD.findall(text) if not re.search(r"\d(?:st|nd|rd|th|s)$", t)]
    for token in re.findall(r"[^\W\d_]+", text):
        if token[1:].islower() or token.isupper():
            continue  # no lowercase-then-capital inside (cheap test for the common words)
        if token in _CAMEL_OK or re.match(r"^(?:Mc|Mac)[A-Z]", token):
            continue
        if any(a.islower() and b.isupper() for a, b in zip(token, token[1:], strict=False)):
            found.append(token)
    return found


def flag_pieces(pieces: list[Piece], report: Report) -> None:
    """Per-block checks: cut-off paragraphs, glued words, unbalanced quotes, lone list items."""
    for i, piece in enumerate(pieces):
        text = piece.text
        for token in glued_words(text):
            report.flag(piece.first, f"glued words? '{token}' (kept as in the raw text)",
                        _around(text, token), last=piece.last)
        if piece.kind not in ("paragraph", "list", "quote"):
            continue
        last_word = (words(text) or [""])[-1].lower()
        if ends_ellipsis(text):
            report.flag(piece.first, "paragraph ends with an ellipsis: truncated?", text[-60:],
                        last=piece.last)
        elif not ends_terminal(text) and (len(words(text)) >= 30 or internal_sentence_end(text)
                                          or last_word in DANGLING_WORDS):
            report.flag(piece.first, "paragraph ends mid-sentence (the raw text stops here)",
                        text[-60:], last=piece.last)
        if starts_lower(text) and piece.kind == "paragraph":
            report.flag(piece.first, "paragraph starts with a lowercase letter: text missing "
                                     "before it?", text[:60], last=piece.last)
        opened, closed = text.count("“"), text.count("”")
        nxt = pieces[i + 1].text if i + 1 < len(pieces) else ""
        if opened > closed and not nxt.startswith("“"):
            report.flag(piece.first, "quotation opened (“) but never closed", text[-60:],
                        last=piece.last)
        if piece.kind == "list" and piece.marker[:1].isdigit():
            neighbours = [p for p in pieces[max(i - 1, 0): i + 2] if p is not piece]
            if not any(p.kind == "list" for p in neighbours):
                report.flag(piece.first, f"numbered list with a single item ({piece.marker}): "
                                         "check the numbering", text[:60], last=piece.last)


def flag_size(kept_words: int, raw_words: int, report: Report) -> None:
    """Whole-result checks: too little kept (content lost?) or implausibly much."""
    if kept_words < MIN_WORDS:
        report.flag(None, f"unusually short result: {kept_words} words (a statement has at "
                          f"least {MIN_WORDS})")
    if kept_words > MAX_WORDS:
        report.flag(None, f"unusually long result: {kept_words} words: several pages in one?")
    if raw_words and kept_words / raw_words < MIN_KEPT_SHARE:
        report.flag(None, f"only {kept_words} of {raw_words} raw words kept "
                          f"({kept_words / raw_words:.0%}): check the removed lines")


def _around(text: str, token: str, width: int = 30) -> str:
    at = text.find(token)
    return text[max(at - width, 0): at + len(token) + width].strip()
