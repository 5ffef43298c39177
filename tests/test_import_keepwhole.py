"""Substance a page's layout cut off (issue #10, fresh19): a blog's paragraphs after an
advertisement boxed between two rules, a PDF's footnote whose number equals the page's, a
letter's addressee lines, a narrow column's line broken after "and"; each on a small page of
its own, through convert()."""

from __future__ import annotations

from pathlib import Path

from workflow.importer import convert
from workflow.importer.rawinput import raw_from_bytes


def converted(lines: list[str], name: str = "p.txt"):
    return convert(raw_from_bytes(("\n".join(lines) + "\n").encode("utf-8"), Path(name)))


BLOG = [
    "Oil workers: stop prosecuting the strike organisers",
    "",
    "We, independent labour organisations, condemn the prosecution of eleven contract "
    "workers who organised the October strike at the gas complex.",
    "",
    "The workers were arrested at their dormitories at night, and their families were told "
    "only a week later where they were being held.",
    "",
    "Striking for unpaid wages is not a crime, and charging these workers is an attempt to "
    "criminalise the right to organise itself.",
    "",
    "   ------------------------------------------------------------",
    "   ADVERTISEMENT",
    "   Learn Persian with native teachers — first lesson free",
    "   lessons.example",
    "   ------------------------------------------------------------",
    "",
    "We demand the immediate and unconditional release of the eleven workers and the "
    "dropping of all charges against them.",
    "",
    "We demand that the contracting companies pay all outstanding wages, with the interest "
    "owed under the Labour Code.",
    "",
]


def test_paragraphs_after_an_advertisement_boxed_between_rules_stay():
    """Two rules framing a short box with the text's paragraphs on both sides: no end mark."""
    body = converted(BLOG).body
    assert "We demand the immediate and unconditional release" in body
    assert "pay all outstanding wages" in body
    assert "first lesson free" not in body


def _letter(page_two_note: str) -> list[str]:
    para = ("We therefore ask you to make any renewed dialogue with the government conditional "
            "on the release of all human rights defenders and an end to executions.")
    return [
        "   RIGHTS COALITION                                   Open letter · 25 November 2026",
        "",
        "          Open Letter to the Foreign Ministers: Make Human Rights the Condition",
        "",
        "   Brussels, 25 November 2026",
        "",
        "   To: The Foreign Ministers of the Member States of the European Union",
        "   Cc: The High Representative of the Union for Foreign Affairs",
        "",
        "   Excellencies,",
        "",
        "   Ahead of the Council of 8 December, we, the undersigned organisations, write to",
        "   urge you not to resume a political dialogue without verifiable commitments.",
        "",
        "   In the past twelve months, more than 1,100 people have been executed, the",
        "   highest number recorded in over three decades.1 Dozens of those executed were",
        "   arrested in connection with protests.",
        "",
        "   " + para[:70], "   " + para[70:],
        "",
        "   ____________________",
        "   1",
        "     Figures compiled by the Coalition from official announcements and families.",
        "",
        "   coalition.example                                                       1 / 3",
        "\f   RIGHTS COALITION                                   Open letter · 25 November 2026",
        "",
        "   We also urge you to support the renewal of the Fact-Finding Mission's mandate at",
        "   the Human Rights Council.2",
        "",
        "   Yours sincerely,",
        "",
        "   The undersigned organisations:",
        "",
        "     •   Coalition for Accountability in Iran",
        "     •   European Network Against the Death Penalty",
        "",
        "   ____________________",
        "   2",
        "     " + page_two_note,
        "",
        "   coalition.example                                                       2 / 3",
        "\f   RIGHTS COALITION                                   Open letter · 25 November 2026",
        "",
        "     •   Baluch Activists' Campaign",
        "     •   Students' Rights Collective Iran",
        "",
        "   Contact for this letter:",
        "   Coalition for Accountability in Iran, Rue Belliard 40, 1040 Brussels",
        "   advocacy@coalition.example · +32 2 555 01 22",
        "",
        "   coalition.example                                                       3 / 3",
    ]


NOTE = "Resolution S-35/1 established the Mission; its mandate is due for renewal in April."


def test_a_footnote_numbered_as_its_page_is_no_page_number():
    """"2" under the rule of page 2, over its note: the note's number; the note stays."""
    body = converted(_letter(NOTE)).body
    assert "2 Resolution S-35/1 established the Mission" in body


def test_a_contact_label_ends_the_signers():
    """"Contact for this letter:" closes the list: the address under it signs nothing."""
    signers = converted(_letter(NOTE)).meta.get("signatories") or []
    assert signers == ["Coalition for Accountability in Iran",
                       "European Network Against the Death Penalty",
                       "Baluch Activists' Campaign", "Students' Rights Collective Iran"]


