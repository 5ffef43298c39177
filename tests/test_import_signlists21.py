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


def test_a_numbered_item_wrapped_onto_the_next_line_is_one_name():
    """"2. Committee for Clean Water" / "Defenders (Norway)" / "3. …": the unnumbered line
    between two numbers is the rest of the item's name ("of the Lower Delta" too)."""
    assert posted("The undersigned,", "",
                  "1. Tarn Valley Watch (Austria)",
                  "2. Committee for Clean Water",
                  "   Defenders (Norway)",
                  "3. Federation of Fishing Cooperatives",
                  "   of the Lower Delta (Romania)",
                  "4. Riverkeepers Alliance of Lorvan") == [
        "Tarn Valley Watch (Austria)", "Committee for Clean Water Defenders (Norway)",
        "Federation of Fishing Cooperatives of the Lower Delta (Romania)",
        "Riverkeepers Alliance of Lorvan"]


def test_a_signed_by_label_in_another_language_opens_a_wrapped_run():
    """"Unterzeichnet von:" over a run of names wrapped at commas, whose last line breaks
    inside a name ("… Northern Fishers Union und Lowland" / "Anglers for Clean Rivers."):
    the label opens the list, the broken name is one, "und" joins the last signer."""
    assert posted("Unterzeichnet von:",
                  "Tarn Valley Watch (Österreich), Riverkeepers Alliance of Lorvan,",
                  "Committee for Clean Water Defenders, Association of Delta Boatmen,",
                  "Lake Sorrel Trust, Northern Fishers Union und Lowland",
                  "Anglers for Clean Rivers.") == [
        "Tarn Valley Watch (Österreich)", "Riverkeepers Alliance of Lorvan",
        "Committee for Clean Water Defenders", "Association of Delta Boatmen",
        "Lake Sorrel Trust", "Northern Fishers Union", "Lowland Anglers for Clean Rivers"]


def test_signers_one_a_line_with_their_towns_are_no_wrapped_run():
    """"Signed," / "A, London" / "B, Paris": a sign-off, then one signer a line set out alike,
    one comma each; no line is the rest of the name above it."""
    assert posted("Signed,", "Tarn Valley Watch, Vienna", "Riverkeepers Alliance of Lorvan, Oslo",
                  "Committee for Clean Water Defenders, Paris") == [
        "Tarn Valley Watch, Vienna", "Riverkeepers Alliance of Lorvan, Oslo",
        "Committee for Clean Water Defenders, Paris"]


def test_a_run_of_names_each_with_its_form_in_another_script_is_no_person_with_a_role():
    """"Signed by: A (آ), B (ب) and C.": a run of people, each with her name in Persian too
    (a person in another script is one with a role only where a role follows)."""
    assert posted("Signed by: Nahid Sharifzadeh (ناهید شریف‌زاده), Manouchehr Rahmani "
                  "(منوچهر رحمانی), Ahmad Alavinejad and Sakineh Asadi (سکینه اسدی).") == [
        "Nahid Sharifzadeh", "Manouchehr Rahmani", "Ahmad Alavinejad", "Sakineh Asadi"]


HTML_HEAD = ("<html><head><title>Free the river keepers of Lorvan</title></head><body>"
             "<header><nav><a href='/'>Home</a> | <a href='/about'>About</a> | "
             "<a href='/news'>News</a></nav></header><article>"
             "<h1>Free the river keepers of Lorvan</h1>"
             "<p>Between 2 and 9 October 2026, police in Lorvan detained at least eleven "
             "volunteers who had been recording the pollution of the river by a tannery "
             "upstream.</p>"
             "<p>The volunteers are accused of spreading false news, a charge that has no place "
             "in any legal system that protects the right to speak about the environment.</p>"
             "<p>We call for the immediate release of all of them and for the return of their "
             "cameras and notebooks.</p>")
HTML_FOOT = ("</article><footer><p>© 2026 Lorvan Watch · Privacy · Contact</p></footer>"
             "</body></html>")


def html_signed(*parts: str) -> list[str]:
    text = HTML_HEAD + "".join(parts) + HTML_FOOT
    raw = raw_from_bytes(text.encode("utf-8"), Path("p.html"))
    return list(convert(raw).meta.get("signatories") or [])


def test_a_grid_of_signers_two_a_row_under_a_bilingual_label():
    """"Signataires / Signatories" over a table of two signers a row: each cell is a signer
    (the rows read as a menu's separators are still names, cell by cell; the grid's order
    is the finder's, column by column, so the names are compared as a set)."""
    assert sorted(html_signed(
        "<p><strong>Signataires / Signatories</strong></p><table><tbody>",
        "<tr><td>Tarn Valley Watch (Austria)</td><td>Riverkeepers Alliance of Lorvan</td></tr>",
        "<tr><td>Committee for Clean Water Defenders (Norway)</td>"
        "<td>Northern Fishers Union</td></tr>",
        "<tr><td>Association of Delta Boatmen</td><td>Lowland Anglers (France)</td></tr>",
        "</tbody></table>")) == sorted([
        "Tarn Valley Watch (Austria)", "Riverkeepers Alliance of Lorvan",
        "Committee for Clean Water Defenders (Norway)", "Northern Fishers Union",
        "Association of Delta Boatmen", "Lowland Anglers (France)"])


