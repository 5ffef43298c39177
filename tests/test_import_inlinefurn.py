"""Furniture set into the statement's flow (issue #10, the fresh19 round): an advertisement by
its shape (an offer: a discount, a price, "free", a call to try or buy, a deadline, a product's
claim) or by the mark of a paid post, a lead to another story under a read-more label in any
language, a paywall's article meter, a caption or an omission note in brackets, a bank account
for gifts, a document's reference line, and the replies after a numbered thread's last post:
each on a small page of its own, through convert()."""

from __future__ import annotations

from pathlib import Path

from workflow.importer import convert
from workflow.importer.features import measure, offer_signals, read_more_lead
from workflow.importer.rawinput import raw_from_bytes

HEAD = ["Writers demand the release of a jailed novelist", ""]
OPENING = [
    "The undersigned writers' associations are alarmed at the continued detention of the "
    "novelist Farhad Rezaei, who was arrested at his home in Mashhad in March.",
    "He has been held in solitary confinement for more than four months and has not been "
    "allowed to see a lawyer of his own choosing.",
]
CLOSING = [
    "We call on the authorities to release him immediately and unconditionally, and to drop "
    "all charges brought against him for his writing.",
    "We also urge publishers and book fairs abroad to raise his case with the authorities "
    "at every opportunity they have.",
]


def body(*middle: str) -> str:
    lines = [*HEAD]
    for para in [*OPENING, *middle, *CLOSING]:
        lines += [para, ""]
    raw = raw_from_bytes(("\n".join(lines) + "\n").encode("utf-8"), Path("p.txt"))
    return convert(raw).body


def assert_statement_whole(text: str) -> None:
    for sentence in OPENING + CLOSING:
        assert sentence in text


def test_an_advertisements_offer_between_the_paragraphs_goes():
    """A call to learn and a free first lesson: two kinds of an offer's evidence."""
    text = body("Learn to code online - your first month is free!")
    assert "first month" not in text
    assert_statement_whole(text)


def test_a_product_with_its_claim_and_a_discount_goes():
    text = body("CloudVault Pro – back up every file you own. 40% off today.")
    assert "CloudVault" not in text
    assert_statement_whole(text)


def test_one_kind_of_an_offers_evidence_is_prose():
    """"free" and "today" alone are a statement's words."""
    assert offer_signals("We demand that the authorities free him today.") == ["deadline"]
    assert not any("advertisement" in e for e in
                   measure("We demand that the authorities free him today.").evidence)
    text = body("Writers in exile will read from his banned novel in Paris today.")
    assert "Writers in exile will read from his banned novel in Paris today." in text


def test_a_line_opening_on_a_paid_posts_mark_goes_however_long():
    text = body("Sponsored: Worried about your privacy? Read our independent comparison of "
                "twelve secure messaging apps before you choose the one for your family.")
    assert "messaging apps" not in text
    assert_statement_whole(text)


def test_a_read_more_lead_goes_in_any_language():
    for lead in ("LEE TAMBIÉN: El informe anual sobre las cárceles de mujeres",
                 "► Lesen Sie auch: Was bedeutet das neue Gesetz für Verleger?",
                 'See also: "Ink behind bars", our 2025 report (PDF)'):
        assert read_more_lead(lead), lead
        text = body(lead)
        assert lead.split(":")[1].strip()[:12] not in text, lead
        assert_statement_whole(text)


def test_a_statement_line_with_a_colon_is_no_read_more_lead():
    assert not read_more_lead("Our demands: an end to the trials of writers")
    assert not read_more_lead("He told the court: I have only written novels.")


def test_a_paywalls_article_meter_goes():
    text = body("You have read 3 of 5 free stories this month. Subscribe for unlimited "
                "reading.")
    assert "free stories" not in text
    assert_statement_whole(text)


def test_a_caption_in_brackets_in_another_language_and_an_omission_note_go():
    text = body("[Foto: Der Schriftsteller bei einer Lesung in Mashhad. Foto: Archiv/Verlag]",
                "[map not reproduced in this version]")
    assert "Lesung" not in text and "not reproduced" not in text
    assert_statement_whole(text)


