"""Which blocks are kept, on small pages of kinds the corpus under-represented (the tune round's
misses): petition forms' checkboxes and bracketed buttons, a bare valediction ending the
statement, a poster's note sharing the text below; and the learned scorer's training script."""

from __future__ import annotations

from pathlib import Path

import pytest

from workflow.importer import convert
from workflow.importer.features import measure
from workflow.importer.lexicon import SIGN_LABEL
from workflow.importer.rawinput import raw_from_bytes

BODY = [
    "The authorities arrested nine members of the bakers’ union at dawn on Monday and took "
    "them to an unknown location, their families said.",
    "None of them has been charged, and their lawyers have not been allowed to see them or to "
    "read the files that the prosecutor says exist.",
    "We call for their immediate release and for an end to the harassment of bakers who ask "
    "to be paid on time.",
]
TITLE = "Release the bakers’ union members"


def page(*lines: str):
    return convert(raw_from_bytes("\n\n".join(lines).encode("utf-8") + b"\n", Path("p.txt")))


@pytest.mark.parametrize("text", [
    "[ ] Keep me updated about this campaign and other work by the Bakers Solidarity Network",
    "[x] I agree to receive news about this and other campaigns from the organisers",
    "☐ Send me the monthly bulletin about the campaigns and the people we defend",
])
def test_a_checkbox_is_a_form_field_however_long_its_label(text):
    assert "form field" in measure(text).evidence


@pytest.mark.parametrize("text, button", [
    ("[ Sign the petition ]", True), ("[Donate now]", True), ("[1]", False),
    ("[12] See the report of the Special Rapporteur, para. 41.", False),
])
def test_a_button_drawn_in_brackets(text, button):
    assert ("button (in brackets)" in measure(text).evidence) is button


def test_a_petition_form_above_the_letter_goes_and_the_letter_stays():
    conversion = page(TITLE, "12,483 signatures", "First name *", "Last name *", "Email *",
                      "[ ] Keep me updated about this campaign and other work by the Bakers "
                      "Solidarity Network", "[ Sign the petition ]",
                      "By signing you accept our privacy policy. We will never sell your data.",
                      *BODY)
    body = conversion.body
    assert all(p in body for p in BODY)
    for junk in ("Keep me updated", "Sign the petition", "never sell your data"):
        assert junk not in body, junk
    removed = conversion.report.render([])
    assert "form field" in removed and "button (in brackets)" in removed


@pytest.mark.parametrize("label", ["Yours,", "Yours truly,", "Respectfully,",
                                   "Sincerely yours,", "Yours sincerely,"])
def test_valedictions_are_sign_off_labels(label):
    assert SIGN_LABEL.match(label)


def test_a_bare_valediction_ends_the_statement():
    conversion = page(TITLE, *BODY, "Yours,", "Sara Amini, professor of law, University of Leiden",
                      "Omid Karimi, lecturer in history, University of Oxford",
                      "Have an opinion on anything you have read in our pages today? Please "
                      "email us your letter and it will be considered for publication.")
    assert all(p in conversion.body for p in BODY)
    assert "Have an opinion" not in conversion.body
    assert "Sara Amini" in conversion.body  # the signature block stays


def test_a_posters_note_sharing_the_text_below_is_no_part_of_it():
    note = ("I am posting below, with the permission of its drafters, a joint appeal that I "
            "co-signed this week. Comments are open at the bottom. — L.F.")
    conversion = page(TITLE, note, *BODY)
    assert "posting below" not in conversion.body and all(p in conversion.body for p in BODY)
    assert "a note before the statement" in conversion.report.render([])


def test_a_statements_own_first_paragraph_pointing_below_stays():
    first = ("We, the undersigned organisations, set out below the cases of nine bakers whose "
             "arrest on Monday breaks the law the authorities claim to apply.")
    conversion = page(TITLE, first, *BODY)
    assert first in conversion.body


THREAD = [
    "Bluesky", "Home  Explore  Notifications  Chat", "Rights Desk", "@rightsdesk.bsky.social",
    "+ Follow", "🧵 STATEMENT | The bakers of Tabriz must be released",
    "1/4 On 2 March 2025, the Revolutionary Court in Tabriz sentenced nine bakers to prison for "
    "joining a strike over unpaid wages.",
    "March 9, 2025 at 4:12 PM", "Everybody can reply", "612 reposts  41 quotes  1.3K likes",
    "Rights Desk @rightsdesk.bsky.social · 2h",
    "2/4 Their lawyers were given access to the case file only two days before the single "
    "hearing, which lasted about forty minutes.",
    "[Image: The bakers outside the court. Alt: Nine men in white aprons. ALT]",
    "Rights Desk @rightsdesk.bsky.social · 2h",
    "3/4 Striking over unpaid wages is protected by international law, and no worker may be "
    "imprisoned for it.",
    "Rights Desk @rightsdesk.bsky.social · 2h",
    "4/4 We call on the authorities to quash the sentences and release the nine bakers "
    "immediately.",
    "💬 38   🔁 207   ♡ 644", "Reply to Rights Desk…", "Sahar @saharmoves.bsky.social · 1h",
    "Sharing everywhere. This is what they do to anyone who asks to be paid.",
]


