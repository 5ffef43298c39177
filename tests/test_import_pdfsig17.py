"""Signers in PDF text (pdftotext): a table set one cell a line, names wrapped over two lines,
a person's role or town under the name, a judge's or a lawyer's form of address, a gloss in
another script on its own line, a cover's "Submitted on … by:" list, a by-line wrapped or
joined to a heading, a letterhead repeated in the list, and a document naming its makers by
number (workflow.importer.signers, workflow.importer.signer_items, workflow.importer.pages)."""

from __future__ import annotations

import textwrap
from pathlib import Path

from workflow.importer import convert, read_raw

PROSE = [
    "The authorities detained fourteen members of the river keepers' cooperative last winter "
    "and have held them since then without charge or access to a lawyer of their choice.",
    "Their families were told nothing for weeks. Several were questioned about their contacts "
    "with foreign journalists and with scientists who study the drying of the wetlands.",
    "We call for their release and for an end to the prosecution of people who defend the "
    "water, the fields and the livelihoods of the villages along the river.",
]


def signers_of(tmp_path: Path, text: str) -> list[str]:
    path = tmp_path / "doc.txt"
    path.write_text(text, encoding="utf-8")
    return list(convert(read_raw(path)).meta.get("signatories") or [])


def letter(*closing: str, head: str = "Open letter on the river keepers", width: int = 68) -> str:
    """A letter as pdftotext gives it: its prose hard-wrapped at ``width`` (a narrow column's
    lines are as long as a name), then ``closing`` line by line."""
    prose = [textwrap.fill(p, width) for p in PROSE]
    return "\n\n".join([head, *prose, "\n".join(closing)]) + "\n"


def test_a_table_set_one_cell_a_line_gives_its_name_column(tmp_path):
    text = letter("Signatories", "", "Name", "Position", "Institution",
                  "Dr. Anneli Korhonen", "Hydrologist", "University of Turku",
                  "Prof. Marcus Eberhardt", "Professor of Soil Science", "Bonn Institute",
                  "Ilse Vandermeer, RN", "Ward Nurse", "Ghent General Hospital")
    assert signers_of(tmp_path, text) == ["Dr. Anneli Korhonen", "Prof. Marcus Eberhardt",
                                          "Ilse Vandermeer"]


def test_glosses_in_another_script_and_a_second_group_inside_the_list(tmp_path):
    text = letter("Signatories", "Wetland Farmers' Council", "(شورای کشاورزان تالاب)",
                  "Union of River Fishermen", "(اتحادیه ماهیگیران رود)",
                  "Delta Teachers' Association", "Additional signatories",
                  "Federation of Valley Cooperatives", "Nordic Water Rights Network",
                  width=36)
    assert signers_of(tmp_path, text) == [
        "Wetland Farmers' Council", "Union of River Fishermen", "Delta Teachers' Association",
        "Federation of Valley Cooperatives", "Nordic Water Rights Network"]


def test_a_group_heading_with_its_aside_over_people_with_roles(tmp_path):
    text = letter("Yours sincerely,", "", "ORGANISATIONS", "",
                  "Wetland Farmers' Council", "Union of River Fishermen", "", "",
                  "INDIVIDUALS (in a personal capacity)", "",
                  "Dr Teodora Vlasic, soil chemist, Zagreb",
                  "Prof. Henrik Aalto, University of Oulu, Finland",
                  "Dr Mireille Fontaine, retired agronomist, Lyon", width=50)
    assert signers_of(tmp_path, text) == [
        "Wetland Farmers' Council", "Union of River Fishermen", "Dr Teodora Vlasic",
        "Prof. Henrik Aalto", "Dr Mireille Fontaine"]


def test_wrapped_names_roles_under_the_name_and_a_bench_or_bar_title(tmp_path):
    text = letter("Signed,", "", "Association of River Lawyers of", "Lower Saxony",
                  "Judge Birgit Almqvist (ret.), Sweden", "Professor Olek Zawadzki,",
                  "University of Gdańsk", "", "Advocate Samira Haddou,", "Marseille",
                  "Justice Kwame Asante-Boateng (ret.),", "Ghana",
                  "Federation of Exiled Water Engineers in", "Canada",
                  "Maître Solène Garnier, Lyon", "Justice for Delta Families")
    assert signers_of(tmp_path, text) == [
        "Association of River Lawyers of Lower Saxony", "Birgit Almqvist",
        "Professor Olek Zawadzki", "Samira Haddou", "Kwame Asante-Boateng",
        "Federation of Exiled Water Engineers in Canada", "Solène Garnier",
        "Justice for Delta Families"]  # (an organisation's "Justice" is no judge's title)


