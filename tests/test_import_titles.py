"""Title and date by evidence (workflow.importer.titles, pagemeta, dating), each behaviour on a
small page of its own: the site's name and section labels kept off the title, declarations that
corroborate each other, an attribution or a wrapped paragraph's second line never the title, a
newsletter's headline giving way to the statement it carries, an e-mail's subject as the
fallback; dates weighed by where they are stated and corroborated, never a comment's, a
forward's or a guess made of a copyright year."""

from __future__ import annotations

from pathlib import Path

import pytest
from import_pages import BODY
from lxml import html as lxml_html

from workflow.importer import convert
from workflow.importer.dating import DateCandidate, statement_date
from workflow.importer.pagemeta import (
    copyright_names,
    declared,
    declared_title,
    without_site,
    written_guess,
)
from workflow.importer.rawinput import raw_from_bytes
from workflow.importer.text import Line
from workflow.importer.titles import attribution, fallback, is_field, is_label, thread_opener

HEAD = "Iran must release the detained nurses of Tabriz"
PARAS = "\n".join(f"<p>{b}</p>" for b in BODY)


def text_page(*lines: str, sep: str = "\n\n", suffix: str = ".txt"):
    return convert(raw_from_bytes(sep.join(lines).encode("utf-8") + b"\n", Path("p" + suffix)))


def html_page(head: str, body: str):
    page = f"<!DOCTYPE html>\n<html>\n<head>\n{head}\n</head>\n<body>\n{body}\n</body>\n</html>\n"
    return convert(raw_from_bytes(page.encode("utf-8"), Path("p.html")))


def parsed(head: str, body: str):
    return lxml_html.document_fromstring(f"<html><head>{head}</head><body>{body}</body></html>")


# --- the page's declarations (pagemeta) ---

@pytest.mark.parametrize("title, want", [
    (f"{HEAD} | Nurses Watch", HEAD),
    (f"Nurses Watch — {HEAD}", HEAD),
    (f"{HEAD} - News - Nurses Watch", HEAD),
    (f"Nurses Watch: {HEAD}", HEAD),  # the declared name before a colon
    ("Iran: UN experts alarmed by executions | Nurses Watch", "Iran: UN experts alarmed by "
                                                              "executions"),
    (f"{HEAD} | Elsewhere", f"{HEAD} | Elsewhere"),  # no evidence: kept whole
])
def test_the_sites_name_comes_off_either_end_of_a_declared_title(title, want):
    page = parsed('<meta property="og:site_name" content="Nurses Watch">', "<p>x</p>")
    assert without_site(title, declared(page)) == want


def test_a_logo_h1_is_the_sites_name_and_the_title_is_the_part_the_page_shows():
    page = parsed(f"<title>Nurses Watch — {HEAD}</title>",
                  f"<header><h1>Nurses Watch</h1></header><main><h2>{HEAD}</h2>{PARAS}</main>")
    title, sites = declared_title(page)
    assert title == HEAD and "nurses watch" in sites


def test_a_headline_shown_on_the_page_beats_a_social_title_it_does_not_show():
    page = parsed(f'<meta property="og:title" content="Tabriz appeal: free them">'
                  f"<title>{HEAD} | Nurses Watch</title>",
                  f'<h3 class="post-title">{HEAD}</h3>{PARAS}'
                  "<footer>© 2024 Nurses Watch. All rights reserved.</footer>")
    assert declared_title(page)[0] == HEAD


def test_a_section_label_and_the_sites_name_are_no_declared_title():
    page = parsed("<title>News – Nurses Watch</title>", f"<main>{PARAS}</main>")
    assert declared_title(page)[0] is None
    assert is_label("NEWS & STATEMENTS") and is_label("Press release") and not is_label(HEAD)


def test_copyright_lines_name_the_site():
    assert copyright_names(["© 2024 Nurses Watch. All rights reserved."]) == {"nurses watch"}
    assert copyright_names(["Copyright 2019-2024 Iran Rights Desk"]) == {"iran rights desk"}


def test_a_guessed_date_counts_only_when_the_page_writes_it():
    page = parsed("", f"{PARAS}<footer>© 2024 Nurses Watch</footer>")
    assert written_guess("2024-01-01", page) is None  # a copyright year, not a date
    page = parsed("", f"<p>Posted on 3 March 2024</p>{PARAS}")
    assert written_guess("2024-03-03", page) == "2024-03-03"


