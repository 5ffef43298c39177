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


def test_a_reports_sections_named_in_its_own_table_of_contents_stay():
    """A report's contents list (dot leaders, page numbers) names its numbered sections:
    those sections are the document, not a newsletter's next items."""
    text = """Nurses Behind Bars
A briefing by the Tabriz Health Workers Network

Contents
1. Summary .................................. 2
2. Arrests of nurses in Tabriz ............... 3
3. Recommendations ........................... 4

Release the eleven arrested nurses

1. Summary

The authorities arrested eleven nurses in Tabriz last week, their families said.
None of them has been charged, and none has seen the evidence that the prosecutor says exist.
We call for their immediate release and an end to the harassment of nurses.

2. Arrests of nurses in Tabriz

The nurses were taken from their homes before dawn and held without charge.
Their families were told nothing for nine days, and two of them were beaten in custody.
A court in Tabriz has since refused to hear their lawyers' appeals against detention.

3. Recommendations

The authorities must release them at once and allow them to see their lawyers.
They must also investigate the beatings and bring those responsible to justice.
"""
    body = converted(text, "briefing.txt").body
    assert "held without charge" in body and "release them at once" in body
    assert "Arrests of nurses in Tabriz" in body


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


RUNNING = "Nurses Watch – Open letter to the Head of the Judiciary on the Tabriz nurses"
LETTER_PAGE_1 = f"""                                   Nurses Watch
                                   12 Rue Exemple, 75011 Paris

                                   Paris, 9 December 2025

      OPEN LETTER: Release the eleven nurses held in Tabriz

Your Excellency,

{BODY[0]}

{BODY[1]}

{RUNNING}      Page 1 of 2
"""
LETTER_PAGE_2 = f"""{RUNNING}      9 December 2025

{BODY[2]}

Yours respectfully,

{ORGS[0]}
{ORGS[1]}

cc: UN Special Rapporteur on the situation of human rights in Iran

{RUNNING}      Page 2 of 2
"""


def test_a_running_title_beside_a_page_number_or_a_date_goes_on_every_page():
    conversion = converted(LETTER_PAGE_1 + "\f" + LETTER_PAGE_2, "letter.txt")
    assert "Open letter to the Head" not in conversion.body
    for sentence in BODY:
        assert sentence in conversion.body
    running = [e for e in conversion.report.removed if e.reason.startswith("running ")]
    assert len(running) == 3 and all("its title column on other pages" in e.reason
                                     for e in running)


COLUMNS = """Nurses Watch briefing                                                    2

1. Findings                                  since September 2024, and that en-
                                             tire wards were closed for up to
Since September 2024, nurses in Tabriz       nine consecutive days.
and Urmia have been arrested at their
homes after protests over unpaid wages       Families were not told where the
and the closure of wards in three pub-       nurses were taken, and lawyers were
lic hospitals across the province.           refused access to the case files.

Our monitoring shows that nurses were        Figure 1: Nurses detained per month,
detained in Tabriz on 21 of 22 weeks         Tabriz, Sep 2024 – Jan 2025.

_______________
1 Nurses Watch interviews with 43 families, October–December 2024.
"""


def test_a_sentence_running_on_from_the_foot_of_one_column_to_the_top_of_the_next_is_whole():
    page = "Nurses Watch briefing\n\nNurses detained in Tabriz\n\n" + \
        "\n".join(p for p in BODY) + "\n\n"
    conversion = converted(page + "\f" + COLUMNS + "\f" + page.replace("briefing",
                                                                       "briefing  3"), "b.txt")
    assert "Our monitoring shows that nurses were detained in Tabriz on 21 of 22 weeks since " \
           "September 2024, and that entire wards were closed for up to nine consecutive " \
           "days." in conversion.body
    assert "Figure 1" not in conversion.body  # a caption, its full stop notwithstanding
    assert "1 Nurses Watch interviews" in conversion.body  # the footnote stays under the text
    assert any(e.reason == "paragraph continued at the top of the next column"
               for e in conversion.report.altered)


def test_a_wrapped_sentence_ending_on_a_date_with_its_footnote_mark_is_whole():
    lines = ["Nurses detained in Tabriz", "", "The authorities arrested eleven members of the",
             "nurses' association at dawn and took them to an unknown",
             "location after a peaceful sit-in at the hospital on",
             "16 November 2025.1", "", "None of them has been charged, and their lawyers",
             "have not been allowed to see them or to read the files that",
             "the prosecutor says exist.", "", "We call for their immediate release and for",
             "an end to the harassment of nurses who ask to be paid on", "time.", "",
             "_______________", "1 Figures compiled from family testimonies."]
    conversion = converted("\n".join(lines) + "\n\f" + "\n".join(lines[2:]), "w.txt")
    assert "at the hospital on 16 November 2025.1" in conversion.body
