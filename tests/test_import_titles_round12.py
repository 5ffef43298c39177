"""Round 12 of the importer (fresh11's misses and the title presentations of
tests/test_import_title_variants.py), each mechanism on a small page of its own through the
public ``convert``: kickers over a headline, a headline over its standfirst or subtitle, a
headline wrapped after a colon or a comma, a cover's label block, a browser title's site name,
a letter's subject line, a person's age, a sentence finished on the next line, the closing
sentence a dash signs, and a post's reply."""

from __future__ import annotations

import textwrap
from pathlib import Path

from import_pages import BODY

from workflow.importer import convert
from workflow.importer.rawinput import raw_from_bytes


def page(text: str, suffix: str = ".txt"):
    return convert(raw_from_bytes(text.encode("utf-8"), Path("p" + suffix)))


def body_text(conversion) -> str:
    return " ".join(conversion.body.split())


def one_a_line(*top: str) -> str:
    return "\n".join(top) + "\n\n" + "\n\n".join(BODY) + "\n"


def wrapped(width: int = 62) -> str:
    return "\n\n".join(textwrap.fill(b, width) for b in BODY)


HEADLINE = "Nurses held without charge in Tabriz must be freed"


# --- kickers ---

def test_a_document_label_in_capitals_over_a_headline_in_capitals_is_its_kicker():
    got = page(one_a_line("JOINT STATEMENT", HEADLINE.upper())).meta["title"]
    assert got == HEADLINE.upper()  # kept as the page writes it


def test_a_short_kicker_in_capitals_is_not_a_wrapped_headlines_first_line():
    got = page(one_a_line("IRAN", "NURSES HELD WITHOUT CHARGE IN TABRIZ MUST BE FREED, "
                          "THEIR FAMILIES SAY")).meta["title"]
    assert got == "NURSES HELD WITHOUT CHARGE IN TABRIZ MUST BE FREED, THEIR FAMILIES SAY"


def test_a_kicker_alone_over_a_headline_and_its_subtitle_leaves_the_headline():
    got = page(one_a_line("STATEMENT", HEADLINE, "",
                          "A joint statement by eleven health workers' groups")).meta["title"]
    assert got == HEADLINE


def test_a_headline_under_its_kicker_and_date_line_in_one_block_is_no_particular():
    raw = ("English   Français   العربية\n"
           "Nurses Watch — International Observatory for the Rights of Health Workers\n"
           "What we do   Where we are   News and stories\n\n"
           "PRESS RELEASE\n12 March 2024\n" + HEADLINE + "\n\n"
           "TABRIZ (12 March 2024) – " + "\n\n".join(BODY) + "\n")
    assert page(raw).meta["title"] == HEADLINE


# --- a headline over its standfirst, a headline wrapped ---

def test_a_headline_right_over_its_one_line_standfirst_is_the_title():
    got = page(one_a_line("Nurses Watch", "", HEADLINE,
                          "Their families say they have been denied lawyers and visits since "
                          "the arrests.")).meta["title"]
    assert got == HEADLINE


def test_a_headline_wrapped_over_two_lines_steps_up_over_its_subtitle():
    got = page(one_a_line("Nurses held without charge", "in Tabriz must be freed", "",
                          "A joint statement by eleven health workers' groups")).meta["title"]
    assert got == HEADLINE


def test_a_short_title_ending_in_a_colon_over_its_title_case_subtitle_is_one_title():
    raw = ("NURSES WATCH\nBriefing Paper No. 4\n\nDetained at Dawn:\nNurses Imprisoned for "
           "Union Activity in Iran\n\nReleased 3 April 2025\n\n" + wrapped() + "\n")
    assert page(raw).meta["title"] == ("Detained at Dawn: Nurses Imprisoned for Union Activity "
                                       "in Iran")


def test_a_title_case_headline_wrapped_between_capitalised_words_is_read_whole():
    got = page(one_a_line("Nurses Watch", "", "Dismissals of Iranian Hospital Nurses",
                          "Reach New High, Observatory Finds")).meta["title"]
    assert got == "Dismissals of Iranian Hospital Nurses Reach New High, Observatory Finds"


def test_a_title_case_title_over_a_subtitle_opening_a_phrase_stays_apart():
    got = page(one_a_line("Nurses Watch", "", "Dismissals of Iranian Hospital Nurses",
                          "The Observatory's Annual Report for 2024")).meta["title"]
    assert got == "Dismissals of Iranian Hospital Nurses"


