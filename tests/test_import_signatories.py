"""Who signs, in each way a page can say it: each presentation on a small page of its own,
through convert() and the CLI (workflow.importer.signers, workflow.importer.signatory_names)."""

from __future__ import annotations

import textwrap
from pathlib import Path

import pytest
from import_pages import BODY, ORGS
from signer_presentations import LISTED, misses, presentations

from workflow.cli import main
from workflow.importer import convert
from workflow.importer.rawinput import raw_from_bytes
from workflow.importer.signatory_names import is_name, is_place, name_shape
from workflow.source import read_source

TITLE = "Nurses’ statement on the arrests"


def signed(*lines: str, sep: str = "\n\n", name: str = "p.txt") -> list[str]:
    raw = raw_from_bytes(sep.join(lines).encode("utf-8") + b"\n", Path(name))
    return list(convert(raw).meta.get("signatories") or [])


@pytest.mark.parametrize("label", [
    "Signed,", "Signatories (in alphabetical order):", "We, the undersigned organisations,",
    "The following organisations have endorsed this statement:", "Co-signed by:",
    "List of signatories", "Supported by", "Endorsements", "Yours,",
    "This letter is sent on behalf of the following groups:",
])
def test_a_label_in_any_wording_opens_the_list(label):
    assert signed(TITLE, *BODY, label, *ORGS) == ORGS


@pytest.mark.parametrize("items", [
    ["1. Nurses Watch", "2. Health Workers Union", "3. Medics Without Borders"],
    ["• Nurses Watch", "• Health Workers Union", "• Medics Without Borders"],
    ["🔹 Nurses Watch", "🔹 Health Workers Union", "🔹 Medics Without Borders"],
    ["(1) Nurses Watch", "(2) Health Workers Union", "(3) Medics Without Borders"],
])
def test_items_lose_their_bullets_numbers_and_emoji(items):
    assert signed(TITLE, *BODY, "Signatories:", *items, sep="\n") == ORGS


def test_qualifiers_of_an_organisation_stay_and_a_persons_role_goes():
    assert signed(TITLE, *BODY, "Signed by:", "Nurses Watch (France)",
                  "Health Workers Union – Geneva", "Scholars at Risk Network, Iran Section",
                  "Prof. Helen Marsh, University of Leeds",
                  "Omid Farahani, former teacher, Sanandaj", sep="\n") == [
        "Nurses Watch (France)", "Health Workers Union – Geneva",
        "Scholars at Risk Network, Iran Section", "Prof. Helen Marsh", "Omid Farahani"]


def test_organisations_and_individuals_in_groups():
    assert signed(TITLE, *BODY, "Signatories", "Organisations:\nNurses Watch\nHealth Workers Union",
                  "Individuals:\nDr. Sara Amini, University of Leiden\nReza Moini, nurse, Tabriz") \
        == ["Nurses Watch", "Health Workers Union", "Dr. Sara Amini", "Reza Moini"]


def test_a_persian_form_in_parentheses_or_on_the_next_line_is_no_second_signer():
    assert signed(TITLE, *BODY, "Signed:", "Nurses Watch (دیده‌بان پرستاران)",
                  "اتحادیه کارکنان بهداشت", "Health Workers Union", sep="\n\n") == \
        ["Nurses Watch", "Health Workers Union"]


def test_a_run_of_names_on_the_label_line():
    assert signed(TITLE, *BODY, "Signatories: Nurses Watch; Health Workers Union; Rawadari") == \
        ["Nurses Watch", "Health Workers Union", "Rawadari"]


def test_a_closing_sentence_saying_who_endorses():
    assert signed(TITLE, *BODY, "This statement was written by Nurses Watch. It is endorsed by "
                  "the Health Workers Union, Rawadari and Medics Without Borders.") == \
        ["Nurses Watch", "Health Workers Union", "Rawadari", "Medics Without Borders"]


def test_a_joint_statement_named_at_the_top():
    assert signed("Joint statement by Nurses Watch, Health Workers Union and Medics Without "
                  "Borders", *BODY) == ORGS
    assert signed(TITLE, "TABRIZ, 4 May 2026 — A joint statement of Nurses Watch and the Health "
                  "Workers Union, released this morning, is published below.", *BODY) == \
        ["Nurses Watch", "Health Workers Union"]


def test_named_signers_before_the_undersigned():
    assert signed(TITLE, "Nurses Watch and the undersigned organisations condemn the arrests of "
                  "eleven nurses in Tabriz on Monday and call for their release.", *BODY,
                  "Health Workers Union", "Medics Without Borders", sep="\n\n") == ORGS


def test_an_e_mail_sign_off_by_an_organisation_not_its_town():
    assert signed(TITLE, *BODY, "With respect and solidarity,\nNurses Watch\nTabriz - Urmia\n"
                  "www.nurses.example") == ["Nurses Watch"]
    assert signed(TITLE, *BODY, "Kind regards,\nNurses Watch\n12 Rue Exemple, 75011 Paris") == \
        ["Nurses Watch"]


def test_the_experts_of_a_un_release_with_their_mandates():
    assert signed(TITLE, *BODY, "The experts: Mai Sato, Special Rapporteur on the situation of "
                  "human rights in the Islamic Republic of Iran; Working Group on Arbitrary "
                  "Detention: Matthew Gillett (Chair-Rapporteur), Ganna Yudkivska (Vice-Chair) "
                  "and Mumba Malila; and Alice Jill Edwards, Special Rapporteur on torture.") == \
        ["Mai Sato", "Matthew Gillett", "Ganna Yudkivska", "Mumba Malila", "Alice Jill Edwards"]


def test_an_html_signature_table_read_by_its_name_column():
    rows = "".join(f"<tr><td>{n}</td><td>{org}</td></tr>" for n, org in
                   [("1", "Nurses Watch"), ("2", "Health Workers Union"),
                    ("3", "Medics Without Borders")])
    html = (f"<html><body><article><h1>{TITLE}</h1>" + "".join(f"<p>{b}</p>" for b in BODY) +
            "<h3>Signatories</h3><table><tr><th>No.</th><th>Organisation</th></tr>" + rows +
            "</table></article><footer><p>Share on Mastodon</p></footer></body></html>")
    assert signed(html, name="p.html") == ORGS


