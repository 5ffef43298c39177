"""Signers in posts, e-mails and web pages: a post's keycap numbers, a label's run of names
hard-wrapped line by line, people with roles enumerated one a line, a news credit line after
the list, the makers named before "the following statement", "Partners" as a head noun, and a
channel's date bar over a forwarded post (workflow.importer.signers, signer_items,
signer_labels, signatory_names, dating)."""

from __future__ import annotations

import textwrap
from pathlib import Path

from import_pages import BODY, ORGS

from workflow.importer import convert
from workflow.importer.rawinput import raw_from_bytes
from workflow.importer.signatory_names import name_shape
from workflow.importer.signer_items import item

TITLE = "Nurses’ statement on the arrests"


def converted(*parts: str, sep: str = "\n\n", name: str = "p.txt"):
    return convert(raw_from_bytes(sep.join(parts).encode("utf-8") + b"\n", Path(name)))


def signed(*parts: str, sep: str = "\n\n") -> list[str]:
    return list(converted(*parts, sep=sep).meta.get("signatories") or [])


def test_a_keycap_number_is_a_list_marker():
    assert item("1️⃣ Nurses Watch", "latin") == "Nurses Watch"
    assert item("🔟 Health Workers Union", "latin") == "Health Workers Union"
    assert signed(TITLE, *BODY, "Signatories:", *[f"{n}\ufe0f\u20e3 {o}" for n, o in
                                                  enumerate(ORGS, 1)], sep="\n") == ORGS


def test_a_labels_run_wrapped_over_kept_lines_is_read_whole():
    body = "\n\n".join(textwrap.fill(p, 72) for p in BODY * 2)
    run = ("Signed (as of 10 June): Nurses Watch; Health Workers Union; Women\n"
           "Press Freedom Collective; Medics Without Borders; Iran Human Rights\n"
           "Documentation Centre.")
    assert signed(TITLE, body, run) == ["Nurses Watch", "Health Workers Union",
                                        "Women Press Freedom Collective",
                                        "Medics Without Borders",
                                        "Iran Human Rights Documentation Centre"]


def test_people_with_roles_enumerated_one_a_line_with_semicolons():
    people = ["Ms Sara Amini (Sweden, SOC), General Rapporteur on media freedom and the "
              "safety of journalists;",
              "Mr Reza Moini (Poland, EPP), rapporteur on political prisoners."]
    for lead in ("", "▪️ "):
        assert signed(TITLE, *BODY, "The statement was made by:", *[lead + p for p in people],
                      sep="\n") == ["Sara Amini", "Reza Moini"]


def test_two_people_with_roles_on_one_row_are_two():
    row = ("Ms Sara Amini (Sweden, SOC), General Rapporteur on the rights of defenders;      "
           "Mr Reza Moini (Poland, EPP), rapporteur on political prisoners.")
    assert signed(TITLE, *BODY, "The statement was made by:", row, sep="\n") == \
        ["Sara Amini", "Reza Moini"]


def test_a_news_reports_credit_line_ends_the_list():
    assert signed(TITLE, *BODY, "The full list of signatories:", *[f"- {o}" for o in ORGS],
                  "Additional reporting by Sara Amini in London. Editing by Paul Marsh.",
                  sep="\n") == ORGS


def test_makers_named_before_the_following_statement():
    opening = ("The Chair of the Subcommittee on Human Rights, Sara Amini (Greens, FR), and the "
               "Chair of the Delegation for relations with Iran, Reza Moini (S&D, ES), issued "
               "the following statement on Wednesday:")
    assert signed(TITLE, opening, *BODY) == ["Sara Amini", "Reza Moini"]
    assert signed(TITLE, *BODY[:1], "Nurses Watch and the Health Workers Union issued the "
                  "following joint statement:", *BODY[1:]) == ["Nurses Watch",
                                                               "Health Workers Union"]


def test_one_official_issuing_the_following_statement_is_no_list():
    assert signed(TITLE, "The Chair of the Subcommittee on Human Rights, Sara Amini, issued the "
                  "following statement:", *BODY) == []


def test_partners_is_a_head_noun():
    assert name_shape("Asylum Access Partners").kind == "organisation"


def test_a_channels_date_bar_over_a_forwarded_post_dates_it():
    page = converted("Nurses Channel", "12.4K subscribers", "September 18, 2024",
                     "Forwarded from Nurses Watch", "🔴 JOINT STATEMENT", TITLE, *BODY,
                     "Signatories:\n1️⃣ Nurses Watch\n2️⃣ Health Workers Union")
    assert page.meta.get("date") == "2024-09-18"
