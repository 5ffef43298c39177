"""Each import rule on synthetic raw pages written for it (tests/data/import/)."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from workflow.errors import InputError
from workflow.importer import convert, read_raw
from workflow.importer.flags import glued_words
from workflow.importer.metadata import parse_date, slugify
from workflow.source import parse_source, render_source

DATA = Path(__file__).parent / "data" / "import"


def parsed(conversion):
    """Round-trip through the shared source format, as every later stage reads it."""
    return parse_source(render_source(conversion.meta, conversion.body), Path("x.md"))


def of_kind(doc, kind):
    return [b.text for b in doc.blocks if b.kind == kind]


@pytest.fixture(scope="module")
def boiler():
    conversion = convert(read_raw(DATA / "boilerplate.txt"))
    return conversion, parsed(conversion), conversion.report.render([])


def test_each_kind_of_boilerplate_is_removed_and_reported(boiler):
    conversion, doc, report = boiler
    text = "\n".join(b.text for b in doc.blocks)
    expected = {
        "L1: skip link": "Skip to content",
        "L3: page-header date above the title": "Monday, 3 June 2024",
        "L4: breadcrumb (HomeStatements) glued to a truncated copy of the title": "HomeStatements",
        "L8: repeated title": None,
        "L10: share/navigation button": "Share on Facebook",
        "L11: share/navigation button": "Tweet",
        "L15: image caption (short lowercase line between paragraphs)": "prisoners at the gate",
        "L21: image caption repeating the heading next to it": "Dr Amina Farouk (2)",
        "L32: related-content block heading": "Related articles",
        "L34: teaser headline in related-content block": "Guards acquitted",
        "L35: teaser summary (truncated)": "The court ruled on Tuesday",
        "L40: comment form": "Leave a Reply",
        "L42: comment form": "will not be published",
        "L50: comment form": "Post Comment",
    }
    for report_line, gone in expected.items():
        assert report_line in report
        if gone:
            assert gone not in text
    assert text.count("Call for Justice for the Victims of the Prison Killings") == 1


def test_content_survives_whole_with_structure(boiler):
    conversion, doc, report = boiler
    paragraphs = of_kind(doc, "paragraph")
    assert ("Witnesses say that guards fired “without warning” on people who had done nothing "
            "but ask for water.") in paragraphs[1]
    assert of_kind(doc, "heading") == ["Dr Amina Farouk, Chair of the Prisoners’ Families "
                                       "Committee"]
    assert [(b.marker, b.text) for b in doc.blocks if b.kind == "list"] == [
        ("1.", "Release the bodies of the victims to their families."),
        ("2.", "Publish the full list of those who died.")]
    assert of_kind(doc, "signature") == ["Prisoners’ Families Committee",
                                         "Lawyers for Justice Association", "Geneva, 12 June 2024"]
    assert doc.meta["date"] == "2024-06-12"  # the statement's date, not the page header's
    assert doc.meta["organisations"] == ["Prisoners’ Families Committee",
                                         "Lawyers for Justice Association"]


def test_whitespace_normalised_quotes_kept(boiler):
    conversion, doc, report = boiler
    body = conversion.body
    assert "\u00a0" not in body and "  " not in body
    assert "2019. The families" in body
    assert "“We will not stop until every name is known,” Dr Farouk" in body
    assert "The authorities’ account" in body
    assert "L13: whitespace: 1 run(s) of spaces collapsed" in report
    assert "L23: whitespace: 1 no-break space -> space" in report


def test_hard_wrapped_text_rebuilt_into_paragraphs():
    conversion = convert(read_raw(DATA / "wrapped.txt"))
    doc = parsed(conversion)
    report = conversion.report.render([])
    assert of_kind(doc, "heading") == ["On the Tenth Anniversary of the Ban on Independent "
                                       "Newspapers"]
    paragraphs = of_kind(doc, "paragraph")
    assert len(paragraphs) == 4
    assert paragraphs[0].endswith("writing about corruption, prisons, poverty, etc. in the "
                                  "provinces far from the capital.")
    assert paragraphs[1].endswith("has not been seen by his")
    assert paragraphs[2].startswith("The well-known weekly Morning Voice was the last to fall.")
    assert of_kind(doc, "signature") == ["Free Press Defence Committee",
                                         "Union of Independent Journalists", "3 May 2021"]
    assert doc.meta["date"] == "2021-05-03"
    assert "L17-21: paragraph ends mid-sentence" in report
    assert "hard-wrapped at about" in conversion.layout


def test_html_page_extracted_with_trafilatura():
    conversion = convert(read_raw(DATA / "statement.html"))
    doc = parsed(conversion)
    report = conversion.report.render([])
    text = "\n".join(b.text for b in doc.blocks)
    assert doc.meta["title"] == "Release the Detained Teachers Now"
    for furniture in ("tracking-code-should-never-appear", "second-script", "Donate to our work",
                      "Court postpones hearing", "All rights reserved", "Add new comment",
                      "Skip to main content", "color: #c00"):
        assert furniture not in text
    assert [b.marker for b in doc.blocks if b.kind == "list"] == ["1.", "2.", "3."]
    assert of_kind(doc, "quote") == ["Everyone has the right to freedom of peaceful assembly and "
                                     "association, and no one may be compelled to belong to an "
                                     "association."]
    assert of_kind(doc, "heading") == ["What we ask of the authorities"]
    assert of_kind(doc, "signature") == ["Example Rights Network",
                                         "Teachers Solidarity Association", "Paris, 8 March 2022"]
    assert doc.meta["date"] == "2022-03-08"
    assert "L7: <script> element" in report
    assert 'not article text (navigation): "Donate to our work"' in report
    assert 'not article text (sidebar): "Court postpones hearing of jailed union leaders"' in report


def test_glued_word_detection_and_dates():
    assert glued_words("the execution325 years ago in the 1980s and 25th year") == [
        "execution325"]
    assert "RightsIran" in glued_words("Iran Human RightsIran: The")
    assert glued_words("McDonald and YouTube met PMOI/MEK on WW2") == []
    assert parse_date("5 October 2013", whole=True) == "2013-10-05"
    assert parse_date("Friday, March 24, 2023", whole=True, allow_weekday=True) == "2023-03-24"
    assert parse_date("31 February 2020", whole=True) is None
    assert slugify("Joint Statement on the 1988 Massacre", "2020-08-20") == \
        "joint-statement-1988-massacre-2020"
    assert slugify("Ülkü’s «Call»: Justice!") == "ulkus-call-justice"


def test_page_that_is_only_furniture_is_an_input_error(tmp_path):
    raw = tmp_path / "menu.txt"
    raw.write_text("Skip to main content\n\nShare on Facebook\n\nTweet\n", encoding="utf-8")
    with pytest.raises(InputError, match="no statement text"):
        convert(read_raw(raw))


@pytest.mark.parametrize("encoding, bom", [("utf-8", b"\xef\xbb\xbf"), ("utf-16", b"")])
def test_bom_utf16_and_crlf_pages(tmp_path, encoding, bom):
    text = ("Free the Journalists\r\n\r\nThe journalists arrested last week must be released "
            "today, and the charges against them must be dropped.\r\n")
    raw = tmp_path / "page.txt"
    raw.write_bytes(bom + text.encode(encoding))
    conversion = convert(read_raw(raw))
    assert conversion.title == "Free the Journalists"
    assert "\r" not in conversion.body and "\ufeff" not in conversion.body
    assert "released today, and the charges" in conversion.body


def test_page_without_a_title_line_is_flagged(tmp_path):
    raw = tmp_path / "untitled.txt"
    raw.write_text("We, the undersigned organisations, condemn the arrest of the lawyers who "
                   "defended the families of the victims, and we call for their immediate "
                   "release and for an end to the harassment of their relatives.\n\n"
                   "The arrests took place at dawn.\n", encoding="utf-8")
    report = convert(read_raw(raw)).report.render([])
    assert "L1: no title line found" in report


def test_unusual_sizes_are_flagged(tmp_path):
    sentence = "The prisoners were executed in secret and buried in unmarked graves. "
    short = tmp_path / "short.txt"
    short.write_text("A Short Statement on the Prisoners\n\n" + sentence * 3 + "\n",
                     encoding="utf-8")
    report = convert(read_raw(short)).report.render([])
    assert "whole text: unusually short result: 39 words" in report
    long = tmp_path / "long.txt"
    paragraphs = "\n\n".join(sentence * 20 for _ in range(110))
    long.write_text("A Long Statement on the Prisoners\n\n" + paragraphs + "\n", encoding="utf-8")
    report = convert(read_raw(long)).report.render([])
    assert "unusually long result: 24206 words: several pages in one?" in report
    assert "unusually short" not in report
    menu = "\n\n".join(f"Share on {site}" for site in ("Facebook", "Twitter", "Telegram") * 40)
    mostly_menu = tmp_path / "menu.txt"
    mostly_menu.write_text("Skip to main content\n\n" + menu + "\n\nA Statement on the "
                           "Prisoners\n\n" + sentence * 12 + "\n", encoding="utf-8")
    report = convert(read_raw(mostly_menu)).report.render([])
    assert re.search(r"only 137 of \d+ raw words kept \(\d+%\): check the removed lines", report)
