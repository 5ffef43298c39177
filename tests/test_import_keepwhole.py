"""Substance a page's layout cut off (issue #10, fresh19): a blog's paragraphs after an
advertisement boxed between two rules, a PDF's footnote whose number equals the page's, a
letter's addressee lines, a narrow column's line broken after "and"; each on a small page of
its own, through convert()."""

from __future__ import annotations

from pathlib import Path

from workflow.importer import convert
from workflow.importer.rawinput import raw_from_bytes


def converted(lines: list[str], name: str = "p.txt"):
    return convert(raw_from_bytes(("\n".join(lines) + "\n").encode("utf-8"), Path(name)))


BLOG = [
    "Oil workers: stop prosecuting the strike organisers",
    "",
    "We, independent labour organisations, condemn the prosecution of eleven contract "
    "workers who organised the October strike at the gas complex.",
    "",
    "The workers were arrested at their dormitories at night, and their families were told "
    "only a week later where they were being held.",
    "",
    "Striking for unpaid wages is not a crime, and charging these workers is an attempt to "
    "criminalise the right to organise itself.",
    "",
    "   ------------------------------------------------------------",
    "   ADVERTISEMENT",
    "   Learn Persian with native teachers — first lesson free",
    "   lessons.example",
    "   ------------------------------------------------------------",
    "",
    "We demand the immediate and unconditional release of the eleven workers and the "
    "dropping of all charges against them.",
    "",
    "We demand that the contracting companies pay all outstanding wages, with the interest "
    "owed under the Labour Code.",
    "",
]


def test_paragraphs_after_an_advertisement_boxed_between_rules_stay():
    """Two rules framing a short box with the text's paragraphs on both sides: no end mark."""
    body = converted(BLOG).body
    assert "We demand the immediate and unconditional release" in body
    assert "pay all outstanding wages" in body
    assert "first lesson free" not in body
