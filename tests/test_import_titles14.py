"""Titles and dates of printed covers, letters, channels and newsletters (fresh13's misses), each
mechanism on a small page of its own: a cover's "Submitted by:" list and its label naming the
body it goes to are no headline, a headline wrapped inside a name or after a count is read whole,
a subtitle naming the document's kind is not, a name over its web address is a letterhead; dates
in the month names of other languages, in a chat's italics, never a receipt stamp's or an
update's, a letter's place and date over its addressee."""

from __future__ import annotations

from pathlib import Path

from import_pages import BODY

from workflow.importer import convert
from workflow.importer.dating import updated_line
from workflow.importer.metadata import find_date
from workflow.importer.rawinput import raw_from_bytes
from workflow.importer.text import Line
from workflow.importer.titles import addressed_kind, attribution, authors_list, letterhead

TEXT = "\n\n".join(BODY)


def page(*top: str, tail: tuple[str, ...] = (), suffix: str = ".txt") -> object:
    text = "\n".join(top) + "\n\n" + TEXT + "\n\n" + "\n".join(tail) + "\n"
    return convert(raw_from_bytes(text.encode("utf-8"), Path("p" + suffix)))


def test_dates_in_the_month_names_of_other_languages():
    assert find_date("Publié le 25 novembre 2026 à 18h30")[0] == "2026-11-25"
    assert find_date("9. März 2026")[0] == "2026-03-09"
    assert find_date("5 de mayo de 2026")[0] == "2026-05-05"
    assert find_date("1er mai 2026")[0] == "2026-05-01"
    assert updated_line("modifié le 26 novembre 2026 à 08h12")


def test_a_french_dateline_gives_the_publication_not_the_update():
    conversion = page("Free the nurses of Tabriz held without charge", "",
                      "Publié le 25 novembre 2026 à 18h30, modifié le 26 novembre 2026 à 08h12")
    assert conversion.meta["date"] == "2026-11-25"


def test_a_date_in_a_chats_italics_is_a_date():
    assert find_date("_Joint statement – 2 April 2025_")[0] == "2025-04-02"
    assert find_date("x2 April 2025") is None


def test_a_receipt_stamp_is_not_the_documents_date():
    conversion = page("RECEIVED · Treaty Bodies Branch · 21 NOV 2023", "",
                      "Nurses held without charge in Tabriz must be freed", "",
                      "Submitted 20 November 2023")
    assert conversion.meta.get("date") == "2023-11-20"
    stamped = page("RECEIVED", "REGISTRY", "14 APR 2026", "",
                   "Nurses held without charge in Tabriz must be freed")
    assert stamped.meta.get("date") is None


def test_a_last_modified_line_under_the_signers_is_no_signature_date():
    conversion = page("Nurses held without charge in Tabriz must be freed", "",
                      "Date: 19 March 2026",
                      tail=("Signed:", "Nurses Solidarity Network", "",
                            "Last modified: 20 March 2026"))
    assert conversion.meta["date"] == "2026-03-19"


def test_a_covers_submitted_by_list_signs_and_is_no_headline():
    lines = [Line(k, t) for k, t in enumerate(["Submitted by:", "", "Nurses Rights Network",
                                               "Tabriz Health Workers Union", "", "Text."])]
    assert authors_list(lines, 0) and authors_list(lines, 2) and authors_list(lines, 3)
    assert not authors_list(lines, 5)
    conversion = page("JOINT STAKEHOLDER SUBMISSION", "",
                      "Detention of Nurses in the Province of East Azerbaijan", "",
                      "Submitted by:", "", "Nurses Rights Network", "Tabriz Health Workers Union",
                      "Azerbaijan Medical Monitor", "", "Date: 12 November 2026", "",
                      "I. Introduction")
    assert conversion.meta["title"] == "Detention of Nurses in the Province of East Azerbaijan"
    assert conversion.meta["signatories"] == ["Nurses Rights Network",
                                              "Tabriz Health Workers Union",
                                              "Azerbaijan Medical Monitor"]


def test_a_kind_addressed_to_a_body_whose_name_has_on_in_it():
    assert addressed_kind("Joint Submission to the UN Committee on Economic, Social and "
                          "Cultural Rights")
    assert addressed_kind("JOINT SUBMISSION TO THE UNITED NATIONS COMMITTEE ON THE RIGHTS OF "
                          "THE CHILD")
    assert not addressed_kind("Open letter to the Council on the execution of protesters")
    assert not addressed_kind("Joint Letter to UN Member States on the Renewal of the Mandate")


