"""Which blocks are kept, on small pages of kinds the corpus under-represented (the tune round's
misses): petition forms' checkboxes and bracketed buttons, a bare valediction ending the
statement, a poster's note sharing the text below; and the learned scorer's training script."""

from __future__ import annotations

from pathlib import Path

import pytest

from workflow.importer import convert
from workflow.importer.features import measure
from workflow.importer.lexicon import SIGN_LABEL
from workflow.importer.rawinput import raw_from_bytes

BODY = [
    "The authorities arrested nine members of the bakers’ union at dawn on Monday and took "
    "them to an unknown location, their families said.",
    "None of them has been charged, and their lawyers have not been allowed to see them or to "
    "read the files that the prosecutor says exist.",
    "We call for their immediate release and for an end to the harassment of bakers who ask "
    "to be paid on time.",
]
TITLE = "Release the bakers’ union members"


def page(*lines: str):
    return convert(raw_from_bytes("\n\n".join(lines).encode("utf-8") + b"\n", Path("p.txt")))


@pytest.mark.parametrize("text", [
    "[ ] Keep me updated about this campaign and other work by the Bakers Solidarity Network",
    "[x] I agree to receive news about this and other campaigns from the organisers",
    "☐ Send me the monthly bulletin about the campaigns and the people we defend",
])
def test_a_checkbox_is_a_form_field_however_long_its_label(text):
    assert "form field" in measure(text).evidence


@pytest.mark.parametrize("text, button", [
    ("[ Sign the petition ]", True), ("[Donate now]", True), ("[1]", False),
    ("[12] See the report of the Special Rapporteur, para. 41.", False),
])
def test_a_button_drawn_in_brackets(text, button):
    assert ("button (in brackets)" in measure(text).evidence) is button


def test_a_petition_form_above_the_letter_goes_and_the_letter_stays():
    conversion = page(TITLE, "12,483 signatures", "First name *", "Last name *", "Email *",
                      "[ ] Keep me updated about this campaign and other work by the Bakers "
                      "Solidarity Network", "[ Sign the petition ]",
                      "By signing you accept our privacy policy. We will never sell your data.",
                      *BODY)
    body = conversion.body
    assert all(p in body for p in BODY)
    for junk in ("Keep me updated", "Sign the petition", "never sell your data"):
        assert junk not in body, junk
    removed = conversion.report.render([])
    assert "form field" in removed and "button (in brackets)" in removed


@pytest.mark.parametrize("label", ["Yours,", "Yours truly,", "Respectfully,",
                                   "Sincerely yours,", "Yours sincerely,"])
def test_valedictions_are_sign_off_labels(label):
    assert SIGN_LABEL.match(label)


def test_a_bare_valediction_ends_the_statement():
    conversion = page(TITLE, *BODY, "Yours,", "Sara Amini, professor of law, University of Leiden",
                      "Omid Karimi, lecturer in history, University of Oxford",
                      "Have an opinion on anything you have read in our pages today? Please "
                      "email us your letter and it will be considered for publication.")
    assert all(p in conversion.body for p in BODY)
    assert "Have an opinion" not in conversion.body
    assert "Sara Amini" in conversion.body  # the signature block stays


def test_a_posters_note_sharing_the_text_below_is_no_part_of_it():
    note = ("I am posting below, with the permission of its drafters, a joint appeal that I "
            "co-signed this week. Comments are open at the bottom. — L.F.")
    conversion = page(TITLE, note, *BODY)
    assert "posting below" not in conversion.body and all(p in conversion.body for p in BODY)
    assert "a note before the statement" in conversion.report.render([])


def test_a_statements_own_first_paragraph_pointing_below_stays():
    first = ("We, the undersigned organisations, set out below the cases of nine bakers whose "
             "arrest on Monday breaks the law the authorities claim to apply.")
    conversion = page(TITLE, first, *BODY)
    assert first in conversion.body
