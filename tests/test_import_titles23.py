"""Titles, dates and furniture in forms fresh23's first run missed (issue #10): a headline
broken after "An Open", a release's number, a petition's form between its headline and its
text, a thread's dash, a cover's contents and makers, a mail sender's "letter below" divider,
a newsletter issue in numbered sections, a release label's date, comments between their
accounts and counters, a desktop chat's copy, a site in another language. Each on a small
page of its own, through convert()."""

from __future__ import annotations

from pathlib import Path

import pytest
from import_pages import BODY

from workflow.importer import convert
from workflow.importer.lexicon import latin_language
from workflow.importer.rawinput import raw_from_bytes


def imported(text: str, name: str = "p.txt") -> tuple[dict, str]:
    conversion = convert(raw_from_bytes(text.encode("utf-8"), Path(name)))
    return conversion.meta, conversion.body


def test_a_headline_broken_after_its_kinds_adjective_is_joined():
    meta, _ = imported("No Student Should Lose Their Future for Speaking: An Open\n"
                       "Letter from Scholars on the Expulsions at Iranian Universities\n\n" +
                       "\n\n".join(BODY) + "\n")
    assert meta["title"] == ("No Student Should Lose Their Future for Speaking: An Open Letter "
                             "from Scholars on the Expulsions at Iranian Universities")


def test_a_release_number_is_no_headline():
    page = ("<html><head><title>IACHR - Press Release No. 061/26</title></head><body><main>"
            "<p>March 18, 2026</p><p>Press Release No. 061/26</p>"
            "<p><b>Commission warns of the arrests of nurses in Iran</b></p>" +
            "".join(f"<p>{p}</p>" for p in BODY) + "</main></body></html>")
    meta, _ = imported(page, "p.html")
    assert meta["title"] == "Commission warns of the arrests of nurses in Iran"


def test_a_petitions_form_between_its_headline_and_its_text():
    form = ["Sign this petition", "First name *", "Last name *", "Email *", "Country *",
            "Select country", "Postcode / ZIP", "Comment (optional)",
            "Display my name and comment publicly on this petition", "Sign the petition"]
    text = "\n".join(["Pledgebook", "Start a petition", "Browse", "", "Free the nurses held in "
                      "Tehran", "", "8,412 of 10,000 signatures", "", *form, ""]) + \
        "\n\n".join(BODY) + "\n"
    meta, _ = imported(text)
    assert meta["title"] == "Free the nurses held in Tehran"


def test_a_threads_dash_after_its_number_is_no_part_of_the_title():
    text = ("🧵 1/3 — OPEN LETTER: Release the nurses held in Tehran\n\n" + BODY[0] +
            "\n\n2/3 " + BODY[1] + "\n\n3/3 " + BODY[2] + "\n")
    meta, _ = imported(text)
    assert meta["title"] == "OPEN LETTER: Release the nurses held in Tehran"


def test_a_covers_title_over_its_purpose_contents_and_makers():
    cover = ["SUBMISSION TO THE UNITED NATIONS SPECIAL RAPPORTEUR ON THE", "SITUATION OF HUMAN "
             "RIGHTS IN THE ISLAMIC REPUBLIC OF IRAN", "", "Nurses in Chains: Arrests of Health "
             "Workers in Tehran", "", "For the Special Rapporteur’s report to the Human Rights "
             "Council", "at its sixty-second session", "", "Submitted jointly by", "",
             "Nurses Watch", "", "Health Workers Union"]
    contents = ["TABLE OF CONTENTS", "", "1. Introduction ........................ 2",
                "2. Arrests ............................. 2", "Annex: List of detained "
                "nurses (confidential)"]
    running = "Nurses in Chains – Joint submission"
    more = ["1.1 Nurses Watch and the Health Workers Union submit this information to the "
            "Special Rapporteur to assist her in preparing her report to the Human Rights "
            "Council.", "1.2 It is based on 31 interviews with nurses, their families and "
            "their lawyers, conducted between January and December 2025.",
            "2.1 Since January 2025, at least 42 nurses have been arrested in Tehran, Karaj "
            "and Shiraz after protests about unpaid wages and unsafe wards."]
    text = "\n".join(cover) + "\n\f" + f"{running}    1\n\n" + "\n".join(contents) + "\n\f" + \
        f"{running}    2\n\n" + "\n\n".join([*more, *BODY]) + "\n"
    meta, body = imported(text)
    assert meta["title"] == "Nurses in Chains: Arrests of Health Workers in Tehran"
    assert "For the Special Rapporteur" not in body


def test_a_senders_note_over_her_letter_below_divider():
    mail = ("From: Nasim <nasim@example.org>\nTo: list@example.org\nSubject: FINAL text\n"
            "Date: Mon, 9 Mar 2026 09:00:00 +0000\nContent-Type: text/plain; charset=utf-8\n\n"
            "Dear all,\n\nAs promised on the call, here is the final text. Big thanks to "
            "everyone who worked on this over the weekend.\n\nNasim\n\n"
            "---------- letter below ----------\n\n8 March 2026\n\n"
            "Release the nurses held in Tehran\n\n" + "\n\n".join(BODY) + "\n")
    meta, body = imported(mail, "m.eml")
    assert "Big thanks" not in body and BODY[0] in body
    assert meta["date"] == "2026-03-08"


