"""Signers as fresh17's pages give them (issue #10): people with what they do in parentheses
on one line, a signature table the HTML extractor gives after the page's footer, a run
closing a quoted statement, a report's sentences on the signatories, "[signature]" over each
name, a list alternating names and affiliations, honorifics, a country column's regions, a
cover's issuer and its short form: each mechanism on a small page of its own, through
convert()."""

from __future__ import annotations

from pathlib import Path

from import_pages import BODY

from workflow.importer import convert
from workflow.importer.rawinput import raw_from_bytes


def signed(*lines: str, name: str = "p.txt") -> list[str]:
    raw = raw_from_bytes(("\n".join(lines) + "\n").encode("utf-8"), Path(name))
    return list(convert(raw).meta.get("signatories") or [])


TEXT = [f"{p}\n" for p in BODY]


def test_people_with_what_they_do_in_parentheses_on_one_line():
    """"Signed by:" over one line of people, each "Name (role, city)", the role in running
    words (one a word of site furniture, "privacy"): the people sign, without their roles; a
    capitalised aside, a place, stays with the name."""
    assert signed("Free the nurses", "", *TEXT, "Signed by:",
                  "Mina Rahbar (data engineer, Oslo), Dr. Kaveh Sadri (privacy researcher), "
                  "Lale N. (Shiraz), Omid Farhadi (nurse, Leeds)", "",
                  "… and 20 others who asked not to be named.") == [
        "Mina Rahbar", "Dr. Kaveh Sadri", "Lale N. (Shiraz)", "Omid Farhadi"]


def test_a_signature_table_given_after_the_footer_is_read_in_its_place():
    """A newsletter's table of signers nested in its layout table, which the extractor gives
    after the footer's end mark: read where it stands on the page, under its label."""
    rows = "".join(f"<tr><td>{a}</td><td>{b}</td></tr>" for a, b in [
        ("Nurses Watch", "Health Workers Union"), ("Medics Without Borders", "Clinic Aid Network"),
        ("Hospital Staff Forum", "Midwives Solidarity Group")])
    html = ("<html><head><title>Digest</title></head><body><center>"
            "<table class='body'><tr><td class='content'>"
            "<h1>Free the nurses</h1><p>3 March 2026</p>"
            + "".join(f"<p>{p}</p>" for p in BODY) +
            "<p><strong>Signatories</strong></p>"
            f"<table class='signatories'>{rows}</table>"
            "</td></tr><tr><td class='footer'>"
            "<h3>Reading list</h3><ul><li><a href='#'>A long read on hospital strikes</a></li>"
            "<li><a href='#'>Podcast: two nurses on night shifts</a></li></ul>"
            "<p>You are receiving this email because you signed up at digest.example.</p>"
            "<p><em>Copyright © 2026 The Health Digest, All rights reserved.</em></p>"
            "<p>Want to change how you receive these emails? You can "
            "<a href='#'>update your preferences</a> or <a href='#'>unsubscribe</a>.</p>"
            "</td></tr></table></center></body></html>")
    assert sorted(signed(html, name="p.html")) == sorted([
        "Nurses Watch", "Health Workers Union", "Medics Without Borders", "Clinic Aid Network",
        "Hospital Staff Forum", "Midwives Solidarity Group"])


def test_a_run_that_closes_a_quoted_statement():
    """A report quoting a statement whole, its last paragraph 'Signed: A, B and C."': the
    closing quotation mark is no part of the last name, and every one signs."""
    assert signed("Hospitals go dark", "",
                  "Three groups have published a statement, which we reproduce in full:", "",
                  f'"{BODY[0]}', "", BODY[1], "", BODY[2], "",
                  'Signed: Nurses Watch, the Health Workers Union and Clinic Aid Network."', "",
                  "Hospital staff describe chaos", "",
                  "A nurse said staff had gone back to paper records for the whole week.") == [
        "Nurses Watch", "Health Workers Union", "Clinic Aid Network"]


REPORT = ["More than forty groups have called for the release of eleven nurses arrested in "
          "Tabriz on Monday, in a letter sent to the judiciary.", "",
          "The nurses were taken to an unknown location, their families said, and none of them "
          "has been charged.", ""]


def test_a_report_names_the_signatories_leading_it_and_the_others():
    """"The signatories, led by the A and the B, said …" and "Other signatories include A,
    the B and the C.": the organisations named sign."""
    assert signed("Groups call for nurses' release", "", *REPORT,
                  "The signatories, led by the Nurses Watch and the Health Workers Union, said "
                  "the arrests were meant to frighten hospital staff.", "",
                  "Other signatories include Clinic Aid Network, the Hospital Staff Forum and "
                  "the Midwives Solidarity Group.") == [
        "Nurses Watch", "Health Workers Union", "Clinic Aid Network", "Hospital Staff Forum",
        "Midwives Solidarity Group"]