def test_a_pdf_table_whose_columns_came_apart_keeps_the_names_not_the_countries():
    assert signed(TITLE, *BODY, "Yours sincerely,", "Organisation\nCountry\nNurses Watch\nFrance\n"
                  "Health Workers Union\nUnited Kingdom\nMedics Without Borders\nNew Zealand") \
        == ORGS


def test_a_statement_of_states_in_two_columns():
    assert signed(TITLE, *BODY, "This statement is delivered on behalf of:",
                  "Australia      Luxembourg\nBelgium        Netherlands\nCanada         Norway",
                  sep="\n\n") == ["Australia", "Belgium", "Canada", "Luxembourg", "Netherlands",
                                  "Norway"]


def test_a_news_page_naming_no_signers_has_none():
    assert signed("Nurses arrested in Tabriz, their families say", *BODY,
                  "Related", "Hospital strike enters second week", "Contact us") == []


def test_the_share_bar_and_comments_after_the_names_are_no_signers():
    assert signed(TITLE, *BODY, "Signatories:", *ORGS, "Like Reply", "Media contact",
                  "4 comments", "Arash Nikpour", "Please add my name to the list, thank you.",
                  sep="\n") == ORGS


@pytest.mark.parametrize("text, kind", [
    ("Lawyers for Lawyers", "organisation"), ("Syndicat national des journalistes", "organisation"),
    ("International Federation for Human Rights (FIDH)", "organisation"),
    ("Dr. Amelia Hart", "person"), ("Fernand de Varennes", "person"),
    ("We call for their release.", ""), ("Release all detainees", ""), ("IPU President", ""),
    ("WHY PEOPLE ARE SIGNING", ""), ("From: Hooman Tehrani", ""), ("Sanandaj - Marivan", ""),
    ("Tabriz, Iran", ""), ("Medics Without Borders", "name"),
    ("Nurses Watch, France", "organisation"),
])
def test_name_shapes(text, kind):
    assert name_shape(text).kind == kind


def test_places_and_plain_names():
    assert is_place("United Kingdom") and is_place("Belgium") and not is_place("Nurses Watch")
    assert is_name("Rawadari") and not is_name("Rawadari", strict=True)