def test_an_html_page_titled_only_site_first_gets_its_headline_and_no_copyright_date():
    conversion = html_page(f"<title>Nurses Watch | {HEAD}</title>",
                           f"<main>\n<p>Press release</p>\n<p>{HEAD}</p>\n{PARAS}\n</main>\n"
                           "<footer>© Nurses Watch 2024</footer>")
    assert conversion.meta["title"] == HEAD
    assert "date" not in conversion.meta


def test_a_newsletters_headline_gives_way_to_the_statement_it_carries():
    conversion = html_page(
        '<script type="application/ld+json">{"@type": "NewsArticle", "headline": "Issue 58: '
        'the week in review", "datePublished": "2024-03-06"}</script>',
        "<main>\n<h1>Issue 58: the week in review</h1>\n"
        "<p>Hi friends, welcome to issue 58; this week we open with a statement we co-signed on "
        "Sunday, and the reading list is further down.</p>\n"
        f"<h2>Joint statement: {HEAD}</h2>\n<p><em>3 March 2024</em></p>\n{PARAS}\n</main>")
    assert conversion.meta["title"] == f"Joint statement: {HEAD}"
    assert conversion.meta["date"] == "2024-03-03"


# --- candidate lines (titles) ---

def test_an_attribution_is_no_headline():
    assert attribution("Joint submission by Justice for Families, the Mothers Support Committee "
                       "and the Transitional Justice Centre")
    assert not attribution("Statement by the Spokesperson on the sentencing of three journalists")


def test_a_pdf_cover_title_over_its_attribution_echoed_by_the_running_header():
    running = "Joint submission · mass grave sites                 June 2025"
    cover = ["JOINT SUBMISSION TO THE SPECIAL RAPPORTEUR", "", "", "",
             "Erasing the evidence:", "the destruction of the mass grave sites", "",
             "Joint submission by Justice for Families, the Mothers Support",
             "Committee and the Transitional Justice Centre for Iran", "",
             "Submitted 16 June 2025", "", running, ""]
    pages = [cover, [running, "", "1. Introduction", "", BODY[0], "", BODY[1], "", "2"],
             [running, "", BODY[2], "", "3"]]
    text = "\n\f".join("\n".join(p) for p in pages)
    conversion = convert(raw_from_bytes(text.encode("utf-8"), Path("p.txt")))
    assert conversion.meta["title"] == ("Erasing the evidence: the destruction of the mass grave "
                                        "sites")
    assert conversion.meta["date"] == "2025-06-16"


def _report(cover: list[str], header: str, footer: str):
    pages = [cover, [header, "", "1. Summary", "", BODY[0], "", BODY[1], "", footer + "2"],
             [header, "", BODY[2], "", footer + "3"]]
    text = "\n\f".join("\n".join(p) for p in pages)
    return convert(raw_from_bytes(text.encode("utf-8"), Path("p.txt")))


def test_a_cover_short_title_in_capitals_and_its_subtitle_make_the_title():
    # the running header repeats the short title as a column of its own; the footer names
    # the publisher, who also heads the cover: each column counts for the line repeating it
    cover = ["", "                NURSES WATCH INTERNATIONAL", "", "", "",
             "                  DETAINED AT DAWN", "        The Arrest of the Nurses of Tabriz",
             "             and the Silence of the Courts", "", "", "       Briefing Paper",
             "       3 April 2025", ""]
    conversion = _report(cover, "Detained at Dawn                               Briefing Paper",
                         "Nurses Watch International                              Page ")
    assert conversion.meta["title"] == ("DETAINED AT DAWN: The Arrest of the Nurses of Tabriz "
                                        "and the Silence of the Courts")


