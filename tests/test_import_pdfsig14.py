"""Signer lists of PDF text (pdfsig14): names set out in two columns, read down each column
with a name wrapped over two rows made whole again; the organisations a cover lists under
"Submitted by:"."""

from __future__ import annotations

from pathlib import Path

from workflow.importer import convert
from workflow.importer.columns import grid_runs, read_grid
from workflow.importer.rawinput import raw_from_bytes

BODY = [
    "Open letter on the detention of trade unionists",
    "",
    "We, the undersigned organisations, write to express our concern at the arrest of",
    "eleven members of an independent union of bus drivers in the capital last month,",
    "who remain held without access to a lawyer of their choosing.",
    "",
    "We urge the authorities to release them immediately and unconditionally and to",
    "allow the union to meet, to organise and to speak for its members without fear.",
    "",
    "Signatories",
    "",
]


def _signers(lines: list[str]) -> list[str]:
    text = "\n".join(lines) + "\n\fPage 2\n"
    return list(convert(raw_from_bytes(text.encode("utf-8"), Path("letter.txt")))
                .meta.get("signatories") or [])


def _grid(*rows: tuple[str, str]) -> list[str]:
    """Rows as pdftotext -layout sets them: the right column at one position."""
    return [("   " + left.ljust(40) + right).rstrip() for left, right in rows]


def test_two_columns_of_names_are_read_down_the_left_then_the_right():
    grid = _grid(("Harbour Workers Federation", "Nordic Drivers' Union"),
                 ("Lantern Rights Collective", "Solidarity Fund for Teachers"),
                 ("Meadow Legal Aid Society", "Union of Tram Workers (Spain)"))
    assert _signers(BODY + grid) == [
        "Harbour Workers Federation", "Lantern Rights Collective", "Meadow Legal Aid Society",
        "Nordic Drivers' Union", "Solidarity Fund for Teachers", "Union of Tram Workers (Spain)"]


def test_a_name_wrapped_in_its_column_is_one_name():
    rows = ["Association of Defence Counsel in       Lantern Rights Collective",
            "exile                                   Council of Independent Legal",
            "Harbour Workers Federation              Practitioners",
            "Workers' Committee for Public Law      "]
    rows = [(n, r) for n, r in enumerate(rows, start=1)]
    names = [name for _, name in read_grid(rows, 40)]
    assert names == ["Association of Defence Counsel in exile", "Harbour Workers Federation",
                     "Workers' Committee for Public Law", "Lantern Rights Collective",
                     "Council of Independent Legal Practitioners"]


def test_a_grid_needs_names_on_both_sides_not_a_name_beside_its_country_or_figures():
    names = ["Harbour Workers Federation      Norway", "Lantern Rights Collective       Chile",
             "Meadow Legal Aid Society        Spain"]
    figures = ["Arrests    2024    1,417", "Executions    2025    975",
               "Summons    2025    212"]
    assert grid_runs(names, set()) == []
    assert grid_runs(figures, set()) == []


def test_a_footer_address_under_the_grid_is_no_part_of_a_name():
    grid = _grid(("Harbour Workers Federation", "Nordic Drivers' Union"),
                 ("Lantern Rights Collective", "Solidarity Fund for Teachers"),
                 ("Meadow Legal Aid Society", ""), ("www.lettersite.example", ""))
    assert "Meadow Legal Aid Society" in _signers(BODY + grid)


COVER = ["", "", "            JOINT SUBMISSION", "",
         "   Forced Evictions in the Southern Provinces of the Republic", "",
         "                 Submitted by:", "",
         "           Harbour Workers Federation",
         "           Lantern Rights Collective (LRC)",
         "           Meadow Legal Aid Society", "",
         "           Date: 3 March 2026", "",
         "1. Introduction", "",
         "1.1 This submission documents the eviction of more than four hundred families from",
         "their homes in the southern provinces since the last review, most of them without",
         "notice, compensation or any remedy before a court.", "",
         "1.2 The families were moved to camps on the edge of the cities where they have no",
         "water, no schools for their children and no work within reach of the camps."]


def test_the_organisations_a_cover_lists_under_submitted_by_sign():
    assert _signers(COVER) == ["Harbour Workers Federation", "Lantern Rights Collective (LRC)",
                               "Meadow Legal Aid Society"]


def test_a_cover_label_with_no_names_under_it_names_no_one():
    lines = [line for line in COVER if line.strip() not in (
        "Harbour Workers Federation", "Lantern Rights Collective (LRC)",
        "Meadow Legal Aid Society")]
    assert _signers(lines) == []


def test_a_text_table_of_people_with_their_titles_gives_its_name_column():
    table = ["Signatories (in alphabetical order by surname)", "",
             " Name                       Profession                 Country",
             " ---------------------------------------------------------------",
             " Dr Lena Okafor             Emergency physician        Ghana",
             " Prof. Tomas Brandvik       Professor of surgery       Norway",
             " Hanna Velasquez, RN        Intensive-care nurse       Chile", "",
             "Printed on recycled paper."]
    assert _signers(BODY[:-2] + table) == ["Dr Lena Okafor", "Prof. Tomas Brandvik",
                                           "Hanna Velasquez"]