def test_a_report_names_the_signatories_as_the_letter_gives_them():
    """"The signatories were named in the letter as A, B, C and D.": people sign."""
    assert signed("Families appeal for nurses", "", *REPORT,
                  "The signatories were named in the letter as Mina Rahbar, Omid Farhadi, "
                  "Sara Karimi and Reza Tavakoli.") == [
        "Mina Rahbar", "Omid Farhadi", "Sara Karimi", "Reza Tavakoli"]


def test_among_the_signatories_are_people_each_with_a_description():
    """"Among the signatories are Baroness A B, a former …; C D, who served as …; and E F, a
    retired …": each person, without her rank or what the report says of her."""
    assert signed("Judges call for nurses' release", "", *REPORT,
                  "Among the signatories are Baroness Helen Marsh, a former judge of the High "
                  "Court; Pieter de Vries, who served as a prosecutor in Utrecht; and Anna "
                  "Lind, a retired president of a district court.") == [
        "Helen Marsh", "Pieter de Vries", "Anna Lind"]


def test_signed_by_among_others_and_where_a_group_is_based():
    """"The statement was signed by, among others, the A, B and the Paris-based C.": the
    names sign, without where the report says one is based."""
    assert signed("Groups call for nurses' release", "", *REPORT,
                  "The statement was signed by, among others, the Nurses Watch, Clinic Aid "
                  "Network and the Paris-based Hospital Staff Forum. It calls on the judiciary "
                  "to release them.") == ["Nurses Watch", "Clinic Aid Network",
                                          "Hospital Staff Forum"]


def test_signature_placeholders_over_each_name_and_role():
    """A signed letter copied as text: "[signature]" over each signer, her role and place on
    the line under her name: the people sign, neither the placeholder nor their roles."""
    assert signed("Free the nurses", "", *TEXT, "Yours sincerely,", "",
                  "[signature]", "Prof. Anna Berg", "Chair, Nurses Watch", "",
                  "[signature]", "Dr. Kamal Rafi", "Cardiologist, Vienna", "",
                  "[signature]", "Dr. Mina Sadr", "Global Health, University of Leeds") == [
        "Prof. Anna Berg", "Dr. Kamal Rafi", "Dr. Mina Sadr"]


def test_a_list_alternating_names_and_affiliations():
    """Signers one a line, each person's affiliation on the line under her name, no blank
    lines between ("Prof. A" / "Comparative Literature" / "Dr. B" / …): the people sign."""
    assert signed("Free the nurses", "", *TEXT, "Initial signatories:", "",
                  "Prof. Anna Berg", "Department of History, University of Bergen",
                  "Dr. Kamal Rafi", "Comparative Literature",
                  "Prof. Lena Holm", "Medical Ethics, Lund",
                  "Dr. Mina Sadr", "Political Philosophy") == [
        "Prof. Anna Berg", "Dr. Kamal Rafi", "Prof. Lena Holm", "Dr. Mina Sadr"]


def test_honorifics_and_an_emeritus_rank():
    """"Maître A B" (a lawyer's style) signs as "A B"; "Prof. Emeritus C D" as "Prof. C D"."""
    assert signed("Free the nurses", "", *TEXT, "Signatories:", "",
                  "Maître Hélène Rivière", "Prof. Emeritus Jonas Berg", "Dr. Mina Sadr") == [
        "Hélène Rivière", "Prof. Jonas Berg", "Dr. Mina Sadr"]


def test_a_semicolon_run_of_people_with_asides():
    """"Prof. A (Leiden, in exile); Dr. B (Cork);": two people, not one with a role."""
    assert signed("Free the nurses", "", *TEXT, "Signatories:", "",
                  "Nurses Watch; Clinic Aid Network; Prof. Lena Holm (Lund);",
                  "Prof. Anna Berg (Leiden, in exile); Dr. Niall Byrne (Cork);",
                  "Dr. Mina Sadr (Oslo)") == [
        "Nurses Watch", "Clinic Aid Network", "Prof. Lena Holm (Lund)", "Prof. Anna Berg",
        "Dr. Niall Byrne (Cork)", "Dr. Mina Sadr (Oslo)"]


def test_an_organisations_branch_after_a_dash_and_a_countrys_region():
    """"Free Nurses Now – Scandinavia": the branch keeps its place (the name is no person's
    with a role); a country column's "Iraq (Kurdistan Region)" is a place, no signer."""
    assert signed("Free the nurses", "", *TEXT, "Signatories:", "",
                  "Nurses Watch", "Free Nurses Now – Scandinavia", "Clinic Aid Network") == [
        "Nurses Watch", "Free Nurses Now – Scandinavia", "Clinic Aid Network"]
    table = [f"  No.  {'Organisation':<32}  Country", f"  ---  {'-' * 32}  {'-' * 12}"] + [
        f"  {n:>2}   {org:<32}  {country}" for n, (org, country) in enumerate([
            ("Nurses Watch", "Norway"), ("Clinic Aid Network", "Iraq (Kurdistan Region)"),
            ("Medics Without Borders", "France")], 1)]
    assert signed("Free the nurses", "", *TEXT, "Signatory organisations", "", *table) == [
        "Nurses Watch", "Clinic Aid Network", "Medics Without Borders"]