def test_a_letterhead_repeated_in_the_list_on_a_later_page_is_no_running_header(tmp_path):
    page_1 = "\n".join(["Wetland Defenders League", "Riverside 12, Utrecht", "", *PROSE[:2],
                        "", "Open letter on the river keepers — page 1"])
    page_2 = "\n".join([PROSE[2], "", "Open letter on the river keepers — page 2"])
    page_3 = "\n".join(["Signatories", "", "Wetland Defenders League",
                        "Union of River Fishermen", "Delta Teachers' Association", "",
                        "Open letter on the river keepers — page 3"])
    signed = signers_of(tmp_path, "\f".join([page_1, page_2, page_3]) + "\n")
    assert signed == ["Wetland Defenders League", "Union of River Fishermen",
                      "Delta Teachers' Association"]


def cover(*lines: str) -> str:
    return "\n".join(["   SHADOW REPORT TO THE TREATY BODY", "",
                      "   The Drying Rivers: Water, Land and Dissent", "", *lines, "",
                      "   Contact: office@wetlands.example", "", "   I. INTRODUCTION", "",
                      *("   1. " + p for p in PROSE)]) + "\n"


def test_a_cover_list_under_a_dated_label_with_a_name_of_no_clear_kind(tmp_path):
    text = cover("   Submitted on 4 March 2025 by:", "", "   Wetland Defenders League",
                 "   Farmers Beyond Fences", "   Union of River Fishermen")
    assert signers_of(tmp_path, text) == ["Wetland Defenders League", "Farmers Beyond Fences",
                                          "Union of River Fishermen"]


def test_a_cover_label_over_two_lines_and_a_role_in_parentheses(tmp_path):
    text = cover("   Submitted on 4 March 2025", "", "   by", "",
                 "   Wetland Defenders League (lead submitter)", "   Union of River Fishermen",
                 "   Delta Teachers' Association")
    assert signers_of(tmp_path, text) == ["Wetland Defenders League",
                                          "Union of River Fishermen",
                                          "Delta Teachers' Association"]


def test_a_cover_naming_its_publishers_one_a_line_named_again_below(tmp_path):
    text = "\n".join([
        "REPORT | No. 4", "", "The Drying Rivers", "Water and dissent in the delta", "",
        "Wetland Defenders League", "Union of River Fishermen", "", "Published 3 May 2025", "",
        "Summary", *PROSE, "", "About the authors",
        "Wetland Defenders League is a network of lawyers and farmers.",
        "Union of River Fishermen represents 4,000 fishermen."]) + "\n"
    assert signers_of(tmp_path, text) == ["Wetland Defenders League",
                                          "Union of River Fishermen"]


def test_a_by_line_wrapped_over_three_lines_and_a_publisher_with_its_seat(tmp_path):
    text = "\n".join([
        "WETLAND DEFENDERS LEAGUE", "Briefing Paper No. 2/2025", "The Drying Rivers",
        "Water and dissent in the delta", "A joint briefing by the Wetland",
        "Defenders League and the Nordic River", "Rights Network", "", "Summary",
        *PROSE, "", "Published by the Wetland Defenders League, Utrecht. This briefing may be "
        "reproduced provided the source is acknowledged."]) + "\n"
    assert signers_of(tmp_path, text) == ["Wetland Defenders League",
                                          "Nordic River Rights Network"]


def test_a_document_naming_its_makers_by_number_after_a_colon(tmp_path):
    made = ("This joint submission is made by three organisations that work on water rights "
            "in the delta: the Wetland Defenders League, the Union of River Fishermen and the "
            "Delta Teachers' Association. It covers the years since the last review.")
    text = "\n\n".join(["The Drying Rivers: a joint submission", made, *PROSE]) + "\n"
    assert signers_of(tmp_path, text) == ["Wetland Defenders League",
                                          "Union of River Fishermen",
                                          "Delta Teachers' Association"]
    # as many names as it says, or none
    wrong = made.replace("three organisations", "four organisations")
    text = "\n\n".join(["The Drying Rivers: a joint submission", wrong, *PROSE]) + "\n"
    assert signers_of(tmp_path, text) == []


def test_a_by_line_read_with_the_heading_over_it(tmp_path):
    text = "\n".join([
        "Treaty Body                                              T/WR/12/NGO/7", "",
        "Twelfth session", "Item 3", "Water rights in the delta and the situation of its farmers",
        "", "            Joint written statement* submitted by Wetland Defenders League,",
        "            Union of River Fishermen, non-governmental",
        "            organizations in special consultative status", "",
        *(textwrap.fill(p, 80) for p in PROSE)]) + "\n"
    assert signers_of(tmp_path, text) == ["Wetland Defenders League", "Union of River Fishermen"]
