"""Signers given as people with their roles and affiliations, press contacts, a post's
slash-separated or hashtagged signers, signers past an e-mail's signature or left out by the
HTML extractor, a numbered list or a run of names going on past a thread's post header (issue
#10 on fresh13): each mechanism on a small page of its own, through convert()."""

from __future__ import annotations

from pathlib import Path

from import_pages import BODY

from workflow.importer import convert
from workflow.importer.convert import _with_left_out
from workflow.importer.rawinput import raw_from_bytes
from workflow.importer.report import Report


def signed(*lines: str, name: str = "p.txt") -> list[str]:
    raw = raw_from_bytes(("\n".join(lines) + "\n").encode("utf-8"), Path(name))
    return list(convert(raw).meta.get("signatories") or [])


TEXT = [f"{p}\n" for p in BODY]


def test_people_with_roles_one_a_line_sign_without_a_label():
    """A letter's signers one a line under its last paragraph, each "Title Name, role,
    institution", with no label over them and "And 12 others" after: each person signs."""
    assert signed("Free the nurses", "", *TEXT,
                  "Prof. Anna Berg, Professor of History, University of Bergen",
                  "Dr Kamal Rafi, Senior Lecturer in Law, University of Kent",
                  "Dr Mina Sadr, Research Fellow, Institute of Nursing Studies, Leeds",
                  "And 12 others") == ["Prof. Anna Berg", "Dr Kamal Rafi", "Dr Mina Sadr"]


def test_one_person_with_a_role_inside_the_text_signs_nothing():
    """A single "Name, role, institution" line between paragraphs is no list of signers."""
    assert signed("Free the nurses", "", TEXT[0], TEXT[1],
                  "Dr Kamal Rafi, Senior Lecturer in Law, University of Kent", "",
                  TEXT[2]) == []


def test_the_line_under_a_persons_name_in_a_group_of_two_is_her_affiliation():
    """Signers set out in groups of two lines, blank lines between ("Prof. A" /
    "Department of …, University of …"): the people sign, not their departments."""
    assert signed("Free the nurses", "", *TEXT,
                  "Prof. Anna Berg", "Department of History, University of Bergen", "",
                  "Dr Kamal Rafi", "School of Law, University of Kent", "",
                  "Dr Mina Sadr", "Independent researcher, Oslo") == [
        "Prof. Anna Berg", "Dr Kamal Rafi", "Dr Mina Sadr"]


def test_a_contact_person_column_is_no_signer():
    """A signature table "Organisation | Contact person" (a furniture word in its header): the
    organisations sign, not the people to write to."""
    assert signed("Free the nurses", "", *TEXT, "Signatories:", "",
                  "Organisation | Contact person", "Nurses Watch | Sara Amini",
                  "Health Workers Union | Omid Rahimi",
                  "Medics Without Borders | Lena Holm") == [
        "Nurses Watch", "Health Workers Union", "Medics Without Borders"]


def test_names_under_a_press_role_are_press_contacts():
    """"Spokesperson" / two names / "Press Officer" / a name under a release: whom a
    journalist calls, no signers, with or without a telephone number."""
    assert signed("Statement on the arrest of nurses", "", *TEXT, "Spokesperson",
                  "Anna Lindgren", "Tomas Berglund", "Press Officer", "Karla Ionescu") == []


def test_a_dashed_label_with_names_between_slashes():
    """"— Signed by: A / B / C" closing a forwarded post: three signers."""
    assert signed("Free the nurses", "", *TEXT,
                  "— Signed by: Nurses Watch / Health Workers Union (in exile) / "
                  "Medics Without Borders") == [
        "Nurses Watch", "Health Workers Union (in exile)", "Medics Without Borders"]


def test_a_name_with_its_form_in_another_script_after_one_slash_stays_one():
    assert signed("Free the nurses", "", *TEXT, "Signed by: Nurses Watch / دیده‌بان پرستاران"
                  ) == ["Nurses Watch"]


