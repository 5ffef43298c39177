"""Importer behaviours added for pages of sites the corpus had not seen (fresh3's and fresh4's
misses), each on a small page of its own: PDF text pasted without form feeds, narrow columns,
footnotes, signers in runs, tables, letterheads and sign-off labels of many forms, post labels,
letters, captions, dates over the title, nested e-mail forwards and list posts."""

from __future__ import annotations

from pathlib import Path

import pytest
from import_pages import BODY

from workflow.importer import convert
from workflow.importer.classifier import label_end
from workflow.importer.metadata import name_run
from workflow.importer.pages import infer_pages
from workflow.importer.rawinput import raw_from_bytes
from workflow.importer.text import ends_terminal


def page(*lines: str, sep: str = "\n\n"):
    return convert(raw_from_bytes(sep.join(lines).encode("utf-8") + b"\n", Path("p.txt")))


def _column(text: str, width: int = 38) -> list[str]:
    out, line = [], ""
    for word in text.split():
        if line and len(line) + 1 + len(word) > width:
            out.append(line)
            line = word
        else:
            line = f"{line} {word}".strip()
    return [*out, line]


def test_pdf_text_without_form_feeds_is_paged_by_its_numbers():
    header = "NURSES WATCH                         BRIEFING 7/2024"
    lines = [header, "", "Arrests of nurses in the north", "", "12 March 2024", ""]
    more = ("Relatives who gathered outside the prosecutor’s office on Tuesday were told to go "
            "home and wait for a telephone call that, a week later, has still not come.")
    lines += _column(BODY[0] + " " + BODY[1]) + [""] + _column(more)
    lines += ["", "Nurses Watch | Briefing 7/2024     1"]
    lines += [header, ""] + _column(BODY[2]) + ["", "Nurses Watch | Briefing 7/2024     2"]
    paged = infer_pages("\n".join(lines))
    assert paged is not None and paged.count("\f") == 1  # page 2 begins after "1"
    conversion = page(*lines, sep="\n")
    kept = " ".join(p.text for p in conversion.pieces)
    assert all(sentence in kept for sentence in [*BODY, more])
    assert "Briefing 7/2024" not in kept and "BRIEFING" not in kept
    assert conversion.meta["title"] == "Arrests of nurses in the north"


def test_a_numbered_list_is_no_page_numbering():
    text = "\n".join(["Most read", "1", "Storm hits the coast", "2", "Prices rise again",
                      "3", "Match report"])
    assert infer_pages(text) is None


def test_a_footnote_mark_after_the_full_stop_still_ends_the_sentence():
    assert ends_terminal("three times its official capacity.¹")
    assert ends_terminal("as the report says.”²")
    assert not ends_terminal("the Death Penalty 2024¹")


@pytest.mark.parametrize("text, names", [
    ("Nurses Watch, Health Workers Union, Medics Without Borders and Amal Solidarity Group",
     ["Nurses Watch", "Health Workers Union", "Medics Without Borders",
      "Amal Solidarity Group"]),
    ("Prof. Helen Marsh, University of Leeds", []),
    ("Centre for Law and Democracy", []),
])
def test_a_run_of_names(text, names):
    assert name_run(text) == names


def test_signers_on_the_label_line_and_after_a_dash():
    inline = page("Nurses’ statement on the arrests", *BODY,
                  "Signatories: Nurses Watch, Health Workers Union and Medics Without Borders")
    assert inline.meta["signatories"] == ["Nurses Watch", "Health Workers Union",
                                          "Medics Without Borders"]
    dashed = page("Nurses’ statement on the arrests", *BODY,
                  "— Nurses Watch, Health Workers Union, Medics Without Borders", "#Nurses")
    assert dashed.meta["signatories"] == ["Nurses Watch", "Health Workers Union",
                                          "Medics Without Borders"]


