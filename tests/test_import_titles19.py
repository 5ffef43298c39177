"""Titles and grids as fresh19's pages give them (issue #10): a thread's headline ending on
"Thread 1/7", a speaker's line ending in a colon over their words in quotation marks, a grid
of signers whose right-hand name wraps onto a line of its own: each on a small page, through
convert()."""

from __future__ import annotations

from pathlib import Path

from import_pages import BODY

from workflow.importer import convert
from workflow.importer.rawinput import raw_from_bytes


def converted(*lines: str, name: str = "p.txt"):
    raw = raw_from_bytes(("\n".join(lines) + "\n").encode("utf-8"), Path(name))
    return convert(raw).meta


TEXT = [line for p in BODY for line in (p, "")]


def test_a_threads_word_and_number_after_its_headline_go():
    meta = converted("🧵 STATEMENT | Nurses face the death penalty in Tabriz. Thread 1/3", "",
                     f"2/3 {BODY[0]}", "", f"3/3 {BODY[1]}", "")
    assert meta["title"] == "Nurses face the death penalty in Tabriz."


def test_a_speakers_line_and_their_quoted_words_are_one_headline():
    meta = converted("Former political prisoners to the Head of the Judiciary:",
                     "\"End the use of solitary confinement as torture\"", "", *TEXT)
    assert meta["title"] == ("Former political prisoners to the Head of the Judiciary: "
                             "\"End the use of solitary confinement as torture\"")


def test_a_grids_right_hand_name_wrapped_onto_a_line_of_its_own():
    """A grid fills its rows left first: a line with a piece on the right only, under a full
    row, is the right-hand name wrapped ("Network of Iranian Women" / "Journalists"), in a
    PDF's text (fresh19's 671)."""
    from workflow.importer import read_raw

    page = Path(__file__).parent / "data/import/corpus/671-pdf-nargeswatch.txt"
    signers = convert(read_raw(page)).meta["signatories"]
    assert "Network of Iranian Women Journalists" in signers
    assert len(signers) == 8


def test_a_headline_naming_whose_words_it_quotes_stays_whole():
    """"Expelled students' statement: "Our universities …"": the quotation is the headline's,
    its speakers named before it; nothing after it is a poster's talk to cut."""
    meta = converted("Expelled students' statement: \"Our universities have become "
                     "checkpoints\"", "", *TEXT)
    assert meta["title"] == ("Expelled students' statement: \"Our universities have become "
                             "checkpoints\"")


def test_a_newsletters_issue_date_yields_to_its_statements_own():
    """An issue line over the statement's headline ("Issue #112 · Saturday, 28 November
    2026") and the statement's own date line under it ("Published by … · 26 November 2026",
    which the HTML extractor leaves out): the statement's date (fresh19's 679, 661)."""
    from workflow.importer import read_raw

    corpus = Path(__file__).parent / "data/import/corpus"
    assert convert(read_raw(corpus / "679-newsletter-netfreedom.html")).meta["date"] == \
        "2026-11-26"
    assert convert(read_raw(corpus / "661-newsletter-kompass.html")).meta["date"] == \
        "2026-11-28"


def test_a_date_in_brackets_under_a_note_of_receipt_dates_the_receipt():
    """"The Secretary-General has received the following written statement …" / "[16
    November 2026]": the day it came in, not the document's date; a bracketed date under
    other words is no receipt."""
    from workflow.importer.dating import receipt_stamp
    from workflow.importer.text import Line

    lines = [Line(1, "The Secretary-General has received the following written statement."),
             Line(2, ""), Line(3, "[16 November 2026]")]
    assert receipt_stamp(lines, 2)
    lines[0] = Line(1, "The statement was published by the Council.")
    assert not receipt_stamp(lines, 2)