def test_signers_after_the_senders_signature_in_an_email():
    """A statement mailed out with the sender's card under "-- " and, after a blank line, "This
    statement is endorsed by:" and its names: the statement's signers, not the card."""
    assert signed("From: Sara Amini <sara@nw.example>", "To: list@groups.example",
                  "Subject: Free the nurses", "Date: Mon, 3 Mar 2025 10:00:00 +0000",
                  "Content-Type: text/plain; charset=utf-8", "",
                  *TEXT, "-- ", "Sara Amini", "Coordinator, Nurses Watch",
                  "Tel. +44 20 7946 0000", "",
                  "This statement is endorsed by:",
                  "Nurses Watch · Health Workers Union · Medics Without Borders",
                  name="m.eml") == ["Nurses Watch", "Health Workers Union",
                                    "Medics Without Borders"]


def test_an_email_signature_without_a_label_after_it_stays_the_senders():
    assert signed("From: Sara Amini <sara@nw.example>", "To: list@groups.example",
                  "Subject: Free the nurses", "Date: Mon, 3 Mar 2025 10:00:00 +0000", "",
                  *TEXT, "-- ", "Sara Amini", "Coordinator, Nurses Watch", "",
                  "www.nurseswatch.example", name="m.eml") == []


def test_lines_the_html_extractor_left_out_are_read_from_a_signers_label():
    """The HTML extractor cut the page off under the last paragraph: its left-out lines from
    "Signed," on (not a share bar's before it, not a nav's) go to the signatory finder as lines
    removed after the body."""
    report = Report()
    report.decisions = [(10, True, "in the body", BODY[0]), (11, True, "in the body", BODY[2])]
    left = "not article text (page furniture left out by the extractor)"
    report.remove(12, left, "PDF version")
    report.remove(13, left, "Signed,")
    report.remove(14, left, "Anna Berg (آنا برگ)")
    report.remove(14, left, "Kamal Rafi (کمال رفیع)")
    report.remove(15, "not article text (navigation)", "Home")
    report.remove(9, left, "Subscribe")
    assert [d[3] for d in _with_left_out(report)[2:]] == [
        "Signed,", "Anna Berg (آنا برگ)", "Kamal Rafi (کمال رفیع)"]


def test_a_posts_hashtags_and_handles_after_its_signers_names():
    """"✊ A (@a_org) #Tag": the account's handle and the post's tags are no part of A."""
    assert signed("Free the nurses", "", *TEXT, "Signed:",
                  "✊ Nurses Watch (@nurses_watch) #FreeThem",
                  "✊ Health Workers Union (@hwu_exile)",
                  "✊ Medics Without Borders (@mwb) #Solidarity #Nurses") == [
        "Nurses Watch", "Health Workers Union", "Medics Without Borders"]


def test_a_run_of_names_in_a_report_ends_with_a_person_and_what_she_is():
    """"… signed by A, B and the independent researcher C D.": C D signs, by name."""
    assert signed("Free the nurses", "", *TEXT,
                  "The statement was signed by Nurses Watch, the Health Workers Union and the "
                  "independent researcher Dariush Kamali.") == [
        "Nurses Watch", "Health Workers Union", "Dariush Kamali"]


THREAD_HEADER = ["", "Nurses Watch", "@nurses_watch", "·", "Mar 3", ""]


def test_a_run_of_names_ending_in_a_comma_goes_on_in_the_threads_next_post():
    """"5/6 Signed: A, B," then the next post's header and counters, then "6/6 C, D. Full
    text on our site": the run goes on past the header; all four sign."""
    assert signed("Nurses Watch", "@nurses_watch", "·", "Mar 3",
                  "1/6 Free the nurses", "12  30  41  1.2K", *THREAD_HEADER,
                  f"2/6 {BODY[0]}", "3  20  31  1.1K", *THREAD_HEADER,
                  f"3/6 {BODY[1]}", "3  20  31  1.1K", *THREAD_HEADER,
                  f"4/6 {BODY[2]}", "3  20  31  1.1K", *THREAD_HEADER,
                  "5/6 Signed: Health Workers Union, Medics Without Borders,",
                  "2  15  28  1.0K", *THREAD_HEADER,
                  "6/6 Iranian Midwives Collective, Clinic Staff Alliance. Full text on our "
                  "site #FreeThem", "4  22  35  1.3K") == [
        "Health Workers Union", "Medics Without Borders", "Iranian Midwives Collective",
        "Clinic Staff Alliance"]


