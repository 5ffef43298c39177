"""Round 21 of the importer (fresh21's false extra signers), each mechanism on a small page of
its own through the public ``convert``: a town with its postcode under a newsletter's mailing
address signs nothing, a quoted statement's closing quotation mark is no part of its last
signer's name, and a member's country and political group in parentheses after the name
("(Norway, SOC)") is no signer of its own."""

from __future__ import annotations

from pathlib import Path

from workflow.importer import convert
from workflow.importer.rawinput import raw_from_bytes
from workflow.importer.signatory_names import is_name

PROSE = (
    "Eleven teachers arrested in Kermanshah in September remain in detention without access to "
    "lawyers of their choosing, and their families have received no word of the charges.",
    "Several of the teachers had joined peaceful gatherings calling for fair pay and for the "
    "release of colleagues detained earlier in the year.",
    "We call on the authorities to release the teachers at once, to let their lawyers see them, "
    "and to end the prosecution of educators for their union work.",
)


def convert_text(text: str, name: str = "p.txt") -> object:
    return convert(raw_from_bytes(text.encode("utf-8"), Path(name)))


def test_a_town_and_its_postcode_is_no_name():
    assert not is_name("Leiden 2311 EZ")
    assert not is_name("2311 EZ Leiden")
    assert not is_name("D-10117 Berlin")
    assert is_name("Charter 2030 Network")


def test_a_quoted_statements_closing_quote_is_no_part_of_its_last_signer():
    quoted = ["\"" + PROSE[0], *PROSE[1:], "Signatories:\n1. Learning Without Fear\n"
              "2. Kermanshah Teachers Guild\n3. Eğitimciler Dayanışma Derneği\""]
    text = "\n\n".join((
        "Rights groups urge Iran to free teachers held in Kermanshah", "By Deniz Arslan",
        "A group of education unions on Monday called on Iran to free eleven teachers held in "
        "Kermanshah. Their statement reads:", *quoted,
        "The prosecutor's office did not respond to questions from this newspaper.",
    ))
    signers = convert_text(text).meta.get("signatories") or []
    assert "Eğitimciler Dayanışma Derneği" in signers
    assert not any(s.endswith('"') for s in signers)


def test_a_members_country_and_group_in_parentheses_is_no_signer():
    text = "\n\n".join((
        "Rapporteurs call for the release of teachers held in Kermanshah", *PROSE,
        "The statement was issued by: Helga Brandvik (Denmark, SOC), General Rapporteur on "
        "trade union rights; Jeroen de Wilde (Netherlands, EPP/CD), rapporteur on freedom of "
        "association; and Tamar Kvaratskhelia (Georgia, ALDE), rapporteur on the right to "
        "education.",
    ))
    signers = convert_text(text).meta.get("signatories")
    assert signers == ["Helga Brandvik", "Jeroen de Wilde", "Tamar Kvaratskhelia"]


def test_a_person_named_in_another_script_too_keeps_her_affiliation_off_the_list():
    text = "\n\n".join((
        "Academics call for the release of teachers held in Kermanshah", *PROSE,
        "Organisations\n- Scholars Solidarity Network\n- Free Campus Association",
        "Individuals (affiliations for identification only)\n"
        "- Dr. Shirin Kamrani (شیرین کامرانی), Associate Professor of History, University of "
        "Ghent\n- Prof. Anders Lyngstad, Emeritus Professor of Chemistry, University of Bergen\n"
        "- Dr. Omid Farzaneh (امید فرزانه), Lecturer in Physics, University of Leeds",
        "If you are an academic and want to add your name, reply to this post.",
    ))
    signers = convert_text(text).meta.get("signatories") or []
    assert "Dr. Shirin Kamrani" in signers and "Dr. Omid Farzaneh" in signers
    assert not any("University" in s or "Lecturer" in s for s in signers)


def test_a_submissions_maker_named_before_its_cosigners_signs_first():
    text = "\n\n".join((
        "UPR submission: teachers held in Kermanshah", "1. Introduction",
        "This submission is made jointly by Education Rights Watch and co-signed by the "
        "Kermanshah Teachers Guild, Free Campus Association and the Scholars Solidarity "
        "Network.", *PROSE,
    ))
    signers = convert_text(text).meta.get("signatories")
    assert signers == ["Education Rights Watch", "Kermanshah Teachers Guild",
                       "Free Campus Association", "Scholars Solidarity Network"]


def test_a_related_documents_dated_title_under_a_release_is_no_signer():
    assert not is_name("Conclusiones del Consejo sobre Irán, 20 de octubre de 2026")
    assert not is_name("Council conclusions on Iran, October 20, 2026")
    text = "\n\n".join((
        "Iran: Statement on the sentencing of teachers in Kermanshah", "30.11.2026",
        "The Alliance of Coastal States is deeply concerned by the prison sentences handed down "
        "last week to eleven teachers in Kermanshah.", *PROSE[:2],
        "The Alliance calls on the Iranian authorities to quash these sentences.",
        "- - -", "Related documents:\n- Conclusiones del Consejo sobre Irán, 3 de mayo de 2026\n"
        "- Annual report on human rights 2025",
    ))
    signers = convert_text(text).meta.get("signatories") or []
    assert not any("Consejo" in s for s in signers)
