"""Whole layouts the importer must read as a reader does (fresh9's misses): a mailing list's
digest with the statement in one of its messages, a PDF page set in two columns, a figure
left out of a document's text."""

from __future__ import annotations

from pathlib import Path

from workflow.importer import convert
from workflow.importer.features import measure
from workflow.importer.rawinput import raw_from_bytes

STATEMENT = [
    "On 3 March, police raided the offices of the bakers' union in Tabriz and arrested six "
    "members of its board, who had gathered to prepare a petition on unpaid wages.",
    "The six have been held without charge since then and their families have not been told "
    "where they are, in breach of Iran's own code of criminal procedure.",
    "We call on the authorities to release the six at once and to let the union work without "
    "harassment, as the conventions that Iran has ratified require.",
]


def _wrap(text: str, width: int = 60, prefix: str = "") -> list[str]:
    out, line = [], ""
    for word in text.split():
        if line and len(line) + 1 + len(word) > width:
            out.append(prefix + line)
            line = word
        else:
            line = f"{line} {word}".strip()
    return [*out, prefix + line]


def _digest(quoted_statement: bool = True) -> bytes:
    prefix = "> " if quoted_statement else ""
    body = [f"{prefix}Iran: Release the Tabriz bakers' union board", f"{prefix}".rstrip(),
            f"{prefix}4 March 2025", prefix.rstrip()]
    for paragraph in STATEMENT:
        body += [*_wrap(paragraph, prefix=prefix), prefix.rstrip()]
    if quoted_statement:
        body = ["Forwarding for the list, with apologies for cross-posting.", "",
                "Begin forwarded message:", "", "> From: Bakers Solidarity <info@bs.example>",
                "> Subject: Statement on the Tabriz bakers", "> Date: 4 March 2025 at 10:02",
                ">", *body]
    text = "\n".join([
        "Subject: Tabriz-L Digest, Vol 3, Issue 9",
        "From: tabriz-l-request@lists.example",
        "Date: Thu, 06 Mar 2025 06:00:01 +0000",
        "Content-Type: text/plain; charset=utf-8",
        "",
        "Send Tabriz-L mailing list submissions to",
        "\ttabriz-l@lists.example",
        "",
        "Today's Topics:",
        "",
        "   1. Meeting on Friday (Sara K.)",
        "   2. Statement on the Tabriz bakers (Omid R.)",
        "   3. Re: Meeting on Friday (Lale)",
        "",
        "----------------------------------------------------------------------",
        "",
        "Message: 1",
        "Date: Wed, 5 Mar 2025 09:00:00 +0100",
        "From: Sara K. <sara@mail.example>",
        "Subject: [Tabriz-L] Meeting on Friday",
        "",
        "Hi all, the meeting is on Friday at noon. Same room as last time.",
        "",
        "------------------------------",
        "",
        "Message: 2",
        "Date: Wed, 5 Mar 2025 18:12:00 +0100",
        "From: Omid R. <omid@mail.example>",
        "Subject: [Tabriz-L] Statement on the Tabriz bakers",
        "",
        *body,
        "",
        "------------------------------",
        "",
        "Message: 3",
        "Date: Wed, 5 Mar 2025 21:40:00 +0100",
        "From: Lale <lale@mail.example>",
        "Subject: Re: [Tabriz-L] Meeting on Friday",
        "",
        "I will join from Lyon by phone.",
        "",
        "On Wed, Mar 5, 2025 at 09:00, Sara K. wrote:",
        "> Hi all, the meeting is on Friday at noon.",
        "",
        "------------------------------",
        "",
        "End of Tabriz-L Digest, Vol 3, Issue 9",
        "***************************************",
    ])
    return text.encode("utf-8") + b"\n"


def _body(conversion) -> str:
    return " ".join(conversion.body.split())


def test_a_digests_statement_is_imported_from_its_own_message():
    conversion = convert(raw_from_bytes(_digest(), Path("digest.eml")))
    body = _body(conversion)
    for sentence in STATEMENT:
        assert sentence in body
    for junk in ("the meeting is on Friday", "join from Lyon", "Today's Topics",
                 "cross-posting", "End of Tabriz-L Digest"):
        assert junk not in body
    assert conversion.meta["title"] == "Iran: Release the Tabriz bakers' union board"
    assert conversion.meta["date"] == "2025-03-04"
    assert any("digest of 3 messages: message 2" in note for note in conversion.report.notes)
    reasons = {e.reason for e in conversion.report.removed}
    assert any("another message of the digest (message 3" in r for r in reasons)