def test_a_cover_label_block_gives_way_to_the_headline_saying_what_it_is_about():
    raw = ("                 JOINT SUBMISSION\n"
           "     to the Universal Periodic Review of the Islamic Republic of Iran\n"
           "                   Fifth Cycle\n\n"
           "Nurses' Rights in Iran: Arrests, Dismissals,\nUnpaid Wages and Punishment\n\n"
           "Submitted by Nurses Watch\nGeneva, 30 April 2025\n\n" + wrapped() + "\n")
    conversion = page(raw)
    assert conversion.meta["title"] == ("Nurses' Rights in Iran: Arrests, Dismissals, Unpaid "
                                        "Wages and Punishment")
    assert "Fifth Cycle" not in conversion.body


def test_a_letter_to_its_addressee_alone_is_still_its_title():
    raw = "OPEN LETTER TO THE MEMBERS OF THE EUROPEAN PARLIAMENT\n\n" + wrapped() + "\n"
    assert page(raw).meta["title"] == "OPEN LETTER TO THE MEMBERS OF THE EUROPEAN PARLIAMENT"


# --- HTML ---

def _html(head: str) -> str:
    return (f"<html><head>{head}</head><body><article>"
            + "".join(f"<p>{b}</p>" for b in BODY) + "</article></body></html>")


def test_a_browser_titles_name_after_its_bar_is_the_sites_where_none_is_declared():
    got = page(_html(f"<title>{HEADLINE} | Tabriz Health Monitor</title>"), ".html")
    assert got.meta["title"] == HEADLINE


def test_an_og_title_alone_is_the_headline():
    got = page(_html('<title>Tabriz Health Monitor</title>'
                     f'<meta property="og:title" content="{HEADLINE}">'), ".html")
    assert got.meta["title"] == HEADLINE


# --- a letter's labels ---

def test_a_letters_re_line_under_its_addressee_is_its_title():
    raw = ("To: The UN High Commissioner for Human Rights\n"
           "    The Special Rapporteur on the situation of human rights in Iran\n\n"
           "Re: Nurses held without charge in Tabriz\n\n" + wrapped() + "\n")
    assert page(raw).meta["title"] == "Nurses held without charge in Tabriz"


# --- substance ---

def test_a_persons_age_after_the_name_is_no_counter():
    paras = wrapped().split("\n\n")
    raw = ("Nurses held in Tabriz\n\n" + paras[0] + "\n\nSara Karimi (34), Leila Ahmadi (29) "
           "and Maryam Sadeghi\n(41) were taken to an unknown location on 2 May.\n\n"
           + "\n\n".join(paras[1:]) + "\n")
    assert "Sara Karimi (34), Leila Ahmadi (29) and Maryam Sadeghi (41) were taken" in \
        body_text(page(raw))


def test_a_sentence_finished_by_a_figure_on_the_next_line_is_kept_whole():
    raw = ("Nurses held in Tabriz\n\n" + wrapped() + "\n\n1 No independent inspector has "
           "visited the Tabriz wards since\n2005.\n")
    assert "visited the Tabriz wards since 2005." in body_text(page(raw))


def test_the_closing_sentence_a_dash_signs_is_the_statements():
    raw = one_a_line(HEADLINE) + ("\nPlease share this message widely and tag the UN Special "
                                  "Rapporteur.\n\n— Nurses Watch\n\n#Tabriz #FreeThem\n")
    conversion = page(raw)
    assert "Please share this message widely" in conversion.body
    assert conversion.meta["signatories"] == ["Nurses Watch"]


def test_a_posts_reply_by_another_account_is_not_the_statement():
    raw = ("Post\n\nNurses Watch\n@nurseswatch\n" + HEADLINE + "\n\n"
           + "\n\n".join(f"{k}/ {b}" for k, b in enumerate(BODY, 1)) +
           "\n\n9:15 AM · Sep 30, 2025 · 48.2K Views\n\n412 Reposts  77 Quotes  1,203 Likes\n\n"
           "Rojin Ahmadi @rojin_a_ex · 2h\nReplying to @nurseswatch\n"
           "My aunt was one of them. Thank you for speaking up.\n\nPost your reply\n")
    conversion = page(raw)
    assert "My aunt was one of them" not in conversion.body
    assert "Replying to" not in conversion.body
    assert conversion.meta["date"] == "2025-09-30"
