"""The title of a report's cover or a letter's head (covers17): what on a cover is no headline
(a contents list, an authors' label with its date, an occasion line, a State's name, a
self-description, a letter's copy line and dateline) and how a cover's headline is read whole
(a short head and its colon, an enumeration wrapped, a kicker of a headline in capitals, a
title its running header repeats, set in quotes)."""

from __future__ import annotations

from pathlib import Path

import pytest

from workflow.importer import convert, read_raw

TEXT = [
    "1.1 This report is made by three groups that follow the work of river keepers in the",
    "northern provinces. It covers the years since the last review and is based on sixty",
    "interviews with keepers, their families and their lawyers.",
    "",
    "1.2 Since the spring of last year the keepers have been summoned, fined and held for",
    "weeks without charge, and the water board has closed their offices in four towns.",
    "",
    "1.3 We ask the authorities to free the detained keepers, to drop the charges against",
    "them and to let them go back to their work on the rivers without fear.",
]


def imported(tmp_path: Path, text: str):
    path = tmp_path / "cover.txt"
    path.write_text(text, encoding="utf-8")
    return convert(read_raw(path))


def title_of(tmp_path: Path, lines: list[str]) -> str | None:
    return imported(tmp_path, "\n".join(lines) + "\n").meta.get("title")


def contents(n: int) -> list[str]:
    return [f"{k}. Part number {k} of the report {'.' * 30} {k + 1}" for k in range(1, n + 1)]


COVER = [
    "          Joint Submission to the Regional Review of the Water Board",
    "",
    "          Keepers of the Rivers: Arrests, Fines and Closed Offices",
    "",
    "                      Submitted on 3 March 2025 by:",
    "",
    "                      Northern Rivers Watch",
    "                      Keepers Legal Aid Fund",
    "                      Delta Environmental Council",
    "",
    "          Contact: desk@rivers.example",
]


def test_a_contents_list_does_not_push_the_cover_headline_out_of_reach(tmp_path):
    lines = COVER + ["", "CONTENTS", "", *contents(12), "", "1. INTRODUCTION", "", *TEXT]
    assert title_of(tmp_path, lines) == "Keepers of the Rivers: Arrests, Fines and Closed Offices"


def test_an_authors_label_with_its_date_and_the_names_under_it_are_no_title(tmp_path):
    running = "Joint Submission – Water Review            Northern Rivers Watch"
    text = "\n".join(["", "      Joint submission to the Regional Review of the Water Board", "",
                      "      Keepers of the Rivers", "",
                      "      Submitted on 3 March 2025 by:", "", "      Northern Rivers Watch",
                      "      Keepers Legal Aid Fund", "", "      Contact: desk@rivers.example",
                      f"\f{running}", "", *TEXT, f"\f{running}", "", *PAGE_TWO]) + "\n"
    assert imported(tmp_path, text).meta.get("title") == "Keepers of the Rivers"


def test_a_lone_by_under_the_submission_date_labels_the_names_under_it(tmp_path):
    lines = ["      Keepers of the Rivers: Arrests and Fines", "",
             "      Submitted on 3 March 2025", "", "      by", "",
             "      Northern Rivers Watch (lead)", "      Keepers Legal Aid Fund", "",
             *TEXT]
    assert title_of(tmp_path, lines) == "Keepers of the Rivers: Arrests and Fines"


LETTER_TEXT = [
    "Your Excellency,",
    "",
    "We write to you as engineers and hydrologists from eleven countries, concerned at the",
    "arrest of the river keepers who warned of the failing dams in the north last spring.",
    "",
    "We ask you to order their release and to let them speak about the dams without fear of",
    "being charged for what they have said.",
]


def test_a_letter_heads_copy_line_dateline_and_kind_lead_to_its_headline(tmp_path):
    lines = ["Rivers Engineers Forum", "Quay Street 4, 9000 Ghent · desk@engineers.example", "",
             "To: The Minister of Water and Irrigation of the Republic of Northland",
             "Copy: The Speaker of Parliament; the Special Rapporteur on the right",
             "to water and sanitation", "",
             "Ghent, 4 March 2025", "", "OPEN LETTER", "",
             "Engineers Must Not Be Jailed for Warning About", "the Dams", "",
             *LETTER_TEXT]
    assert title_of(tmp_path, lines) == "Engineers Must Not Be Jailed for Warning About the Dams"


def test_a_short_head_ending_on_its_colon_goes_on_with_its_subtitle(tmp_path):
    lines = ["RIVERS BRIEFING | No. 4/2025", "Northern Rivers Watch", "OPEN LETTER",
             "Drowning the messengers:", "Why the keepers of the rivers", "are in prison",
             "To the members of the water board", "Ghent, 4 March 2025", *LETTER_TEXT]
    assert title_of(tmp_path, lines) == \
        "Drowning the messengers: Why the keepers of the rivers are in prison"


def test_a_title_wrapped_inside_its_enumeration_is_read_whole(tmp_path):
    lines = ["", "        River Keepers in the North: Arrests, Fines, Office",
             "            Closures and the National Water Council", "", *TEXT]
    assert title_of(tmp_path, lines) == "River Keepers in the North: Arrests, Fines, Office " \
                                        "Closures and the National Water Council"


