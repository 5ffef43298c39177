"""Round 13 of the importer (fresh12's titles and dates), each mechanism on a small page of its
own through the public ``convert``: a line of dates and times is no headline but the date line
under it, a headline under its section's kicker over its by-line, a publication's tagline under
its name, a post's time stamp beside its view counter, a paragraph that opens on its own day."""

from __future__ import annotations

from pathlib import Path

from import_pages import BODY

from workflow.importer import convert
from workflow.importer.metadata import stamp_line
from workflow.importer.rawinput import raw_from_bytes

HEADLINE = "Nurses held without charge in Tabriz must be freed"
STANDFIRST = "Their families say the detained nurses have not been allowed to call home"


def page(*top: str, tail: tuple[str, ...] = ()) -> object:
    text = "\n".join(top) + "\n\n" + "\n\n".join(BODY) + "\n\n" + "\n".join(tail) + "\n"
    return convert(raw_from_bytes(text.encode("utf-8"), Path("p.txt")))


def test_a_line_of_dates_and_times_is_a_date_line_however_long():
    assert stamp_line("14 May 2026 at 7:05 am BST · Last updated 15 May 2026 at 11:40 pm BST")
    assert stamp_line("Published on 2 May 2026, updated 14:05 CET")
    assert not stamp_line("Statement of 2 May 2026 on the nurses held in Tabriz")
    assert not stamp_line(HEADLINE)


def test_a_long_date_line_under_the_headline_is_its_date_never_its_title():
    conversion = page("Menu", "Home", "News", "Sign in", "", HEADLINE, "", STANDFIRST, "",
                      "By Sara Nikpour",
                      "14 May 2026 at 7:05 am BST · Last updated 15 May 2026 at 11:40 pm BST")
    assert conversion.meta["title"] == HEADLINE
    assert conversion.meta["date"] == "2026-05-14"
    assert "Last updated" not in conversion.body


def test_a_headline_under_its_section_kicker_over_its_by_line_beats_a_promotion_above():
    conversion = page("Gazette", "News", "Markets", "Sign In", "",
                      "Exclusive reporting on nurses, lawyers and families. Learn more about "
                      "Gazette Plus",
                      "", "Asia", HEADLINE, "By Sara Nikpour", "May 14, 2026 7:05 AM GMT+1")
    assert conversion.meta["title"] == HEADLINE


def test_a_publications_tagline_under_its_name_is_no_title_over_the_headline():
    conversion = page("Open in app", "Sign up", "Sign in", "", "Ward Notes",
                      "Writing about health workers and their rights", "", HEADLINE, "",
                      "Sara Nikpour", "Published in Ward Notes", "May 14, 2026",
                      tail=("Written by Sara Nikpour", "Writer for Ward Notes"))
    assert conversion.meta["title"] == HEADLINE


def test_a_subtitle_under_a_title_under_a_kicker_still_steps_up_to_the_title():
    conversion = page("Open in app", "Sign up", "Sign in", "", "STATEMENT", HEADLINE, "",
                      STANDFIRST, "", "Sara Nikpour", "May 14, 2026")
    assert conversion.meta["title"] == HEADLINE


def test_a_posts_time_stamp_beside_its_view_counter_dates_a_thread():
    text = ("Nurses Watch\n@nurseswatch\nTHREAD: " + HEADLINE + " 1/3\n"
            "9:14 AM · May 14, 2026 · 84.7K Views\n212 Reposts  38 Quotes  1,044 Likes\n\n"
            "Nurses Watch @nurseswatch · May 14\n" + BODY[0] + " 2/3\n💬 4  🔁 88  ♥ 301\n\n"
            "Nurses Watch @nurseswatch · May 14\n" + BODY[1] + " 3/3\n💬 2  🔁 64  ♥ 257\n")
    conversion = convert(raw_from_bytes(text.encode("utf-8"), Path("p.txt")))
    assert conversion.meta["date"] == "2026-05-14"


