"""Signers and dates, round 9 (issue #10 on fresh9): each mechanism on a small page of its own,
through convert() (workflow.importer.htmltext, signers, dating, chat)."""

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
ORGS = ["Nurses Watch", "Health Workers Union", "Medics Without Borders"]


def converted(text: str, name: str = "p.txt"):
    return convert(raw_from_bytes(text.encode("utf-8"), Path(name)))


def test_a_signature_list_inside_a_div_stays_a_list():
    """trafilatura keeps a post's content in a <div>: the list of signers in it is read item by
    item, not glued to its "Signed by:" line."""
    items = "".join(f"<li>{org}</li>" for org in ORGS)
    paras = "".join(f"<p>{p}</p>" for p in BODY)
    html = ("<html><head><title>Nurses</title></head><body><article>"
            "<h1>Free the nurses now</h1><div class='entry-content'>"
            f"{paras}<p><strong>Signed by:</strong></p><ul>{items}</ul></div>"
            "</article></body></html>")
    conversion = converted(html, "p.html")
    assert conversion.meta.get("signatories") == ORGS