def test_a_cover_title_with_a_by_before_its_colon_is_no_attribution():
    assert not attribution("CUT OFF BY DESIGN: THE NATIONAL NETWORK AND THE RIGHT TO CONNECT")
    cover = ["", "                NURSES WATCH INTERNATIONAL", "", "", "",
             "                 DETAINED BY DESIGN:", "          THE ARREST OF THE NURSES OF TABRIZ",
             "              AND THE SILENCE OF THE COURTS", "", "", "       3 April 2025", ""]
    conversion = _report(cover, "Detained by Design                              Briefing Paper",
                         "Nurses Watch International                              Page ")
    assert conversion.meta["title"] == ("DETAINED BY DESIGN: THE ARREST OF THE NURSES OF TABRIZ "
                                        "AND THE SILENCE OF THE COURTS")


def test_a_heading_wrapped_over_three_lines_opening_the_body_is_joined():
    conversion = text_page(
        "NURSES WATCH", "Paris, 3 April 2025",
        "Statement on the persecution of nurses\nin Tabriz and the independence of the "
        "Nurses'\nAssociation", *BODY)
    assert conversion.meta["title"] == ("Statement on the persecution of nurses in Tabriz and the "
                                        "independence of the Nurses' Association")
    assert conversion.meta["date"] == "2025-04-03"


def test_a_posts_headline_over_its_first_sentence_not_the_ui_under_it():
    conversion = text_page(
        "Iran Rights Desk", "@iranrightsdesk", "+ Follow", f"STATEMENT | {HEAD}",
        "1/3 " + BODY[0], "March 9, 2025 at 4:12 PM", "Everybody can reply",
        "612 reposts 41 quotes 1.3K likes", "2/3 " + BODY[1], "3/3 " + BODY[2])
    assert conversion.meta["title"] == HEAD


def test_an_email_subject_is_the_fallback_title_and_a_forwards_date_is_not_the_statements():
    message = "\n".join([
        "From: Ali <ali@example.org>", "Date: Mon, 11 Mar 2024 10:00:00 +0000",
        f"Subject: Fwd: {HEAD}", "To: list@example.org",
        "Content-Type: text/plain; charset=utf-8", "", "See below, please share.", "",
        "---------- Forwarded message ---------", "From: Nurses Watch <info@nw.org>",
        f"Subject: {HEAD}", "", *[f"{b}\n" for b in BODY]])
    conversion = convert(raw_from_bytes(message.encode("utf-8"), Path("m.eml")))
    assert conversion.meta["title"] == HEAD
    assert "date" not in conversion.meta  # 11 March is when it was forwarded
    assert conversion.body.startswith(f"# {HEAD}\n\n{BODY[0]}")
    assert fallback(BODY[0], "Fwd: Re: " + HEAD) == HEAD
    assert fallback(HEAD, "Something else") is None  # a real title line stays


def test_a_subject_header_line_in_pasted_text_loses_its_label():
    conversion = text_page(f"Subject: Fwd: {HEAD}", "Date: 3 March 2024", *BODY)
    assert conversion.meta["title"] == HEAD


# --- dates (dating) ---

def test_agreeing_places_outweigh_one_stronger_place():
    under = DateCandidate(5, "Posted 4 March 2024", "under")
    over = DateCandidate(1, "Sunday, 3 March 2024", "over")
    iso, where = statement_date([under, over], [], [], "2024-03-03")
    assert iso == "2024-03-03" and "also" in where and "not 2024-03-04" in where
    assert statement_date([under], [], [], "2024-03-03")[0] == "2024-03-04"


def test_no_date_from_a_comment_thread():
    conversion = text_page(HEAD, *BODY, "3 Comments", "Sara K. — 5 March 2024 at 10:14",
                           "Thank you for writing this, it needs to be said loudly.", "Reply")
    assert "date" not in conversion.meta


def test_a_date_under_a_title_that_opens_the_body():
    conversion = text_page("Nurses Watch", "Why are the nurses of Tabriz still in prison?",
                           "3 March 2024", *BODY)
    assert conversion.meta["date"] == "2024-03-03"


@pytest.mark.parametrize("lines, want", [
    ([HEAD, "Updated 9 March 2024", "Published 3 March 2024", *BODY], "2024-03-03"),
    ([HEAD, "Last updated: 9 March 2024", *BODY], None),
    ([HEAD, "On 12 February 2024 the authorities arrested eleven nurses at dawn and took them "
            "to an unknown place.", *BODY[1:]], None),  # an event in a sentence
    ([HEAD, *BODY, "1 Nurses Watch, report of 4 January 2024."], None),  # a footnote
    (["Nurses Watch", "Tuesday", HEAD, *BODY, "March 5"], None),  # day dividers, no year
    (["English | فارسی | Français", HEAD, f"GENEVA (3 March 2024) – {BODY[0]}", *BODY[1:]],
     "2024-03-03"),
])
def test_only_the_statements_own_date(lines, want):
    assert text_page(*lines).meta.get("date") == want


