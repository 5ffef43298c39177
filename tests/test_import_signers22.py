"""Signers presented in forms fresh22's first run missed (issue #10): a run of States wrapped
over a PDF's lines, a State by its formal name, a document's annex of endorsers, a label
naming who sign by what they do, a heading the HTML extractor cut whose word a kept sentence
uses. Each on a small page of its own, through convert()."""

from __future__ import annotations

from pathlib import Path

import pytest
from import_pages import BODY

from workflow.importer import convert
from workflow.importer.rawinput import raw_from_bytes
from workflow.importer.signatory_names import is_state

TITLE = "Joint statement on the arrests of nurses"
ORGS = ["Nurses Watch", "Health Workers Union", "Medics Without Borders", "Tarn Valley Watch"]


def signed(*lines: str, name: str = "p.txt") -> list[str]:
    raw = raw_from_bytes("\n\n".join([TITLE, *lines]).encode("utf-8") + b"\n", Path(name))
    return list(convert(raw).meta.get("signatories") or [])


def test_a_run_of_states_wrapped_over_lines_is_read_to_its_end():
    """"on behalf of the following States:" over a run of countries hard-wrapped at commas:
    every line of the run signs, not the first alone."""
    assert signed(*BODY, "This statement is delivered on behalf of the following States:\n"
                  "Albania, Andorra, Australia, Austria, Belgium,\n"
                  "Canada, Croatia, Cyprus, Czechia, Denmark,\n"
                  "Republic of Moldova, Switzerland and United Kingdom.") == [
        "Albania", "Andorra", "Australia", "Austria", "Belgium", "Canada", "Croatia", "Cyprus",
        "Czechia", "Denmark", "Republic of Moldova", "Switzerland", "United Kingdom"]


@pytest.mark.parametrize("name, state", [("Republic of Moldova", True),
                                         ("Kingdom of Norway", True),
                                         ("Republic of Nowhere", False),
                                         ("Moldova Rights Watch", False)])
def test_a_state_by_its_formal_name(name, state):
    assert is_state(name) is state


@pytest.mark.parametrize("label", ["Annex: Organisations endorsing this briefing",
                                   "Organisations endorsing this briefing",
                                   "Appendix 2: Signatories",
                                   "Groups supporting the letter"])
def test_an_annex_or_a_label_saying_what_the_signers_do(label):
    numbered = "\n".join(f"{n}. {org}" for n, org in enumerate(ORGS, 1))
    assert signed(*BODY, f"{label}\n{numbered}") == ORGS


def test_a_cut_heading_whose_word_a_kept_sentence_uses_is_still_reported():
    """The extractor cut "Signatories" (an <aside>'s heading) while a kept sentence says
    "its signatories": the heading is no part of the kept text, so the report lists it."""
    page = ("<html><head><title>Joint statement</title></head><body><article>"
            f"<h1>{TITLE}</h1>" + "".join(f"<p>{p}</p>" for p in BODY) +
            "<p>The statement is republished at the request of its signatories.</p>"
            "</article><aside><h3>Signatories</h3><ul><li>Nurses Watch</li></ul></aside>"
            "</body></html>")
    report = convert(raw_from_bytes(page.encode("utf-8"), Path("p.html"))).report
    assert "Signatories" in [e.text for e in report.removed]
