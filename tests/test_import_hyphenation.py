"""One rule for a word broken at a line end, in a PDF's text and in a hard-wrapped e-mail: a
fragment ("organis-" / "ing") is joined, a compound keeps its hyphen ("drug-" / "related",
"well-" / "being", a compound the page writes whole elsewhere)."""

from __future__ import annotations

from workflow.importer import convert, read_raw
from workflow.importer.hyphenation import Hyphenation


def test_the_rule():
    page = Hyphenation(["the drug-related charges and the well-known case of the", "organis-",
                        "ing committee, whose members were detained"])
    assert page.joins_wrapped("organis", "ing")  # "ing" is only ever half a word here
    assert not page.joins_wrapped("drug", "related")  # the page writes "drug-related"
    assert not page.joins_wrapped("well", "being")
    assert not page.keeps_hyphen("organis", "ing")


def test_a_hard_wrapped_mail_joins_its_broken_words(tmp_path):
    body = ("We, the undersigned lawyers and trade unions, call on the judiciary to drop\n"
            "all charges against nine workers of the steel complex who face trial this\n"
            "month for organis-\ning a strike over eleven months of unpaid wages, and to\n"
            "end the drug-related and security charges brought against their well-\n"
            "known lawyer, who has defended workers for twenty years in the courts.\n\n"
            "The workers were arrested in early May after a peaceful sit-in at the\n"
            "factory gate, which was broken up by anti-riot police using tear gas, and\n"
            "two of them are accused of forming a group to disrupt national security.\n\n"
            "Striking over unpaid wages is not a security offence. It is a peaceful\n"
            "response to a breach of the most basic obligation of any employer, and\n"
            "Iran has ratified the conventions of the labour organisation on it.\n")
    path = tmp_path / "mail.txt"
    path.write_text(body, encoding="utf-8")
    text = " ".join(convert(read_raw(path)).body.split())
    assert "for organising a strike" in text
    assert "their well-known lawyer" in text