def test_a_formal_state_name_is_a_place():
    """"Islamic Republic of Iran", "Kingdom of Norway": a State's formal name is a place (a
    submission's subject, never its signer)."""
    from workflow.importer.signatory_names import is_name, is_place

    assert is_place("Islamic Republic of Iran") and is_place("Kingdom of Norway")
    assert is_place("Iraq (Kurdistan Region)")
    assert not is_name("Islamic Republic of Iran")
    assert not is_place("Republic of Letters Collective")


def test_a_covers_publisher_acting_by_its_short_form():
    """A paper's cover line names one organisation; the text acts as "the Observatory" in
    the present and speaks in the first person: the organisation issues it, and signs."""
    assert signed("BRIEFING PAPER | No. 3/2026", "Nurses Health Observatory", "",
                  "Denied care: nurses in prison", "", "Oslo, 2 March 2026", "",
                  "Nurses in prison are denied care, a practice that our research shows is "
                  "used to punish them.", "",
                  BODY[0], "", BODY[1], "",
                  "The Observatory urges the authorities to release the nurses and to let "
                  "doctors see them.") == ["Nurses Health Observatory"]


def test_an_issuer_called_by_a_word_of_the_sites_name():
    """"The Union strongly condemns …" and "The Union calls on …" on the pages of "Union
    Nursing Service": the page's own name signs, not the bare word."""
    html = ("<html><head><meta property='og:site_name' content='Union Nursing Service'>"
            "<title>Statement</title></head><body><header><a class='logo'>Union Nursing "
            "Service</a></header><main><h1>Statement on the arrest of nurses</h1>"
            "<p>Brussels, 3 March 2026</p>"
            "<p>The Union strongly condemns the arrest of eleven nurses in Tabriz on Monday, "
            "who were taken to an unknown location.</p>"
            f"<p>{BODY[1]}</p>"
            "<p>The Union calls on the authorities to release them and to end the harassment "
            "of nurses who ask to be paid on time.</p></main></body></html>")
    assert signed(html, name="p.html") == ["Union Nursing Service"]


def test_a_slash_separated_line_of_people_under_a_label():
    """"Signed by:" over "A / B / C / D": each person signs, not one long name."""
    assert signed("Free the nurses", "", *TEXT, "Signed by:",
                  "Mina Rahbar / Omid Farhadi / Sara Karimi / Reza Tavakoli", "",
                  "#FreeTheNurses") == ["Mina Rahbar", "Omid Farhadi", "Sara Karimi",
                                        "Reza Tavakoli"]


def test_the_first_signatories_are_a_run_in_a_post():
    """A thread's post "7/8 The first signatories are: A (lawyer), B (retired judge), C
    (professor of law). Full list: …": the people named sign."""
    assert signed("Post", "", "Nurses Watch", "@nurseswatch",
                  f"1/3 {BODY[0]}", "", "Nurses Watch @nurseswatch · Nov 16",
                  f"2/3 {BODY[2]}", "", "Nurses Watch @nurseswatch · Nov 16",
                  "3/3 The first signatories are: Mina Rahbar (lawyer), Omid Farhadi (retired "
                  "judge), Sara Karimi (professor of law). Full list: letters.example/nurses") \
        == ["Mina Rahbar", "Omid Farhadi", "Sara Karimi"]


def test_a_covers_makers_under_a_dated_label_one_a_bullet():
    """A submission's cover: "Submitted on 2 March 2026 by:" over its makers, one a bullet:
    each signs, not the numbered section heading further down."""
    assert signed("", "JOINT SUBMISSION TO THE REVIEW", "", "Nurses in prison", "", "",
                  "Submitted on 2 March 2026 by:", "",
                  "  • Nurses Watch", "  • Clinic Aid Network", "  • Hospital Staff Forum", "",
                  "  Contact person: Mina Rahbar, review@nurseswatch.example", "",
                  "I. Introduction", "", f"1. {BODY[0]}", "", f"2. {BODY[1]}", "",
                  "II. Detention of nurses", "", f"3. {BODY[2]}") == [
        "Nurses Watch", "Clinic Aid Network", "Hospital Staff Forum"]


def test_a_posts_closing_by_line():
    """"Statement by A and B, 9 November 2026." near a post's end: A and B sign."""
    assert signed("Free the nurses", "", *TEXT,
                  "Statement by Nurses Watch and the Clinic Aid Network, 9 November 2026.", "",
                  "Link in bio to sign the petition and share this post.", "",
                  "#FreeTheNurses #NurseRights") == ["Nurses Watch", "Clinic Aid Network"]
