"""The title by the evidence a careful editor uses (workflow.importer.titles), each mechanism
on a small page of its own through the public ``convert``: a kicker before or a label after the
headline ("THREAD:", "BREAKING |", "— our statement"), a label line opening the body ("Signed by:
…") that is never the title, an organisation's letterhead over the headline, headlines wrapped
over two or three lines joined (not a title over its standfirst), a letter's "Re:" line as its
subtitle, the heading of a statement a blog post carries under its note, a newsletter's name and
issue declared as an e-mail's subject."""

from __future__ import annotations

from pathlib import Path

import pytest
from import_pages import BODY

from workflow.importer import convert
from workflow.importer.classifier import PageHints
from workflow.importer.rawinput import raw_from_bytes
from workflow.importer.titles import _issue_name, clean_title, letterhead


def text_page(*blocks: str, suffix: str = ".txt"):
    text = "\n\n".join(blocks) + "\n"
    return convert(raw_from_bytes(text.encode("utf-8"), Path("p" + suffix)))


# --- kickers: what kind of post it is, never what happened ---

@pytest.mark.parametrize("line, want", [
    ("🧵 THREAD: Nurses of Tabriz held without charge — our statement (1/3)",
     "Nurses of Tabriz held without charge"),
    ("BREAKING | Eleven nurses arrested in Tabriz", "Eleven nurses arrested in Tabriz"),
    ("Just in — Eleven nurses arrested in Tabriz", "Eleven nurses arrested in Tabriz"),
    ("Eleven nurses arrested in Tabriz | Press release", "Eleven nurses arrested in Tabriz"),
    ("🧵 NEW: Eleven nurses arrested in Tabriz | Thread (1/3)",
     "Eleven nurses arrested in Tabriz"),
    ("EXCLUSIVE: Eleven nurses arrested in Tabriz", "Eleven nurses arrested in Tabriz"),
    ("Watch: families of the nurses speak out", "Families of the nurses speak out"),
    ("📌 Statement | Eleven nurses arrested in Tabriz", "Eleven nurses arrested in Tabriz"),
    ("Press release · Eleven nurses arrested in Tabriz", "Eleven nurses arrested in Tabriz"),
    ("Home | About | Contact us today", "Home | About | Contact us today"),  # a menu stays
    ("Iran: free the nurses of Tabriz — now", "Iran: free the nurses of Tabriz — now"),
    # a document's own type is part of its headline; so is a country or a finding
    ("Statement: release the nurses of Tabriz", "Statement: release the nurses of Tabriz"),
    ("URGENT ACTION: Nurses held in Tabriz", "URGENT ACTION: Nurses held in Tabriz"),
    ("Iran: Eleven nurses arrested in Tabriz", "Iran: Eleven nurses arrested in Tabriz"),
    ("New report: Iran jails eleven nurses", "New report: Iran jails eleven nurses"),
    ("Poet must be freed – his life is at risk", "Poet must be freed – his life is at risk"),
    # nothing left worth the name: kept whole
    ("BREAKING: Nurses arrested", "BREAKING: Nurses arrested"),
])
def test_a_kicker_comes_off_the_headline(line, want):
    assert clean_title(line) == want


def test_a_threads_kicker_and_label_tail_are_not_in_its_title():
    page = text_page("Post", "Nurses Watch 🕊️\n@nurseswatch",
                     "🧵 THREAD: Nurses of Tabriz held without charge — our statement (1/3)",
                     f"{BODY[0]} (2/3)", f"{BODY[1]} (3/3)", BODY[2])
    assert page.title == "Nurses of Tabriz held without charge"


def test_a_newsrooms_kicker_is_not_in_the_title():
    page = text_page("BREAKING: Eleven nurses arrested at dawn in Tabriz", *BODY)
    assert page.title == "Eleven nurses arrested at dawn in Tabriz"


# --- a label line is never the title ---

QUOTED = """Signed by: Nurses Watch (Germany); Health Workers for Iran (France); Mina Sadri, \
Professor of Nursing; Ali Rahimi, Lecturer in Medicine

Iran: Release the nurses of Tabriz

26 January 2026

The authorities arrested eleven members of the nurses' association at dawn
on Monday and took them to an unknown location, according to records
compiled by the signatories.

None of them has been charged, and their lawyers have not been allowed to
see them or to read the files that the prosecutor says exist.

We call for their immediate release and for an end to the harassment of
nurses who ask to be paid on time."""