def test_a_digest_message_not_forwarded_keeps_its_subject_as_the_fallback_title():
    conversion = convert(raw_from_bytes(_digest(quoted_statement=False), Path("digest.eml")))
    body = _body(conversion)
    assert all(sentence in body for sentence in STATEMENT)
    assert "the meeting is on Friday" not in body


def test_a_forward_of_a_forward_is_no_digest():
    inner = ["---------- Forwarded message ---------", "From: Bakers Solidarity <i@bs.example>",
             "Date: Tue, 4 Mar 2025 at 10:02", "Subject: Statement on the Tabriz bakers", "",
             "Iran: Release the Tabriz bakers' union board", ""]
    for paragraph in STATEMENT:
        inner += [*_wrap(paragraph), ""]
    text = "\n".join([
        "Subject: Fwd: Fwd: Statement on the Tabriz bakers", "From: a@mail.example", "",
        "For the list.", "", "---------- Forwarded message ---------",
        "From: Omid R. <omid@mail.example>", "Date: Wed, 5 Mar 2025 at 18:12",
        "Subject: Fwd: Statement on the Tabriz bakers", "", "Please share.", "", *inner])
    conversion = convert(raw_from_bytes(text.encode() + b"\n", Path("fwd.eml")))
    assert not any("digest" in note for note in conversion.report.notes)
    assert all(sentence in _body(conversion) for sentence in STATEMENT)
    assert "Please share" not in conversion.body


LEFT = ("Between 1 May and 30 June 2025, the authorities blocked access to eleven news sites "
        "and two messaging services in the provinces of Kurdistan and Kermanshah, and they "
        "throttled mobile data in the evenings when people gathered in the streets.")
RIGHT = ("Our measurements show that the blocks began within an hour of each protest call "
         "and were lifted only after the crowds had gone home, which suggests that the orders "
         "were given locally and in advance by the provincial security councils.")


def _two_columns() -> str:
    left, right = _wrap(LEFT, 36), _wrap(RIGHT, 36)
    rows = [f"{a:<44}{b}".rstrip() for a, b in zip(left + [""] * 9, right + [""] * 9,
                                                       strict=False) if a or b]
    page1 = ["Observatory briefing · June 2025", "", "Blocked in the Provinces", "",
             "Published 2 July 2025", "", "1. Findings", "", *rows, "",
             "[Figure 2: Share of sites reachable from Sanandaj, May-June 2025]", "", "1"]
    page2 = ["Observatory briefing · June 2025", "", "2. Recommendations", "",
             *_wrap("We call on the authorities to lift every block imposed on news sites and to "
                    "publish the orders that restricted connectivity in the provinces.", 78),
             "", "2"]
    return "\n".join(page1) + "\n\f" + "\n".join(page2) + "\n"


def test_two_columns_of_prose_are_read_down_the_left_one_first():
    conversion = convert(raw_from_bytes(_two_columns().encode(), Path("brief.txt")))
    body = _body(conversion)
    assert LEFT in body and RIGHT in body
    assert body.index(LEFT) < body.index(RIGHT)
    assert any("two columns read down" in e.reason for e in conversion.report.altered)


def test_a_figure_left_out_of_the_text_is_furniture():
    conversion = convert(raw_from_bytes(_two_columns().encode(), Path("brief.txt")))
    assert "[Figure 2" not in conversion.body
    assert any(e.text.startswith("[Figure 2") for e in conversion.report.removed)


def test_a_table_of_names_in_columns_is_no_two_column_prose():
    rows = [f"{org:<44}{country:<18}{mail}" for org, country, mail in [
        ("Solidarity Centre for Bakers in Iran", "Belgium", "info@scb.example"),
        ("Union of Teachers of the Netherlands", "Netherlands", "iran@utn.example"),
        ("Nordic Forum of the Transport Workers", "Norway", "nftw@mail.example"),
        ("Labour Rights Watch in the Mediterranean", "Italy", "lrwm@mail.example"),
        ("Workers' Voice of Kurdistan and Iraq", "Iraq", "wvki@mail.example"),
    ]]
    text = "\n".join([*_wrap(" ".join(STATEMENT), 78), "", "Signed by", "", *rows, "", "1"])
    conversion = convert(raw_from_bytes((text + "\n\fpage two\n2\n").encode(), Path("l.txt")))
    assert not any("two columns" in e.reason for e in conversion.report.altered)


