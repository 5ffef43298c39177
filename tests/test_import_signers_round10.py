"""Signers, round 10 (issue #10 on fresh10): each mechanism on a small page of its own, through
convert() (workflow.importer.signer_items, signers)."""

from __future__ import annotations

from pathlib import Path

from workflow.importer import convert
from workflow.importer.rawinput import raw_from_bytes

BODY = [
    "The authorities arrested eleven members of the nurses’ association at dawn on Monday and "
    "took them to an unknown location, their families said.",
    "None of them has been charged, and their lawyers have not been allowed to see them or "
    "to read the files that the prosecutor says exist.",
    "We call for their immediate release and for an end to the harassment of nurses who "
    "ask to be paid on time.",
]


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
