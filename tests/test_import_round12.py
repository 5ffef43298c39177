"""The fresh10 leftovers' mechanisms, each on a small page of its own through convert(): an
e-mail's informal sign-off in the signature block, a news service's correction note, a
newsletter issue's next item named in its contents, a declared title that is a fragment."""

from __future__ import annotations

from pathlib import Path

from import_pages import BODY, ORGS

from workflow.importer import convert
from workflow.importer.rawinput import raw_from_bytes


def converted(text: str, name: str):
    return convert(raw_from_bytes(text.encode("utf-8"), Path(name)))


def test_an_e_mails_best_regards_under_the_organisation_is_no_signer_and_no_text():
    mail = "\n".join([
        "From: Farhad Yazdi <farhad@nurses.example>", "To: partners@lists.example",
        "Subject: Nurses arrested in Tabriz", "Date: Tue, 3 Jun 2025 09:12:00 +0200", "",
        "Dear colleagues,", "", "Please find below our statement, released today.", "",
        "NURSES ARRESTED IN TABRIZ", "", *sum(([p, ""] for p in BODY), []),
        ORGS[0], "", "Best regards,", "Farhad Yazdi", "Communications Officer | NW"])
    conversion = converted(mail, "mail.eml")
    assert "Best regards" not in conversion.body
    assert conversion.meta["signatories"] == [ORGS[0]]
    assert any(why.startswith("a letter's closing formula") and text == "Best regards,"
               for _, keep, why, text in conversion.report.decisions if not keep)


WIRE = ["GULF NEWSWIRE", "", "Iran: nurses' groups say eleven colleagues held without charge",
        "", "DUBAI, June 12 (GNW) - " + BODY[0], "",
        BODY[1] + " (Corrects spelling of Health Workers Union in this paragraph.)", "",
        BODY[2], "", "(Reporting by Leyla Ansari; Editing by Thomas Reid)"]


def test_a_news_services_correction_note_goes_and_the_paragraph_stays():
    conversion = converted("\n".join(WIRE), "wire.txt")
    assert "Corrects spelling" not in conversion.body
    assert BODY[1] in conversion.body
    assert any(e.reason.startswith("a news service's note about its copy") and
               e.text == "(Corrects spelling of Health Workers Union in this paragraph.)"
               for e in conversion.report.altered)


def test_a_bracketed_sentence_of_the_text_is_no_correction_note():
    prose = "(Changes to the penal code in 2013 made such detention easier.)"
    text = "\n".join(WIRE).replace(" (Corrects spelling of Health Workers Union in this "
                                   "paragraph.)", " " + prose)
    assert prose in converted(text, "wire.txt").body


def issue(after: str) -> str:
    paragraphs = "".join(f"<p>{p}</p>\n" for p in BODY)
    return f"""<!DOCTYPE html><html><head><title>Issue #12 - Clinic Notes</title></head><body>
<div class="post">
<p class="meta">Nov 06, 2025 · Posted by Clinic Notes · 3 min read</p>
<h1>Issue #12 — Arrests in Tabriz; what you can read this week</h1>
<p>In this issue: the nurses' statement, a reading list, and an update on our vigil.</p>
<h2>Release the eleven arrested nurses</h2>
{paragraphs}<p>Signed by {ORGS[0]} and the {ORGS[1]}.</p>
{after}
<div class="share"><span>Share this post</span></div>
</div></body></html>
"""


def test_a_newsletters_next_item_named_in_its_contents_is_not_the_statement():
    text = issue("<hr/><h3>📖 Reading list</h3>\n<p><a>How the courts keep nurses in jail</a> "
                 "— 12 min</p>\n<p>Join us outside the consulate on 20 November. Bring a "
                 "candle.</p>")
    conversion = converted(text, "issue.html")
    assert conversion.meta["title"] == "Release the eleven arrested nurses"
    body = conversion.body
    assert BODY[2] in body
    assert "Reading list" not in body and "How the courts" not in body and "consulate" not in body
    assert any(why.startswith("another item of the issue after the statement")
               for _, keep, why, _ in conversion.report.decisions if not keep)


def test_a_heading_the_contents_do_not_name_stays_in_the_statement():
    text = issue("").replace(f"<p>{BODY[2]}</p>", f"<h3>What the authorities must do</h3>\n"
                                                  f"<p>{BODY[2]}</p>")
    body = converted(text, "issue.html").body
    assert "What the authorities must do" in body and BODY[2] in body


def test_a_declared_title_starting_in_lowercase_gives_way_to_the_articles_headline():
    paragraphs = "".join(f"<p>{p}</p>\n" for p in BODY)
    page = f"""<!DOCTYPE html><html lang="en"><head>
<title>Take action: free the Tabriz nurses &#8211; Nurses Watch</title></head><body>
<header><nav><a>Home</a><a>Take action</a><a>Donate</a></nav></header>
<section><h2>Take action</h2></section>
<section><div class="text">
<h3>Eleven nurses are held without charge: tell the judiciary to free them</h3>
{paragraphs}<p class="issued">Issued by {ORGS[0]}, 3 February 2025</p>
</div></section></body></html>
"""
    conversion = converted(page, "page.html")
    assert conversion.meta["title"] == \
        "Eleven nurses are held without charge: tell the judiciary to free them"
    assert "free the Tabriz nurses" not in conversion.body


def instagram(day: str) -> str:
    return "\n".join([
        "nurses.watch", "Verified", "Follow", "", "nurses.watch  Edited · 2w", "",
        "Free the Tabriz nurses 🕊", "", *BODY, "— Nurses Watch", "", "#FreeTheNurses #Iran", "",
        "View all 48 comments", "golbahar.k Free them now 🔥", "2w  48 likes  Reply",
        "art.for.iran We will be at the vigil on Saturday", "2w  21 likes  Reply", "",
        "12,804 likes", day, "Add a comment..."])


def test_a_posts_date_is_the_date_under_its_likes_counter_when_it_has_a_year():
    conversion = converted(instagram("November 18, 2025"), "post.txt")
    assert conversion.meta["date"] == "2025-11-18"
    assert "November 18" not in conversion.body
    assert "date" not in converted(instagram("November 18"), "post.txt").meta
