"""The statement's own date, from the places a page states it (workflow.importer.dating),
each behaviour on a small raw page through convert()."""

from __future__ import annotations

import textwrap
from pathlib import Path

import pytest
from test_import_signatories import BODY, TITLE

from workflow.importer import convert
from workflow.importer.metadata import find_date
from workflow.importer.rawinput import raw_from_bytes


def dated(*lines: str, sep: str = "\n\n") -> str | None:
    raw = raw_from_bytes(sep.join(lines).encode("utf-8") + b"\n", Path("p.txt"))
    return convert(raw).meta.get("date")


def test_a_place_and_date_over_the_statement_beats_the_newsletters_own_date():
    """A newsletter quotes a statement: its own "Nov 07, 2025" is under the title, the
    statement's "Geneva / London, 6 November 2025" opens the statement further down."""
    assert dated(TITLE, "Leila Sarbazi", "Nov 07, 2025", "JOINT STATEMENT",
                 "Geneva / London, 6 November 2025", *BODY) == "2025-11-06"


def test_a_dotted_date_in_a_byline_above_the_title_is_no_time_of_day():
    assert dated("STATEMENTS · 20.02.2026 (۱ اسفند ۱۴۰۴) · by Admin · 0 Comments", TITLE,
                 *BODY) == \
        "2026-02-20"


def test_a_chat_time_stamp_with_a_two_digit_year():
    assert find_date("[16.11.25 19:05]")[0] == "2025-11-16"
    assert find_date("version 1.2.25 notes") is None
    assert dated("Forwarded from Nurses Watch", "[16.11.25 19:05]", TITLE, *BODY) == \
        "2025-11-16"


def test_a_period_is_no_date_and_a_printed_documents_date_above_its_title_is_its_own():
    """A UN document's header: its issue date, then the session's period; the period is no
    one's date, and in a PDF a bare date above the title is the document's, not a site's
    "today"."""
    wrapped = "\n\n".join(textwrap.fill(p, 80) for p in BODY * 3)
    header = ("General Assembly\n\nDistr.: General\n12 February 2026\nEnglish only\n\n"
              "Human Rights Council\nSixty-first session\n23 February–3 April 2026\n"
              "Agenda item 4\n\n")
    page = header + TITLE + "\n\n" + wrapped
    footer = "\n\n\nA/HRC/61/NGO/87                                                   {}\n"
    pdf = page[:len(header) + 400] + footer.format(1) + "\f" + footer.format(2).lstrip("\n")
    assert dated(page) is None
    assert dated(pdf + page[len(header) + 400:] + footer.format(2)) == "2026-02-12"
    assert dated("۱۳ فروردین ۱۴۰۵ – 2 April 2026", TITLE, *BODY) == "2026-04-02"


MAIL = """From: "Farahani, Roya" <r.farahani@univ.example>
To: desk@coalition.example
Subject: RE: Fwd: statement on the arrests
Date: Thu, 29 Jan 2026 18:22:09 +0000
Content-Type: text/plain; charset="utf-8"

Hi both, the final text is the one Amin sent on Tuesday, quoted below.

Roya

-----Original Message-----
From: Sohrabi, Amin <amin@coalition.example>
Sent: 27 January 2026 10:05
To: Farahani, Roya <r.farahani@univ.example>
Subject: {subject}

> {title}
>
> {date}
>
{body}
"""


def mailed(subject: str, date: str = "", title: str = TITLE, paragraphs: int = 3) -> str | None:
    body = "\n>\n".join("\n".join("> " + line for line in textwrap.wrap(p, 70))
                         for p in (BODY * 2)[:paragraphs])
    text = MAIL.format(subject=subject, date=date, title=title, body=body)
    return convert(raw_from_bytes(text.encode("utf-8"), Path("m.eml"))).meta.get("date")


def test_an_innermost_message_that_forwards_the_statement_does_not_date_it():
    """The innermost message's "Sent:" is the statement's date when it is the statement's own
    message; when its subject says it forwards ("Fwd: …") it is the forward's date."""
    assert mailed("Statement on the arrests") == "2026-01-27"
    assert mailed("Fwd: statement on the arrests") is None


def test_a_date_alone_among_the_bodys_first_lines_dates_the_statement():
    """A forwarded statement that opens with its signers' line, read as the start of the text,
    then its headline and its date on a line of its own: that date is the statement's (the
    forward's "Sent:" is none); a date alone further down, among the paragraphs, is no
    candidate."""
    lead = ("Signed by: Nurses for Iran (United Kingdom); Medics at Risk Iran Chapter (Canada); "
            "Amir-Hossein Jafari, Professor of History; Lale Sarrafi, Lecturer in Sociology")
    title = lead + "\n>\n> Iran: Free the nurses arrested for their union work"
    assert mailed("Fwd: URGENT - statement on the arrests (for Persian)", "26 January 2026",
                  title=title, paragraphs=5) == "2026-01-26"
    assert dated(TITLE, *BODY[:2], "26 January 2026", BODY[2]) is None


WIRE = ["GULF NEWSWIRE", "Filed: 12 June 2025 09:14 GMT", "=" * 60]


def test_a_wire_dateline_without_a_year_takes_it_from_the_same_days_stamp():
    """Wire copy: the header's "Filed:" stamp, over a rule, is the wire's, never the
    statement's date; "DUBAI, June 12 (GNW) - ..." opening the story is, and its year is the
    stamp's, that falls on the same day and month."""
    assert dated(*WIRE, TITLE, "By Leyla Ansari", *BODY) is None
    assert dated(*WIRE, TITLE, "By Leyla Ansari", "DUBAI, June 12 (GNW) - " + BODY[0],
                 *BODY[1:]) == "2025-06-12"


def test_a_dateline_without_a_year_and_no_date_of_that_day_stays_undated():
    """Another day's date on the page says nothing about the dateline's year."""
    assert dated(WIRE[0], "Filed: 14 June 2025 09:14 GMT", WIRE[2], TITLE, "By Leyla Ansari",
                 "DUBAI, June 12 (GNW) - " + BODY[0], *BODY[1:]) is None


def test_the_year_from_the_same_day_must_be_one():
    from workflow.importer.metadata import dateline, with_year

    assert dateline("DUBAI, June 12 (Reuters) - Groups said") == (None, "June 12")
    assert with_year("June 12", ["2025-06-12", "2024-01-03"]) == "2025-06-12"
    assert with_year("June 12", ["2025-06-12", "2024-06-12"]) is None
    assert with_year("12 June", []) is None


@pytest.mark.parametrize("text, iso", [
    ("Submitted by admin on Wed, 04/01/2026 - 10:12", "2026-04-01"),  # a CMS's month first
    ("on Sun, 04/01/2026", "2026-01-04"),
    ("Mittwoch, 01.04.2026", "2026-04-01"),
    ("04/01/2026", "2026-01-04"),  # no weekday: day first, as before
    ("Wed, 13/01/2026", "2026-01-13"),  # only one reading is a date
])
def test_a_weekday_before_a_numeric_date_says_which_reading_it_is(text, iso):
    """Both readings of "04/01/2026" are dates: the weekday written before it picks one."""
    assert find_date(text)[0] == iso
