"""Who issues a text when no list of signers does (issue #10, fresh20): a report's words
introducing the statement it carries ("X, a network of …, issued the following statement"),
"We, X and the people who sign below", an office named again by its head noun ("the
Agency calls …"), and a printed report's publisher (its cover, running footer and "About"
paragraph); each on a small page of its own, through convert()."""

from __future__ import annotations

from pathlib import Path

from workflow.importer import convert
from workflow.importer.rawinput import raw_from_bytes


def signed(lines: list[str], name: str = "p.txt") -> list[str]:
    raw = raw_from_bytes(("\n".join(lines) + "\n").encode("utf-8"), Path(name))
    return list(convert(raw).meta.get("signatories") or [])


DEMANDS = [
    "The detained teachers were held for weeks without access to a lawyer and were "
    "questioned about their contacts with colleagues abroad.",
    "",
    "Several of them have since been dismissed from their posts and banned from teaching "
    "for five years by an administrative board that did not hear them.",
    "",
    "We demand their immediate release and their reinstatement in the schools where they "
    "taught, with the wages owed to them.",
    "",
]


def test_a_report_introducing_the_statement_it_carries_names_its_issuer():
    page = ["Teachers' union demands release of detained colleagues", "",
            "The Caspian Teachers' Guild, an association of teachers in the northern provinces, "
            "issued the following statement on Monday after four of its members were arrested.",
            "", *[f"> {line}" if line else "" for line in DEMANDS],
            "The authorities did not respond to a request for comment.", ""]
    assert signed(page) == ["Caspian Teachers' Guild"]


def test_the_following_statement_was_issued_by():
    page = ["Statement on the detained teachers", "",
            "The following statement was issued by the Caspian Teachers' Guild on Monday.",
            "", *DEMANDS]
    assert signed(page) == ["Caspian Teachers' Guild"]


def test_a_report_naming_an_organisation_without_saying_it_issued_the_text_signs_nothing():
    page = ["Teachers detained in the north", "",
            "The Caspian Teachers' Guild, an association of teachers in the northern provinces, "
            "said that four of its members had been arrested on Monday.", "", *DEMANDS]
    assert "Caspian Teachers' Guild" not in signed(page)


def test_we_an_organisation_and_the_people_who_sign_below():
    page = ["Petition: release the detained teachers", "",
            "We, the Caspian Teachers' Guild and the people who sign below, call for the "
            "release of four teachers arrested in Rasht.", "", *DEMANDS]
    assert signed(page) == ["Caspian Teachers' Guild"]


def test_an_office_speaking_again_by_its_head_noun_issues_its_release():
    page = ["Iran: detained teachers must be released", "",
            "The Regional Agency for Education and Rights is deeply concerned by the detention "
            "of four teachers in Rasht for their union activities.", "", *DEMANDS,
            "The Agency calls on the authorities to release the teachers without delay.", ""]
    assert signed(page) == ["Regional Agency for Education and Rights"]


def _pages(footer: str, about: list[str], cover: str = "CASPIAN EDUCATION OBSERVATORY"):
    return [cover, "Briefing No. 4", "", "Teachers behind bars: the arrests of 2026", "",
            "Between January and October 2026 we documented the arrests of 61 teachers in",
            "the northern provinces, most of them members of independent unions.", "",
            "Most were held without charge for weeks and questioned about their contacts",
            "with colleagues abroad; several were dismissed from their posts.", "",
            f"{footer:<60}1", "\f",
            "We call on the authorities to release every teacher held for union work and",
            "to reinstate those who were dismissed, with the wages owed to them.", "",
            "Courts should stop treating membership of a union as a threat to national",
            "security, and the Ministry should lift the bans on teaching.", "",
            *about, f"{footer:<60}2", ""]


def test_a_printed_reports_publisher_on_its_cover_running_footer_and_about_paragraph():
    page = _pages("Caspian Education Observatory · Briefing No. 4",
                  ["Caspian Education Observatory is an independent research group.", ""])
    assert signed(page) == ["Caspian Education Observatory"]


def test_the_cover_alone_does_not_make_a_publisher_sign():
    page = _pages("Briefing No. 4", [], cover="Caspian Education Observatory")
    assert signed(page) == []


def test_an_issuer_described_in_a_relative_clause_then_speaking_as_we():
    page = ["Release the detained teachers", "",
            "The Caspian Teachers' Office, which defends teachers prosecuted for union work, "
            "calls for the release of four teachers arrested in Rasht.", "", *DEMANDS,
            "We call on the authorities to release them without conditions.", ""]
    assert signed(page) == ["Caspian Teachers' Office"]


def test_an_issuer_named_again_by_the_first_words_of_its_name():
    page = ["Teachers must be released", "",
            "Rasht, 3 March 2026 — Circle of Educators for Minority Rights today condemned the "
            "arrest of four teachers in Rasht.", "", *DEMANDS,
            "Circle of Educators calls on the authorities to release them without delay.", ""]
    assert signed(page) == ["Circle of Educators for Minority Rights"]


_REPORT = [
    "Four teachers' arrest condemned", "",
    "RASHT: Four teachers have been arrested in Rasht after a sit-in against the dismissal of "
    "their colleagues, a teachers' group said on Monday.", "",
    "The Caspian Teachers' Association said in a statement that the four had been held "
    "without access to a lawyer since their arrest.", "",
    "\"Teaching is not a crime,\" the statement said.", "",
    "The association urged the authorities to release them and to reinstate the dismissed "
    "teachers.", "",
    "The ministry of education did not respond to questions sent on Sunday.", ""]


def test_a_news_report_on_one_organisations_statement_names_its_maker():
    assert signed(_REPORT) == ["Caspian Teachers' Association"]


def test_a_news_report_on_two_organisations_statements_names_neither():
    page = [*_REPORT,
            "The Gilan Lawyers' Forum said in a statement that the arrests were unlawful.", ""]
    assert signed(page) == []


def test_an_office_holder_whose_release_goes_on_in_the_offices_name_signs():
    """Under a label line ("Press release – Committee …"), "The general rapporteur on …, A B
    (Country, Group), has condemned …", then "the rapporteur said" twice: A B makes it."""
    page = ["Rapporteur condemns the arrests of students", "",
            "Press release – Committee on Education and Culture", "",
            "The general rapporteur on academic freedom of the Regional Assembly, Lena Varga "
            "(Hungary, Greens), has condemned the arrest of twelve students in Shiraz.", "",
            "\"Students must be free to protest peacefully,\" the rapporteur said.", "",
            "According to information received by the rapporteur, several students were held "
            "without access to a lawyer for more than a week.", "", *DEMANDS]
    assert signed(page) == ["Lena Varga"]