def test_a_donation_line_with_a_bank_account_goes():
    text = body("Gifts: penwatch.example/give or IBAN NL00 EXMP 0123 4567 89")
    assert "IBAN" not in text
    assert_statement_whole(text)


def test_a_documents_reference_line_goes():
    assert any("reference line" in e for e in measure("Reference | PEN/Case 2210").evidence)
    assert not any("reference line" in e for e in
                   measure("Reference: the court's ruling of May").evidence)


POST_HEAD = ["Writers Watch", "@writers_watch", "·", "Nov 23"]


def thread(*extra: str) -> str:
    parts = [
        "2/ The novelist Farhad Rezaei was sentenced to six years in prison by a court in "
        "Mashhad on 12 November 2026.",
        "3/ His lawyer was removed from the case a week before the hearing, and he was tried "
        "in a session that lasted less than an hour.",
        "4/4 We call on the authorities to quash the sentence and release him at once. "
        "Endorsed by Writers Watch and the Free Pen Collective.",
    ]
    lines = ["Writers Watch", "@writers_watch",
             "🧵 STATEMENT | A novelist sentenced to six years in Mashhad. Thread 1/4",
             "9:14 AM · Nov 23, 2026", "·", "84.2K Views", ""]
    for k, part in enumerate(parts):
        lines += [*POST_HEAD, part, "14   188   702", ""]
        if k == 0:
            lines += ["Ad", "Promoted · StudyNow", "Online degrees in Europe. Apply by 15 "
                      "January.", "learn more →", ""]
    lines += list(extra)
    raw = raw_from_bytes(("\n".join(lines) + "\n").encode("utf-8"), Path("t.txt"))
    return convert(raw).body


def test_a_numbered_threads_last_post_ends_the_text_and_an_ad_does_not():
    text = thread("Readers added context",
                  "The court in question is the Revolutionary Court of Mashhad, Branch 1.",
                  "", "Daniel W. @dw_example · Nov 23",
                  "I will raise this with the foreign minister at the committee tomorrow.",
                  "3   45   210", "")
    assert "His lawyer was removed from the case" in text  # past the paid post
    assert "quash the sentence" in text
    assert "Apply by" not in text
    assert "Revolutionary Court of Mashhad, Branch 1" not in text
    assert "foreign minister" not in text


def test_a_box_drawn_round_an_aside_goes_whole_with_its_frame():
    """A quote box whose editor's note reads as furniture: the box's other line and its frame
    go with it (no half of the box left in the text)."""
    text = body("┌──────────────────────────────────────────────────┐\n"
                "│ \"They took my son at dawn,\" a father from Ahvaz told │\n"
                "│ us. Quotes in this box are condensed for length.     │\n"
                "└──────────────────────────────────────────────────┘")
    assert "┌" not in text and "took my son" not in text and "condensed" not in text
    assert_statement_whole(text)


def test_an_events_notice_under_its_label_goes_and_the_texts_own_call_stays():
    text = body("Rendez-vous : rassemblement place de la République, samedi 15h – infos",
                "Join the vigil outside the embassy this Friday at 18:00")
    assert "rassemblement" not in text
    assert "Join the vigil outside the embassy this Friday at 18:00" in text


def test_a_lowercase_line_under_a_removed_greeting_goes_with_it():
    """A newsletter's greeting over the statement's headline, and its lowercase next
    paragraph: the publisher's note, both."""
    lines = ["Liebe Freundinnen und Freunde,", "",
             "heute teilen wir eine gemeinsame Erklärung, die wir mit unseren Partnern "
             "veröffentlicht haben.", "", *HEAD]
    for para in [*OPENING, *CLOSING]:
        lines += [para, ""]
    html = "<html><body>" + "".join(
        f"<h1>{t}</h1>" if t == HEAD[0] else f"<p>{t}</p>" for t in lines if t) + \
        "</body></html>"
    text = convert(raw_from_bytes(html.encode("utf-8"), Path("n.html"))).body
    assert "heute teilen wir" not in text
    assert_statement_whole(text)


