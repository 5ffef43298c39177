"""Signers, round 10 (issue #10 on fresh10): each mechanism on a small page of its own, through
convert() (workflow.importer.signer_items, signers)."""

from __future__ import annotations

from pathlib import Path

from import_pages import BODY

from workflow.importer import convert
from workflow.importer.rawinput import raw_from_bytes


def signed(*lines: str) -> list[str]:
    raw = raw_from_bytes(("\n".join(lines) + "\n").encode("utf-8"), Path("p.txt"))
    return list(convert(raw).meta.get("signatories") or [])


def test_an_aside_in_parentheses_does_not_end_a_run_of_names():
    """"Signed by: A; B (Tehran branch in exile); C; D", wrapped over lines: the " in exile"
    inside the parentheses is no prose going on after the names, so all four sign."""
    assert signed("Free the nurses", "", *[f"{p}\n" for p in BODY],
                  "Signed by: Nurses Watch; Refugee Lawyers Collective (Tehran",
                  "branch in exile); Health Workers Union; Khorasan Women's",
                  "Shelter Network") == [
        "Nurses Watch", "Refugee Lawyers Collective (Tehran branch in exile)",
        "Health Workers Union", "Khorasan Women's Shelter Network"]


def test_a_run_of_organisations_whose_first_looks_like_a_person_is_a_list():
    """"signed by Open Wire Iran, the Sahra Digital Defenders and the Netfreedom Lab": three
    names joined as a list, not a person ("Open Wire Iran") and her affiliation."""
    assert signed("Free the nurses", "", *[f"{p}\n" for p in BODY[:2]],
                  "The statement was signed by Open Wire Iran, the Sahra Digital Defenders and "
                  "the Netfreedom Lab.", "", f"{BODY[2]}\n") == [
        "Open Wire Iran", "Sahra Digital Defenders", "Netfreedom Lab"]


def test_a_handle_in_parentheses_is_no_part_of_the_name_and_a_slogan_signs_nothing():
    """A post endorsed by "A (@a.union), B (@b_exile)": the handles go, the names sign; the
    "Free Navid. Free Sepideh." over the dash signature is a slogan, not a signer."""
    assert signed("Free the nurses", "", *[f"{p}\n" for p in BODY],
                  "Free Navid. Free Sepideh. 🕊", "— Azadi Arts Collective", "",
                  "Statement endorsed by: Kooch Musicians' Union (@kooch.musicians.union), "
                  "Pen and Brush in Exile (@pen_and_brush_exile), Tehran Underground Gallery "
                  "(https://tug.example)", "", "#FreeNavid #ArtIsNotACrime") == [
        "Azadi Arts Collective", "Kooch Musicians' Union", "Pen and Brush in Exile",
        "Tehran Underground Gallery"]


def test_a_valediction_under_the_organisations_name_starts_the_senders_signature():
    """An e-mail forwards an organisation's statement: under its name, "Best regards," and
    the press officer's name and role are the sender's signature, not signers."""
    assert signed("Subject: nurses arrested", "", *[f"{p}\n" for p in BODY],
                  "Network of Iranian Nurses (NIN)", "", "Best regards,", "Farhad Yazdi",
                  "Communications Officer | NIN") == ["Network of Iranian Nurses (NIN)"]


def test_an_issue_line_with_its_date_names_the_issuer_and_a_petitions_widget_no_one():
    """"Issued by A, 3 February 2025" under a campaign page's text: A signs (the date is no
    name); "Recent signers: Maryam from Leeds · Tom from Oslo" is the petition's widget."""
    assert signed("Free the nurses", "", *[f"{p}\n" for p in BODY],
                  "Issued by Banu Women's Collective, 3 February 2025", "",
                  "4,211 people have signed. Help us get to 5,000!", "",
                  "Recent signers: Maryam from Leeds · Tom from Oslo · Azadeh from Toronto") == [
        "Banu Women's Collective"]


def test_a_report_on_who_drafted_a_letter_names_no_signer():
    """A news story: "The letter, drafted by the Threatened Scholars working group in the
    School of Humanities, was sent …": its drafters, not its signers (140 faculty members)."""
    assert signed("Faculty sign letter for expelled students", "",
                  "More than 140 faculty members have added their names to an open letter "
                  "condemning the expulsion of students who took part in peaceful protests.", "",
                  "The letter, drafted by the Threatened Scholars working group in the School of "
                  "Humanities, was sent this week to the Ministry of Science.", "",
                  *[f"{p}\n" for p in BODY]) == []


def test_a_reports_publishers_on_its_cover_sign_it():
    """A briefing's cover names its publishers over the body ("Nurses Watch" / "and Health
    Workers Union"), named again in its footnotes: they sign; a section's tags over a news
    story ("NATIONAL · HUMAN RIGHTS") name no one."""
    foot = "1 Interviews by Nurses Watch and the Health Workers Union, 2024."
    assert signed("Silenced clinics: a briefing paper", "", "Nurses Watch",
                  "and Health Workers Union", "", "Published: 17 February 2025", "",
                  *[f"{p}\n" for p in BODY], foot) == ["Nurses Watch", "Health Workers Union"]
    assert signed("THE DAILY LEDGER", "", "NATIONAL · HUMAN RIGHTS", "",
                  "Nurses arrested at dawn", "", *[f"{p}\n" for p in BODY]) == []


def test_a_pages_feedback_widget_is_furniture():
    """"Was this page helpful? Yes No" under an institution's place and date is its feedback
    widget, not a line of the signature block."""
    raw = raw_from_bytes(("\n".join(["Nurses arrested at dawn", "", *[f"{p}\n" for p in BODY],
                                     "Geneva, 3 March 2025", "",
                                     "Was this page helpful? Yes No"]) + "\n").encode("utf-8"),
                         Path("p.txt"))
    text = convert(raw).body
    assert BODY[2] in text and "helpful" not in text