def test_the_signatories_reach_the_source_through_the_cli(tmp_path, monkeypatch, capsys):
    (tmp_path / "dossier.toml").write_text('languages = ["fa"]\n', encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    raw = tmp_path / "statement.txt"
    raw.write_text("\n\n".join([TITLE, *BODY, "Endorsed by the following organisations:",
                                "1. Nurses Watch (Canada)", "2. Health Workers Union",
                                "3. Rawadari"]) + "\n", encoding="utf-8")
    assert main(["import", str(raw), "--slug", "nurses"]) == 0
    source = read_source(tmp_path / "sources" / "nurses.md")
    assert source.meta["signatories"] == ["Nurses Watch (Canada)", "Health Workers Union",
                                          "Rawadari"]


def test_a_long_run_of_names_after_the_label_is_read_not_taken_for_prose():
    many = ORGS + ["Amal Solidarity Group", "Iranian Nurses Forum", "Tabriz Lawyers Collective",
                   "Women for Health Network", "Kurdish Nurses Association",
                   "Baluch Medics Initiative", "Azadi Health Coalition"]
    assert signed(TITLE, *BODY, "Signatories:",
                  ", ".join(many[:-1]) + " and " + many[-1] + ".") == many


def test_names_separated_by_dots_on_one_line():
    assert signed(TITLE, *BODY, "Signed by: Nurses Watch · Health Workers Union · Medics Without "
                  "Borders") == ORGS


def test_organisations_set_out_in_two_columns_are_read_down_each_column():
    assert signed(TITLE, *BODY, "Signatories:", "Nurses Watch        Health Workers Union\n"
                  "Medics Without Borders        Amal Solidarity Group", sep="\n\n") == \
        ["Nurses Watch", "Medics Without Borders", "Health Workers Union",
         "Amal Solidarity Group"]


def test_an_html_table_without_a_header_gives_its_name_cell():
    rows = "".join(f"<tr><td>{n}</td><td>{org}</td><td>{country}</td></tr>"
                   for n, org, country in [("1", "Nurses Watch", "France"),
                                           ("2", "Health Workers Union", "Canada")])
    html = (f"<html><body><article><h1>{TITLE}</h1>" + "".join(f"<p>{b}</p>" for b in BODY) +
            f"<h3>Signatories</h3><table>{rows}</table></article></body></html>")
    assert signed(html, name="p.html") == ["Nurses Watch", "Health Workers Union"]


def test_one_name_a_line_is_never_split_at_its_and():
    assert signed(TITLE, *BODY, "Signatories:", "Centre for Law and Religion",
                  "Council of Bars and Law Societies", "Pen and Lens Foundation", sep="\n") == \
        ["Centre for Law and Religion", "Council of Bars and Law Societies",
         "Pen and Lens Foundation"]


def test_a_note_about_a_signer_or_a_press_contact_after_the_list_signs_nothing():
    assert signed(TITLE, *BODY, "Signatories:", *ORGS, "About Nurses Watch",
                  "Press contact", "Sara Ahmadi, Press Officer", sep="\n") == ORGS
    assert signed(TITLE, *BODY, "Signatories:", *ORGS, "Notes to editors",
                  "Tara Vossoughi, Coordinator", sep="\n") == ORGS


def test_a_law_signed_by_an_official_is_no_signature():
    assert signed(TITLE, *BODY, "The law, which was passed in March after a debate lasting two "
                  "weeks, was signed by President Raisi.") == []


def test_experts_named_with_their_mandates_without_a_label():
    assert signed(TITLE, *BODY, "Mai Sato, Special Rapporteur on the situation of human rights "
                  "in Iran; Morris Tidball-Binz, Special Rapporteur on extrajudicial executions.") \
        == ["Mai Sato", "Morris Tidball-Binz"]


@pytest.mark.parametrize("label", ["امضاکنندگان:", "Signataires :", "Firmantes:"])
def test_the_label_in_another_language(label):
    assert signed(TITLE, *BODY, label, *ORGS, sep="\n") == ORGS


def test_bold_names():
    assert signed(TITLE, *BODY, "Signed by: **Nurses Watch**, **Health Workers Union** and "
                  "**Medics Without Borders**") == ORGS


def test_a_name_with_a_word_of_site_furniture_in_it_still_signs():
    assert signed(TITLE, *BODY, "Signatories:", "Nurses Watch",
                  "Committee to Protect Online Speech", "Health Workers Union", sep="\n") == \
        ["Nurses Watch", "Committee to Protect Online Speech", "Health Workers Union"]


def test_one_line_of_furniture_inside_a_list_is_passed_over_a_commenter_after_it_is_not():
    assert signed(TITLE, *BODY, "Signatories:", "Nurses Watch", "Health Workers Union",
                  "Subscribe", "Medics Without Borders", "Like Comment Share", "Maryam Ahmadi",
                  "1d Like Reply", sep="\n") == ORGS


def test_any_short_line_ending_in_a_colon_over_the_closing_names():
    assert signed(TITLE, *BODY, "With the support of:", *ORGS, sep="\n\n") == ORGS


def test_a_list_of_people_arrested_inside_the_body_is_no_list_of_signers():
    assert signed(TITLE, BODY[0], "Those arrested on Monday:", "Sara Amini", "Reza Moini",
                  "Leyla Karimi", *BODY[1:], "Signed,", "Nurses Watch", sep="\n\n") == \
        ["Nurses Watch"]


# Each corpus page whose signers stand one a line after the body, with its list presented
# otherwise (tests/signer_presentations.py): other bullets, a run on a label's line, a closing
# sentence, a table, names with a city, a country or a Persian form, two columns. The names found
# must not change: the mechanism reads presentations, not the pages it was tuned on.
# Presentations some page still loses: known, and failing on purpose so that a fix shows up.
_NOT_YET: dict[tuple[str, str], str] = {}

# fresh13's pages (first run): every presentation these pages lose, for one cause each
_ALL_BUT = "city-after-comma alphabetical-heading html-table plain country-in-parentheses " \
    "persian-in-parentheses"  # (the last three since people14's people with roles one a line)
_STYLES = ["bullets", "dashes", "emoji", "plain", "numbered", "signed-by-run",
           "endorsed-by-sentence", "closing-sentence", "city-after-comma",
           "country-in-parentheses", "persian-in-parentheses", "alphabetical-heading",
           "two-columns", "html-table"]
_FRESH13 = {
    "412-news-eveningledger": ('people given as "Name, Title, Organisation" are not read',
                               _ALL_BUT),
    "437-messaging-evinbulletin": ("the channel's ward name is taken as an extra signer", ""),
}
_NOT_YET.update({
    (page, style): f"fresh13 (first run): {reason}"
    for page, (reason, passing) in _FRESH13.items()
    for style in _STYLES if style not in passing.split()})
# fresh14's and fresh15's pages (first run): the presentations they lose, not yet looked at
_FRESH14 = {
    # (the others lost since a news report's credit line was read as a signer; 471's since a
    # list of people with their roles, one a line ending in ";", was cut at its first line)
    "451-news-caspianherald": "city-after-comma",  # "A Nord (Germany), Toronto": a person?
    # fresh15
    "516-newsletter-benchandbar": "numbered signed-by-run endorsed-by-sentence semicolons "
    "closing-sentence",
    "527-messaging-teacherstelegram": "endorsed-by-sentence",
    "538-news-nordicpress": "persian-in-parentheses",
    # fresh18
    "656-messaging-lawyersgroupsignal": "closing-sentence city-after-comma  "
    "country-in-parentheses persian-in-parentheses alphabetical-heading two-columns html-table  "
    "bullets dashes emoji plain numbered signed-by-run endorsed-by-sentence semicolons",
    "624-newsletter-sedanotes": "bullets dashes emoji numbered signed-by-run  "
    "endorsed-by-sentence closing-sentence",
    # fresh21
    "773-news-rundschaunord": "bullets dashes emoji numbered country-in-parentheses "
    "persian-in-parentheses two-columns html-table",
    "787-messaging-azadnet": "city-after-comma country-in-parentheses "
    "persian-in-parentheses alphabetical-heading two-columns "
    "bullets html-table dashes emoji plain numbered",
    "802-pdf-hrcngostatement": "bullets dashes emoji numbered country-in-parentheses "
    "persian-in-parentheses alphabetical-heading html-table",
    "816-news-bogazicigazete": "signed-by-run endorsed-by-sentence semicolons "
    "closing-sentence",
    # fresh22
    "853-pdf-hrcstates": "country-in-parentheses persian-in-parentheses html-table",
    # fresh23
    "896-ngo-pledgebook": "alphabetical-heading",
    "917-pdf-scholarsafi": "html-table",
}
_NOT_YET.update({(page, style): "fresh14/fresh15/fresh18/fresh21/fresh22/fresh23 (first run), not "
                 "yet looked at"
                 for page, failing in _FRESH14.items() for style in failing.split()})


def _signers_of(data: bytes, path: Path) -> list[str]:
    return list(convert(raw_from_bytes(data, path)).meta.get("signatories") or [])


@pytest.mark.parametrize("page, style", [
    pytest.param(p, style, marks=pytest.mark.xfail(strict=True, reason=_NOT_YET[p.name, style]))
    if (p.name, style) in _NOT_YET else (p, style)
    for p in LISTED for style in presentations(p)],
    ids=[f"{p.name}-{style}" for p in LISTED for style in presentations(p)])
def test_corpus_signers_survive_a_change_of_presentation(page, style):
    data, path = presentations(page)[style]
    assert misses(page, data, path, _signers_of) == []


def test_signers_named_before_the_statement():
    assert signed(TITLE, "The following joint statement was signed by Nurses Watch, the Health "
                  "Workers Union and Medics Without Borders:", *BODY) == ORGS


@pytest.mark.parametrize("line, names", [
    ("The expert: Mai Sato, Special Rapporteur on the situation of human rights in Iran.",
     ["Mai Sato"]),
    ("*The experts: Ms. Mai Sato, Special Rapporteur on Iran; Mr. Morris Tidball-Binz, Special "
     "Rapporteur on extrajudicial, summary or arbitrary executions.",
     ["Mai Sato", "Morris Tidball-Binz"]),  # courtesy titles are no part of the name
    ("The experts: Mai Sato, Special Rapporteur on Iran, Morris Tidball-Binz, Special Rapporteur "
     "on extrajudicial executions, and Alice Jill Edwards, Special Rapporteur on torture.",
     ["Mai Sato", "Morris Tidball-Binz", "Alice Jill Edwards"]),
    ("This statement was endorsed by: Mai Sato, Special Rapporteur on the situation of human "
     "rights in Iran; Reem Alsalem, Special Rapporteur on violence against women and girls.",
     ["Mai Sato", "Reem Alsalem"]),
    ("UN experts: Mai Sato (Special Rapporteur on Iran), Reem Alsalem (Special Rapporteur on "
     "violence against women).", ["Mai Sato", "Reem Alsalem"]),
])
def test_experts_in_the_forms_of_un_releases(line, names):
    assert signed(TITLE, *BODY, line) == names


def test_one_official_issuing_a_statement_signs_it_alone():
    """"Statement by A, Regional Director …" at the top: the official whose statement it is
    signs it, alone, without her office (fresh19's writers annotate so: 687, 704)."""
    assert signed("Statement by Adele Khodr, UNICEF Regional Director for the Middle East and "
                  "North Africa", *BODY) == ["Adele Khodr"]


@pytest.mark.parametrize("label", ["✍️ Signatories:", "📢 Signed by:"])
def test_a_label_after_an_emoji(label):
    assert signed(TITLE, *BODY, label, *ORGS, sep="\n") == ORGS


def test_on_behalf_of_an_organisation():
    assert signed(TITLE, *BODY, "Signed,", "Sara Amini", "On behalf of Nurses Watch",
                  sep="\n") == ["Sara Amini", "Nurses Watch"]
    assert signed(TITLE, *BODY, "On behalf of the following organisations:", *ORGS,
                  sep="\n") == ORGS


def test_the_report_says_when_signers_came_from_removed_lines():
    raw = raw_from_bytes("\n".join([TITLE, "", *BODY, "", "Co-signatories:", "1. Nurses Watch",
                                    "2. Health Workers Union", "3. Medics Without Borders"])
                         .encode("utf-8"), Path("p.txt"))
    conversion = convert(raw)
    assert conversion.meta["signatories"] == ORGS
    gone = [n for n in ORGS if any(n in (e.text or "") for e in conversion.report.removed)]
    notes = [n for n in conversion.report.notes if n.startswith("signatories: ")]
    # (the block classifier removes this list today; the note follows whatever it decides)
    assert notes == ([f"signatories: {len(gone)} of 3 read from lines removed as page "
                      "furniture after the body (listed in this report)"] if gone else [])


def test_a_closing_line_that_is_only_a_run_of_names():
    assert signed(TITLE, *BODY, "Nurses Watch, Health Workers Union and Amal Solidarity "
                  "Group.") == ["Nurses Watch", "Health Workers Union", "Amal Solidarity Group"]
    assert signed(TITLE, *BODY, "Tabriz, Urmia and Sanandaj.") == []


def test_a_call_to_action_after_the_list_and_a_french_name_in_a_table():
    assert signed(TITLE, *BODY, "Signatories:", *ORGS, "Take action", sep="\n") == ORGS
    assert name_shape("Ensemble contre l’Impunité").kind == "name"
    assert name_shape("Take Action Network").kind == "organisation"


@pytest.mark.parametrize("heading", ["Partner organisations", "Member groups", "Individuals",
                                     "Human rights organisations", "Organisations:"])
def test_a_groups_heading_is_no_signer_an_organisation_named_in_the_plural_is(heading):
    assert signed(TITLE, *BODY, "Signatories:", heading, "Nurses Watch", "Amal Solidarity Groups",
                  sep="\n") == ["Nurses Watch", "Amal Solidarity Groups"]


def test_a_text_ending_in_a_list_of_demands_has_no_closing_signers():
    """The closing list is not names: nothing is taken, and nothing breaks (an open letter's
    pages ended in such a list once its signers' table had gone to the classifier)."""
    from workflow.importer.signers import signers
    from workflow.importer.structure import Piece

    pieces = [Piece("paragraph", "We call on the authorities to act now and to free them.", 1, 1),
              Piece("list", "release every woman held for her peaceful activism;", 3, 3),
              Piece("list", "end the use of solitary confinement as punishment.", 4, 4)]
    assert signers(pieces) == []


def _wrapped_body() -> str:
    """BODY hard-wrapped at a PDF's width, as pdftotext or an e-mail gives it."""
    return "\n\n".join(textwrap.fill(p, 68) for p in BODY * 2)


def test_a_joint_submissions_attribution_line_removed_as_front_matter_still_signs():
    """The classifier may drop the attribution under a PDF's title ("between the title and
    the body"); its names, wrapped over two lines, still sign."""
    page = ("\n\n                 Arrested for asking to be paid:\n"
            "             the nurses of Tabriz and their families\n\n\n\n"
            "      Joint submission by Nurses Watch, the Health Workers Union\n"
            "      and the Medics Without Borders Association\n\n\n\n"
            "                        Submitted 16 June 2025\n\n\n\n" + _wrapped_body())
    assert signed(page) == ["Nurses Watch", "Health Workers Union",
                            "Medics Without Borders Association"]


def test_a_signature_table_under_a_sign_off_across_a_pdf_page_break():
    """"Yours sincerely," (removed itself, being no signer) still opens the region of the
    table's rows under it, on both pages, though the classifier removed them all."""
    def table(rows: list[tuple[str, str]]) -> str:
        return "\n".join(f"   {n:<50}{c}" for n, c in [("Organisation", "Country"), *rows])
    footer = "Nurses Watch · Open letter on the arrested nurses          {} / 2"
    page = ("Open letter to the ministers on the arrested nurses\n\nExcellencies,\n\n" +
            _wrapped_body() + "\n\nYours sincerely,\n\n" +
            table([(o, "Belgium") for o in ORGS]) + "\n\n\n" + footer.format(1) + "\n\f\n" +
            table([("Amal Solidarity Group", "Sweden"), ("Women Writers in Exile", "Poland")]) +
            "\n\n\n" + footer.format(2))
    assert signed(page) == [*ORGS, "Amal Solidarity Group", "Women Writers in Exile"]


def test_a_list_of_names_one_a_line_in_hard_wrapped_text_is_not_joined():
    """Two names the paragraph rebuilding joined ("… Peine de Mort" / "Justice Project …")
    are two signers; a name wrapped over two lines stays one."""
    names = [*ORGS, "Association Enfance Sans Peine de Mort", "Justice Project Pakistan-Iran Desk",
             "Oslo Iran Support Group"]
    assert signed(TITLE, _wrapped_body(), "Signed by the following 6 organisations:",
                  "\n".join(names)) == names
    assert signed(TITLE, _wrapped_body(), "Signed by:", "\n".join(
        [*ORGS, "Centre for the Rights of Nurses of", "Tabriz"])) == [
        *ORGS, "Centre for the Rights of Nurses of Tabriz"]


def test_a_numbered_signatories_section_removed_after_the_body_and_its_numbered_items():
    """"5. SIGNATORIES" is a label though numbered as a section; an item numbered between
    its neighbours ("14. Online Safety for Women Iran") signs despite its furniture word."""
    from workflow.importer.signers import signers
    from workflow.importer.structure import Piece

    pieces = [Piece("title", TITLE, 1, 1), Piece("paragraph", BODY[0], 3, 3),
              Piece("paragraph", BODY[2], 5, 5)]
    gone = "after a comment thread or end mark (no furniture evidence; score -3.0)"
    rows = ["5. SIGNATORIES", "1. Open Net Defenders (Germany)", "2. Online Safety for Women "
            "Iran (Australia)", "3. Filterwatch Collective (Canada)"]
    decisions = [(1, True, "title", TITLE), (3, True, "in the body", BODY[0]),
                 (5, True, "in the body", BODY[2]),
                 *[(7 + n, False, gone.replace("no furniture evidence", "lexicon online")
                    if "Online" in row else gone, row) for n, row in enumerate(rows)]]
    assert signers(pieces, decisions=decisions) == [
        "Open Net Defenders (Germany)", "Online Safety for Women Iran (Australia)",
        "Filterwatch Collective (Canada)"]


def test_a_working_groups_members_named_before_their_mandate():
    assert signed(TITLE, *BODY, "The experts: Mai Sato, Special Rapporteur on the situation of "
                  "human rights in Iran; Lena Roth (Chair), Omar Idris, Ana Costa and Ji-Woo Han, "
                  "Working Group on discrimination against women and girls.") == [
        "Mai Sato", "Lena Roth", "Omar Idris", "Ana Costa", "Ji-Woo Han"]


def test_the_members_listed_under_the_issuers_name_at_the_top_sign():
    """"Members: A (Chair), B, C" under a mission's name is read, kept or removed."""
    assert signed(TITLE, "Issued by the Independent Fact-Finding Mission on Nurses' Rights",
                  "Members: Lena Roth (Chair), Omar Idris, Ana Costa", *BODY,
                  sep="\n\n") == ["Independent Fact-Finding Mission on Nurses' Rights",
                                  "Lena Roth", "Omar Idris", "Ana Costa"]
    assert signed(TITLE, "Members: the nurses of Tabriz, Urmia and Sanandaj", *BODY) == []


def test_a_table_header_with_a_based_in_column_is_no_signer():
    rows = [f"{'Organisation':<40}Based in", *(f"{o:<40}Germany" for o in ORGS)]
    assert signed(TITLE, *BODY, "Signatories", "\n".join(rows)) == ORGS
    assert signed(TITLE, *BODY, "Signatories:", "Organisation | Based in",
                  *(f"{o} | France" for o in ORGS), sep="\n") == ORGS


def test_a_posts_topic_tags_after_the_body_are_no_signers():
    """A blog's tags under the post (one word each, countries among them) close the text
    like a signature block but name no one."""
    assert signed(TITLE, *BODY, "Education\nRefugees\nAfghanistan\nIran\nHuman Rights") == []
    assert signed(TITLE, *BODY, "\n".join(ORGS)) == ORGS


def test_a_cue_naming_people_then_what_they_are():
    """"Signed by: A, B, C and D, mothers of …": four people, not the first with a role."""
    assert signed(TITLE, "Signed by: Parvin Azadi, Golnar Heydari, Mina Sadri and Leila "
                  "Rostami, mothers of nurses arrested in May.", *BODY) == [
        "Parvin Azadi", "Golnar Heydari", "Mina Sadri", "Leila Rostami"]


def test_people_with_roles_one_a_line_and_a_sign_off_in_hard_wrapped_text():
    """The paragraph rebuilding joins the lines (none ends a sentence); each is a signer, and
    the sign-off among them is none."""
    people = ["Elnaz Gharibi (الناز غریبی), lawyer, Baku",
              "Babak Hosseini (بابک حسینی), linguist, Istanbul",
              "Dr Sevda Rahimli (سودا رحیملی), Ankara University",
              "Nazila Ebrahimi (نازیلا ابراهیمی), teacher, Tabriz", "With regards,"]
    assert signed(TITLE, _wrapped_body(), "Signatories:", "\n".join(people), "Nurses Watch") == [
        "Elnaz Gharibi", "Babak Hosseini", "Dr Sevda Rahimli", "Nazila Ebrahimi", "Nurses Watch"]


def test_a_numbered_list_of_signers_in_two_columns_close_together():
    """Columns two spaces apart stay one line: each row names two signers."""
    rows = ["SIGNATORIES", "1. Nurses Watch (United Kingdom)  3. Amal Solidarity Group (Sweden)",
            "2. Health Workers Union (France)  4. Medics Without Borders (Lebanon)"]
    assert signed(TITLE, *BODY, "\n".join(rows)) == [
        "Nurses Watch (United Kingdom)", "Amal Solidarity Group (Sweden)",
        "Health Workers Union (France)", "Medics Without Borders (Lebanon)"]


def test_a_french_confederation_signs_on_its_head_noun():
    assert name_shape("Confédération syndicale internationale des enseignants").kind == \
        "organisation"
    assert signed(TITLE, *BODY, "Endorsing organisations:", "1. Nurses Watch\n2. Confédération "
                  "syndicale internationale des enseignants (Belgium)") == [
        "Nurses Watch", "Confédération syndicale internationale des enseignants (Belgium)"]


def test_a_person_with_two_roles_is_one_signer():
    assert signed(TITLE, *BODY, "Individuals:", "Martin Ellery, King's Counsel, Doughty Lane "
                  "Chambers", "Golnar Azimi, former member, Iranian Bar Association",
                  sep="\n") == ["Martin Ellery", "Golnar Azimi"]


def test_a_un_written_statements_submitter_and_the_ngos_that_share_its_views():
    """"Joint written statement* submitted by A, a non-governmental organization in special
    consultative status" opens it; "B, C and D, NGO(s) without consultative status, also
    share the views expressed in this statement." closes it."""
    assert signed("Joint written statement* submitted by Nurses Watch, a non-governmental "
                  "organization in special consultative status", *BODY,
                  "Health Workers Union, Amal Solidarity Group and Centre for Supporting "
                  "Human Rights, NGO(s) without consultative status, also share the views "
                  "expressed in this statement.") == [
        "Nurses Watch", "Health Workers Union", "Amal Solidarity Group",
        "Centre for Supporting Human Rights"]


def test_a_tables_header_row_glued_as_a_browser_copies_it_is_no_signer():
    assert signed(TITLE, *BODY, "Signatories:", "OrganisationCountry", *ORGS, sep="\n") == ORGS


def test_the_experts_paragraph_hard_wrapped_after_an_end_mark():
    """Removed line by line after "ENDS", the experts' paragraph is read whole."""
    experts = textwrap.fill(
        "The experts: Mai Sato, Special Rapporteur on the situation of human rights in Iran; "
        "Karim Benaissa, Special Rapporteur on extrajudicial, summary or arbitrary executions; "
        "and Henrik Vaszary, Chair-Rapporteur of the Working Group on Arbitrary Detention.", 70)
    assert signed(TITLE, _wrapped_body(), "ENDS", experts) == [
        "Mai Sato", "Karim Benaissa", "Henrik Vaszary"]


def test_a_wrapped_by_line_whose_lines_each_look_like_names_is_read_as_one_by_line():
    assert signed(TITLE, "Joint statement by the Nurses Watch, the Health Workers\n"
                  "Union and Amal Solidarity Group", "14 August 2026", _wrapped_body()) == [
        "Nurses Watch", "Health Workers Union", "Amal Solidarity Group"]


def test_signed_on_behalf_of_someone_by_named_people():
    assert signed(TITLE, *BODY, "Signed on behalf of the families by Ashraf Ghaffari, Mohsen "
                  "Rahimpour and Tahmineh Sadeghi.") == \
        ["Ashraf Ghaffari", "Mohsen Rahimpour", "Tahmineh Sadeghi"]


def test_the_office_holders_an_institutions_release_opens_with():
    opening = ("The General Rapporteur on media freedom, Ms Henrike Vasquez-Holm, and the "
               "Rapporteur on the Islamic Republic of Iran, Mr Giorgos Papathanasiou, today "
               "condemned the arrests of eleven nurses.")
    assert signed(TITLE, opening, *BODY) == ["Henrike Vasquez-Holm", "Giorgos Papathanasiou"]
    # a news report's official, saying something: no signer
    assert signed(TITLE, "The judiciary's spokesman, Asghar Jahangir, said on Tuesday that the "
                  "nurses had been charged.", *BODY) == []


def test_a_single_organisations_own_release_is_signed_by_it():
    """It opens the text acting in its own name and acts in it again in the present; a text
    that mentions one organisation's call once (a report's) names no signer."""
    opening = "Nurses Watch today called on the authorities to release eleven nurses."
    closing = "Nurses Watch urges the authorities to let the nurses see their lawyers."
    assert signed(TITLE, opening, *BODY, closing) == ["Nurses Watch"]
    assert signed(TITLE, opening, *BODY) == []
    assert signed(TITLE, "Nurses Watch called on the authorities on Monday to release eleven "
                  "nurses.", *BODY, closing) == []


def test_a_digests_next_section_after_a_rule_is_no_signer():
    """Signers listed with dashes, a rule, then the digest's next section numbered "2.": the
    list does not go on; under the same bullet it would (a list going on after a page's
    footnotes)."""
    after = ["~~~~~~~~~~~~~~~~~~~~", "2. NUMBERS OF THE WEEK", "31 executions recorded.",
             "3. JOBS & FELLOWSHIPS", "Research fellow, remote, apply by 1 September."]
    names = ["- " + n for n in ORGS]
    assert signed(TITLE, *BODY, "Signatories", "\n".join(names), *after) == ORGS


def test_a_signer_named_like_the_title_stays_a_signer():
    """A PDF whose cover opens with its publisher's name (taken for the title) signed by that
    publisher among others: the copy in the signature block is a signer, not a repeat of the
    title."""
    wrapped = "\n\n".join(textwrap.fill(p, 70) for p in BODY * 2)
    head = "TUS Statement 2024/3" + " " * 36 + "3 March 2024\n\n"
    foot = "\n\nTUS Statement 2024/3" + " " * 45 + "{}\n"
    names = ["Teachers' Union of the South", "Educators Network", "Schools Watch"]
    text = ("\n\n            Teachers' Union of the South\n\n"
            "     STATEMENT ON THE ARREST OF ELEVEN UNION MEMBERS\n\n"
            "                    3 March 2024\n\n" + foot.format(1) + "\f" + head + wrapped +
            "\n\nEndorsements\n\n  " + "\n  ".join(names) + "\n\nFor more information: "
            "info@tus.example\n© TUS 2024. Reproduction permitted.\n" + foot.format(2))
    assert signed(text, sep="") == names


def test_a_posts_time_stamp_after_the_body_is_no_signature_line():
    text = "\n\n".join([TITLE, *BODY, "9:41 AM · Feb 3, 2026 · 48.2K Views",
                        "1,204 Reposts   97 Quotes   3,310 Likes"])
    conversion = convert(raw_from_bytes(text.encode("utf-8"), Path("p.txt")))
    assert "48.2K Views" not in conversion.body
    assert conversion.meta["date"] == "2026-02-03"


@pytest.mark.parametrize("opening, names", [
    ("The Council of Europe Commissioner for Human Rights, Michael O'Brien, today called on "
     "the authorities to release eleven nurses.", ["Michael O'Brien"]),
    ("The Special Rapporteur on the right to health, Ms Anna Berg, the Special Rapporteur on "
     "torture, Mr Tomas Lind, and the Chair of the Working Group on Arbitrary Detention, "
     "Ms Rita Sousa, today urged the authorities to release eleven nurses.",
     ["Anna Berg", "Tomas Lind", "Rita Sousa"]),
])
def test_office_holders_in_other_wordings(opening, names):
    assert signed(TITLE, opening, *BODY) == names


@pytest.mark.parametrize("text", ["Write to the Head of the Judiciary", "Sign the petition now",
                                  "Join us in Geneva", "Send a letter to the Judiciary"])
def test_a_call_to_action_is_no_name(text):
    assert name_shape(text).kind == ""


def test_a_call_to_action_after_a_table_of_signers_is_no_signer():
    page = ("<html><body><article><h1>" + TITLE + "</h1>" +
            "".join(f"<p>{p}</p>" for p in BODY) +
            "<h2>Signatories</h2><table><tr><th>Organisation</th><th>Country</th></tr>" +
            "".join(f"<tr><td>{n}</td><td>Sweden</td></tr>" for n in ORGS) +
            "</table><p>Write to the Head of the Judiciary</p></article></body></html>")
    assert signed(page, name="p.html") == ORGS


def test_office_holders_who_endorse_sign_by_name_after_the_author():
    assert signed("Rapporteur condemns the arrests of nurses",
                  "The General Rapporteur on health rights of the Regional Assembly, Katrin "
                  "Oberholzer (Austria, SOC), has condemned the arrest of eleven nurses.",
                  *BODY, "The statement is endorsed by the Chairperson of the Committee on "
                  "Legal Affairs and Human Rights, Giorgos Vlachakis (Greece, EPP/CD), and the "
                  "Committee's rapporteur on Iran, Liisa Rantanen (Finland, ALDE).") == \
        ["Katrin Oberholzer", "Giorgos Vlachakis", "Liisa Rantanen"]


@pytest.mark.parametrize("label", ["Annex: Signatory organisations", "Appendix 2 – Signatories",
                                   "ANNEX I: LIST OF SIGNATORIES"])
def test_signers_listed_in_an_annex(label):
    assert signed(TITLE, *BODY, label, *ORGS, sep="\n") == ORGS


def test_a_thread_signed_by_its_account_handle_and_partners():
    assert signed("Post", "Nurses Watch", "@nurseswatch_ex", TITLE, *[
        f"{n}/ {p}" for n, p in enumerate(BODY, 1)],
        "4/ Signed by @nurseswatch_ex together with the Health Workers Union and Medics "
        "Without Borders. /end", "9:15 AM · Sep 30, 2025 · 48.2K Views") == ORGS


def test_a_closing_sentence_whose_subject_is_the_signers():
    assert signed(TITLE, *BODY, "Nurses Watch, the Health Workers Union and Medics Without "
                  "Borders call on the authorities to release the nurses at once.") == ORGS


def test_organisations_acting_in_the_opening_report_are_no_signers():
    assert signed(TITLE, "Nurses Watch and the Health Workers Union call on the authorities to "
                  "explain the arrests, a report said on Monday.", *BODY) == []
    assert signed(TITLE, *BODY, "Between 2016 and 2024, European states contributed over EUR 21 "
                  "million to the programme, and we ask you to stop it.") == []


def test_two_columns_of_people_with_their_roles():
    assert signed(TITLE, *BODY, "Signed:",
                  "    Farideh Moradi, former prisoner      Kamran Jafari, former prisoner",
                  "    Shirin Azad, nurse", sep="\n") == \
        ["Farideh Moradi", "Kamran Jafari", "Shirin Azad"]


def test_two_columns_of_organisations_closing_the_text_without_a_label():
    assert signed(TITLE, *BODY, "    Nurses Watch (Germany)      Health Workers Union (France)",
                  sep="\n\n") == ["Nurses Watch (Germany)", "Health Workers Union (France)"]


@pytest.mark.parametrize("text", ["November 13", "13 Nov", "Posted by Avin at 10:42 PM"])
def test_a_day_divider_or_a_time_is_no_name(text):
    assert name_shape(text).kind == ""


def test_a_run_on_a_label_line_signs_whatever_furniture_word_a_name_has():
    assert signed(TITLE, *BODY, "Signed:", "Signed by: Nurses Watch, Haalvsh Human Rights Archive "
                  "and Medics Without Borders.", sep="\n\n") == \
        ["Nurses Watch", "Haalvsh Human Rights Archive", "Medics Without Borders"]


def test_the_last_and_of_a_run_splits_past_a_persian_form():
    assert signed(TITLE, *BODY, "Signed by: Nurses Watch (دیده‌بان پرستاران), Sara Amini (سارا "
                  "امینی) and Medics Without Borders.") == \
        ["Nurses Watch", "Sara Amini", "Medics Without Borders"]


def test_hard_wrapped_names_with_a_persian_form_and_a_date_under_them():
    lines = textwrap.wrap(" ".join(BODY), 60)
    assert signed(TITLE, "\n".join(lines), "\n".join([
        "Nurses Watch (دیده‌بان پرستاران)", "Health Workers Union (اتحادیه کارکنان بهداشت)",
        "Access for All Iran (دسترسی برای همه)", "Kurdish Nurses Network (شبکه پرستاران کرد)",
        "Dated: 15 December 2025"])) == \
        ["Nurses Watch", "Health Workers Union", "Access for All Iran", "Kurdish Nurses Network"]


def test_a_running_footer_after_a_table_of_signers_is_no_signer():
    page = ("<html><body><article><h1>" + TITLE + "</h1>" +
            "".join(f"<p>{p}</p>" for p in BODY) +
            "<p>Signatories</p><table><tr><th>Organisation</th><th>Country</th></tr>" +
            "".join(f"<tr><td>{n}</td><td>Sweden</td></tr>" for n in ORGS) +
            "</table><p>Joint Submission to the UPR — Iran 3</p>"
            "<p>Joint Submission to the UPR — Iran 4</p><p>Joint Submission to the UPR — Iran 5"
            "</p></article></body></html>")
    assert signed(page, name="p.html") == ORGS


def test_a_thread_calling_itself_our_statement_is_signed_by_its_account():
    assert signed("Post", "Nurses Watch 🕊️", "@nurseswatch_ex",
                  "🧵 THREAD: " + TITLE + " — our statement (1/4)",
                  *[f"{p} ({n}/4)" for n, p in enumerate(BODY, 2)],
                  "9:41 AM · Feb 3, 2026 · 48.2K Views") == ["Nurses Watch"]
    assert signed("Post", "Nurses Watch 🕊️", "@nurseswatch_ex",  # no "our": a post about it
                  "🧵 THREAD: " + TITLE + " (1/4)",
                  *[f"{p} ({n}/4)" for n, p in enumerate(BODY, 2)]) == []


def test_a_thread_signed_in_a_run_of_handles():
    posts = [f"{n}/4 {p}" for n, p in enumerate(BODY, 1)]
    assert signed("Post", "Nurses Watch", "@nurseswatch_ex", TITLE, *posts,
                  "4/4 Signed: @nurseswatch_ex @healthunion_ex @medics_wb",
                  "Show more replies") == ["@nurseswatch_ex", "@healthunion_ex", "@medics_wb"]


def test_co_signers_listed_with_their_handles_sign_with_the_posting_account():
    posts = [f"{n}/5 {p}" for n, p in enumerate(BODY, 2)]
    assert signed("Post", "Nurses Watch", "@nurseswatch_ex",
                  "THREAD: " + TITLE + " — our joint statement 🧵 1/5", *posts, "5/5 Co-signed by:",
                  "Health Workers Union @healthunion_ex", "Medics Without Borders @medics_wb",
                  "112 Reposts   19 Quotes   604 Likes", sep="\n\n") == ORGS


@pytest.mark.parametrize("item, name", [
    ("Pastor Elias Haddadian of the Assyrian Church Fellowship in Sydney", "Elias Haddadian"),
    ("Rabbi Miriam Stern of the Progressive Synagogue of Leeds", "Miriam Stern"),
    ("Reverend Thomas Ashby", "Reverend Thomas Ashby"),  # alone: how he signs
])
def test_a_minister_signs_by_name_without_title_or_congregation(item, name):
    assert signed(TITLE, *BODY, f"This statement is endorsed by Nurses Watch, the Health "
                  f"Workers Union and {item}.") == ["Nurses Watch", "Health Workers Union", name]


def test_a_dash_sign_off_under_a_list_of_actions_signs():
    assert signed(TITLE, *BODY, "We ask everyone who reads this to:",
                  "🔹 share their names using the hashtags below;",
                  "🔹 write to the embassies of Iran in your country.",
                  "— Families for Justice – Mashhad (خانواده‌های دادخواه مشهد)",
                  "#FreeThem #StopExecutions", sep="\n") == ["Families for Justice – Mashhad"]


def test_a_newsletter_signs_with_its_own_name_under_a_dash():
    page = ("<html><head><title>Switched Off - by The Caspian Ledger</title>"
            "<meta property='og:site_name' content='The Caspian Ledger'></head><body><article>"
            f"<h1>{TITLE}</h1>" + "".join(f"<p>{p}</p>" for p in BODY) +
            "<p>— The Caspian Ledger</p></article>"
            "<footer>© 2025 The Caspian Ledger · Privacy ∙ Terms</footer></body></html>")
    assert signed(page, name="p.html") == ["The Caspian Ledger"]
    other = page.replace("The Caspian Ledger</title>", "Ledger Press</title>").replace(
        "content='The Caspian Ledger'", "content='Ledger Press'").replace(
        "© 2025 The Caspian Ledger", "© 2025 Ledger Press")
    assert signed(other, name="p.html") == []  # a name under a dash, not the page's own


REPORT = ["Prisoners’ families say the detained nurses have been denied medical care for weeks.",
          "Their lawyers say the files contain no evidence of any crime at all."]


def test_a_report_names_the_bodies_of_institutions_that_signed_and_one_alongside():
    assert signed(TITLE, *REPORT, "The statement was signed by the student councils of Amirkabir "
                  "Polytechnic, Shiraz Arts University and Tabriz Medical Sciences University, "
                  "alongside the exiled Iranian Students’ Solidarity Union.", *BODY) == [
        "Amirkabir Polytechnic", "Shiraz Arts University", "Tabriz Medical Sciences University",
        "Iranian Students’ Solidarity Union"]


def test_a_report_names_some_of_the_organisations_behind_a_statement():
    assert signed(TITLE, *REPORT, "In a statement released on Tuesday, seven organisations "
                  "including Nurses Watch and the Health Workers Union said the prisoners’ "
                  "health was deteriorating.", *BODY) == ["Nurses Watch", "Health Workers Union"]
    assert signed(TITLE, *REPORT, "Seven organisations including Nurses Watch and the Health "
                  "Workers Union have documented such cases for years.", *BODY) == []


def test_a_un_written_statement_is_signed_by_its_accredited_ngo_and_those_sharing_its_views():
    assert signed("United Nations A/HRC/61/NGO/7", "Human Rights Council",
                  "Written statement* submitted by Nurses Watch, a non-governmental",
                  "organization in special consultative status", TITLE, *BODY,
                  "Health Workers Union, Sufi Heritage Watch, NGO(s) without consultative "
                  "status, also share the views expressed in this statement.") == [
        "Nurses Watch", "Health Workers Union", "Sufi Heritage Watch"]


def test_a_press_contact_under_its_role_with_a_telephone_number_is_no_signer():
    contacts = ["Spokesperson", "Hanna Lindqvist-Moreau", "+32 (0)2 29 8 0455",
                "Press Officer", "Baptiste Coelho", "+32 (0)2 29 8 0371"]
    assert signed(TITLE, *BODY, *contacts, sep="\n") == []
    assert signed(TITLE, *BODY, "Signed,", "Hanna Lindqvist-Moreau", "Director",
                  "+32 (0)2 29 8 0455", sep="\n") == ["Hanna Lindqvist-Moreau"]


def test_a_joint_statement_by_office_holders_parted_by_semicolons():
    assert signed("Joint statement by Anneliese Hoorn, UNCF Executive Director; Rashid "
                  "Al-Mansouri, High Commissioner for Displaced Persons; and Dr Olufemi Adeyanju, "
                  "Director-General of the Global Migration Office", TITLE, *BODY) == [
        "Anneliese Hoorn", "Rashid Al-Mansouri", "Dr Olufemi Adeyanju"]