def test_a_self_description_under_the_headline_is_no_title(tmp_path):
    lines = ["RIVERS BULLETIN · SPECIAL ISSUE", "", "Free the jailed keepers of", "the rivers now",
             "", "A joint statement by engineers and", "environmental groups of the north,",
             "issued on 22 March 2025", "", *TEXT]
    assert title_of(tmp_path, lines) == "Free the jailed keepers of the rivers now"


def test_an_occasion_line_is_no_title(tmp_path):
    text = "\n".join(["NORTHERN RIVERS WATCH", "Briefing Paper No. 4/2025", "Keepers in Chains",
                      "River keepers held for their warnings", "Issued on the World Day for "
                      "Water", "22 March 2025", "\fKeepers in Chains · Briefing Paper No. 4/2025",
                      "Summary", *TEXT, "\fKeepers in Chains · Briefing Paper No. 4/2025",
                      *PAGE_TWO]) + "\n"
    assert imported(tmp_path, text).meta.get("title") == "Keepers in Chains"


@pytest.mark.parametrize("headline, want", [
    # a letter's headline in capitals: its kicker is one of its words
    ("URGENT: RIVER KEEPERS ON HUNGER STRIKE IN THE NORTH",
     "URGENT: RIVER KEEPERS ON HUNGER STRIKE IN THE NORTH"),
    # a channel's kicker, set off by its case, goes
    ("URGENT: River keepers on hunger strike in the north",
     "River keepers on hunger strike in the north"),
])
def test_a_kicker_stays_only_in_a_headline_set_in_capitals(tmp_path, headline, want):
    assert title_of(tmp_path, [headline, "", *TEXT]) == want


PAGE_TWO = [
    "2. The keepers were held at the water board's own depot for up to a month, and some",
    "of them were not allowed to call their families.",
]


def test_the_cover_title_a_running_header_repeats_is_kept_on_the_cover(tmp_path):
    text = "\n".join(["RIVERS PAPER | No. 4", "", "Keepers of the Northern Rivers",
                      "River keepers and the denial of a fair", "hearing in the north", "",
                      "Northern Rivers Watch", "", "Published 3 March 2025", "\f"
                      "Keepers of the Northern Rivers", "", *TEXT, "\f"
                      "Keepers of the Northern Rivers", "", *PAGE_TWO]) + "\n"
    assert imported(tmp_path, text).meta.get("title") == "Keepers of the Northern Rivers"


def test_a_cover_title_in_quotes_loses_them_when_the_running_header_writes_it_bare(tmp_path):
    text = "\n".join(["NORTHERN RIVERS WATCH", "Briefing Paper No. 4/2025", "“Keepers in Chains”",
                      "River keepers held for their warnings", "Issued on the World Day for "
                      "Water", "22 March 2025", "\fKeepers in Chains · Briefing Paper No. 4/2025",
                      "Summary", *TEXT, "\fKeepers in Chains · Briefing Paper No. 4/2025",
                      *PAGE_TWO]) + "\n"
    assert imported(tmp_path, text).meta.get("title") == "Keepers in Chains"


def test_a_states_name_over_the_cover_headline_is_no_title_over_it(tmp_path):
    lines = ["", "            JOINT SUBMISSION", "     REGIONAL REVIEW OF THE WATER BOARD", "",
             "            REPUBLIC OF NORTHLAND", "",
             "   Keepers of the Rivers: Arrests and Fines", "   in Northland, 2021–2025", "",
             "      Submitted by", "", "      Northern Rivers Watch", "      Keepers Fund", "",
             "1.1 This report is made by two groups that follow the work of river keepers in",
             "the Republic of Northland. It covers the years since the last review.", "",
             *TEXT[4:]]
    assert title_of(tmp_path, lines) == "Keepers of the Rivers: Arrests and Fines in Northland, " \
                                        "2021–2025"


def test_a_submission_label_gives_way_to_the_headline_under_it(tmp_path):
    lines = ["  Joint Submission to the Regional Review of the Water Board of the",
             "                 Republic of Northland",
             "          Second Cycle – 9th Session of the Review", "",
             "   “Dry Channels”: Arrests, Fines and the Closing of Keepers' Offices", "",
             "                 Submitted by:", "         Northern Rivers Watch",
             "         Keepers Legal Aid Fund", "", "                 3 March 2025", "",
             "   Contact: desk@rivers.example · Word count: 4,210", "\fContents", "",
             *contents(4), "", "1. Introduction", "", *TEXT]
    assert title_of(tmp_path, lines) == \
        "“Dry Channels”: Arrests, Fines and the Closing of Keepers' Offices"


def test_a_covers_particulars_over_its_authors_label_are_dropped(tmp_path):
    lines = ["     Joint submission to the Regional Review of the Water Board", "",
             "     River Keepers in Northland:", "     Arrests, Fines and Reprisals", "",
             "     9th Session of the Review Working Group", "     March–April 2025", "",
             "     Submitted on 3 March 2025 by:", "", "     Northern Rivers Watch",
             "     Keepers Legal Aid Fund", "", *TEXT]
    conversion = imported(tmp_path, "\n".join(lines) + "\n")
    assert conversion.meta.get("title") == \
        "River Keepers in Northland: Arrests, Fines and Reprisals"
    kept = " ".join(p.text for p in conversion.pieces)
    assert "9th Session of the Review Working Group" not in kept
