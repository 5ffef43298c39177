"""Signers and dates in forms fresh22 left open (issue #10): a letter signed "on behalf of the
signatory organisations listed overleaf" over a numbered table of two columns under a rule,
and an oral statement's delivery line ("Read out by A, on behalf of B, …, Thursday 26 March
2026"). Each on a small page of its own, through convert()."""

from __future__ import annotations

from pathlib import Path

from import_pages import BODY

from workflow.importer import convert
from workflow.importer.rawinput import raw_from_bytes

TITLE = "Joint letter on the arrests of nurses"
ORGS = ["Nurses Watch", "Health Workers Union", "Medics Without Borders", "Tarn Valley Watch",
        "Caspian Legal Support", "Free Voices Collective", "Lighthouse Asylum Aid",
        "Safe Passage Coalition"]


def imported(*lines: str, name: str = "p.txt") -> dict:
    raw = raw_from_bytes("\n\n".join([TITLE, *lines]).encode("utf-8") + b"\n", Path(name))
    return convert(raw).meta


def printed(*pages: list[str]) -> dict:
    """A PDF's text (pdftotext's: pages apart by form feeds) of ``pages``' paragraphs."""
    text = "\f".join("\n\n".join(paragraphs) + "\n" for paragraphs in pages)
    return convert(raw_from_bytes(text.encode("utf-8"), Path("letter.txt"))).meta


def two_columns(orgs: list[str]) -> str:
    """A numbered list set out in two columns, read across: "1. A      5. E"."""
    half = len(orgs) // 2
    return "\n".join(f"   {n + 1}. {left:<36}{n + half + 1}. {right}" for n, (left, right)
                     in enumerate(zip(orgs[:half], orgs[half:], strict=True)))


def test_a_numbered_table_in_two_columns_is_read_in_its_numbers_order():
    rule = "─" * 60
    meta = printed([TITLE, *BODY, "Respectfully,"],
                   [f"SIGNATORY ORGANISATIONS\n{rule}\n{two_columns(ORGS)}\n{rule}"])
    assert meta["signatories"] == ORGS


def test_who_signs_for_the_organisations_listed_overleaf_is_no_signer():
    """"On behalf of the signatory organisations listed overleaf," over a director's name
    and role: the list signs, not she, nor her organisation by her role line."""
    rule = "─" * 60
    meta = printed([TITLE, *BODY, "Respectfully,", "On behalf of the signatory organisations "
                    "listed overleaf,", "Shahla Nourbakhsh\nDirector, Nurses Watch"],
                   [f"SIGNATORY ORGANISATIONS\n{rule}\n{two_columns(ORGS)}\n{rule}"])
    assert meta["signatories"] == ORGS


def test_a_rule_under_yours_sincerely_still_ends_the_signers():
    """A rule under a valediction is a page's footnote rule: the footnote below it is no
    signer, and stays with the text."""
    meta = imported(*BODY[:2], BODY[2] + "¹", "Yours sincerely,\n\n______________\n"
                    "¹ Nurses Watch, Unpaid and Unheard: a report (London, 2025), pp. 4-9.")
    assert "Nurses Watch" not in (meta.get("signatories") or [])


def test_an_oral_statements_delivery_line_gives_its_date_and_who_makes_it():
    page = ("<html><head><title>58th Session – Statements</title></head><body><main>"
            "<p>STATEMENT OF THE COMMISSION</p>"
            "<h1>Statement on the arrests of nurses<br>in the Islamic Republic of Iran</h1>"
            "<p>Read out by Commissioner Ingrid Falk-Møller, Chair of the Commission, on behalf "
            "of the Tarn Valley Human Rights Commission, at the 7th sitting, Thursday 26 March "
            "2026</p>" + "".join(f"<p>{p}</p>" for p in BODY) + "</main></body></html>")
    raw = raw_from_bytes(page.encode("utf-8"), Path("p.html"))
    meta = convert(raw).meta
    assert meta["date"] == "2026-03-26"
    assert meta["signatories"] == ["Tarn Valley Human Rights Commission"]


def test_a_delivery_line_without_a_date_dates_nothing():
    page = ("<html><body><main><h1>Statement on the arrests of nurses</h1>"
            "<p>Read out by Commissioner Ingrid Falk-Møller on behalf of the Commission</p>" +
            "".join(f"<p>{p}</p>" for p in BODY) + "</main></body></html>")
    meta = convert(raw_from_bytes(page.encode("utf-8"), Path("p.html"))).meta
    assert meta.get("date") is None


def test_a_runs_groups_under_their_labels_are_one_run():
    """"Signed — inside Iran: A, B; abroad: C, D": the groups' labels are no signers, and the
    semicolon between the groups parts no names inside them."""
    meta = imported(*BODY, "Signed — inside Iran: Nurses Watch, Health Workers Union; abroad: "
                    "Medics Without Borders, Tarn Valley Watch and Caspian Legal Support.")
    assert meta["signatories"] == ORGS[:5]


def test_signers_grouped_by_country_on_labelled_lines():
    meta = printed([TITLE, *BODY, "Yours sincerely,", "Signatories, grouped by country:",
                    "Canada: Nurses Watch, Health Workers Union\n"
                    "Germany: Medics Without Borders, Tarn Valley Watch\n"
                    "Sweden: Caspian Legal Support"])
    assert meta["signatories"] == ORGS[:5]


def test_a_chats_run_of_names_without_and():
    """Ten people named in a run with commas only, under "Signed by …:": each signs (no one
    of them is the first with a role)."""
    people = ["Roya Mansouri", "Farid Ghasemi", "Nahid Ahmadi", "Shabnam Rezvani"]
    meta = imported(*BODY, "Signed by the families of the women of Ward 2A:\n" +
                    ", ".join(people))
    assert meta["signatories"] == people


def test_a_person_with_her_title_in_a_run_is_still_one_signer():
    """"Martin Ellery, King's Counsel, Doughty Lane Chambers": a person and her role and
    chambers, not a run of three names."""
    meta = imported(*BODY, "Individuals:\nGolnar Azimi, former member, Iranian Bar "
                    "Association\nMartin Ellery, King's Counsel, Doughty Lane Chambers")
    assert meta["signatories"] == ["Golnar Azimi", "Martin Ellery"]


def test_an_annex_of_the_submitting_organisations_with_what_each_is():
    meta = printed([TITLE, *BODY],
                   ["ANNEX 1: SUBMITTING ORGANISATIONS",
                    "Nurses Watch (Geneva) – coordinating organisation; a network of nurses "
                    "documenting arrests since 2016.",
                    "Health Workers Union (Toronto) – a union of hospital staff in exile.",
                    "Gerechtigkeit ohne Grenzen (Frankfurt) – association of German and Iranian "
                    "lawyers."])
    assert meta["signatories"] == ["Nurses Watch (Geneva)", "Health Workers Union (Toronto)",
                                   "Gerechtigkeit ohne Grenzen (Frankfurt)"]


def test_a_label_with_its_rendering_in_another_script_opens_the_list():
    meta = imported(*BODY, "Signatories / امضاکنندگان", "\n".join(ORGS[:4]))
    assert meta["signatories"] == ORGS[:4]