def test_a_letters_addressee_lines_before_its_salutation_go():
    """"To: …" / "Cc: …" under the letter's heading are its particulars, not its text."""
    body = converted(_letter(NOTE)).body
    assert "To: The Foreign Ministers" not in body
    assert "Excellencies," in body


def test_a_narrow_columns_line_broken_after_and_goes_on():
    """"… Tehran, Mashhad and" / "Tabriz, but …": the line stops on a word no line ends on, so
    the next one continues it, capital or not."""
    body = converted([
        "Silenced classrooms", "",
        "Since the start of the academic year, the monitor has documented the expulsion of "
        "412 students at 58 universities for peaceful activity.", "",
        "Disciplinary committees have become the first line of repression on the campuses, "
        "imposing penalties that end academic careers without any judicial process.", "",
        "1. Patterns of repression",
        "Most penalties were imposed",
        "at universities in Tehran, Mashhad and",
        "Tabriz, but the highest rate per student",
        "was recorded at the University of Kurdistan in Sanandaj.", "",
        "In at least 63 cases, students were banned from enrolling at any university in the "
        "country for periods of up to five years.", ""]).body
    assert "Most penalties were imposed at universities in Tehran, Mashhad and Tabriz, but the " \
        "highest rate per student was recorded at the University of Kurdistan in Sanandaj." in body


def _cover(title: list[str], subtitle: list[str], running: str) -> list[str]:
    """A briefing's cover (its title, a blank line, its subtitle) and two pages of text under
    a running header."""
    para = ["The undersigned organisations are alarmed by the sharp rise in executions for",
            "drug-related offences, which now account for more than half of all executions",
            "recorded in the country this year.", "",
            "Most of those executed were poor men from marginalised communities who could",
            "not afford a lawyer of their own choosing.", ""]
    more = ["Executions for drug offences violate international law, which restricts the",
            "death penalty to the most serious crimes, meaning crimes of intentional killing.",
            "", "Countries that fund counter-narcotics cooperation risk contributing to these",
            "executions and must make any further support conditional on an end to them.", ""]
    return ["", "          COALITION AGAINST THE DEATH PENALTY", "", "",
            *("          " + t for t in title), *("          " + t for t in subtitle), "", "",
            "          1 December 2026", "", "   cadp.example" + " " * 50 + "1",
            "\f   " + running, "", *("   " + t if t else "" for t in para),
            "   cadp.example" + " " * 50 + "2",
            "\f   " + running, "", *("   " + t if t else "" for t in more),
            "   cadp.example" + " " * 50 + "3"]


def test_a_subtitle_naming_two_kinds_is_not_joined_to_the_title():
    """"Joint statement and briefing to …" under a finished title: its subtitle."""
    page = _cover(["Drug executions: a hidden emergency"],
                  ["Joint statement and briefing to the diplomatic",
                   "community in Geneva and Brussels"],
                  "Drug executions: a hidden emergency" + " " * 20 + "December 2026")
    assert converted(page).meta["title"] == "Drug executions: a hidden emergency"


def test_a_title_wrapped_over_two_lines_is_still_joined():
    page = _cover(["Drug executions in Iran and the silence of the",
                   "countries that fund counter-narcotics programmes"], [],
                  "Drug executions" + " " * 20 + "December 2026")
    assert converted(page).meta["title"] == (
        "Drug executions in Iran and the silence of the countries that fund "
        "counter-narcotics programmes")


def test_a_caps_cover_title_wrapped_and_repeated_by_the_running_header():
    """"STARRED AND" / "SILENCED", the running header "STARRED AND SILENCED · OPEN LETTER":
    the cover's title, not the letter's heading under it."""
    page = _cover(["STARRED AND", "SILENCED", "", "Open letter on the exclusion of",
                   "students from Iranian universities"], [],
                  "STARRED AND SILENCED · OPEN LETTER")
    assert converted(page).meta["title"] == "STARRED AND SILENCED"


def test_a_footnote_going_on_with_a_date_stays_one_note():
    """"1 Figures compiled … 1 January to" / "31 October 2026.": a date continues the note."""
    body = converted(["Drug executions", "",
                      "   In the first ten months of the year, at least 640 people were executed",
                      "   for drug offences, compared with 481 in the whole of last year.1", "",
                      "   Most of those executed were poor men from marginalised communities",
                      "   who could not afford a lawyer of their own choosing at any stage.", "",
                      "   ___________________",
                      "   1 Figures compiled by the coalition from court records, family testimony "
                      "and local media, 1 January to",
                      "     31 October 2026.", ""]).body
    assert "1 January to 31 October 2026." in body