def test_a_chart_drawn_in_text_is_a_figure_and_the_body_reads_on_past_it():
    chart = ["      Journalists summoned", "  12 |", "   8 |          ##", "   4 |   ##     ##",
             "   0 +---2023----2024", "", "Figure 3: Summonses per year (our data)"]
    page1 = ["Iran: Release the Tabriz bakers' union board", "", "4 March 2025", "",
             *_wrap(STATEMENT[0], 78), "", *_wrap(STATEMENT[1], 78), "", *chart, "", "1"]
    page2 = ["2. Recommendations", "", *_wrap(STATEMENT[2], 78), "", "2"]
    text = "\n".join(page1) + "\n\f" + "\n".join(page2) + "\n"
    conversion = convert(raw_from_bytes(text.encode(), Path("chart.txt")))
    body = _body(conversion)
    assert all(sentence in body for sentence in STATEMENT)
    assert "Journalists summoned" not in body and "##" not in body
    reasons = [e.reason for e in conversion.report.removed]
    assert "a chart drawn in text: its label" in reasons


def _pdf(*pages: list[str]) -> str:
    return "\n\f".join("\n".join(p) for p in pages) + "\n"


def test_a_word_broken_at_a_line_end_joins_though_its_second_half_is_a_word():
    text = _pdf(["Iran: Let the expelled students back", "", "4 March 2025", "",
                 *_wrap(STATEMENT[0], 78), "",
                 "We call on the ministry to rein-", "state every student expelled for a "
                 "peaceful protest, and on non-", "state actors to stop the threats.", "",
                 *_wrap(STATEMENT[1], 78), "", "1"], [*_wrap(STATEMENT[2], 78), "", "2"])
    body = _body(convert(raw_from_bytes(text.encode(), Path("p.txt"))))
    assert "to reinstate every student" in body
    assert "on non-state actors" in body


def test_a_footnote_under_its_rule_stays_whole_with_its_number_on_a_line_of_its_own():
    text = _pdf(["Iran: Reinstate the expelled students", "", "4 March 2025", "",
                 *_wrap(STATEMENT[0] + "3", 78), "", *_wrap(STATEMENT[1], 78), "",
                 *_wrap(STATEMENT[2], 78), "", "Signatories:", "", "   Bakers Solidarity",
                 "   Teachers for Tabriz", "", "_______________", "3",
                 "  See the International Covenant on Economic, Social and Cultural Rights,",
                 "article 8, and the International Covenant on Civil and Political Rights,",
                 "article 22.", "", "1"], ["Bakers Solidarity", "", "2"])
    body = _body(convert(raw_from_bytes(text.encode(), Path("p.txt"))))
    assert "3 See the International Covenant on Economic, Social and Cultural Rights, " \
           "article 8, and the International Covenant on Civil and Political Rights, " \
           "article 22." in body


def test_a_credit_is_a_line_of_its_own_not_a_sentences_wrapped_line():
    assert "source credit" in measure("Reporting by Parisa Hafezi; Editing by Ed Osmond").evidence
    assert "source credit" not in measure("reporting by the diaspora media.3").evidence


def test_a_letters_salutation_opens_the_letter_a_greeting_to_readers_does_not():
    def letter(greeting: str) -> str:
        return _body(convert(raw_from_bytes("\n".join([
            "JOINT LETTER", "", "Member States of the Council: Release the Tabriz bakers", "",
            "Geneva, 4 March 2025", "", greeting, "", *[line for p in STATEMENT
                                                         for line in [*_wrap(p, 70), ""]],
        ]).encode(), Path("l.txt"))))
    assert "bakers Excellencies, On 3 March" in letter("Excellencies,")
    assert "Dear friends," not in letter("Dear friends,")
    assert "On 3 March" in letter("Dear friends,")


def test_a_blogs_box_about_its_writer_is_furniture():
    paragraphs = "".join(f"<p>{p}</p>" for p in STATEMENT)
    html = ("<html><head><title>Release the Tabriz bakers</title></head><body><article>"
            "<h1>Release the Tabriz bakers' union board</h1><p class='date'>4 March 2025</p>"
            f"{paragraphs}<div class='author-bio'><h4>About Sara Kazemi</h4><p>Sara edits the "
            "labour desk and has covered strikes in the north-west since 2016.</p></div>"
            "</article></body></html>")
    conversion = convert(raw_from_bytes(html.encode(), Path("post.html")))
    assert all(sentence in _body(conversion) for sentence in STATEMENT)
    assert "Sara edits" not in conversion.body and "About Sara" not in conversion.body
    assert any("the author's box" in e.reason for e in conversion.report.removed)