def test_a_signers_line_opening_a_forwarded_text_gives_way_to_the_headline_under_it():
    mail = ("From: A <a@x.example>\nTo: B <b@y.example>\nSubject: RE: Fwd: statement on the "
            "nurses\nDate: Thu, 29 Jan 2026 18:22:09 +0000\nMIME-Version: 1.0\n"
            "Content-Type: text/plain; charset=\"utf-8\"\n\nHi both,\n\nYes, the final text "
            "is the one below.\n\nRoya\n\n-----Original Message-----\nFrom: Amin "
            "<amin@y.example>\nSent: 27 January 2026 10:05\nTo: Roya <r@x.example>\n"
            "Subject: Fwd: statement on the nurses\n\n"
            + "\n".join(f"> {line}" if line else ">" for line in QUOTED.splitlines()) + "\n")
    page = convert(raw_from_bytes(mail.encode("utf-8"), Path("m.eml")))
    assert page.title == "Iran: Release the nurses of Tabriz"
    assert any("label line" in note for note in page.report.notes)  # the report says why


# --- a letterhead is no headline ---

def test_an_organisations_name_over_a_kicker_and_the_headline_is_not_the_title():
    page = text_page("Assembly of the Nurses' Councils of Europe",
                     "Home  >  Newsroom  >  Statements",
                     "Statement\nRapporteurs call on Iran to free the jailed nurses of Tabriz\n"
                     "Strasbourg, 19.05.2025\nReference: SP 112(2025)",
                     "The rapporteurs of the Assembly made the following statement today:", *BODY)
    assert page.title == "Rapporteurs call on Iran to free the jailed nurses of Tabriz"


def test_an_organisations_letterhead_over_the_statement_is_not_its_title():
    page = text_page("Iranian Nurses' Association",
                     "STATEMENT ON THE ARREST OF ELEVEN NURSES IN TABRIZ", "12 May 2025", *BODY,
                     "Iranian Nurses' Association\nHealth Workers for Iran")
    assert page.title.lower() == "statement on the arrest of eleven nurses in tabriz"


@pytest.mark.parametrize("text, want", [
    ("Iranian Women Lawyers' Collective", True),
    ("ALLIANCE FOR CHILDREN'S RIGHTS IN THE MIDDLE EAST", True),
    ("Assembly of the Council of European Parliaments", True),
    ("International Assembly Anniversary of 1988 Massacre in Iran", False),  # a headline
    ("Open letter to the members of the UN Human Rights Council", False),  # names itself
    ("Iran must free the members of the teachers' union", False),  # a sentence
    ("Free the Haft Tappeh Workers' Union", False),  # a call: a verb and its object
])
def test_a_letterhead_is_an_organisations_name_and_nothing_more(text, want):
    assert letterhead(text) is want


# --- headlines wrapped over lines ---

def test_a_short_headline_wrapped_over_two_lines_is_joined():
    page = text_page("NEWS DESK", "Lawyers say detained nurse\nMina Sadri denied medication",
                     "Rights groups call for the release of a nurse held since May",
                     "By Staff Reporter",
                     "The lawyers of the nurse Mina Sadri said on Wednesday that she has been "
                     "denied her asthma medication for more than a week.", *BODY)
    assert page.title == "Lawyers say detained nurse Mina Sadri denied medication"


@pytest.mark.parametrize("standfirst", [
    "A joint appeal from the families of detained nurses",  # a phrase of its own
    "Eleven held for a month without charge",  # capitals that are no name ("eleven members")
    "Statement by Nurses Watch",  # who issues it
])
def test_a_title_over_its_standfirst_is_not_joined(standfirst):
    page = text_page(f"Why we are still counting the nurses\n{standfirst}", *BODY)
    assert page.title == "Why we are still counting the nurses"


def test_a_cover_title_in_capitals_over_three_lines_keeps_its_years():
    page = text_page("NURSES WATCH", "SILENCED WARDS:\nTHE PROSECUTION OF NURSES\nIN IRAN, "
                     "2022–2025", "Joint Public Statement", *BODY)
    assert page.title == "SILENCED WARDS: THE PROSECUTION OF NURSES IN IRAN, 2022–2025"


def test_a_document_type_label_under_the_title_is_no_heading_of_the_text():
    page = text_page("Nurses in Iran:\nA Call to Free the\nTabriz Eleven",
                     "Joint NGO submission and statement\n30 November 2025", *BODY)
    assert "Joint NGO submission" not in page.body
    assert any("document-type label" in e.reason for e in page.report.removed)