def test_a_submissions_cover_label_gives_way_to_the_headline_under_it():
    conversion = page("Joint Submission to the UN Committee on Economic, Social and Cultural "
                      "Rights",
                      "", "Dismissal and Arrest of Nurses Who Ask to Be Paid on Time", "",
                      "Pre-sessional Working Group – List of Issues")
    assert conversion.meta["title"] == "Dismissal and Arrest of Nurses Who Ask to Be Paid on Time"


def test_the_headline_under_a_cover_label_opening_the_body():
    conversion = page("JOINT SUBMISSION TO THE UNITED NATIONS COMMITTEE ON THE RIGHTS OF THE CHILD",
                      "", "Iran: Nurses held without charge and the failure", "to free them", "",
                      "Submitted 20 November 2023", "", "1. Introduction")
    assert conversion.meta["title"] == ("Iran: Nurses held without charge and the failure to "
                                        "free them")
    assert conversion.meta["date"] == "2023-11-20"


def test_a_headline_wrapped_inside_a_name_is_read_whole():
    conversion = page("Open letter to the Head of the Judiciary of the Islamic",
                      "Republic of Iran on the arrest of nurses in Tabriz", "",
                      "Tabriz, 30 September 2025")
    assert conversion.meta["title"] == ("Open letter to the Head of the Judiciary of the Islamic "
                                        "Republic of Iran on the arrest of nurses in Tabriz")


def test_a_headline_wrapped_after_a_count_is_read_whole():
    conversion = page("Menu", "Home", "", "Hunger strike in Tabriz: eleven",
                      "Detained nurses on day 19", "Posted by Sara Nikpour")
    assert conversion.meta["title"] == "Hunger strike in Tabriz: eleven Detained nurses on day 19"


def test_a_subtitle_naming_the_documents_kind_is_no_part_of_the_title():
    conversion = page("Iran: Free the Nurses of Tabriz",
                      "Joint public statement on the arrest of nurses who ask to be",
                      "paid on time", "", "Date of issue: 15 September 2026")
    assert conversion.meta["title"] == "Iran: Free the Nurses of Tabriz"


def test_a_name_over_its_web_address_is_a_letterhead():
    conversion = page("Nurses Held Without Charge:", "The Arrests in Tabriz", "", "",
                      "NURSES RIGHTS COLLECTIVE IRAN", "www.nurses-rights.example", "",
                      "Executive summary")
    assert conversion.meta["title"] == "Nurses Held Without Charge: The Arrests in Tabriz"


def test_a_noun_placed_in_a_state_is_no_organisations_name():
    assert not letterhead("Activists in the Islamic Republic of Iran")
    assert letterhead("Centre for Human Rights in Iran")


def test_a_posts_header_and_stamp_over_its_headline():
    conversion = page("Nurses Bulletin", "4 812 subscribers", "", "Pinned message",
                      "🔔 Turn on notifications so you don't miss urgent news from the wards", "",
                      "Nurses Bulletin, [08.03.2026 14:32]",
                      "We will not stay silent: a message from the nurses of Tabriz")
    assert conversion.meta["title"] == ("We will not stay silent: a message from the nurses of "
                                        "Tabriz")
    assert conversion.meta["date"] == "2026-03-08"


def test_a_newsletter_issue_line_gives_way_to_the_statement_it_carries():
    conversion = page("Ward Weekly", "", "Issue #112: Nurses behind bars, and a letter we joined",
                      "This week: the open letter on the nurses of Tabriz, plus what we read.", "",
                      "Dariush Farahani", "Nov 14, 2024", "",
                      "Hello again, and welcome to the forty new readers who found us last week.",
                      "", "Now to the letter. On Wednesday a group of unions published the "
                      "following open letter.", "",
                      "Free the nurses of Tabriz before another winter in prison")
    assert conversion.meta["title"] == "Free the nurses of Tabriz before another winter in prison"
    assert conversion.meta["date"] == "2024-11-14"


def test_a_follow_up_naming_its_reference_is_no_headline():
    conversion = page("URGENT ACTION", "FURTHER INFORMATION ON UA 201/25", "",
                      "IRAN: ELEVEN NURSES HELD WITHOUT CHARGE IN TABRIZ", "",
                      "First issued: 3 November 2025")
    assert conversion.meta["title"] == "IRAN: ELEVEN NURSES HELD WITHOUT CHARGE IN TABRIZ"


def test_a_letters_addressee_and_its_place_and_date_over_the_headline():
    conversion = page("Tabriz, 15 June 2026", "", "To Minister Andrea Bühler",
                      "Head of the Department of Health", "",
                      "The arrest of nurses must not be met with silence", "", "Dear Minister,")
    assert conversion.meta["title"] == "The arrest of nurses must not be met with silence"
    assert conversion.meta["date"] == "2026-06-15"


def test_authors_and_their_unnamed_partners_are_an_attribution():
    assert attribution("Submitted by the Coalition for Fair Trials and partners")