def test_a_thread_numbered_in_parts_runs_from_the_first_to_the_last():
    conversion = page(*THREAD)
    body = conversion.body
    for part in ("On 2 March 2025, the Revolutionary Court", "Their lawyers were given",
                 "Striking over unpaid wages", "We call on the authorities to quash"):
        assert part in body, part
    assert "1/4" not in body and "4/4" not in body  # the numbering goes (reported)
    assert "thread numbering removed: 1/4" in conversion.report.render([])
    for junk in ("Everybody can reply", "Alt:", "Reply to Rights Desk", "Sharing everywhere",
                 "reposts"):
        assert junk not in body, junk
    assert conversion.meta["title"] == "The bakers of Tabriz must be released"
    assert conversion.meta["date"] == "2025-03-09"  # the first post's time stamp


def test_a_fraction_opening_two_lines_is_no_thread():
    conversion = page(TITLE, "1/2 of the bakers were released on bail on Tuesday, their lawyer "
                      "said, and the rest remain in the city's central prison.", *BODY,
                      "2/3 of the union's members have now been summoned at least once.")
    assert "1/2 of the bakers" in conversion.body and "2/3 of the union" in conversion.body


def test_a_media_placeholder_is_furniture():
    assert "media placeholder" in measure("[Image: Nine men in white aprons. ALT]").evidence
    assert "media placeholder" in measure("[Video]").evidence
    assert "media placeholder" not in measure("[1] See the annual report.").evidence


def test_a_valediction_ends_the_statement_and_is_no_signer():
    conversion = page(TITLE, *BODY, "With respect and solidarity,", "Bakers Solidarity Network",
                      "You are receiving this e-mail as a partner of the Bakers Solidarity "
                      "Network.")
    assert conversion.meta["signatories"] == ["Bakers Solidarity Network"]
    assert "With respect and solidarity" not in conversion.body
    assert "closing formula (valediction)" in conversion.report.render([])


def test_a_wrapped_paragraph_opening_with_a_date_stays_whole():
    text = ("Free the bakers of Tabriz\n\nTabriz, 12 August 2025\n\n"
            "On 4 August 2025, security forces arrested nine bakers in\n"
            "Tabriz, days after they had spent a week on strike over\n"
            "wages that their employer has not paid since the spring.\n\n"
            "The bakers, who include a 62-year-old master baker and two\n"
            "apprentices, had criticised the employer on social media\n"
            "and asked the labour inspectorate to act on their claims.\n\n"
            "We call for the immediate release of the nine bakers and\n"
            "for an independent inquiry into the employer's conduct.\n")
    conversion = convert(raw_from_bytes(text.encode("utf-8"), Path("p.txt")))
    assert "On 4 August 2025, security forces arrested nine bakers in Tabriz, days after" in \
        conversion.body


def test_a_headline_wrapped_over_short_lines_above_long_paragraphs():
    long = [p + " " + p for p in BODY]  # one paragraph a line, far longer than the headline's
    conversion = page("BAKERS' RIGHTS OBSERVATORY", "Document BRO/2025/07 – Public",
                      "Original: English and French", "Paris / The Hague, 3 April 2025",
                      "Statement on the persecution of bakers\nin Iran and the independence of "
                      "the Iranian\nBakers Association", *long)
    assert conversion.meta["title"].startswith("Statement on the persecution of bakers")
    assert "Document BRO" not in conversion.body and "Original:" not in conversion.body


@pytest.mark.parametrize("text, evidence", [
    ("Facebook  X  LinkedIn  Email", "share buttons"),
    ("Protesters gather near the court in Tabriz, in this screen grab obtained from a social "
     "media video. Video obtained by Tabriz Wire/via REUTERS-style handout",
     "photo caption ending in a credit"),
    ("Purchase Licensing Rights", "lexicon licensing rights"),
    ("Check against delivery", "lexicon check against delivery"),
    ("Green Earth Watch, 27 Leonard Street, London EC2A 4QS", "postal address"),
    ("Filternet Watch · Postbus 10442 · Amsterdam 1001 EK · Netherlands", "postal address"),
    ("Figure 1: Length of delay before hospital transfer", "figure or table caption"),
    ("Table 2 – Executions by province, 2024", "figure or table caption"),
    ("Wallnerstrasse 6", "postal address"),
    ("Joint letter – HRC61: renew the mission on Iran                 Page 1 of 3",
     "page number"),
    ("Reporting by Sara Kermani; Editing by Jonathan Pryce", "source credit"),
])
def test_more_furniture_evidence(text, evidence):
    assert evidence in measure(text).evidence


@pytest.mark.parametrize("text", [
    "Police arrested 2 men on the street outside the bakery.",
    "The table 2 metres from the door was overturned by the guards.",
    "The G7 2nd summit was held in June.",
])
def test_prose_is_no_address_or_caption(text):
    evidence = measure(text).evidence
    assert "postal address" not in evidence and "figure or table caption" not in evidence


def test_a_share_bar_ends_the_signature_block():
    conversion = page(TITLE, *BODY, "This statement is delivered on behalf of:", "Australia",
                      "Belgium", "Canada", "Facebook  X  LinkedIn  Email")
    assert "LinkedIn" not in conversion.body
    assert "Facebook X LinkedIn Email" not in (conversion.meta.get("signatories") or [])