def test_a_posts_author_handle_and_emoji_are_no_part_of_its_headline():
    conversion = text_page("Instagram", "Log in", "Sign up", "zanan.watch", "Follow",
                           "Original audio", f"zanan.watch 🚨 URGENT: {HEAD}", *BODY)
    assert conversion.meta["title"] == HEAD  # "URGENT:" is a kicker, no part of it either


def test_a_threads_numbering_is_no_part_of_its_headline_nor_a_list_intro_a_title():
    conversion = text_page("Conversation", "Free Them Now", "@freethemnow",
                           f"🧵 {HEAD} (1/3)", "1/3 " + BODY[0], "4:12 PM · Feb 3, 2026",
                           "2/3 " + BODY[1], "3/3 We ask the government to:",
                           "– release them;", "– drop the charges.", BODY[2])
    assert conversion.meta["title"] == HEAD


def test_the_headline_readers_see_outweighs_a_title_made_for_sharing():
    page = parsed('<meta property="og:title" content="Nurses Brief #41: Tabriz">'
                  "<title>Nurses Brief #41: Tabriz</title>",
                  f"<main><p>Joint statement</p><h1>{HEAD}</h1>{PARAS}</main>")
    assert declared_title(page)[0] == HEAD


def test_a_date_in_numbers_is_read_as_the_other_places_state_it():
    under = DateCandidate(5, "Posted 04/10/2023", "under")
    assert statement_date([under], [], [], None)[0] == "2023-10-04"  # day first
    iso, where = statement_date([under], [], [], "2023-04-10")
    assert iso == "2023-04-10" and "month first" in where
    assert statement_date([DateCandidate(5, "Posted 25/10/2023", "under")], [], [],
                          "2023-04-10")[0] == "2023-10-25"  # no other reading


def test_the_headline_says_what_the_text_is_about_not_who_speaks():
    from workflow.importer.titles import topicality

    opening = " ".join(BODY)
    assert topicality("Nurses arrested at dawn must be released", opening) > 0.5
    assert topicality("Check against delivery", opening) == 0.0
    assert topicality("Nurses' association", f"The nurses' association said. {opening}") == 0.0
    conversion = text_page("Council of Nurses", "Human Rights Commissioner",
                           "Statement", "Geneva 11/12/2023",
                           "Commissioner: free the nurses arrested at dawn",
                           "“Free them,” said the Council of Nurses Human Rights Commissioner "
                           "today, adding that they were arrested at dawn on Monday.", *BODY)
    assert conversion.meta["title"] == "Commissioner: free the nurses arrested at dawn"


@pytest.mark.parametrize("line, want", [
    ("Posted 2024/03/05 by admin", "2024-03-05"),
    ("Published: Mar. 3, 2024", "2024-03-03"),
    ("3rd March 2024", "2024-03-03"),
    ("24.03.2022", "2022-03-24"),
])
def test_date_lines_in_the_forms_sites_write(line, want):
    assert text_page(HEAD, line, *BODY).meta["date"] == want


def test_a_numbered_most_read_list_above_the_article_ends_at_its_headline():
    conversion = text_page("The Daily Ledger", "World | Politics | Business", "Most read",
                           "1. Floods hit the northern provinces again",
                           "2. Currency falls to a record low", HEAD, "By Sara Karimi",
                           "3 March 2024", *BODY)
    assert conversion.meta["title"] == HEAD and conversion.meta["date"] == "2024-03-03"


def test_a_reply_quoting_the_statement_takes_the_quoted_messages_date():
    message = "\n".join([
        "From: Ali <ali@example.org>", "Date: Mon, 11 Mar 2024 10:00:00 +0000",
        f"Subject: Re: {HEAD}", "Content-Type: text/plain; charset=utf-8", "",
        "Agreed, we should translate this.", "",
        "On Sun, 3 Mar 2024 at 09:12, Nurses Watch <info@nw.org> wrote:", f"> {HEAD}", ">",
        *[f"> {b}\n>" for b in BODY]])
    conversion = convert(raw_from_bytes(message.encode("utf-8"), Path("m.eml")))
    assert conversion.meta["title"] == HEAD
    assert conversion.meta["date"] == "2024-03-03"  # the original's, not the reply's 11 March