def test_a_title_case_headline_broken_on_a_word_no_headline_ends_on_is_joined():
    page = text_page("OPINION", "Iran's Nurses Deserve Better Than\nPrison Cells and Pay Cuts",
                     "By Leila Moradi\n4 May 2026", *BODY)
    assert page.title == "Iran's Nurses Deserve Better Than Prison Cells and Pay Cuts"


def test_a_headline_broken_after_a_small_word_ends_on_a_name_like_line():
    page = text_page("Nurses in Iran:\nA Call to Free the\nTabriz Eleven", "30 November 2025",
                     *BODY)
    assert page.title == "Nurses in Iran: A Call to Free the Tabriz Eleven"


# --- a letter's subject line ---

def test_a_letters_re_line_is_its_titles_subtitle():
    page = text_page("OPEN LETTER TO THE MINISTERS OF HEALTH",
                     "RE: THE ARREST OF ELEVEN NURSES IN TABRIZ", "Excellencies,", *BODY)
    assert page.title == ("OPEN LETTER TO THE MINISTERS OF HEALTH: THE ARREST OF ELEVEN NURSES "
                          "IN TABRIZ")


@pytest.mark.parametrize("subject", ["Subject: the arrest of eleven nurses in Tabriz",
                                     "Re: The arrest of eleven nurses in Tabriz"])
def test_a_letters_subject_line_in_sentence_case_is_its_titles_subtitle(subject):
    page = text_page("Open letter to the Minister of Health", subject, "Excellency,", *BODY)
    assert page.title.lower() == ("open letter to the minister of health: the arrest of eleven "
                                  "nurses in tabriz")


def test_a_letters_subject_line_with_no_title_over_it_is_the_title_without_its_label():
    page = text_page("To: the Minister of Health", "Re: the arrest of eleven nurses in Tabriz",
                     "Excellency,", *BODY)
    assert page.title == "The arrest of eleven nurses in Tabriz"


# --- a statement a post carries ---

def test_the_heading_of_a_statement_a_post_carries_under_its_note_is_the_title():
    page = text_page("Notes from Abroad\nHome  Archive  About",
                     "Silence is complicity: an open letter on the nurses of Tabriz\n"
                     "Health workers write to European ministers",
                     "Mina Sadri\nJan 9, 2025",
                     "Today I hand this space over to an open letter that several groups sent "
                     "this week. I reproduce it in full.",
                     "Open letter on the jailed nurses of Tabriz", *BODY)
    assert page.title == "Open letter on the jailed nurses of Tabriz"
    assert page.meta["date"] == "2025-01-09"  # the post's date, under the post's headline


def test_a_posts_date_stays_its_own_when_the_body_opens_on_the_statement_it_carries():
    page = text_page("Voices from Abroad\nHome  Archive  About",
                     "Why I am publishing this today\nA note on the nurses of Tabriz",
                     "Nasrin K.\nMar 3, 2026",
                     "Below is the joint statement that eleven groups released this morning. I "
                     "am publishing it unchanged.",
                     "Joint statement: Free the jailed nurses of Tabriz", *BODY)
    assert page.title == "Joint statement: Free the jailed nurses of Tabriz"
    assert page.meta["date"] == "2026-03-03"


# --- a document's kind over its addressee ---

def test_a_kind_label_over_the_addressee_line_is_the_letters_title():
    page = text_page("OPEN LETTER", "To the Ministers of Health of the Member States of the EU",
                     "3 April 2026", "Excellencies,", *BODY)
    assert page.title == "Open letter to the Ministers of Health of the Member States of the EU"


# --- a newsletter's name declared as the subject ---

def test_a_newsletters_name_and_issue_as_the_subject_is_not_the_title():
    mail = ("From: Nurses Watch <news@nurses.example>\nTo: you@example.org\n"
            "Subject: =?utf-8?q?=F0=9F=93=AC_The_Ward_=E2=80=94_Issue_27?=\n"
            "Date: Wed, 01 Oct 2025 07:00:12 +0000\nMIME-Version: 1.0\n"
            "Content-Type: text/plain; charset=\"utf-8\"\n\n"
            "THE WARD\n\nIssue 27 · 1 October 2025\n\n"
            "** Eleven nurses held without charge in Tabriz\n\nDear friends,\n\n"
            + "\n\n".join(BODY) + "\n")
    page = convert(raw_from_bytes(mail.encode("utf-8"), Path("letter.eml")))
    assert page.title == "Eleven nurses held without charge in Tabriz"