def test_a_category_label_over_the_statements_headline_goes():
    html = ("<html><body><article><h1>Petition: free the bakers</h1>"
            "<p>PETITION &amp; JOINT STATEMENT</p>"
            "<h2>Free the nine bakers sentenced for striking over their wages</h2>"
            + "".join(f"<p>{p}</p>" for p in BODY) + "</article></body></html>")
    conversion = convert(raw_from_bytes(html.encode("utf-8"), Path("p.html")))
    assert "PETITION & JOINT STATEMENT" not in conversion.body
    assert "a category label over a headline" in conversion.report.render([])


@pytest.mark.parametrize("note", [
    "Hi friends, welcome to issue 58. If someone forwarded this to you, you can sign up here. "
    "This week we open with a statement we co-signed; the reading list is below.",
    "Before this week's letter, a reminder: the founding-member tier ends on Friday. Thank you "
    "to the 212 of you who already support this work.",
])
def test_an_editors_note_before_the_statement_goes(note):
    conversion = page("The Bakers Letter", note, "Joint statement: free the nine bakers", *BODY)
    assert note[:20] not in conversion.body and all(p in conversion.body for p in BODY)


def test_a_page_wrapped_narrower_than_the_rest_is_reflowed_at_its_own_width():
    wide = ("The authorities arrested nine members of the bakers' union at dawn on Monday and\n"
            "took them to an unknown location, their families said on Tuesday morning in a\n"
            "statement. None of them has been charged, and their lawyers have not been\n"
            "allowed to see them or to read the files that the prosecutor says exist at all.\n"
            "The union says the arrests follow a strike over wages that the employer has not\n"
            "paid since the spring, and that the men were only asking to be paid on time.\n")
    narrow = ("\fWe respectfully ask you to:\n\n"
              "1. Issue an urgent public appeal for the\n"
              "release of the nine bakers and for an end\n"
              "to the harassment of their union;\n"
              "2. Request that the authorities grant the\n"
              "bakers access to lawyers of their own\n"
              "choosing and to an independent medical\n"
              "examination;\n\n"
              "\"My son was 19 when they took him. He\n"
              "has done nothing but bake bread and ask\n"
              "for his wages,\" the mother of one of the\n"
              "bakers of Tabriz told us early in\n"
              "January.\n\n"
              "Signatories\n\nBakers Solidarity Network\nFood Workers Union\n")
    text = "Free the bakers of Tabriz\n\n" + "\n".join([wide] * 3) + "\n" + narrow
    conversion = convert(raw_from_bytes(text.encode("utf-8"), Path("letter.txt")))
    body = conversion.body
    assert "Issue an urgent public appeal for the release of the nine bakers and for an end " \
        "to the harassment of their union;" in body
    assert "the mother of one of the bakers of Tabriz told us early in January." in body
    assert conversion.meta.get("signatories") == ["Bakers Solidarity Network",
                                                  "Food Workers Union"]


def test_an_e_mail_newsletters_layout_table_is_read_as_its_text():
    cell = ("<h4>In this issue</h4><ul><li>Joint statement: free the bakers</li>"
            "<li>Our new guide in Persian</li></ul><p>Joint statement</p>"
            "<h2>Free the nine bakers of Tabriz</h2><p>Published on 20 May 2026</p>"
            + "".join(f"<p>{p}</p>" for p in BODY)
            + "<p>The undersigned organisations:</p><ul><li>Bakers Solidarity Network</li>"
              "<li>Article 12 Privacy Project</li><li>Food Workers Union</li></ul>"
              "<h3>Support independent monitoring</h3><p>We are funded by readers like you. A "
              "gift of $10 a month pays for one week of our work.</p>")
    html = ("<html><head><title>Bakers Brief #41</title></head><body><table><tr><td>"
            "A joint statement from 12 groups.</td><td><a href='#'>View this email in your "
            f"browser</a></td></tr></table><table><tr><td>{cell}</td></tr></table>"
            "</body></html>")
    conversion = convert(raw_from_bytes(html.encode("utf-8"), Path("brief.html")))
    body = conversion.body
    assert all(p in body for p in BODY)
    for junk in ("View this email", "In this issue", "Our new guide", "funded by readers"):
        assert junk not in body, junk
    assert conversion.meta["signatories"] == ["Bakers Solidarity Network",
                                              "Article 12 Privacy Project", "Food Workers Union"]


def test_a_post_a_call_to_action_list_and_a_slogan_with_its_translation():
    conversion = page("Instagram", "Log in", "rights.watch", "Verified", "Follow", "Original audio",
                      "rights.watch 🚨 URGENT: the bakers' sentences have been upheld",
                      "Swipe ➡️ for the full statement in Persian and English.", *BODY,
                      "📣 What you can do:\n"
                      "1️⃣ Share this post and tag @un_humanrights and @ohchr_iran\n"
                      "2️⃣ Write to your foreign ministry and ask it to demand their release\n"
                      "3️⃣ Come to the vigil outside the embassy this Friday evening",
                      "«زن، زندگی، آزادی»\n\"Woman, life, freedom\"",
                      "#FreeTheBakers #NoToExecution", "38,912 likes")
    body = conversion.body
    assert all(p in body for p in BODY)
    assert "Share this post and tag @un_humanrights" in body  # one of the statement's asks
    assert "«زن، زندگی، آزادی»" in body and "Woman, life, freedom" in body
    for junk in ("Original audio", "Swipe", "38,912"):
        assert junk not in body, junk
    report = conversion.report.render([])
    assert "an item of a list in the body whose other items stay" in report
    assert "a line and its translation closing the text" in report


