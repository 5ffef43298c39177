"""Signers listed on a statement's page in forms the finder missed (issue #10, fresh21): a
mail's run of names hard-wrapped over several lines with no full stop at its end, the blank
line under the paragraph ending it, and a run whose first line ends at a semicolon; each on
a small page of its own, through convert()."""

from __future__ import annotations

from pathlib import Path

from workflow.importer import convert
from workflow.importer.rawinput import raw_from_bytes

HEADERS = ["From office@tarnwatch.example Thu Oct 15 09:00:00 2026",
           "From: Mira Olsen <mira@tarnwatch.example>",
           "Date: Thu, 15 Oct 2026 09:00:00 +0200",
           "Subject: Joint statement: free the river keepers of Lorvan",
           "Content-Type: text/plain; charset=utf-8", ""]
BODY = [
    "Dear friends,", "",
    "Below is the joint statement we published this morning.", "",
    "Free the river keepers of Lorvan", "",
    "Between 2 and 9 October 2026, police in Lorvan detained at least eleven",
    "volunteers who had been recording the pollution of the river by a tannery",
    "upstream.", "",
    "The volunteers are accused of spreading false news, a charge that has no",
    "place in any legal system that protects the right to speak about the",
    "environment.", "",
    "We call for the immediate release of all of them and for the return of",
    "their cameras and notebooks.", "",
]
SIGNATURE = ["", "--", "Tarn Valley Watch", "https://tarnwatch.example", ""]


def mailed(*lines: str) -> list[str]:
    text = "\n".join([*HEADERS, *BODY, *lines, *SIGNATURE]) + "\n"
    raw = raw_from_bytes(text.encode("utf-8"), Path("m.mbox"))
    return list(convert(raw).meta.get("signatories") or [])


def test_a_wrapped_run_of_names_ends_with_its_paragraph():
    """"Signatories: A, Committee for Clean" / "Water Defenders, …" / "…, Dr. Ilse Varga
    (hydrologist)": the run goes on over the wrapped lines up to the blank line, though no
    full stop ends it; a name cut by the wrap is one name."""
    assert mailed(
        "Signatories: Tarn Valley Watch, Riverkeepers Alliance of Lorvan, Committee for Clean",
        "Water Defenders, Northern Fishers Union, Lowland Anglers for Clean Rivers,",
        "Association of Delta Boatmen, Dr. Ilse Varga (hydrologist, Graz), Oren",
        "Maddox (former river warden)") == [
        "Tarn Valley Watch", "Riverkeepers Alliance of Lorvan",
        "Committee for Clean Water Defenders", "Northern Fishers Union",
        "Lowland Anglers for Clean Rivers", "Association of Delta Boatmen",
        "Dr. Ilse Varga", "Oren Maddox"]


def test_a_semicolon_run_goes_on_after_its_first_line():
    """"Signatories (in alphabetical order): A;" ends at a semicolon, which does not end the
    run: the wrapped lines under it are the rest of it ("… Northern Fishers" / "Union; …")."""
    assert mailed(
        "Signatories (in alphabetical order): Association of Delta Boatmen;",
        "Committee for Clean Water Defenders; Lowland Anglers; Northern Fishers",
        "Union; Riverkeepers Alliance of Lorvan (Norway); Tarn Valley Watch") == [
        "Association of Delta Boatmen", "Committee for Clean Water Defenders",
        "Lowland Anglers", "Northern Fishers Union",
        "Riverkeepers Alliance of Lorvan (Norway)", "Tarn Valley Watch"]


PAGE = [
    "Free the river keepers of Lorvan", "",
    "Between 2 and 9 October 2026, police in Lorvan detained at least eleven volunteers who "
    "had been recording the pollution of the river by a tannery upstream.", "",
    "The volunteers are accused of spreading false news, a charge that has no place in any "
    "legal system that protects the right to speak about the environment.", "",
    "We call for the immediate release of all of them and for the return of their cameras "
    "and notebooks.", "",
]


def posted(*lines: str) -> list[str]:
    text = "\n".join([*PAGE, *lines]) + "\n"
    raw = raw_from_bytes(text.encode("utf-8"), Path("p.txt"))
    return list(convert(raw).meta.get("signatories") or [])


def test_a_run_numbered_on_one_line_is_cut_at_its_numbers():
    """"Signed by: 1) A 2) B 3) C": each number opens the next signer's name."""
    assert posted("Signed by: 1) Tarn Valley Watch 2) Riverkeepers Alliance of Lorvan "
                  "3) Northern Fishers Union (Oslo) 4) Committee for Clean Water Defenders") == [
        "Tarn Valley Watch", "Riverkeepers Alliance of Lorvan", "Northern Fishers Union (Oslo)",
        "Committee for Clean Water Defenders"]
