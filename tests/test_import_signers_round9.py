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
    """trafilatura's fallback extraction keeps a post's content in a <div> (fresh9's 205): the
    list of signers in it is read item by item, not glued to its "Signed by:" line."""
    from lxml import etree
    from lxml import html as lxml_html

    from workflow.importer.htmltext import _Locator, _structure

    items = "".join(f"<item>{org}</item>" for org in ORGS)
    paras = "".join(f"<p>{p}</p>" for p in BODY)
    xml = (f"<doc><main><div>{paras}<p>Signed by:</p><list rend='ul'>{items}</list></div>"
           "<div><head rend='h4'>About Parvin</head><p>Parvin edits the labour desk.</p></div>"
           "</main></doc>")
    page = lxml_html.document_fromstring("<html><body><p>x</p></body></html>")
    lines = _structure(etree.fromstring(xml), _Locator(page))
    assert [line.text for line in lines if line.kind == "list"] == ORGS
    assert [line.text for line in lines][len(BODY)] == "Signed by:"
    assert [line.kind for line in lines if line.text == "About Parvin"] == ["heading"]
