"""fresh12's leftovers' mechanisms, each on a small page of its own through convert(): a
top-posted reply whose own text is the statement, the sender's card after "Sent from my …",
a removed wrapped paragraph reported whole, a body found mid-sentence, a heading that reads as
a name, compounds that keep their hyphen, a letter's addressee lines under its title, and a
newsletter's words to its readers after the statement's signature."""

from __future__ import annotations

import textwrap
from pathlib import Path

from import_pages import BODY, ORGS

from workflow.importer import convert
from workflow.importer.rawinput import raw_from_bytes


def converted(text: str, name: str):
    return convert(raw_from_bytes(text.encode("utf-8"), Path(name)))


def wrapped(text: str, width: int = 72) -> list[str]:
    return textwrap.wrap(text, width)


HEADERS = ["From: Shirin Kaveh <shirin@nurses.example>", "To: desk@coalition.example",
           "Subject: Re: the nurses statement", "Date: Tue, 3 Jun 2025 09:12:00 +0200",
           "Content-Type: text/plain; charset=utf-8", ""]
STATEMENT = ["Eleven nurses held without charge in Tabriz", "",
             *sum(([*wrapped(p), ""] for p in BODY * 2), []), "Signed by:",
             *(f"- {org}" for org in ORGS), ""]


def test_a_top_posted_reply_keeps_its_own_statement_and_drops_the_quoted_request():
    mail = "\n".join([
        *HEADERS, "Here it is. Text below is final, please don't edit. Thanks!", "",
        *STATEMENT, "Sent from my iPhone", "", "Shirin Kaveh", ORGS[0], "Tel. +44 7700 900 123",
        "", "On Mon, 2 Jun 2025 at 18:00, Coalition desk <desk@coalition.example> wrote:",
        "> Dear Shirin,", "> could you send us the final text of the nurses statement?",
        "> We will publish it tomorrow.", "> Best wishes,", "> The desk"])
    conversion = converted(mail, "reply.eml")
    assert conversion.meta["title"] == "Eleven nurses held without charge in Tabriz"
    for sentence in BODY:
        assert sentence in conversion.body
    assert "could you send" not in conversion.body and "Here it is" not in conversion.body
    assert conversion.meta["signatories"] == ORGS  # not the sender's card
    reasons = {e.reason for e in conversion.report.removed}
    assert "e-mail: the quoted message the reply answers" in reasons
    assert "e-mail: the sender's card after 'Sent from'" in reasons


def test_a_reply_that_quotes_the_statement_still_takes_the_quote():
    mail = "\n".join([
        *HEADERS, "Thanks, got it. I will translate it tonight.", "", "Maryam", "",
        "On Mon, 2 Jun 2025 at 18:00, Coalition desk <desk@coalition.example> wrote:",
        *(f"> {line}" if line else ">" for line in STATEMENT)])
    conversion = converted(mail, "reply.eml")
    assert "Thanks, got it" not in conversion.body
    assert BODY[0] in conversion.body


def test_a_wrapped_disclaimer_and_note_are_reported_whole():
    note = ("Hi all, forwarding this as promised on Tuesday's call. The families are happy for "
            "it to be published anywhere.")
    notice = ("CONFIDENTIALITY NOTICE: The information in this message is intended only for the "
              "addressee. If you received it in error, please delete it and inform the sender.")
    mail = "\n".join([
        *HEADERS, *wrapped(note, 60), "", "---------- Forwarded message ---------",
        "From: Nurses Watch <info@nurses.example>", "Subject: Eleven nurses held", "",
        *STATEMENT, *wrapped(notice, 60)])
    conversion = converted(mail, "fwd.eml")
    removed = {e.text: e for e in conversion.report.removed}
    assert note in removed and removed[note].reason == "e-mail: the forwarder's note"
    assert notice in removed and removed[notice].last > removed[notice].first
    rendered = conversion.report.render([])
    assert f"L{removed[note].first}-{removed[note].last}: e-mail: the forwarder's note" in rendered


def test_a_menu_removed_line_by_line_stays_one_entry_a_line():
    page = "\n".join(["Home", "About us", "News", "Donate", "", "Eleven nurses held", "",
                      *sum(([p, ""] for p in BODY), [])])
    conversion = converted(page, "page.txt")
    texts = [e.text for e in conversion.report.removed]
    assert "About us" in texts and "News" in texts


def test_a_body_found_mid_sentence_starts_at_its_paragraphs_first_line():
    opening = ["At least 38 members of the Gonabadi Dervish community were arrested",
               "after security forces broke up a religious gathering at a private",
               "garden near Kavar, in Fars province, on the evening of 31 July."]
    page = "\n".join(["PRESS RELEASE", "", "Gonabadi Dervishes face new wave of arrests", "",
                      *opening, "", *sum(([*wrapped(p, 68), ""] for p in BODY), [])])
    conversion = converted(page, "release.txt")
    assert " ".join(opening) in conversion.body