def test_a_see_also_cards_blurb_the_extractor_kept_goes():
    """A "See also" box's card under the statement: its blurb is another story's, wherever
    the extractor sets it."""
    paras = "".join(f"<p>{t}</p>" for t in [*OPENING, *CLOSING])
    html = ("<html><head><title>Statement</title></head><body><main><div class=\"col-main\">"
            f"<h1>{HEAD[0]}</h1><div class=\"statement\">{paras}</div>"
            "<section class=\"see-also\"><h3>See also</h3><article class=\"card\">"
            "<a href=\"#\">Writers and the right to publish: a global review</a>"
            "<p>A new survey finds that in at least thirty countries novelists face prison "
            "terms for what they publish, from vague insult laws to outright bans.</p>"
            "<span>Report | 18 September 2026</span></article></section>"
            "</div></main></body></html>")
    text = convert(raw_from_bytes(html.encode("utf-8"), Path("s.html"))).body
    assert "A new survey finds" not in text
    assert_statement_whole(text)


def test_an_issues_turn_glued_to_its_first_item_ends_the_statement():
    """A newsletter's "Elsewhere this week" over a list of labelled items, which the extractor
    may give as one line with the first item: the rest of the issue (a reader's letter) is not
    the statement."""
    paras = "".join(f"<p>{t}</p>" for t in [*OPENING, *CLOSING])
    html = ("<html><head><title>The Letter</title></head><body>"
            "<table class=\"wrap\" role=\"presentation\"><tr><td>"
            f"<h2>{HEAD[0]}</h2>{paras}"
            "<p>Free Pen Collective, Writers in Exile Network and the Caspian Translators' "
            "Guild</p><hr>"
            "<h3>Elsewhere this week</h3><ul>"
            "<li><strong>Tabriz:</strong> A reader writes about a bookshop closed by the "
            "police.</li><li><strong>Podcast:</strong> Episode 9 talks to a censor.</li></ul>"
            "<h3>From the mailbag</h3><p>\"I have read this letter every week since my "
            "brother was arrested, and it makes me feel less alone. Please continue.\" — a "
            "sister in Tabriz</p><hr><p>You are receiving this because you signed up.</p>"
            "</td></tr></table></body></html>")
    text = convert(raw_from_bytes(html.encode("utf-8"), Path("l.html"))).body
    assert "bookshop" not in text and "feel less alone" not in text
    assert_statement_whole(text)


def test_a_fact_box_under_its_kicker_goes():
    text = body("Did you know?",
                "Since 1990, the association has defended more than 1,200 writers in forty "
                "countries, and its appeals have contributed to the release of hundreds.")
    assert "Did you know" not in text and "Since 1990" not in text
    assert_statement_whole(text)


WRAPPED = """\
Open letter on the imprisonment of the novelist Farhad Rezaei

20 November 2026

We, the undersigned writers and translators, are alarmed at the continued
detention of the novelist Farhad Rezaei, who was arrested at his home in
Mashhad in March and has been held in solitary confinement since then.

We call on the authorities to release him immediately and unconditionally,
and to drop all charges brought against him for his writing and teaching.

Signed:
Dr. Mina Sadr, University of Leiden
Prof. Ewan Gallacher, University of Aberdeen
Roya Khademi, independent translator

About the Writers Lab
The Writers Lab is a non-profit research group based in Berlin. Since 2018
it has documented censorship of books in Iran and the wider region, trained
900 editors in digital security and published its data under open
licences. It is funded by private foundations and individual donors.
"""


def test_a_wrapped_line_opening_on_a_figure_mid_sentence_is_no_footnote():
    """"… trained" / "900 editors in …": the figure goes on with the publisher's paragraph,
    which goes with it."""
    raw = raw_from_bytes(WRAPPED.encode("utf-8"), Path("w.txt"))
    text = convert(raw).body
    assert "900 editors" not in text and "private foundations" not in text
    assert "release him immediately and unconditionally" in text