def test_the_learned_scorers_labels_and_fit(monkeypatch):
    """bench/train_scorer.py labels blocks from a page's annotations and fits a model that
    separates what the labels separate (the measurement itself is run by hand)."""
    import sys

    import numpy as np
    from import_corpus import Page

    monkeypatch.syspath_prepend(str(Path(__file__).parents[1] / "bench"))
    sys.modules.pop("train_scorer", None)
    import train_scorer

    annotated = Page(name="p", raw=Path("p.txt"), split="dev", kind="blog", title=TITLE,
                     date=None, signatories=[], keep=[BODY[0]], drop=["Subscribe now"])
    assert train_scorer.label(annotated, BODY[0]) == 1
    assert train_scorer.label(annotated, "took them to an unknown location, their") == 1
    assert train_scorer.label(annotated, "Subscribe now") == 0
    assert train_scorer.label(annotated, "Something else entirely") is None
    n = len(train_scorer.names())
    rows = [("p", "dev", [1.0] + [float(k % 2)] + [0.0] * (n - 2), k % 2, True)
            for k in range(40)]
    w = train_scorer.fit(rows, [True] * n, keep_weight=1.0)
    assert w[1] > 0 and np.isfinite(w).all()


def test_a_statements_own_first_paragraph_sharing_its_concerns_stays():
    first = ("We share the concerns of the families set out below and call on the authorities "
             "to answer them before the hearing on Monday.")
    conversion = page(TITLE, first, *BODY)
    assert first in conversion.body


def test_a_heading_with_a_common_furniture_word_over_prose_stays():
    conversion = page(TITLE, *BODY[:2], "Join the campaign", BODY[2])
    assert "Join the campaign" in conversion.body


def test_a_wordpress_comment_thread_heading_ends_the_body():
    conversion = page(TITLE, *BODY, "3 thoughts on “Release the bakers’ union members”",
                      "Aram S. March 18, 2026 at 2:02 pm",
                      "Thank you for publishing this. My cousin worked in that bakery for six "
                      "years.", "Reply")
    assert "thoughts on" not in conversion.body and "My cousin" not in conversion.body


def test_a_copyright_credit_over_the_body_is_no_title():
    conversion = page("Bakers: Parliament condemns the arrests", "© European Union 2025 - EP",
                      *BODY)
    assert conversion.meta["title"] == "Bakers: Parliament condemns the arrests"
    assert "© European Union" not in conversion.body


def test_a_related_stories_box_and_screen_reader_words_inside_the_article():
    conversion = page(TITLE, *BODY[:2], "Recommended Stories", "list of 4 items",
                      "Bakers strike spreads to the capital", "Why are bread prices soaring",
                      "end of list", BODY[2])
    body = conversion.body
    assert all(p in body for p in BODY)
    for junk in ("Recommended Stories", "list of 4 items", "Bakers strike spreads",
                 "bread prices"):
        assert junk not in body, junk


def test_a_press_release_hard_wrapped_keeps_its_sentences_whole():
    text = ("United Nations Geneva\n\nPress Release\n14 February 2025\n\n"
            "Iran: UN experts alarmed by death sentences against striking bakers,\n"
            "call for immediate halt\n\n"
            "GENEVA (14 February 2025) – The UN Special Rapporteurs on Freedom of\n"
            "today expressed grave concern at the death sentences handed down to\n"
            "two bakers in Tabriz and urged the authorities to halt their executions.\n\n"
            "VIENNA, 6 June 2023 – The OSCE Representative on Freedom of the Media\n"
            "today called on the authorities to release the two bakers sentenced last\n"
            "week to death for posts criticizing local officials and their wages.\n\n"
            "The union is the largest independent association in the country, with\n"
            "30,000 bakers of every faith, Muslim and non-Muslim alike, among its non-\n"
            "Muslim members the two men sentenced, and among its longest serving\n"
            "members.\n\n"
            "The bakers were convicted of spreading false information under a\n"
            "provision of the criminal code that the experts have repeatedly asked\n"
            "the authorities to repeal, and their lawyers were not allowed to speak.\n")
    conversion = convert(raw_from_bytes(text.encode("utf-8"), Path("release.txt")))
    body = conversion.body
    assert conversion.meta["title"] == ("Iran: UN experts alarmed by death sentences against "
                                        "striking bakers, call for immediate halt")
    assert "The UN Special Rapporteurs on Freedom of today expressed grave concern" in body
    assert "Media today called on the authorities to release" in body
    assert "among its non-Muslim members the two men sentenced, and among its longest serving " \
        "members." in body


WRAPPED_BODY = ("The undersigned organisations are alarmed by the decision of the\n"
                "Ministry of Justice to dissolve the independent bakers' union and to\n"
                "transfer the licensing of bakeries to a commission appointed by the\n"
                "minister.\n\n"
                "An independent union is a cornerstone of the right to organise, and\n"
                "bakers who can be struck off by the government cannot speak for the\n"
                "members whom the government wishes to see silenced.\n\n"
                "We call on the ministry to withdraw the decision and on the bakers'\n"
                "employers to keep paying the wages they owe before the winter.\n")