def test_a_newsletter_issue_in_numbered_sections_keeps_the_statements_section():
    text = "\n\n".join([
        "Paper Trail", "Hi all — three things this week.", "1. THE WEEK IN COURT",
        "Two more reporters were summoned by the court on Sunday, their lawyers said today.",
        "2. STATEMENT ON THE ARRESTS OF NURSES", "FOR IMMEDIATE RELEASE — 9 March 2026",
        *BODY, "3. LINKS", "A long, good read on how newsrooms in exile survive the winter.",
        "That's it for this week. As ever, hit reply if you have a story."]) + "\n"
    meta, body = imported(text)
    assert meta["title"] == "STATEMENT ON THE ARRESTS OF NURSES"
    assert meta["date"] == "2026-03-09"
    assert "Two more reporters" not in body and "good read" not in body
    assert all(p in body for p in BODY)


def test_comments_between_account_names_and_counters_go():
    comments = ["nava.beats", "Been playing it on loop since yesterday. Free him.",
                "5d 214 likes Reply", "shahab_records",
                "We will play it at our show in Hamburg on Friday and read his name out.",
                "4d 61 likes Reply", "lenamusiclondon",
                "How can non-Iranian artists add our names to the list? DM'd you.",
                "3d 27 likes Reply", "View all 312 comments"]
    text = "\n\n".join(["freesound.collective", "Release the nurses held in Tehran", *BODY,
                        *comments]) + "\n"
    _, body = imported(text)
    assert all(p in body for p in BODY)
    assert "Hamburg" not in body and "non-Iranian" not in body


def test_a_desktop_chat_copy_with_senders_over_and_times_under_messages():
    """Signal Desktop's copy: each message's sender on the line over it, its time under it.
    The statement (in two messages, Persian then English, from one sender) stays; the
    replies under it go."""
    persian = "بیانیه درباره بازداشت پرستاران در تهران. " * 12
    chat = ["Peyvand solidarity", "Group · 47 members", "Parisa A.", "Final version here, "
            "Persian + English. Please only share this version.", "20:41", "Parisa A.",
            persian.strip(), "20:41", "Parisa A.", "Release the nurses held in Tehran",
            *BODY, BODY[0], BODY[1], "Nurses Watch", "20:42", "❤️ 9  😢 4", "Omid",
            "Thanks Parisa, sent it to two journalists in Erbil.", "20:47", "Sahar 🌿",
            "Shared on Insta stories and the Kurdish channels. Should we tag the Rapporteur?",
            "20:53", "Parisa A.", "Yes but from personal accounts, not the group one", "20:55"]
    _, body = imported("\n".join(chat) + "\n")
    assert BODY[2] in body
    assert "Erbil" not in body and "Insta stories" not in body and "personal accounts" not in body


def test_a_newsletters_next_item_after_the_statements_dash_signature():
    text = "\n\n".join([
        "URGENT APPEAL: Release the nurses held in Tehran", *BODY,
        "— Nurses Watch, Casework Team", "Casework update: Ardabil appeal succeeds",
        "Good news for once. The appeal court quashed the sentence of the teacher we wrote "
        "about in January, and he is back in his classroom.",
        "Save the date: online training for volunteer translators"]) + "\n"
    _, body = imported(text)
    assert BODY[2] in body and "Nurses Watch" in body
    assert "Ardabil" not in body and "Save the date" not in body


def test_an_english_text_on_a_site_in_another_language():
    """A German paper's "Dokumentation" of an English letter: its German heading and note
    go; the letter's own headline is the title."""
    page = ("<html lang='de'><head><title>Dokumentation – Rheinkurier</title></head><body>"
            "<main><p>Dokumentation</p><h2>Offener Brief inhaftierter Pflegekräfte aus Iran</h2>"
            "<p>Der folgende Brief wurde der Redaktion am Mittwoch über eine Kontaktperson "
            "zugestellt und wird hier ungekürzt dokumentiert.</p>"
            "<h1>Release the nurses held in Tehran: an open letter</h1>" +
            "".join(f"<p>{p}</p>" for p in BODY) + "</main></body></html>")
    meta, body = imported(page, "p.html")
    assert meta["title"] == "Release the nurses held in Tehran: an open letter"
    assert "Der folgende Brief" not in body and all(p in body for p in BODY)


@pytest.mark.parametrize("text, language", [
    ("Der folgende Brief wurde der Redaktion am Mittwoch über eine Kontaktperson zugestellt.",
     "German"),
    ("Leggi anche: la polizia ha arrestato tre attivisti a Teheran", "Italian"),
    (BODY[0], "English"),
    ("Centre Lafayette pour les Droits de l'Enfant", None),  # a name, mostly capitalised
    ("Kabul Women Lawyers Network (in exile)", None)])
def test_a_lines_language_by_its_own_stop_words(text, language):
    assert latin_language(text) == language


def test_a_replys_remarks_between_the_lines_it_quotes_go():
    quoted = "\n>\n".join("> " + p for p in [
        "Release the nurses held in Tehran", *BODY, BODY[0], BODY[1], BODY[2], BODY[0],
        BODY[1], BODY[2]])
    parts = quoted.split("\n>\n")
    body = "\n>\n".join(parts[:4]) + "\n\n[Bijan] Do we know which ward they are held in?\n\n" + \
        "\n>\n".join(parts[4:])
    mail = ("From: Bijan <bijan@example.org>\nTo: Soraya <soraya@example.org>\nSubject: Re: "
            "statement\nDate: Tue, 10 Mar 2026 10:00:00 +0000\nContent-Type: text/plain; "
            "charset=utf-8\n\nThanks, this is strong.\n\nBijan\n\n"
            "On Tue, 10 Mar 2026 at 09:12, Soraya <soraya@example.org> wrote:\n\n" + body + "\n")
    _, text = imported(mail, "m.eml")
    assert BODY[2] in text and "which ward" not in text
