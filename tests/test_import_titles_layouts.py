"""The title where a page's layout hides it (workflow.importer.titles), each mechanism on a
small page of its own through the public ``convert``: a post's trailing emoji and the title it
quotes for the statement it carries, a hard-wrapped e-mail's headline standing alone over its
text, a headline parted by a colon and wrapped over two lines, a newsletter issue's headline
giving way to the statement it announces, a running footer numbered in roman figures, and a
marked heading kept over a paragraph that opens on its words."""

from __future__ import annotations

import textwrap
from pathlib import Path

import pytest
from import_pages import BODY

from workflow.importer import convert
from workflow.importer.rawinput import raw_from_bytes
from workflow.importer.titles import clean_title


def page(text: str, suffix: str = ".txt"):
    return convert(raw_from_bytes(text.encode("utf-8"), Path("p" + suffix)))


def wrapped(width: int = 66) -> str:
    """The body hard-wrapped, as a plain-text e-mail or a PDF's text has it."""
    return "\n\n".join(textwrap.fill(b, width) for b in BODY)


# --- what a post puts round a headline ---

@pytest.mark.parametrize("line, want", [
    ("Iran's universities are purging students — we will not stay silent 🧵",
     "Iran's universities are purging students — we will not stay silent"),
    ("Eleven nurses held without charge in Tabriz 👇👇", "Eleven nurses held without charge "
                                                       "in Tabriz"),
    ("Free them now ✊", "Free them now"),
    ("Free them ✊", "Free them ✊"),  # nothing left worth the name: kept whole
])
def test_a_posts_trailing_emoji_comes_off_the_headline(line, want):
    assert clean_title(line) == want


@pytest.mark.parametrize("line, want", [
    ('THREAD: Our statement, issued today 19 Feb 2025 — "Three journalists, one charge: '
     'reporting". Please share. 🧵 1/6', "Three journalists, one charge: reporting"),
    ("Read our new report: “Silenced classrooms in Iran”", "Silenced classrooms in Iran"),
    ("Our joint statement — ‘Iran’s nurses must be freed now’. Please share.",
     "Iran’s nurses must be freed now"),
    ('We publish today an open letter titled "Release the nurses of Tabriz" — sign it',
     "Release the nurses of Tabriz"),
    # a quote inside a headline's own words, or no document named: the headline stays
    ("Joint statement on the “Chastity and Hijab” law and its victims",
     "Joint statement on the “Chastity and Hijab” law and its victims"),
    ('Iran: students tell the court "we will not stay silent"',
     'Iran: students tell the court "we will not stay silent"'),
    ('Nurses say: "we were beaten in custody"', 'Nurses say: "we were beaten in custody"'),
])
def test_a_post_naming_its_statement_gives_the_title_it_quotes(line, want):
    assert clean_title(line) == want


# --- a hard-wrapped e-mail's headline ---

def test_a_hard_wrapped_emails_headline_alone_over_its_text_is_the_title():
    text = ("JOINT STATEMENT\n22 February 2025\n\n"
            "Hunger strikers in Qarchak must receive medical care now\n\n" + wrapped() + "\n")
    assert page(text).meta["title"] == "Hunger strikers in Qarchak must receive medical care now"


def test_a_caption_standing_alone_over_one_line_paragraphs_is_not_taken_for_it():
    text = ("Rights groups demand release of jailed nurses\n\n"
            "Nurses gather outside the court in 2024. (Handout)\n\n" + "\n\n".join(BODY) + "\n")
    assert page(text).meta["title"] == "Rights groups demand release of jailed nurses"


# --- a headline parted by its colon, wrapped over two lines ---

def test_a_colon_headline_wrapped_over_two_lines_is_read_whole():
    text = ("        Imprisoned for Nursing: Iran Must Release the Nurses\n"
            "              Held in Tabriz and Urmia\n\n"
            "Issued 3 May 2025\n\n" + wrapped(80) + "\n")
    assert page(text).meta["title"] == \
        "Imprisoned for Nursing: Iran Must Release the Nurses Held in Tabriz and Urmia"


def test_a_colon_headline_over_its_subtitle_phrase_is_not_joined():
    text = ("Imprisoned for Nursing: Iran Must Release the Nurses\n"
            "A Joint Statement by Five Groups\n\n"
            "Issued 3 May 2025\n\n" + wrapped(80) + "\n")
    assert page(text).meta["title"] == "Imprisoned for Nursing: Iran Must Release the Nurses"


# --- a running footer numbered in roman figures ---

