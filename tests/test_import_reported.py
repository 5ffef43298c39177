"""Signers a page names in its prose, as a report or a post writes them (issue #10, fresh21's
round): "Parmi les signataires figurent …" and its German and Spanish forms, a letter "drafted
by A and co-signed by B, C and D", a group named with what it is ("the volunteer group D").
Each on a small page of its own, through convert()."""

from __future__ import annotations

from pathlib import Path

import pytest
from import_pages import BODY

from workflow.importer import convert
from workflow.importer.rawinput import raw_from_bytes

TITLE = "Nurses’ statement on the arrests"
GROUPS = ["Tarn Valley Watch", "Riverkeepers Alliance of Lorvan",
          "Northern Fishers Union", "Committee for Clean Water Defenders"]


def signed(*paragraphs: str) -> list[str]:
    raw = raw_from_bytes("\n\n".join([TITLE, *paragraphs]).encode("utf-8") + b"\n",
                         Path("p.txt"))
    return list(convert(raw).meta.get("signatories") or [])


@pytest.mark.parametrize("sentence, names", [
    ("Parmi les signataires figurent Tarn Valley Watch, l’Association des pêcheurs du Nord, "
     "le Collectif juridique Mehr et la Ligue pour l’eau propre.",
     ["Tarn Valley Watch", "Association des pêcheurs du Nord", "Collectif juridique Mehr",
      "Ligue pour l’eau propre"]),
    ("Zu den Unterzeichnern gehören Tarn Valley Watch, die Riverkeepers Alliance of Lorvan, "
     "der Northern Fishers Union und Committee for Clean Water Defenders.", GROUPS),
    ("Entre los firmantes figuran Tarn Valley Watch, la Riverkeepers Alliance of Lorvan, el "
     "Northern Fishers Union y Committee for Clean Water Defenders.", GROUPS),
    ("Among the signatories are Tarn Valley Watch, the Riverkeepers Alliance of Lorvan, the "
     "Northern Fishers Union and the Committee for Clean Water Defenders.", GROUPS),
])
def test_a_report_naming_the_signers_in_its_language(sentence, names):
    """The run goes on at its articles ("l’", "la", "die", "el") and ends at "et"/"und"/"y";
    the articles are no part of the names."""
    assert signed(*BODY, sentence) == names


def test_a_letter_drafted_by_one_and_co_signed_by_others():
    """The maker is named before the co-signers' cue: she signs first; a person's affiliation
    in parentheses and a group's description ("the volunteer group") are no part of a name."""
    assert signed(*BODY, "The letter was drafted by Sahar Mirzaei and co-signed by Omid Rahimi, "
                  "Dr. Leila Sadeghi (University of Tabriz, retired) and the volunteer group "
                  "Tarn Valley Watch.", "If you would like to add your name, reply below.") == [
        "Sahar Mirzaei", "Omid Rahimi", "Dr. Leila Sadeghi", "Tarn Valley Watch"]


def test_issued_by_one_and_co_signed_by_others_at_the_end():
    assert signed(*BODY, "Issued by the Tarn Valley Watch and co-signed by the Northern Fishers "
                  "Union and the Committee for Clean Water Defenders.") == [
        "Tarn Valley Watch", "Northern Fishers Union", "Committee for Clean Water Defenders"]


def test_a_report_on_a_letter_others_wrote_names_no_signers_by_its_drafting():
    """"drafted by" alone, mid-text, in a report about someone else's text: no signer."""
    assert signed("The proposal, drafted by the ministry's legal office, was sent to parliament "
                  "on Monday.", *BODY) == []