def test_the_report_says_why_the_title_was_chosen():
    conversion = text_page("Nurses Watch", "Check against delivery", HEAD, "3 March 2024", *BODY)
    note = next(n for n in conversion.report.notes if n.startswith("title (line"))
    assert "candidate line(s)" in note and "says what the text is about" in note
    decision = next(why for no, keep, why, text in conversion.report.decisions if text == HEAD)
    assert decision.startswith("title: best of")  # what --explain prints for the line


def test_a_title_over_its_subtitle_but_not_a_label_over_the_headline():
    conversion = text_page("Nurses Watch", HEAD, "Eleven nurses held without charge since February",
                           "By Sara Karimi", "3 March 2024", *BODY)
    assert conversion.meta["title"] == HEAD
    conversion = text_page("Nurses Watch", "Check against delivery", HEAD, "3 March 2024", *BODY)
    assert conversion.meta["title"] == HEAD


def test_a_section_heading_h1_loses_to_the_article_headline_the_page_declares_and_shows():
    page = parsed(f'<meta property="og:title" content="{HEAD}">'
                  f"<title>{HEAD} | Nurses Watch</title>",
                  f"<main><h1>Latest from the field</h1><h2>{HEAD}</h2>{PARAS}</main>")
    assert declared_title(page)[0] == HEAD


def test_a_reading_time_an_addressee_and_a_gloss_are_no_headline():
    conversion = text_page("Radio Nurses", HEAD, "By Radio Nurses staff", "3 March 2024 | 18:05",
                           "Reading time: 4 minutes", *BODY)
    assert conversion.meta["title"] == HEAD and conversion.meta["date"] == "2024-03-03"
    conversion = text_page("OPEN LETTER", f"{HEAD[:30]}\n{HEAD[31:].lower()}",
                           "To the Head of the Judiciary of the Islamic Republic of Iran, and to "
                           "the governments\nand parliaments of the world", *BODY)
    assert conversion.meta["title"] == f"{HEAD[:30]} {HEAD[31:].lower()}"
    conversion = text_page("Nurses Channel", "48,317 subscribers", f"🔴 {HEAD}",
                           f"پرستاران تبریز را آزاد کنید\n({HEAD}, in Persian)", *BODY)
    assert conversion.meta["title"] == HEAD


def test_a_heading_wrapped_over_three_lines_at_a_capital_is_joined():
    conversion = text_page("JOINT NGO LETTER", "Joint letter to Member and Observer States of "
                           "the UN Human\nRights Council: renew and strengthen the mandate of "
                           "the\nindependent international Fact-Finding Mission on Iran",
                           "Excellencies,", *BODY)
    assert conversion.meta["title"] == (
        "Joint letter to Member and Observer States of the UN Human Rights Council: renew and "
        "strengthen the mandate of the independent international Fact-Finding Mission on Iran")


def test_a_field_is_no_headline_and_a_threads_opener_is_found_by_its_numbering():
    assert is_field("Reading time: 4 minutes") and is_field("Ref: 2026/14")
    assert not is_field("Iran: 22 organisations call for an end to the persecution")
    lines = [Line(1, "@desk"), Line(2, f"🧵 {HEAD} 1/3"), Line(3, "24 replies"),
             Line(4, f"2/3 {BODY[0]}"), Line(5, f"{BODY[1]} 3/3")]
    assert thread_opener(lines, [0, 1, 2, 3, 4], 4) == 1
    assert thread_opener(lines[:3], [0, 1, 2], 2) is None  # no second post: no thread


def test_a_threads_first_post_is_its_headline_when_the_body_is_found_at_its_end():
    posts = [f"Nurses Desk\n@nursesdesk\n🧵 STATEMENT | {HEAD} 1/3\n2h\n24 replies\n387 reposts"]
    posts += [f"Nurses Desk\n@nursesdesk\n{b} {k}/3\n2h\n{k}\n141\n203"
              for k, b in enumerate(BODY[:2], start=2)]
    conversion = text_page(*posts)
    assert conversion.meta["title"] == HEAD


