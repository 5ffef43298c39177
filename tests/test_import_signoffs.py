"""Two small shapes met in e-mailed letters: a note's sign-off naming its writers and whom they
write for ("Deniz & Arash, for the secretariat") is never the headline, and an organisation
whose name starts with digits run into a capital ("6Rang", "1500Tasvir") is a signer like any
other."""

from __future__ import annotations

from workflow.importer import convert, read_raw
from workflow.importer.signatory_names import capital_start, is_organisation
from workflow.importer.titles import signed_for

BODY = [
    "We, the undersigned organisations, are writing to express our alarm at the detention of "
    "queer Iranian refugees in removal centres and at their deportation to Iran.",
    "Since the spring, our organisations have documented the cases of twenty-four people held "
    "without access to lawyers, several of whom were pressured into signing return forms.",
    "In Iran, consensual same-sex relations can be punished by death, and no one should be "
    "returned to a country that punishes them for who they love.",
    "We urge the authorities to halt all deportations of people at risk of persecution, and "
    "to give every detainee access to a lawyer and to the refugee agency.",
]


def test_shapes():
    assert signed_for("Deniz & Arash, for the Rainbow Exit team")
    assert signed_for("Sara Amini, on behalf of the secretariat")
    assert not signed_for("Iran, for the record")
    assert not signed_for("Justice for the families of Aban")
    assert capital_start("6Rang Solidarity Network") and not capital_start("6 organisations")
    assert is_organisation("6Rang Solidarity Network")


def test_a_mailed_letter_with_a_sign_off_above_its_title(tmp_path):
    text = ("Dear partners,\n\nPlease find below the final text of our open letter. If your "
            "organisation wishes to co-sign, reply to this email by Friday.\n\n"
            "Thank you for all you do.\n\nMina & Omid, for the Safe Passage team\n\n"
            "Open letter: stop the deportation of queer Iranian refugees\n\n"
            "12 March 2026\n\n" + "\n\n".join(BODY) +
            "\n\nSigned,\nSafe Passage Advocacy\n6Rang Solidarity Network\n"
            "Queer Refugees Europe\nNordic Refugee Law Clinic\n")
    path = tmp_path / "letter.txt"
    path.write_text(text, encoding="utf-8")
    conversion = convert(read_raw(path))
    assert conversion.meta["title"] == \
        "Open letter: stop the deportation of queer Iranian refugees"
    assert conversion.meta["signatories"] == ["Safe Passage Advocacy", "6Rang Solidarity Network",
                                              "Queer Refugees Europe", "Nordic Refugee Law Clinic"]
    assert "Safe Passage team" not in conversion.body


def test_signers_set_out_with_slashes_on_one_line(tmp_path):
    text = ("Nowruz message from the women of Evin\n\n" + "\n\n".join(BODY) +
            "\n\nSigned by:\nShiva Amini / Mojgan Sadri / Parastoo Hamedi / Roxana Dehghan\n")
    path = tmp_path / "post.txt"
    path.write_text(text, encoding="utf-8")
    assert convert(read_raw(path)).meta["signatories"] == \
        ["Shiva Amini", "Mojgan Sadri", "Parastoo Hamedi", "Roxana Dehghan"]


def test_signers_grouped_by_their_country(tmp_path):
    text = ("Free the jailed reporters\n\n" + "\n\n".join(BODY) + "\n\nSignatories:\n"
            "Canada — Northern Press Shield; Desk for Press Liberty\nNorway — Oslo Press Watch\n")
    path = tmp_path / "post.txt"
    path.write_text(text, encoding="utf-8")
    assert convert(read_raw(path)).meta["signatories"] == \
        ["Northern Press Shield", "Desk for Press Liberty", "Oslo Press Watch"]


def test_a_report_of_a_joint_statement_names_its_makers(tmp_path):
    report = ("Refugees deported in night raids, groups say\n\n" + BODY[1] + "\n\n"
              "In a joint statement, the Caspian Refugee Platform, Hamrah Legal Aid and the "
              "Mashhad Migrants' Solidarity Group said many of those deported had valid "
              "documents that were torn up during the raids.\n\n" + BODY[2] + "\n")
    path = tmp_path / "news.txt"
    path.write_text(report, encoding="utf-8")
    assert convert(read_raw(path)).meta["signatories"] == \
        ["Caspian Refugee Platform", "Hamrah Legal Aid", "Mashhad Migrants' Solidarity Group"]


def test_a_numbered_demand_over_the_signature_is_no_signer(tmp_path):
    text = ("Open letter: free the environmental defenders\n\n" + "\n\n".join(BODY) +
            "\n\nWe respectfully ask you to:\n\n1. Order the immediate release of the six "
            "environmental defenders.\n\n2. Allow independent medical examinations.\n\n"
            "Yours sincerely,\n\nCaspian Wildlife Trust\nSteppe Ecology Network\n")
    path = tmp_path / "letter.txt"
    path.write_text(text, encoding="utf-8")
    assert convert(read_raw(path)).meta["signatories"] == \
        ["Caspian Wildlife Trust", "Steppe Ecology Network"]


def test_the_team_signing_a_mail_is_its_organisation(tmp_path):
    text = ("Free the jailed reporters\n\n" + "\n\n".join(BODY) +
            "\n\nIn solidarity,\nThe Hamsedaa Campaign team\n")
    path = tmp_path / "mail.txt"
    path.write_text(text, encoding="utf-8")
    assert convert(read_raw(path)).meta["signatories"] == ["Hamsedaa Campaign"]


def test_a_desk_of_its_own_is_no_qualifier_of_the_name_before():
    from workflow.importer.signer_items import split_run

    assert split_run("Scholars at Risk Network, Iran Section, Lawyers Watch and Press Aid") == \
        ["Scholars at Risk Network, Iran Section", "Lawyers Watch", "Press Aid"]
    assert split_run("the Interfaith Council, Minority Rights Desk and the Sadaf Foundation") == \
        ["Interfaith Council", "Minority Rights Desk", "Sadaf Foundation"]
