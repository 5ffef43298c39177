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


def _cover(head: list[str]) -> list[str]:
    """A printed submission: its cover ``head``, then two pages of text."""
    return [*head, "", "",
            "1. This submission documents the arrests of women teachers who refused to wear",
            "the compulsory headscarf at work between January and September 2026.", "",
            "2. At least forty teachers were dismissed and eleven were sentenced to prison",
            "terms by revolutionary courts for what the courts called public indecency.", "",
            "                                   - 1 -", "\f",
            "3. The submitting organisations recommend that the law be repealed and that",
            "every teacher dismissed under it be reinstated with the wages owed to her.", "",
            "4. They recommend that the prosecution of teachers for their dress end at once",
            "and that the sentences already handed down be quashed on appeal.", "",
            "                                   - 2 -", ""]


def test_a_cover_title_under_a_meeting_designation_and_its_submitting_organisations():
    """"57th Session of the Working Group" over the title is the cover's particulars, not the
    title; "Submitting organisations:" lists who submits it."""
    result = convert(raw_from_bytes(("\n".join(_cover([
        "            JOINT STAKEHOLDER SUBMISSION",
        "            57th Session of the Working Group", "",
        "   Women Teachers Defenders and the Compulsory Dress Code", "",
        "Submitting organisations:",
        "   Caspian Teachers' Guild (coordinator)",
        "   Forum of Women Educators in Exile",
        "   Tabriz Labour Rights Centre", ""])) + "\n").encode(), Path("p.txt")))
    assert result.title == "Women Teachers Defenders and the Compulsory Dress Code"
    assert result.meta["signatories"] == ["Caspian Teachers' Guild",
                                          "Forum of Women Educators in Exile",
                                          "Tabriz Labour Rights Centre"]


def test_a_cover_title_set_out_over_a_blank_line_after_its_colon_and_a_joint_briefing_by():
    result = convert(raw_from_bytes(("\n".join(_cover([
        "                                     JOINT BRIEFING  |  No. 4", "", "",
        "        Dismissed for her dress:", "",
        "        How the dress code is pushing women", "        out of the schools", "", "",
        "        A joint briefing by", "",
        "             Caspian Teachers' Guild", "             Tabriz Labour Rights Centre", ""]))
                                    + "\n").encode(), Path("p.txt")))
    assert result.title == ("Dismissed for her dress: How the dress code is pushing women out "
                            "of the schools")
    assert result.meta["signatories"] == ["Caspian Teachers' Guild",
                                          "Tabriz Labour Rights Centre"]