def test_a_signature_tables_header_row_is_no_signer():
    conversion = page("Nurses’ statement on the arrests", *BODY, "Sincerely,",
                      "Organisation\tCountry", "Nurses Watch\tFrance",
                      "Health Workers Union\tCanada", sep="\n\n")
    # the table's first column names the signer; the country is the next column's
    assert conversion.meta["signatories"] == ["Nurses Watch", "Health Workers Union"]


def test_what_follows_the_signatures_is_not_the_statement():
    conversion = page("Nurses’ statement on the arrests", *BODY, "Signed,", "Nurses Watch",
                      "Health Workers Union", "How you can help",
                      "Send this newsletter to one friend who works in a hospital, that is all "
                      "we ask of you this week.")
    assert conversion.meta["signatories"] == ["Nurses Watch", "Health Workers Union"]
    assert "one friend" not in conversion.body and "How you can help" not in conversion.body


def test_a_posts_label_before_its_headline_is_taken_off():
    assert label_end("THREAD 🧵 Our statement on the arrests") == len("THREAD 🧵 ")
    assert label_end("nurses.watch 🔴 STATEMENT | Nurses arrested in Tabriz") > 0
    assert label_end("URGENT: nurses arrested in Tabriz") == 0
    conversion = page("BREAKING | Nurses arrested at dawn in Tabriz", *BODY)
    assert conversion.meta["title"] == "Nurses arrested at dawn in Tabriz"
    assert "label before the title taken off: BREAKING |" in conversion.report.render([])


def test_a_letters_subject_line_is_its_title():
    conversion = page("Nurses Watch", "12 rue Exemple, 75011 Paris, www.nurses.example",
                      "Paris, 4 March 2024",
                      "To: the Minister of Health and the members of the health committee",
                      "Open letter on the arrests of nurses in Tabriz", "Dear Minister,",
                      *BODY)
    assert conversion.meta["title"] == "Open letter on the arrests of nurses in Tabriz"
    assert conversion.meta["date"] == "2024-03-04"


def test_a_photo_caption_under_its_credit_is_no_title():
    conversion = page("Nurses arrested at dawn in Tabriz", "4 March 2024", "Share",
                      "Getty Images", "Nurses protest outside a hospital in Tabriz last year",
                      *BODY, sep="\n")
    assert conversion.meta["title"] == "Nurses arrested at dawn in Tabriz"
    assert conversion.meta["date"] == "2024-03-04"


def test_a_date_right_over_the_title_is_the_posts_date():
    conversion = page("Nurses Watch blog", "Voices from the wards", "May 6, 2024",
                      "By Leyla Amini", "Nurses arrested at dawn in Tabriz", *BODY)
    assert conversion.meta["date"] == "2024-05-06"


# fresh4's misses (pages of sites the corpus had not seen), each on a small page of its own.

def test_a_long_rule_of_symbols_is_measured_without_backtracking():
    assert label_end("=" * 80) == 0  # the label pattern once took minutes on such a rule
    conversion = page("=" * 60, "Nurses’ statement on the arrests", "=" * 60, *BODY)
    assert conversion.meta["title"] == "Nurses’ statement on the arrests"


@pytest.mark.parametrize("label,items", [
    ("We, the undersigned organisations,", ["• Nurses Watch", "• Health Workers Union"]),
    ("The statement was signed by:", ["1. Nurses Watch", "2. Health Workers Union"]),
    ("امضاکنندگان / Signatories:", ["▪️ Nurses Watch", "▪️ Health Workers Union"]),
])
def test_sign_off_labels_in_their_many_forms(label, items):
    conversion = page("Nurses’ statement on the arrests", *BODY, label, *items, sep="\n\n")
    assert conversion.meta["signatories"] == ["Nurses Watch", "Health Workers Union"]