def test_a_table_headed_in_another_language_gives_its_name_column():
    """"Organización | País": a header row in Spanish; the organisations sign, their
    countries beside them do not."""
    assert html_signed(
        "<p><strong>Firmantes</strong></p><table><thead><tr><th>Organización</th>"
        "<th>País</th></tr></thead><tbody>",
        "<tr><td>Tarn Valley Watch</td><td>Austria</td></tr>",
        "<tr><td>Riverkeepers Alliance of Lorvan</td><td>Noruega</td></tr>",
        "<tr><td>Committee for Clean Water Defenders</td><td>Francia</td></tr>",
        "</tbody></table>") == [
        "Tarn Valley Watch", "Riverkeepers Alliance of Lorvan",
        "Committee for Clean Water Defenders"]


def test_captions_of_logos_under_a_kept_label_sign():
    """"Signatory organisations:" over logos with captions the extractor cut
    ("<figcaption>A</figcaption>"), a paragraph after them: each caption is a signer."""
    assert html_signed(
        "<div class='logos'><p>Signatory organisations:</p>",
        *(f"<figure><img src='/l{n}.png' alt='{name} logo'><figcaption>{name}</figcaption>"
          "</figure>" for n, name in enumerate(["Tarn Valley Watch",
                                                "Riverkeepers Alliance of Lorvan",
                                                "Committee for Clean Water Defenders"])),
        "</div><p>The statement remains open for further signatures from organisations "
        "working on the environment in the region.</p>") == [
        "Tarn Valley Watch", "Riverkeepers Alliance of Lorvan",
        "Committee for Clean Water Defenders"]


def test_a_cover_lists_its_makers_under_a_subtitle():
    """A printed report's cover: title, a subtitle that is no sentence, "Submitted by:" and
    the makers one a line, then the date: the subtitle is no prose yet, the makers sign."""
    head = "The River Keepers: pollution and arrests in Lorvan"
    body = ["Between 2 and 9 October 2026, police", "in Lorvan detained at least eleven",
            "volunteers who had been recording", "the pollution of the river by a",
            "tannery upstream.", "",
            "The volunteers are accused of", "spreading false news, a charge that",
            "has no place in any legal system", "that protects the right to speak",
            "about the environment.", ""]
    more = ["We call for the immediate release", "of all of them and for the return of",
            "their cameras and notebooks.", ""]
    text = "\n".join([
        " " * 50, "        The River Keepers", "        Pollution and arrests in Lorvan", "",
        "        A joint submission to the UN Special Rapporteur on",
        "        human rights and the environment", "",
        "        Submitted by:", "        Tarn Valley Watch",
        "        Riverkeepers Alliance of Lorvan",
        "        Committee for Clean Water Defenders", "", "        September 2026", "",
        f"\f{head}" + " " * 20 + "2", "", "Contents", "",
        "1. Summary " + "." * 40 + " 3", "2. Demands " + "." * 40 + " 4", "",
        "Contact: office@tarnwatch.example", "",
        f"\f{head}" + " " * 20 + "3", "", "1. Summary", "", *body,
        f"\f{head}" + " " * 20 + "4", "", "2. Demands", "", *more,
        f"\f{head}" + " " * 20 + "5", ""]) + "\n"
    raw = raw_from_bytes(text.encode("utf-8"), Path("r.txt"))
    assert convert(raw).meta.get("signatories") == [
        "Tarn Valley Watch", "Riverkeepers Alliance of Lorvan",
        "Committee for Clean Water Defenders"]



def test_cells_the_html_extractor_left_out_on_consecutive_lines_stay_apart():
    """A grid's <div> cells on consecutive lines of the source, left out by the extractor, are
    cells, not a paragraph wrapped over lines: the report keeps them apart (820's grid of
    signers read "B C" as one name), as it does a text page's separate lines of furniture."""
    from workflow.importer.report import Report

    report = Report()
    left_out = "not article text (page furniture left out by the extractor)"
    for no, text in [(37, "Underground Sounds Collective"),
                     (37, "Stage Freedom Artists at Risk Desk"),
                     (38, "Tehran Women's Choir in Exile"), (38, "Network of Hip-Hop Artists")]:
        report.remove(no, left_out, text)
    report.remove(60, "a forwarder's note", "Please share this with")
    report.remove(61, "a forwarder's note", "everyone on your list.")
    report.coalesce()
    assert [e.text for e in report.removed] == [
        "Underground Sounds Collective", "Stage Freedom Artists at Risk Desk",
        "Tehran Women's Choir in Exile", "Network of Hip-Hop Artists",
        "Please share this with everyone on your list."]


def test_a_list_left_out_under_the_body_is_read_above_a_decided_line_of_furniture():
    """The extractor cut a signers' label and its grid (lines 35–37) but kept a closing
    invitation (line 42) the classifier then removed: the cut lines are read after the body,
    in the page's order, before that line (820's grid of signers), not dropped as if they
    lay above the end of the decisions."""
    from workflow.importer.convert import _with_left_out
    from workflow.importer.report import Report

    report = Report()
    left_out = "not article text (page furniture left out by the extractor)"
    report.decisions = [(21, True, "title", "Free the river keepers"),
                        (34, True, "in the body", "We ask everyone to stand with them."),
                        (42, False, "furniture", "If your group wants to add its name, write.")]
    for no, text in [(12, "Home"), (35, "Signatories"), (36, "Tarn Valley Watch"),
                     (37, "Northern Fishers Union")]:
        report.remove(no, left_out, text)
    assert [(no, text) for no, _, _, text in _with_left_out(report)] == [
        (21, "Free the river keepers"), (34, "We ask everyone to stand with them."),
        (35, "Signatories"), (36, "Tarn Valley Watch"), (37, "Northern Fishers Union"),
        (42, "If your group wants to add its name, write.")]