def test_subject_tags_come_off_but_not_the_start_of_a_word():
    assert fallback(" ".join(BODY), "Re: Release the nurses of Tabriz") == \
        "Release the nurses of Tabriz"
    conversion = text_page("Subject: Fwd: Release the nurses of Tabriz", *BODY)
    assert conversion.meta["title"] == "Release the nurses of Tabriz"


def test_a_headline_of_two_short_sentences_over_its_standfirst_is_the_title():
    head = "Nurses in Tabriz are arrested at dawn. We ask Iran to release them."
    conversion = text_page("Sign in\nWrite\nSearch",
                           f"{head}\nAn appeal from the nurses' association, published in full",
                           "Mina Azimi\nFollow\n6 min read", *BODY, sep="\n\n")
    assert conversion.meta["title"] == head


def test_a_paragraph_over_a_heading_is_no_headline_of_short_sentences():
    first = ("The nurses' association wrote to us last week. We publish its letter in full "
             "below, as it reached us, with the names of those who signed it.")
    conversion = text_page("Sign in\nWrite\nSearch", f"{first}\n{HEAD}", *BODY, sep="\n\n")
    assert conversion.meta["title"] != first


def test_a_headline_under_a_posters_note_opening_the_body_is_the_title():
    # a message with a sentence inside it ends in "?": a poster's note, not a headline; the
    # headline is the line under it, its chat's bold markers taken off
    conversion = text_page("Hi everyone, this just came out from the nurses. Can we get it "
                           "translated by tonight?",
                           f"*{HEAD.upper()}*", *BODY, sep="\n\n")
    assert conversion.meta["title"] == HEAD.upper()


def test_a_one_sentence_question_opening_the_body_stays_its_headline():
    question = "Who will speak for the detained nurses of Tabriz?"
    conversion = text_page(question, *BODY, sep="\n\n")
    assert conversion.meta["title"] == question


def test_a_headline_under_a_posts_time_stamp_is_no_line_of_particulars():
    conversion = text_page("Forwarded from Nurses Watch\n[16.11.25 19:05]\n"
                           "📢 STATEMENT ON THE SIXTH ANNIVERSARY OF THE KILLINGS",
                           "بیانیه پرستاران تبریز\n(Statement of the nurses of Tabriz)", *BODY,
                           sep="\n\n")
    assert conversion.meta["title"] == "STATEMENT ON THE SIXTH ANNIVERSARY OF THE KILLINGS"


def test_a_headline_under_a_registrys_note_beats_an_attribution_above():
    conversion = text_page(
        "Joint written statement* submitted by Nurses Watch, a non-governmental\n"
        "organization in special consultative status\n"
        "The Secretary-General has received the following written statement which is "
        "circulated\nin accordance with Economic and Social Council resolution 1996/31.",
        "Nurses arrested at dawn and taken to an unknown location\n" + BODY[0], BODY[1],
        BODY[2], sep="\n\n")
    assert conversion.meta["title"] == "Nurses arrested at dawn and taken to an unknown location"
    assert attribution("Joint written statement* submitted by Nurses Watch, a non-governmental "
                       "organization in special consultative status")


def test_a_threads_first_post_is_its_title_once_its_numbering_is_taken_off():
    texts = [f"🧵 STATEMENT | {HEAD}", *BODY, "Share this thread and write to the embassy."]
    page = ["Bluesky\nHome\nExplore\nNotifications\nChat\nFeeds\nProfile\nSettings\nNew Post"
            "\n\nPost"]
    for k, text in enumerate(texts, 1):
        counters = "2h\n24 replies\n387 reposts\n612 likes" if k == 1 else "2h\n3\n141\n203"
        follow = "\nFollow" if k == 1 else ""
        page.append(f"Nurses Watch\n@nurseswatch.bsky.social{follow}\n{text} {k}/{len(texts)}"
                    f"\n{counters}")
    conversion = text_page(*page, sep="\n\n")
    assert conversion.meta["title"] == HEAD