def test_experts_with_roles_and_affiliations_one_a_line():
    conversion = page("Nurses’ statement on the arrests", *BODY, "Signed,",
                      "Dr. Sara Amini, Professor of Law, University of Leiden",
                      "Prof. Daniel Ruiz, Chair of Criminal Justice, Universidad de Salamanca",
                      "Dr. Amelia Hart, Senior Lecturer in Law, University of Glasgow",
                      "Dr. Reza Moini, Research Fellow, Centre for Human Rights, University "
                      "of Pretoria", sep="\n\n")
    assert conversion.layout == "one paragraph per line"  # not hard-wrapped at the names
    assert conversion.meta["signatories"] == ["Dr. Sara Amini", "Prof. Daniel Ruiz",
                                              "Dr. Amelia Hart", "Dr. Reza Moini"]


def test_a_role_under_a_signers_name_is_no_second_signer():
    conversion = page("Nurses’ statement on the arrests", *BODY, "Signed:", "Tulia Ackson",
                      "President of the Nurses Union", "", "Martin Chungong",
                      "Secretary General of the Nurses Union", sep="\n")
    assert conversion.meta["signatories"] == ["Tulia Ackson", "Martin Chungong"]


def test_a_run_of_signers_in_prose_drops_the_article():
    conversion = page("Nurses’ statement on the arrests", *BODY,
                      "Signed by: Nurses Watch, Health Workers Union, Rawadari and the "
                      "Association of Iranian Nurses Abroad.")
    assert conversion.meta["signatories"] == ["Nurses Watch", "Health Workers Union", "Rawadari",
                                              "Association of Iranian Nurses Abroad"]


def test_an_unlabelled_closing_list_of_organisations_signs():
    conversion = page("Nurses’ statement on the arrests", *BODY,
                      "1) Nurses Watch (Canada)\n2) Health Workers Union (Belgium)")
    assert conversion.meta["signatories"] == ["Nurses Watch (Canada)",
                                              "Health Workers Union (Belgium)"]


def test_a_letters_senders_named_above_it_are_its_signers():
    conversion = page("JOINT LETTER", "From:\nNurses Watch\nHealth Workers Union\nMiaan Group",
                      "To: Members of the European Parliament", "Nurses’ letter on the arrests",
                      "Dear Members of the European Parliament,", *BODY, "Yours sincerely,",
                      "The organisations listed above")
    assert conversion.meta["title"] == "Nurses’ letter on the arrests"
    assert conversion.meta["signatories"] == ["Nurses Watch", "Health Workers Union",
                                              "Miaan Group"]
    assert "From:" not in conversion.body


def test_signers_go_on_past_a_pdf_pages_footnotes():
    first = ["Nurses’ statement on the arrests", "", *BODY, "", "Signatories:", "1. Nurses Watch",
             "2. Health Workers Union", "", "_______________",
             "1 Figures compiled from court documents gathered by the signatories.",
             "2 A/HRC/53/23, 6 July 2023, para. 41.", "", "Page 1 of 2"]
    second = ["4. Minority Rights Group", "5. Iranian Nurses Forum", "", "Page 2 of 2"]
    raw = ("\n".join(first) + "\n\f" + "\n".join(second) + "\n").encode("utf-8")
    conversion = convert(raw_from_bytes(raw, Path("p.txt")))
    assert conversion.meta["signatories"] == ["Nurses Watch", "Health Workers Union",
                                              "Minority Rights Group", "Iranian Nurses Forum"]
    kept = " ".join(p.text for p in conversion.pieces)
    assert "Figures compiled from court documents" in kept and "A/HRC/53/23" in kept


def test_a_date_line_gives_its_own_date_not_the_modified_one():
    conversion = page("Nurses’ statement on the arrests",
                      "Posted 12/03/2024 by Communications Team — last modified 14/03/2024", *BODY)
    assert conversion.meta["date"] == "2024-03-12"