@pytest.mark.parametrize("head", [
    "Joint statement on the dissolution of the bakers' union\n\nTbilisi, 18 March 2024\n\n",
    "",
])
def test_an_editors_greeting_wrapped_over_lines_is_one_note(head):
    text = ("View this email in your browser\n\nTHE WEEKLY DISPATCH\n\n"
            "Hi friends, a short one this week: the statement below went out to\n"
            "embassies on Monday and we wanted you to see it first. Back to the usual\n"
            "roundup next Friday.\n\n" + head + WRAPPED_BODY)
    conversion = convert(raw_from_bytes(text.encode("utf-8"), Path("dispatch.txt")))
    body = conversion.body
    assert "Hi friends" not in body and "roundup next Friday" not in body
    assert "alarmed by the decision of the Ministry of Justice" in body
    if head:
        assert conversion.meta["title"] == ("Joint statement on the dissolution of the bakers' "
                                            "union")


def test_tags_and_a_sign_up_box_after_the_article_go():
    conversion = page(TITLE, *BODY, "Topics: Death penalty Bakers Tabriz",
                      "Get the Iran Briefing",
                      "Our editors' pick of the week's most important stories, every Tuesday "
                      "morning in your inbox.", "Email", "Sign up")
    body = conversion.body
    assert all(p in body for p in BODY)
    for junk in ("Topics:", "Get the Iran Briefing", "editors' pick"):
        assert junk not in body, junk


def test_a_wrapped_sentence_ending_in_a_year_on_its_own_line_stays_whole():
    text = ("Free the bakers of Tabriz\n\n"
            "GENEVA (6 February 2025) – UN experts today expressed grave alarm at\n"
            "the sharp rise in arrests of bakers in the Islamic Republic of Iran, with\n"
            "at least 901 people detained in 2024, the highest annual figure since\n"
            "2015.\n\n" + WRAPPED_BODY)
    conversion = convert(raw_from_bytes(text.encode("utf-8"), Path("release.txt")))
    assert "the highest annual figure since 2015." in conversion.body


def test_a_headline_wrapped_in_hard_wrapped_text_is_no_paragraph():
    text = ("English   Français   Español\n"
            "UN Bakers — United Nations Entity for the Equality and the Empowerment\n"
            "of Bakers\n"
            "What we do   Where we are   How we work   News and stories   Get\n"
            "involved\n"
            "Home > News and stories > Press release\n\nPRESS RELEASE\n"
            "Iran: UN experts alarmed by new \"chastity\" law against bakers' unions, urge\n"
            "its repeal\n\n" + WRAPPED_BODY)
    conversion = convert(raw_from_bytes(text.encode("utf-8"), Path("release.txt")))
    assert conversion.meta["title"] == ("Iran: UN experts alarmed by new \"chastity\" law against "
                                        "bakers' unions, urge its repeal")
    assert "PRESS RELEASE" not in conversion.body


@pytest.mark.parametrize("rule", ["— — —", "* * *", "- - -"])
def test_a_spaced_rule_ends_the_statement(rule):
    conversion = page(TITLE, *BODY, rule, "THIS WEEK'S ROUNDUP",
                      "• Bakers' union leader sentenced in Mashhad, and what comes next for them",
                      "Enjoyed this issue? Forward it to a friend who cares about bread.")
    assert all(p in conversion.body for p in BODY)
    assert "ROUNDUP" not in conversion.body and "Forward it" not in conversion.body


@pytest.mark.parametrize("text, evidence", [
    ("__________", "rule (separator)"),
    ("Jan  Feb  Mar  Apr  May  Jun  Jul  Aug  Sep  Oct", "chart labels"),
    ("Source: Bakers' Union measurements and court records.", "source credit"),
])
def test_a_reports_figure_furniture(text, evidence):
    assert evidence in measure(text).evidence


def test_a_chart_between_two_stretches_of_a_report_does_not_end_the_body():
    chart = ["Figure 1: Bakers arrested, by month, 2026", "12 |", "10 |", "8 |", "6 |",
             "4 |", "2 | ██", "0 +------------------------------",
             "Jan  Feb  Mar  Apr  May  Jun", "Source: Bakers' Union records."]
    text = ("Free the bakers of Tabriz\n\n1. Summary\n\n" + WRAPPED_BODY + "\n" +
            "\n".join(chart) + "\n\n2. A year of arrests\n\n" + WRAPPED_BODY.replace(
                "The undersigned", "Again, the undersigned"))
    conversion = convert(raw_from_bytes(text.encode("utf-8"), Path("report.txt")))
    body = conversion.body
    assert "The undersigned organisations are alarmed" in body
    assert "Again, the undersigned organisations are alarmed" in body
    for junk in ("Figure 1", "Jan Feb", "Source: Bakers", "12 |"):
        assert junk not in body, junk