# --- a contents list's items are no headline ---

def test_a_newsletters_contents_list_is_not_the_title_its_statements_heading_is():
    page = text_page("Nurses Solidarity Network\nNewsletter · April 2026", "In this issue",
                     "1. Statement: Release the nurses of Tabriz\n2. Events in Berlin and Paris\n"
                     "3. How you can help", "Statement: Release the nurses of Tabriz", *BODY)
    assert page.title == "Statement: Release the nurses of Tabriz"


def test_an_e_mail_subject_used_as_the_title_loses_its_kicker():
    mail = ("From: Sara <sara@coalition.example>\nTo: desk@coalition.example\n"
            "Subject: Fwd: BREAKING: Eleven nurses arrested in Tabriz\n"
            "Date: Mon, 04 May 2026 09:00:00 +0000\nMIME-Version: 1.0\n"
            "Content-Type: text/plain; charset=\"utf-8\"\n\n"
            "The authorities arrested eleven members of the nurses' association at dawn on Monday "
            "and took them to an unknown location, their families said, and none of them has "
            "been charged with any offence so far.\n\n" + "\n\n".join(BODY[1:]) + "\n")
    page = convert(raw_from_bytes(mail.encode("utf-8"), Path("m.eml")))
    assert page.title == "Eleven nurses arrested in Tabriz"


def test_a_running_header_with_its_page_number_is_not_the_title():
    text = ("                         FREE THE NURSES\n\n                       Nurses Watch · 2026"
            "\n\n\n\nNurses Watch – Free the nurses                                         1\n\n"
            "Free the nurses of Tabriz: a joint statement on the arrest of eleven\n"
            "health workers\n\n" + "\n\n".join(BODY) +
            "\n\nNurses Watch – Free the nurses                                         2\n")
    page = convert(raw_from_bytes(text.encode("utf-8"), Path("p.txt")))
    assert page.title == ("Free the nurses of Tabriz: a joint statement on the arrest of eleven "
                          "health workers")


def test_a_newsletters_name_over_its_issue_gives_way_to_the_statement_it_carries():
    page = text_page("The Nurses Letter\nIssue #14 · June 2026", "Dear readers,",
                     "This month we carry a joint statement from eleven health workers' groups "
                     "on the arrests in Tabriz. Please share it widely.",
                     "JOINT STATEMENT", "The jailed nurses of Tabriz must be released", *BODY)
    assert page.title == "The jailed nurses of Tabriz must be released"


@pytest.mark.parametrize("declared, name", [
    ("📬 The Ward — Issue 27", "the ward"),
    ("Weekly Brief #58", "weekly brief"),
    ("The Ward — Issue 27 · October 2025", "the ward"),
    ("Iran: no 5 more executions", None),  # a headline with a figure
    ("Iran: No. 1 executioner of women", None),
    ("Statement on Resolution 2231", None),
])
def test_a_declared_newsletter_issue_names_the_site_and_a_headline_stays(declared, name):
    hints = PageHints(title=declared)
    _issue_name(hints)
    assert (hints.title is None) is (name is not None)
    assert (name in hints.site_names) if name else not hints.site_names


def test_an_html_pages_h1_and_tab_title_that_are_an_organisations_name_are_not_the_title():
    paras = "\n".join(f"<p>{b}</p>" for b in BODY)
    html = ("<!DOCTYPE html>\n<html><head><title>Iranian Nurses' Association</title></head>\n"
            "<body>\n<h1>Iranian Nurses' Association</h1>\n"
            f"<h2>Statement on the arrest of eleven nurses in Tabriz</h2>\n{paras}\n</body></html>")
    page = convert(raw_from_bytes(html.encode("utf-8"), Path("p.html")))
    assert page.title == "Statement on the arrest of eleven nurses in Tabriz"


def test_a_channels_post_labelled_in_sentence_case_is_its_title_not_the_channels_name():
    page = text_page("Telegram\nNurses Watch Organization for Human Rights\n28.9K subscribers",
                     "Pinned message\n📢 Join our channel for daily updates",
                     "[26.02.26 11:42]\n📌 Statement | Eleven nurses arrested in Tabriz must not "
                     "be forgotten", *BODY, "#Nurses #Tabriz\n👁 5.4K  11:42")
    assert page.title == "Eleven nurses arrested in Tabriz must not be forgotten"