def test_an_editors_note_labelled_so_is_the_sites_not_the_statements():
    html = ("<html><body><article><h1>Release the Tabriz bakers' union board</h1>"
            "<p><em>Editor’s note: A reader in Tabriz sent us this statement last night. We "
            "publish it in full below, as it was sent to us.</em></p>"
            + "".join(f"<p>{p}</p>" for p in STATEMENT) + "</article></body></html>")
    conversion = convert(raw_from_bytes(html.encode(), Path("post.html")))
    assert all(sentence in _body(conversion) for sentence in STATEMENT)
    assert "A reader in Tabriz" not in conversion.body
    assert any("an editor's note, labelled so" in e.reason for e in conversion.report.removed)


def test_a_related_storys_headline_under_its_label_is_furniture():
    assert "a related story's headline under its label" in \
        measure("RELATED: Khuzestan's water crisis, explained in five maps").evidence
    assert "a related story's headline under its label" not in \
        measure("Related: the families said the men were taken to Evin prison.").evidence


def test_a_newsletters_thanks_for_reading_is_furniture():
    assert "lexicon thanks for reading" in " ".join(
        measure("Thanks for reading The Tabriz Letter! It is free to receive new posts.").evidence)


def test_a_running_footer_in_lowercase_a_web_address_with_the_page_number_goes():
    footer = "bakers-solidarity.example" + " " * 40
    text = _pdf(["Iran: Release the Tabriz bakers' union board", "", "4 March 2025", "",
                 *_wrap(STATEMENT[0], 60), "", "1 A note at the foot of the first page,",
                 "written over two lines.", "", footer + "1"],
                [*_wrap(STATEMENT[1], 60), "", *_wrap(STATEMENT[2], 60), "", footer + "2"])
    conversion = convert(raw_from_bytes(text.encode(), Path("brief.txt")))
    assert "bakers-solidarity.example" not in conversion.body
    assert any(e.reason.startswith("running footer") for e in conversion.report.removed)


def test_an_articles_own_paragraph_after_the_quoted_statements_signers_stays():
    quoted = "".join(f"<p>{p}</p>" for p in STATEMENT)
    html = ("<html><body><article><h1>Rights groups urge Iran to free Tabriz bakers</h1>"
            "<p>Fourteen groups have called for the release of six union leaders held since "
            "March, in a statement published on Tuesday.</p>"
            f"<blockquote>{quoted}</blockquote><p>The signatories are:</p><ul>"
            "<li>Bakers Solidarity Network</li><li>Teachers for Tabriz</li>"
            "<li>Labour Rights Watch</li></ul>"
            "<p>Iran's mission to the UN in Geneva did not respond to a request for comment.</p>"
            "<div class='newsletter'><p>Sign up to our morning email</p></div>"
            "</article></body></html>")
    conversion = convert(raw_from_bytes(html.encode(), Path("news.html")))
    body = _body(conversion)
    assert all(sentence in body for sentence in STATEMENT)
    assert "did not respond to a request for comment." in body
    assert conversion.meta["signatories"][:3] == ["Bakers Solidarity Network",
                                                   "Teachers for Tabriz", "Labour Rights Watch"]


def test_a_posts_subtitle_heading_over_its_byline_is_its_publishers_not_the_statements():
    body = "".join(f"<p>{p}</p>" for p in STATEMENT)

    def post(dek: str) -> str:
        html = ("<html><body><article><h1>Free the Tabriz bakers</h1>"
                f"{dek}<div class='author-line'><a>Sara Kazemi</a> · <span>Mar 5, 2025</span>"
                f"</div><h3>Joint statement, issued 4 March 2025</h3>{body}"
                "</article></body></html>")
        return convert(raw_from_bytes(html.encode(), Path("post.html"))).body
    assert "Six weeks in custody" not in post("<h2 class='subtitle'>Six weeks in custody, and "
                                              "a union asks the world to notice</h2>")
    assert "Six bakers have been held" in post("<p class='standfirst'>Six bakers have been "
                                               "held without charge since March.</p>")