def test_a_word_broken_after_a_closed_prefix_is_joined_whole():
    page1 = ("Joint letter on the bakers of Tabriz\n\nExcellencies,\n\n"
             "Ahead of the next session of the Council, we, the under-\n"
             "signed 20 organisations, write to urge your delegation to support the\n"
             "release of the nine bakers held since March without charge or trial.\n\n"
             + WRAPPED_BODY.replace("The undersigned", "The signatory")
             + "\nBakers' letter – March 2026                          1\n")
    text = page1 + "\f" + WRAPPED_BODY.replace("The undersigned", "Again, the signatory") + \
        "\nBakers' letter – March 2026                          2\n"
    conversion = convert(raw_from_bytes(text.encode("utf-8"), Path("letter.txt")))
    assert "we, the undersigned 20 organisations" in conversion.body


def test_a_thread_numbered_at_its_lines_ends():
    conversion = page("Press Desk", "@pressdesk.bsky.social",
                      "🧵 STATEMENT | Free the bakers of Tabriz 1/4", "2h", "24 replies",
                      BODY[0] + " 2/4", "2h", "3", BODY[1] + " 3/4", "2h", "1",
                      BODY[2] + " 4/4", "2h", "Reply to Press Desk…",
                      "So sad. Sharing everywhere, this is what they do to anyone who asks.")
    body = conversion.body
    assert all(p in body for p in BODY) and "2/4" not in body
    assert "Sharing everywhere" not in body


def test_a_capitalised_line_run_to_the_width_is_a_sentence_when_one_follows():
    text = ("Free the bakers of Tabriz\n\n" + WRAPPED_BODY + "\n"
            "Article 18 of the International Covenant on Civil and Political\n"
            "Rights, to which Iran is a party, guarantees the freedom to organise\n"
            "and to bake bread together in community with others, in public.\n\n"
            "Signed by:\n\nEuropean Network of Bakers' Justice Lawyers\n"
            "Association Boulangers Sans Peine de Mort\nGlobal Bakers Rights Watch\n")
    conversion = convert(raw_from_bytes(text.encode("utf-8"), Path("letter.txt")))
    assert "Article 18 of the International Covenant on Civil and Political Rights, to which" \
        in conversion.body
    assert "European Network of Bakers' Justice Lawyers" in \
        (conversion.meta.get("signatories") or [])


def test_an_editors_signed_note_and_the_rest_of_the_issue_go():
    conversion = page("The Bakers Letter #47", "Dear friends,",
                      "This month we open with a statement our collective drafted together "
                      "with seven partners. If you can translate it, reply to this email.",
                      "— Shirin, for the Bakers team", "Free the nine bakers of Tabriz", *BODY,
                      "Also this month",
                      "8 March, Berlin: a reading and discussion with the poet Leyla Farahani, "
                      "Oyoun, 19:00.",
                      "Volunteer call: we are looking for translators from Persian into German "
                      "for our videos.")
    body = conversion.body
    assert all(p in body for p in BODY)
    for junk in ("This month we open", "Shirin, for the", "Also this month", "Volunteer call",
                 "Leyla Farahani"):
        assert junk not in body, junk


def test_text_an_html_page_hides_is_no_part_of_it_and_is_reported():
    html = ("<html><head><title>Bakers Letter</title><style>.preheader { display:none "
            "!important; } @media (max-width:600px) { .wide { display:none; } }</style></head>"
            "<body><div class='preheader'>Eight organisations respond to the new arrests. Also: "
            "a reading list for March.</div><span style='display: none'>Hidden tracking "
            "words for the mail client</span><article><h1>Free the bakers of Tabriz</h1>"
            "<p class='wide'>" + BODY[0] + "</p>" + "".join(f"<p>{p}</p>" for p in BODY[1:])
            + "</article></body></html>")
    conversion = convert(raw_from_bytes(html.encode("utf-8"), Path("letter.html")))
    body = conversion.body
    assert all(p in body for p in BODY)  # hidden only on small screens: shown
    assert "Eight organisations" not in body and "tracking words" not in body
    assert "hidden text (not shown on the page)" in conversion.report.render([])


def test_a_related_box_inside_the_article_does_not_cut_its_first_paragraphs():
    first = ("We write as bakers' unions of twelve countries to express our deep concern at\n"
             "the arrest of nine members of the bakers' union of Tabriz, who were taken from\n"
             "their homes at dawn on Monday and have not been seen since that morning.\n")
    text = ("The Meridian Review\nPolitics World Ideas Letters Culture Books\n"
            "Subscribe: 3 months for £1\nLetters\n"
            "Open letter: free the bakers of Tabriz\n"
            "More than a dozen unions say the arrests turn every bakery in the city into a\n"
            "zone of fear.\nThe Meridian Review Letters Desk\nThu 19 Dec 2024 06.00 GMT\n"
            "Share 1,204 shares Gift this article\n" + first +
            "Related\nBakers strike spreads to the capital\nUnions meet the minister\n" +
            WRAPPED_BODY.replace("\n\n", "\n"))
    conversion = convert(raw_from_bytes(text.encode("utf-8"), Path("letter.txt")))
    assert "We write as bakers' unions of twelve countries to express our deep concern" in \
        conversion.body
    assert "Unions meet the minister" not in conversion.body



_PAGE_TWO = ("We urge the ministry to meet the union's elected officers and to restore\n"
             "the licences of the 40 bakeries closed since the strike began in March,\n"
             "and to let the bakers' families visit them in prison every week.\n\n"
             "We call on the employers to pay the wages they owe before the winter and\n"
             "to stop threatening the bakers who have signed the union's petition.\n")