def test_an_abbreviation_inside_a_question_opening_the_body_is_no_sentence_end():
    question = "Will Dr. Ahmadi of Tabriz be freed before the nurses go on strike?"
    conversion = text_page(question, *BODY, sep="\n\n")
    assert conversion.meta["title"] == question


def test_a_document_kind_before_a_declared_headline_is_its_kicker():
    """The sharing titles say "Joint statement: Headline", the page shows "Joint statement" as
    a kicker over an <h1> of the headline alone: the headline is the <h1>'s."""
    shared = f"Joint statement: {HEAD}"
    page = parsed(f'<meta property="og:title" content="{shared}"><title>{shared} | Nurses Watch'
                  f'</title><script type="application/ld+json">{{"headline": "{shared}"}}</script>',
                  f'<p class="kicker">Joint statement</p><h1>{HEAD}</h1>{PARAS}')
    assert declared_title(page)[0] == HEAD


def test_a_signers_line_over_the_headline_is_no_title_and_still_signs():
    conversion = text_page("Campaigns / Religious freedom",
                           "Signed by: Nurses Watch · Health Workers Union · Tabriz Medics Network",
                           HEAD, *BODY)
    assert conversion.meta["title"] == HEAD
    assert conversion.meta["signatories"] == ["Nurses Watch", "Health Workers Union",
                                              "Tabriz Medics Network"]


def test_a_document_type_line_on_a_cover_is_no_title():
    from workflow.importer.titles import is_label

    assert is_label("Joint NGO submission and statement")
    assert not is_label("Joint statement on the detained nurses of Tabriz")


def test_a_digest_topic_gives_way_to_the_posts_own_heading_repeating_it():
    """A mailing list digest labels the post "Topic: STATEMENT: Headline"; the post's own
    first line repeats the headline without the labels: that is the title, said once."""
    text = "\n\n".join(["Topic: STATEMENT: " + HEAD, "From: Someone <a@b.example>", HEAD,
                        *BODY]) + "\n"
    out = convert(raw_from_bytes(text.encode(), Path("p.txt")))
    assert out.meta["title"] == HEAD
    assert out.body.count(HEAD) == 1  # the "# " title line only
    assert any("repeats the title line without its labels" in n for n in out.report.notes)


def test_a_labelled_title_without_a_repeat_below_keeps_its_words():
    text = "\n\n".join(["Statement: " + HEAD, *BODY]) + "\n"
    out = convert(raw_from_bytes(text.encode(), Path("p.txt")))
    assert out.meta["title"] == "Statement: " + HEAD


def test_a_posts_headline_ending_on_emoji_is_its_title():
    """A post's headline with its emoji at the end is still a headline: the emoji count as
    no furniture against it, and the title is taken without them."""
    text = "\n\n".join(["Artists are not criminals 🎨✊", *BODY]) + "\n"
    out = convert(raw_from_bytes(text.encode(), Path("p.txt")))
    assert out.meta["title"] == "Artists are not criminals"
    text = "\n\n".join(["🎨✊", *BODY]) + "\n"
    assert convert(raw_from_bytes(text.encode(), Path("p.txt"))).meta["title"] != "🎨✊"


def test_a_block_of_a_documents_labels_is_no_title_over_the_headline_below():
    """A treaty body's release: its kind, its symbol and the procedure it comes under in one
    block, then the headline wrapped over lines: the last label is no title over a subtitle."""
    text = "\n".join(["Press statement", "CERD/EWUA/2025/Iran-1",
                      "Early warning and urgent action procedure", "",
                      "Committee on the Elimination of Racial Discrimination",
                      "expresses concern over the arrests of nurses in Tabriz", "",
                      "Geneva, 22 April 2025", "", "\n\n".join(BODY)]) + "\n"
    out = convert(raw_from_bytes(text.encode(), Path("p.txt")))
    assert out.meta["title"] == ("Committee on the Elimination of Racial Discrimination "
                                 "expresses concern over the arrests of nurses in Tabriz")


def test_a_title_over_its_subtitle_is_still_the_upper_one():
    text = "\n".join([HEAD, "", "Eleven nurses held without charge since Monday", "",
                      "\n\n".join(BODY)]) + "\n"
    assert convert(raw_from_bytes(text.encode(), Path("p.txt"))).meta["title"] == HEAD