def test_a_numbered_list_goes_on_past_a_posts_header_with_its_next_number():
    """A thread's numbered signatories broken by the next post's time stamp and account line
    ("Oct 2, 2026, 10:04 · ↻ 15 ☆ 19" / "Nurses Watch @nw@social.example"): "3." after "2."
    goes on with the list."""
    header = ["", "Oct 2, 2026, 10:04 · ↻ 15 ☆ 19", "", "Nurses Watch @nw@social.example", ""]
    assert signed("Nurses Watch", "@nw@social.example", "", "Free the nurses", *header,
                  *TEXT[:2], *header, TEXT[2], *header, "Signatories:",
                  "1. Health Workers Union", "2. Medics Without Borders", *header,
                  "3. Iranian Midwives Collective", "4. Clinic Staff Alliance", *header,
                  "Replies", "Sara @sara@social.example", "Shared! Strength to them.") == [
        "Health Workers Union", "Medics Without Borders", "Iranian Midwives Collective",
        "Clinic Staff Alliance"]


REPORT = ["Four teachers were arrested in Tabriz after a strike over unpaid wages, according to "
          "a joint statement issued on Monday.\n",
          "The groups said the teachers had been held without access to lawyers for a week, and "
          "that their families had not been told where they were.\n",
          "Strikes over wages have spread to at least twelve provinces this year, and several "
          "union leaders are already in prison.\n"]


def test_a_report_on_a_joint_statement_names_its_makers_acting_in_the_past():
    """A news report on "a joint statement" closing with "A, B and the C called on the
    authorities to …": the three organisations made it."""
    assert signed("Unions demand release of teachers", "", *REPORT,
                  "The Teachers Solidarity Network, Educators Watch Iran and the Global "
                  "Teachers Federation called on the authorities to release the four teachers "
                  "at once.") == ["Teachers Solidarity Network", "Educators Watch Iran",
                                  "Global Teachers Federation"]


def test_people_acting_in_the_past_in_a_report_are_its_sources():
    assert signed("Unions demand release of teachers", "", *REPORT,
                  "Sara Amini, Omid Rahimi and Lena Holm urged the authorities to release the "
                  "four teachers at once.") == []


def test_partners_of_the_author_who_says_we():
    """"Together with the A and the B, we urge …" on the page of an organisation that opens the
    text in its own name: it signs, then its partners."""
    html = ("<html><head><meta property='og:site_name' content='Nurses Watch'>"
            "<title>Free the nurses</title></head><body><article><h1>Free the nurses</h1>"
            "<p>Nurses Watch has learned that eleven members of the nurses' association were "
            "arrested at dawn on Monday and taken to an unknown location.</p>"
            f"<p>{BODY[1]}</p>"
            "<p>Together with the Health Workers Union and the Medics for Rights Association, we "
            "urge the authorities to release them at once and to drop every charge.</p>"
            "</article></body></html>")
    assert signed(html, name="p.html") == [
        "Nurses Watch", "Health Workers Union", "Medics for Rights Association"]


def test_office_holders_opening_a_release_under_its_dateline():
    """"Strasbourg, 12.02.2026 – The rapporteur on …, A (Norway), and the rapporteur on …, B
    (Lithuania), have called on …": the release's dateline makes it the office holders' own
    statement, in the perfect."""
    assert signed("Rapporteurs call for the release of nurses", "",
                  "Strasbourg, 12.02.2026 – The general rapporteur on human rights defenders, "
                  "Ingrid Solberg (Norway, SOC), and the rapporteur on political prisoners, "
                  "Tomas Petrauskas (Lithuania, EPP/CD), have called on the authorities to "
                  "release eleven nurses arrested on Monday.\n", TEXT[1], TEXT[2]) == [
        "Ingrid Solberg", "Tomas Petrauskas"]


def test_office_holders_in_a_news_report_without_a_dateline_sign_nothing():
    assert signed("Rapporteurs call for the release of nurses", "",
                  "The general rapporteur on human rights defenders, Ingrid Solberg (Norway, "
                  "SOC), and the rapporteur on political prisoners, Tomas Petrauskas (Lithuania, "
                  "EPP/CD), have called on the authorities to release eleven nurses arrested on "
                  "Monday.\n", TEXT[1], TEXT[2]) == []
