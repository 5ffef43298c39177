"""Translation units: what one catalog entry stands for, and where it sits in its source.

The extractor turns each unit into an entry; the PDF builder uses the same units to put
translated sentences back into their blocks (``block_index``) in order (``sentence_index``).
Paragraphs, quotes and list items are split into sentences; titles, headings and signature
lines are one unit each.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from workflow.segment import split_sentences
from workflow.source import SourceDocument

SPLIT_KINDS = frozenset({"paragraph", "quote", "list"})
_SPACES = re.compile(r"\s+")


@dataclass(frozen=True)
class Unit:
    """One sentence (or whole heading/signature line) of a source."""

    msgid: str
    kind: str
    line: int
    block_index: int
    sentence_index: int


def normalise(text: str) -> str:
    """Collapse whitespace so reflowing a source does not change its msgids."""
    return _SPACES.sub(" ", text).strip()


def units_of(doc: SourceDocument, lang: str | None = None) -> list[Unit]:
    """All units of ``doc`` in reading order (``lang`` defaults to the front matter's or en)."""
    lang = lang or str(doc.meta.get("language") or "en")
    units: list[Unit] = []
    for block_index, block in enumerate(doc.blocks):
        text = normalise(block.text)
        if not text:
            continue
        pieces = split_sentences(text, lang) if block.kind in SPLIT_KINDS else [text]
        index = 0
        for piece in pieces:
            sentence = normalise(piece)
            if sentence:
                units.append(Unit(sentence, block.kind, block.line, block_index, index))
                index += 1
    return units
