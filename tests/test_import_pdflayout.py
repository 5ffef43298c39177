"""A PDF's layout read as text (issue #10, fresh20): tables set out with spaces and rules
between stretches of the text, a running header that names the issuer and the title;
each on a small page of its own, through convert()."""

from __future__ import annotations

from pathlib import Path

from workflow.importer import convert
from workflow.importer.rawinput import raw_from_bytes


def converted(lines: list[str], name: str = "p.txt"):
    return convert(raw_from_bytes(("\n".join(lines) + "\n").encode("utf-8"), Path(name)))


def _table(caption: str, rows: list[tuple[str, str, str]]) -> list[str]:
    out = [caption, "", f"    {'Province':<30}{'2025':>10}{'2026':>10}",
           "    " + "-" * 50]
    out += [f"    {a:<30}{b:>10}{c:>10}" for a, b, c in rows]
    return out + ["    " + "-" * 50, ""]


TWO_TABLES = [
    "Water protests and arrests in the south: a monitoring note",
    "",
    "Our monitors recorded arrests at water protests in three provinces this year, most of",
    "them in the weeks after the reservoirs of the region ran dry in July.",
    "",
    "Families told us that several of those arrested were held for weeks without access to",
    "a lawyer and that some were made to sign statements they were not allowed to read.",
    "",
    *_table("Table 1. Arrests at water protests by province",
            [("Khuzestan", "112", "240"), ("Isfahan", "40", "88"), ("Sistan", "18", "51")]),
    "The sharpest rise was in Khuzestan, where arrests more than doubled in a single year and",
    "where farmers' protests over the diversion of rivers have continued since the spring.",
    "",
    *_table("Table 2. Prison sentences at water protests by province",
            [("Khuzestan", "20", "61"), ("Isfahan", "5", "17"), ("Sistan", "2", "9")]),
    "                                   - 1 -",
    "\f",
    "Courts handed down longer sentences than in any earlier year, and at least nine",
    "protesters were sentenced to flogging as well as to prison.",
    "",
    "We call on the judiciary to release everyone held for taking part in peaceful protests",
    "over water, and to quash the sentences already handed down to them.",
    "",
    "                                   - 2 -",
]


def test_the_text_goes_on_over_two_tables_set_out_with_spaces_and_rules():
    """Rules under a table's head and over its last row are part of the table, not end marks;
    the text above both tables stays and the headline is the title."""
    result = converted(TWO_TABLES)
    assert "Our monitors recorded arrests at water protests" in result.body
    assert "Families told us that several of those arrested" in result.body
    assert "The sharpest rise was in Khuzestan" in result.body
    assert "We call on the judiciary to release everyone" in result.body
    assert result.title == "Water protests and arrests in the south: a monitoring note"