def _paged_letter(page1_extra: str, page2: str = _PAGE_TWO) -> str:
    head = "Joint letter on the bakers of Tabriz                          March 2026\n\n"
    foot = "\n\nBakers Solidarity Network                                   Page {}\n"
    return (head + "Free the bakers of Tabriz\n\n" + WRAPPED_BODY + page1_extra + foot.format(1)
            + "\f" + head + page2 + foot.format(2))


def test_footnotes_whose_numbers_stand_on_their_own_lines_do_not_end_the_text():
    notes = ("\n\n__________________\n1\n"
             "  Statement by the Ministry of Justice to the press, 3 March 2026.\n2\n"
             "  Figures from the bakers' union, on file with the signatory organisations.\n")
    body = convert(raw_from_bytes(_paged_letter(notes).encode("utf-8"), Path("letter.txt"))).body
    assert "Statement by the Ministry of Justice to the press, 3 March 2026." in body
    assert "Figures from the bakers' union, on file with the signatory organisations." in body
    assert "restore the licences of the 40 bakeries closed since the strike began" in body
    assert "stop threatening the bakers who have signed" in body


def test_a_common_word_broken_at_a_line_end_is_joined():
    extra = ("\nWe ask that the bakers be released and be allowed to organise with-\n"
             "out interference from the security services or the employers.\n")
    body = convert(raw_from_bytes(_paged_letter(extra).encode("utf-8"), Path("letter.txt"))).body
    assert "organise without interference from the security services" in body


def test_a_share_bars_copied_link_notice_goes():
    conversion = page(TITLE, "By Jane Doe", "Share", "Copy", "Link copied", "Email", "Facebook",
                      *BODY)
    assert "Link copied" not in conversion.body and all(p in conversion.body for p in BODY)


def test_a_wire_storys_contributor_credit_goes():
    credit = "Associated Press writer John Smith in Dubai contributed to this report."
    conversion = page(TITLE, *BODY, credit)
    assert "contributed to this report" not in conversion.body
    assert all(p in conversion.body for p in BODY)


@pytest.mark.parametrize("note", [
    "* Issued as received, in the language of submission only.",
    "This document is produced for information purposes only and does not constitute an "
    "official record.",
])
def test_an_intergovernmental_documents_issuance_note_goes(note):
    conversion = page(TITLE, *BODY, note)
    assert note[2:20] not in conversion.body and all(p in conversion.body for p in BODY)


def test_a_dinkus_of_asterisk_groups_ends_the_text():
    after = "The Mission will give its next oral update to the Council in the spring."
    conversion = page(TITLE, *BODY, "* *** *", "Media contacts:\n"
                      "Jane Doe, Media Officer, jane.doe@example.org\n"
                      "John Roe, Media Officer, john.roe@example.org", after)
    body = conversion.body
    assert "Media contacts" not in body and "Jane Doe" not in body and after not in body
    assert all(p in body for p in BODY)


@pytest.mark.parametrize("junk", [
    "This article was amended on 3 March 2026 to correct the spelling of a lawyer's name.",
    "Researcher and editor at the Bakers Solidarity Network. She/her.",
    "The Bakers Letter is a reader-supported publication. To receive new posts, consider "
    "becoming a free or paid subscriber.",
])
def test_a_correction_notice_a_profile_line_and_a_publications_pitch_go(junk):
    conversion = page(TITLE, *BODY, junk)
    assert junk[:25] not in conversion.body and all(p in conversion.body for p in BODY)


def test_a_link_with_an_arrow_after_the_signers_is_no_signer():
    conversion = page(TITLE, *BODY, "Signed:", "Leila Sadeghi (Austria)",
                      "Behrouz Tavana (Germany)", "Write to a union member →")
    assert "Write to a union member" not in conversion.body
    assert "Behrouz Tavana" in conversion.body


def test_an_editors_letter_between_a_greeting_and_a_sign_off_before_the_statement_goes():
    note = ("On Tuesday the bakers' strike reached its hundredth day, and twelve of the men are "
            "now refusing food. If you read one thing from us, let it be this.")
    html = ("<html><head><title>The Bakers Letter, issue 12</title></head><body>"
            "<p>Issue 12 · 22 January 2026</p><p>Dear friends,</p><p>" + note + "</p>"
            "<p>With gratitude,</p><p>The editors</p><p>STATEMENT</p><h1>" + TITLE + "</h1>"
            "<p>20 January 2026</p>" + "".join(f"<p>{p}</p>" for p in BODY) + "</body></html>")
    body = convert(raw_from_bytes(html.encode("utf-8"), Path("issue.html"))).body
    assert "hundredth day" not in body and all(p in body for p in BODY)