def test_a_heading_under_the_subtitle_is_no_byline():
    page = "\n".join(["🔴 Statement on the hunger strike of teacher Behrouz Kamali", "",
                      "بهروز کمالی را آزاد کنید", "Free Behrouz Kamali", "",
                      *sum(([p, ""] for p in BODY), []), ORGS[0]])
    conversion = converted(page, "post.txt")
    assert "بهروز کمالی را آزاد کنید" in conversion.body


def test_ill_treatment_keeps_its_hyphen_across_a_pdf_line_break():
    page = "\n".join(["Open letter on Qarchak prison", "", BODY[0], "",
                      "Denying medical care to prisoners can amount to torture or other ill-",
                      "treatment under international law.", "", BODY[1], "\f", BODY[2]])
    conversion = converted(page, "letter.txt")
    assert "torture or other ill-treatment under international law." in conversion.body


def test_a_letters_addressee_lines_under_its_title_are_its_particulars():
    page = "\n".join(["Open letter on conditions in Qarchak women's prison", "",
                      "To: The Head of the Judiciary of the Islamic Republic of Iran",
                      "Cc: The Special Rapporteur on the right to health", "",
                      *sum(([p, ""] for p in BODY), [])])
    conversion = converted(page, "letter.txt")
    assert "To: The Head" not in conversion.body and "Cc:" not in conversion.body
    assert any(why.startswith("a letter's addressee line") for _, keep, why, _ in
               conversion.report.decisions if not keep)


def test_a_newsletters_words_to_its_readers_after_the_statements_signature_go():
    page = "\n".join(["The Ledger — issue 12", "", "Eleven nurses held without charge", "",
                      *sum(([p, ""] for p in BODY * 2), []), "Signed: " + ", ".join(ORGS), "",
                      "If you value this work, consider a paid subscription; it keeps the "
                      "letter free for readers inside Iran."])
    conversion = converted(page, "issue.txt")
    assert "paid subscription" not in conversion.body
    assert BODY[2] in conversion.body


def test_a_reporters_line_after_a_dash_signed_statement_stays():
    page = "\n".join(["Families demand answers, rights groups say", "",
                      *sum(([p, ""] for p in BODY * 2), []), "— " + ORGS[0], "",
                      "Iran's judiciary did not respond to a request for comment."])
    conversion = converted(page, "news.txt")
    assert "did not respond to a request for comment" in conversion.body


def test_a_wires_run_of_credits_is_a_source_credit():
    page = "\n".join(["Iran jails three more journalists", "",
                      *sum(([p, ""] for p in BODY * 2), []),
                      "Reporting by Leyla Moradian in Dubai and Tom Ashgrove in London; Editing "
                      "by Hugh Penrose"])
    conversion = converted(page, "wire.txt")
    assert "Reporting by" not in conversion.body


def test_an_about_heading_after_the_statement_starts_the_publishers_paragraph():
    page = "\n".join(["Joint statement on the rights of refugee children", "",
                      *sum(([p, ""] for p in BODY * 2), []), "About UNCF", "",
                      "UNCF works in more than 190 countries and territories to reach the most "
                      "disadvantaged children and adolescents."])
    conversion = converted(page, "release.txt")
    assert "190 countries" not in conversion.body and "About UNCF" not in conversion.body
    assert BODY[2] in conversion.body


def test_a_posters_so_here_it_is_note_before_the_statement_goes():
    page = "\n".join(["Halt the execution wave against Baluch prisoners", "",
                      "A few friends asked me to put this somewhere they could link to, so here "
                      "it is. I helped draft it with colleagues over the past fortnight.", "",
                      "JOINT APPEAL", "", "2 July 2025", "", *sum(([p, ""] for p in BODY), []),
                      ORGS[0]])
    conversion = converted(page, "post.txt")
    assert "A few friends" not in conversion.body and BODY[0] in conversion.body


def test_a_row_of_hashes_ends_the_release():
    page = "\n".join(["Joint statement on refugee children", "", *sum(([p, ""] for p in BODY), []),
                      "#####", "", "Media contacts", "Farzaneh Qaderi, Amman"])
    conversion = converted(page, "release.txt")
    assert "#####" not in conversion.body and BODY[2] in conversion.body


def test_an_annex_heading_over_the_signers_goes_and_the_signers_are_read():
    page = "\n".join(["Joint letter to the members of the Council", "",
                      *sum(([p, ""] for p in BODY * 2), []),
                      "Annex: List of signatory organisations", "",
                      *(f"{n}. {org}" for n, org in enumerate(ORGS, start=1))])
    conversion = converted(page, "letter.txt")
    assert "Annex" not in conversion.body
    assert conversion.meta["signatories"] == ORGS


def test_a_greeting_giving_the_whole_issue_to_the_statement_goes():
    page = "\n".join(["The Ledger", "", "Switched off, again", "",
                      "Dear readers, this week we are giving the whole issue to a single "
                      "statement. The usual link roundup returns next Tuesday.", "",
                      *sum(([p, ""] for p in BODY), []), ORGS[0]])
    conversion = converted(page, "issue.txt")
    assert "Dear readers" not in conversion.body and BODY[0] in conversion.body