def test_a_running_footer_with_a_roman_page_number_is_no_title():
    cover = ("\n\n                    NURSES SOLIDARITY COALITION\n\n\n"
             "              Nurses Behind Bars: Iran's Assault on\n"
             "                      the Nurses' Association\n\n\n"
             "                             14 October 2025\n\n\n")
    contents = ("Nurses Behind Bars                                                  2\n\n"
                "Contents\n\n"
                "1. Joint statement ........................................ 3\n"
                "2. Recommendations ......................................... 4\n\n\n"
                "Nurses Solidarity Coalition                                         ii\n")
    statement = ("Nurses Behind Bars                                                  3\n\n"
                 "1. Joint statement\n\n" + wrapped(76) + "\n\n\n"
                 "Nurses Solidarity Coalition                                          3\n")
    more = ("Nurses Behind Bars                                                  4\n\n"
            "2. Recommendations\n\n" + wrapped(76) + "\n\n\n"
            "Nurses Solidarity Coalition                                          4\n")
    result = page("\f".join([cover, contents, statement, more]))
    assert result.meta["title"] == "Nurses Behind Bars: Iran's Assault on the Nurses' Association"
    dropped = {e.text for e in result.report.removed if "running footer" in e.reason}
    assert "Nurses Solidarity Coalition ii" in {" ".join(t.split()) for t in dropped}


# --- a newsletter issue carrying a statement ---

NOTE = ("Hello, readers. A short issue this week, because the main item deserves the space.")
ANNOUNCE = ("On Monday our friends at Nurses Watch put out the statement below. Read it, then "
            "read the court dates at the end.")
HEADING = "One year of the nurses’ strike is one year of arrests in Tabriz"
OPENING = ("One year after the nurses of Tabriz went on strike for their unpaid wages, eleven "
           "members of their association remain in prison without charge.")


def newsletter(standfirst: str) -> str:
    paras = "\n".join(f"<p>{b}</p>" for b in BODY)
    return (f"<!DOCTYPE html>\n<html>\n<head>\n<title>Issue #87: The strike, one year on - "
            f"The Ledger</title>\n</head>\n<body>\n<div class=\"post\">\n"
            f"<h1>Issue #87: The strike, one year on</h1>\n<h3>{standfirst}</h3>\n"
            f"<div class=\"body\">\n<p>{NOTE}</p>\n<p>{ANNOUNCE}</p>\n<h2>{HEADING}</h2>\n"
            f"<p>{OPENING}</p>\n{paras}\n</div>\n</div>\n</body>\n</html>\n")


def test_a_newsletter_issue_gives_way_to_the_statement_it_announces():
    result = page(newsletter("This week: a statement from Nurses Watch, two court dates, "
                             "and a correction."), ".html")
    assert result.meta["title"] == HEADING


def test_an_issue_named_inside_the_declared_headline_gives_way_too():
    html = newsletter("This week: a statement from Nurses Watch, two court dates, and a "
                      "correction.").replace("Issue #87: The strike", "The Ledger, issue 87: "
                                             "The strike")
    assert page(html, ".html").meta["title"] == HEADING


def test_a_marked_heading_over_a_paragraph_opening_on_its_words_is_kept():
    result = page(newsletter("This week: a statement from Nurses Watch."), ".html")
    assert HEADING in result.body and OPENING in result.body
    assert not any("image caption" in e.reason for e in result.report.removed)


def test_the_page_header_between_two_copies_of_the_headline_is_no_note():
    paras = "\n".join(f"<p>{b}</p>" for b in BODY)
    html = ("<!DOCTYPE html>\n<html>\n<head>\n<title>Issue #58: Nurses behind bars</title>\n"
            "</head>\n<body>\n<article>\n<header>\n<p class=\"tag\">Weekly briefing</p>\n"
            "<h1>Issue #58: Nurses behind bars</h1>\n"
            "<div class=\"meta\"><span>By Parisa Lotfi</span> · <time datetime=\"2025-06-27\">"
            "Jun 27, 2025</time> · <span>6 min read</span></div>\n</header>\n<section>\n"
            "<p>Hi friends — a shorter issue this week because half of our team is in Geneva. "
            "Below, the joint letter we helped draft, followed by our usual roundup.</p>\n<hr>\n"
            "<h2>Joint letter: Iran must stop prosecuting nurses for striking</h2>\n"
            f"{paras}\n</section>\n</article>\n</body>\n</html>\n")
    assert page(html, ".html").meta["title"] == \
        "Joint letter: Iran must stop prosecuting nurses for striking"