def test_a_letters_heading_right_under_its_addressee_is_its_title():
    """No blank line parts the page's lines: "Open letter on …" under "To: …" is the letter's
    headline, not the addressee's next line."""
    page = ["DIGITAL RIGHTS LAB — OPEN LETTER",
            "Berlin, 20.11.2026",
            "To: the operators of mobile application stores",
            "Open letter on the removal of Persian-language circumvention apps",
            "Dear Sir or Madam,",
            "We write as researchers who study internet censorship in Iran to express our",
            "serious concern at the removal of at least nineteen circumvention applications",
            "from regional app stores serving users in Iran since August 2026.",
            "These tools are used by millions of people in Iran to reach news sites, messaging",
            "services and educational resources that the authorities have blocked.",
            "We therefore ask you to restore the removed applications unless you can identify",
            "a specific and lawful reason for their removal.",
            "Yours faithfully,",
            "Dr. Mina Sadr, Digital Rights Lab, Berlin"]
    assert converted(page).meta["title"] == (
        "Open letter on the removal of Persian-language circumvention apps")


def test_a_list_items_hyphenated_last_line_goes_up_whole():
    """"2. Federation of Iranian Student Asso-" / "ciations Abroad (Berlin)": the item whole."""
    page = _cover(["Open letter on the exclusion of students"], [], "Exclusion · Open letter")
    page[-1:-1] = ["   Signed by the following student unions and associations:", "",
                   "   1. Campus Freedom Trust (London)",
                   "   2. Federation of Iranian Student Asso-",
                   "   ciations Abroad (Berlin)",
                   "   3. Kurdish Students' Association (Sa-",
                   "   nandaj)", ""]
    signers = converted(page).meta.get("signatories") or []
    assert "Federation of Iranian Student Associations Abroad (Berlin)" in signers
    assert "Abroad (Berlin)" not in signers


def test_a_wrapped_line_opening_on_a_figure_is_no_footnote():
    """"… trained more than" / "900 journalists in …": the sentence goes on (and goes with
    the publisher's paragraph after the signers that it is part of)."""
    page = ["Open letter on the removal of circumvention apps", "",
            "We write as researchers who study internet censorship in Iran to express our",
            "serious concern at the removal of at least nineteen circumvention applications",
            "from regional app stores serving users in Iran since August 2026.",
            "We therefore ask you to restore the removed applications unless you can identify",
            "a specific and lawful reason for their removal.", "",
            "Yours faithfully,",
            "Dr. Mina Sadr, Digital Rights Lab, Berlin",
            "Roya Khademi, independent researcher",
            "Printed copies of this letter were sent by registered post on 21 November 2026.",
            "The Digital Rights Lab is a non-profit research group based in Berlin. Since 2018",
            "it has measured internet censorship in the wider region, trained more than",
            "900 journalists in digital security and published its data under open licences.",
            ""]
    assert "900 journalists" not in converted(page).body


def test_a_placeholder_for_a_picture_goes():
    """"[drawing not reproduced in this text version]" under a figure's caption: the copy's
    note, not the text's."""
    body = converted(["Women prisoners denied care", "",
                      "Women held in the ward are denied medical care for weeks, and several",
                      "of them have been refused transfer to hospital despite serious illness",
                      "and the repeated requests of their families and lawyers.", "",
                      "Visits are frequently cancelled without explanation, and mothers have",
                      "been prevented from seeing their children for periods of up to six",
                      "months as a form of punishment.", "",
                      "                 Figure 1: The ward as sketched by a former detainee.",
                      "                 [drawing not reproduced in this text version]", "",
                      "Women who go on hunger strike or speak to the media from prison are",
                      "transferred to solitary confinement cells in the quarantine section,",
                      "some of them without windows.", ""]).body
    assert "not reproduced" not in body
    assert "solitary confinement" in body


def test_a_lone_word_at_a_grids_right_foot_ends_the_name_above():
    """Read down the left first, the left column is never the shorter: "Journalists" alone on
    the last row goes on "Network of Iranian Women" (the column's widest name is wider)."""
    from workflow.importer.columns import read_grid

    rows = ["   Narges Women's Prison Watch              Mothers of Evin Support Group",
            "   Feminist Legal Clinic Iran               Justice for Detained Women",
            "   Medical Ethics Network for Iran          Azar Sisters Collective",
            "   Prisoners' Families Forum                Network of Iranian Women",
            "                                            Journalists"]
    names = [name for _, name in read_grid(list(enumerate(rows, start=1)), 44)]
    assert names[-1] == "Network of Iranian Women Journalists"
    assert "Journalists" not in names