def test_a_headline_wrapped_under_a_category_label_then_a_place_and_date():
    conversion = page("Nurses Union", "About   Our impact   Members   Events   News", "STATEMENTS",
                      "Joint statement by the President and the Secretary General on the "
                      "arrest of\nformer members of the nurses’ union in Iran",
                      "Geneva, 20 September 2024", *BODY)
    assert conversion.meta["title"] == ("Joint statement by the President and the Secretary "
                                        "General on the arrest of former members of the "
                                        "nurses’ union in Iran")
    assert conversion.meta["date"] == "2024-09-20"


def test_an_editors_greeting_before_the_statement_is_no_part_of_it():
    conversion = page("Nurses’ statement on the arrests",
                      "Hello friends — this week we share in full a statement many of you asked "
                      "about. Our usual roundup is below.", *BODY)
    assert "Hello friends" not in conversion.body and BODY[0] in conversion.body


def _mail(body: str) -> str:
    return ("From: A <a@example.org>\nTo: b@example.org\nSubject: Fwd: FW: Nurses’ statement\n"
            "Date: Mon, 25 Nov 2024 22:10:41 +0100\nContent-Type: text/plain; charset=utf-8\n"
            "\n" + body)


def test_nested_forwards_give_the_innermost_message():
    inner = "\n".join(f"> {line}" for line in [
        "-----Original Message-----", "From: Desk <desk@example.org>",
        "Sent: Thursday, November 21, 2024 4:45 PM", "Subject: Nurses’ statement on the arrests",
        "", "Nurses’ statement on the arrests", "", "20 November 2024", "",
        *sum(([b, ""] for b in BODY), []),
        "This e-mail and any attachments are confidential and intended solely for the",
        "addressee. If you have received it in error, please notify the sender."])
    text = _mail("Team, can someone take this one?\n\nBegin forwarded message:\n\n"
                 "> From: Office <office@example.org>\n> Subject: FW: Nurses’ statement\n>\n"
                 + inner + "\n")
    conversion = convert(raw_from_bytes(text.encode("utf-8"), Path("m.eml")))
    assert conversion.meta["title"] == "Nurses’ statement on the arrests"
    assert conversion.meta["date"] == "2024-11-20"
    assert "Original Message" not in conversion.body and "Subject:" not in conversion.body
    assert "confidential" not in conversion.body and BODY[2] in conversion.body


def test_a_list_posts_signed_off_note_and_footer_rule_are_no_forward():
    text = _mail("Dear list members,\n\nPlease find below a statement for circulation.\n\n"
                 "--\nFarah Nikpour\nCoordinator\n\n" + "=" * 50 + "\nNURSES’ STATEMENT ON THE "
                 "ARRESTS\n9 December 2024\n" + "=" * 50 + "\n\n" + "\n\n".join(BODY) +
                 "\n\nName                      Affiliation\n"
                 "Parisa Kamali             Nurses Watch, Tehran\n"
                 "Hossein Rahnama\tHealth Workers Union\n\n"
                 "_______________________________________________\niran-hr mailing list\n"
                 "To unsubscribe, send a message to leave@lists.example\n")
    conversion = convert(raw_from_bytes(text.encode("utf-8"), Path("m.eml")))
    assert all(sentence in conversion.body for sentence in BODY)
    assert "Please find below" not in conversion.body and "mailing list" not in conversion.body
    assert conversion.meta["date"] == "2024-12-09"
    assert conversion.meta["signatories"] == ["Parisa Kamali", "Hossein Rahnama"]


def test_an_html_pages_declared_title_loses_the_sites_name():
    html = ("<html><head><title>Nurses’ statement on the arrests | Courier</title>"
            "<meta property='og:site_name' content='Courier'>"
            "<meta property='og:title' content='Nurses’ statement on the arrests | Courier'>"
            "</head><body><header>Courier</header><main><article>"
            + "".join(f"<p>{b}</p>" for b in BODY) + "</article></main></body></html>")
    conversion = convert(raw_from_bytes(html.encode("utf-8"), Path("p.html")))
    assert conversion.meta["title"] == "Nurses’ statement on the arrests"
