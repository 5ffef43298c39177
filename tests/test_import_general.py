"""Importer behaviours added for pages of sites the corpus had not seen (fresh3's misses), each
on a small page of its own: PDF text pasted without form feeds, narrow columns, footnotes,
signers in runs and tables, post labels, letters, captions, dates over the title."""

from __future__ import annotations

from pathlib import Path

import pytest

from workflow.importer import convert
from workflow.importer.classifier import label_end
from workflow.importer.metadata import name_run
from workflow.importer.pages import infer_pages
from workflow.importer.rawinput import raw_from_bytes
from workflow.importer.text import ends_terminal

BODY = [
    "The authorities arrested eleven members of the nurses’ association at dawn on Monday and "
    "took them to an unknown location, their families said.",
    "None of them has been charged, and their lawyers have not been allowed to see them or "
    "to read the files that the prosecutor says exist.",
    "We call for their immediate release and for an end to the harassment of nurses who "
    "ask to be paid on time.",
]


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