def test_a_paragraph_that_opens_on_its_own_day_dates_the_statement():
    text = ("Nurses Watch 📰\nchannel · 12K subscribers\n\nMay 14\n\n" + HEADLINE + "\n\n"
            "Today, 14 May 2026, eleven nurses held in Tabriz enter their third week in "
            "detention without charge.\n\n" + "\n\n".join(BODY[1:]) + "\n")
    conversion = convert(raw_from_bytes(text.encode("utf-8"), Path("p.txt")))
    assert conversion.meta["date"] == "2026-05-14"


def test_a_publishers_registration_line_is_no_title_over_a_cover_title_wrapped_on_three_lines():
    text = ("\n\n          NURSES WATCH\n\n\n      Behind Closed Doors:\n"
            "      The Fate of Health Workers in Prison\n      in the North-West Provinces\n\n\n"
            "          Briefing Paper No. 3/2026\n\n          14 May 2026\n\n\n"
            "www.nurseswatch.example  |  info@nurseswatch.example\n"
            "Registered charity no. 11829304\n\n" + "\n\n".join(BODY) + "\n")
    conversion = convert(raw_from_bytes(text.encode("utf-8"), Path("p.txt")))
    assert conversion.meta["title"] == ("Behind Closed Doors: The Fate of Health Workers in "
                                        "Prison in the North-West Provinces")


def test_a_sentence_case_headline_wrapped_before_the_names_it_ends_on_is_read_whole():
    body = ["We call on the authorities to release the two nurses Leyla Karimi and Mina "
            "Soltani, held in Tabriz since May.", *BODY]
    text = ("JOINT PUBLIC STATEMENT\n\n   Release the nurses detained for speaking to the press\n"
            "              Leyla Karimi and Mina Soltani\n\n          14 May 2026\n\n"
            + "\n\n".join(body) + "\n")
    conversion = convert(raw_from_bytes(text.encode("utf-8"), Path("p.txt")))
    assert conversion.meta["title"] == ("Release the nurses detained for speaking to the press "
                                        "Leyla Karimi and Mina Soltani")


def test_a_threads_first_post_is_its_title_without_its_label_and_date_tail():
    posts = "".join(f"Nurses Watch\n@nurseswatch\n{k}/4 {b}\n\n" for k, b in
                    zip((2, 3, 4), BODY, strict=True))
    text = ("Post\n\nNurses Watch\n@nurseswatch\nTHREAD: " + HEADLINE +
            " — our joint statement, 14 May 2026 🧵 1/4\n9:14 AM · May 14, 2026 · 48.2K Views\n\n"
            + posts)
    conversion = convert(raw_from_bytes(text.encode("utf-8"), Path("p.txt")))
    assert conversion.meta["title"] == HEADLINE


def test_a_posters_note_saying_when_the_statement_was_issued_dates_it_over_the_post():
    text = (HEADLINE + "\n\nPosted on 16 May 2026 by Sara Nikpour\n\n"
            "Editor's note: a friend asked me to share this. The statement below was issued on "
            "14 May 2026 and I reproduce it unedited.\n\n" + "\n\n".join(BODY) + "\n")
    conversion = convert(raw_from_bytes(text.encode("utf-8"), Path("p.txt")))
    assert conversion.meta["date"] == "2026-05-14"


def test_the_hard_wrapped_first_lines_of_the_body_are_no_title_under_the_letters_headline():
    text = ("JOINT LETTER\n\n" + HEADLINE + "\n\nGeneva, 14 May 2026\n\n"
            "To the Permanent Representatives of member States of the Council\n\n"
            "Excellencies,\n\n"
            "We, the undersigned civil society organisations, urge all member States\n"
            "of the Council to press for the release of the nurses held without\n"
            "charge in Tabriz since the start of May.\n\n"
            "None of them has been charged, and their lawyers have not been allowed\n"
            "to see them or to read the files that the prosecutor says exist.\n\n"
            "We call for their immediate release and for an end to the harassment\n"
            "of nurses who ask to be paid on time.\n")
    conversion = convert(raw_from_bytes(text.encode("utf-8"), Path("p.txt")))
    assert conversion.meta["title"] == HEADLINE
    assert "We, the undersigned civil society organisations" in " ".join(conversion.body.split())