def test_demands_in_a_dashed_list_under_an_undersigned_label_stay_in_the_body():
    demands = ("The undersigned organisations call on the authorities to:\n"
               "– release all those detained solely for peacefully protesting and drop\n"
               "the charges against them;\n"
               "– guarantee the right to safe drinking water for all residents of\n"
               "Khuzestan, without discrimination.\n\n"
               "\"Access to clean water is a human right, not a privilege to be granted\n"
               "or withdrawn as punishment,\" said the spokesperson of the network.\n\n"
               "Signatories:\n1. Bakers Solidarity Network (Netherlands)\n"
               "2. Food Workers Union (Germany)\n")
    text = "Free the bakers of Tabriz\n\n" + WRAPPED_BODY + "\n" + demands
    body = convert(raw_from_bytes(text.encode("utf-8"), Path("letter.txt"))).body
    assert "release all those detained solely for peacefully protesting and drop the " \
        "charges against them;" in body
    assert "Khuzestan, without discrimination." in body
    assert "not a privilege to be granted or withdrawn as punishment" in body


def test_labels_above_an_html_headline_go():
    html = ("<html><head><title>Bakers | Press</title></head><body><main>\n"
            "<p class=\"type\">Press releases</p>\n<p class=\"subtype\">Labour rights</p>\n"
            "<h1>" + TITLE + "</h1>\n<p>20 January 2026</p>\n"
            + "\n".join(f"<p>{p}</p>" for p in BODY) + "\n</main></body></html>")
    body = convert(raw_from_bytes(html.encode("utf-8"), Path("release.html"))).body
    assert "Press releases" not in body and "Labour rights" not in body
    assert all(p in body for p in BODY)


def test_a_posters_greeting_over_a_statements_emphasised_heading_goes():
    note = "Hi everyone, this just came out from the union. Can we get English up by tonight?"
    conversion = page(note, "*STATEMENT OF THE BAKERS UNION ON THE ARRESTS IN TABRIZ*",
                      "Tabriz – 21 February 2026", *BODY)
    assert "Can we get English" not in conversion.body
    assert "Can we get" not in conversion.meta["title"]
    assert all(p in conversion.body for p in BODY)


def test_a_related_coverage_box_inside_a_wrapped_article_goes_and_the_article_goes_on():
    box = ("RELATED COVERAGE\n"
           "Bakers in Tabriz strike for a third week over unpaid wages\n"
           "Union leader detained in Tabriz after interview with a newspaper\n\n")
    later = ("The Committee to Protect Bakers said at least 17 union leaders were\n"
             "behind bars in the province as of December 2025, making it one of the\n"
             "country's harshest places for organised labour.\n\n"
             "The ministry did not immediately respond to a request for comment on\n"
             "the arrests or on the wages owed to the bakers since the spring.\n")
    text = "Free the bakers of Tabriz\n\n" + WRAPPED_BODY + "\n" + box + later
    body = convert(raw_from_bytes(text.encode("utf-8"), Path("story.txt"))).body
    assert "third week" not in body and "RELATED" not in body
    assert "at least 17 union leaders were behind bars in the province" in body
    assert "the wages owed to the bakers since the spring." in body


def test_an_editors_note_wrapped_over_lines_is_no_title():
    text = ("The Bakers Letter\n\nSubscribe\n\n" + TITLE + "\n\n"
            "A joint call from 14 organisations, and what you can do this week\n\n"
            "Leila Sarbazi\nNov 07, 2025\n\n"
            "Dear readers, this week's issue is given over entirely to the joint\n"
            "statement below. My usual round-up of the wages owed returns on Friday.\n\n"
            "—\n\nJOINT STATEMENT\n\nTabriz, 6 November 2025\n\n" + WRAPPED_BODY)
    conversion = convert(raw_from_bytes(text.encode("utf-8"), Path("issue.txt")))
    assert conversion.meta["title"] == TITLE
    assert "Dear readers" not in conversion.body
    assert "decision of the Ministry of Justice to dissolve" in conversion.body


def test_a_hard_wrapped_sentence_after_the_body_is_no_signers_name():
    later = ("The Committee to Protect Bakers said at least 17 union members were\n"
             "behind bars in the province as of December 2025, making it one of the\n"
             "country's harshest places for organised labour.\n\n"
             "The ministry did not immediately respond to a request for comment on\n"
             "the arrests or on the wages owed to the bakers since the spring.\n")
    text = ("Free the bakers of Tabriz\n\n" + WRAPPED_BODY + "\nRELATED COVERAGE\n"
            "Bakers in Tabriz strike for a third week over unpaid wages\n\n" + later)
    body = convert(raw_from_bytes(text.encode("utf-8"), Path("story.txt"))).body
    assert "at least 17 union members were behind bars in the province" in body
    assert "<!-- signatures -->" not in body



def test_a_wrapped_sentence_ending_on_signatories_does_not_end_the_statement():
    """"… according to records compiled by the" / "signatories." is the end of a sentence,
    not a "Signatories" label: the paragraphs after it stay."""
    text = ("Iran: Reinstate students expelled for protest activity\n\n"
            "At least 212 university students have been expelled or suspended since the\n"
            "start of the autumn semester for taking part in protests, according to records\n"
            "compiled by the\nsignatories.\n\n"
            "At the University of Tabriz alone, disciplinary committees barred 37 students\n"
            "from their classes for two semesters without any hearing at all.\n\n"
            "We call on the Ministry of Science to reinstate all expelled students and to\n"
            "abolish the committees' power to punish speech on campus.\n")
    body = convert(raw_from_bytes(text.encode("utf-8"), Path("p.txt"))).body
    assert "barred 37 students" in body and "reinstate all expelled students" in body
