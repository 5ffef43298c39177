"""Signers and dates, round 9 (issue #10 on fresh9): each mechanism on a small page of its own,
through convert() (workflow.importer.htmltext, signers, dating, chat)."""

from __future__ import annotations

from pathlib import Path

from import_pages import BODY, ORGS

from workflow.importer import convert
from workflow.importer.rawinput import raw_from_bytes


def converted(text: str, name: str = "p.txt"):
    return convert(raw_from_bytes(text.encode("utf-8"), Path(name)))


def test_a_signature_list_inside_a_div_stays_a_list():
    """trafilatura's fallback extraction keeps a post's content in a <div> (fresh9's 205): the
    list of signers in it is read item by item, not glued to its "Signed by:" line."""
    from lxml import etree
    from lxml import html as lxml_html

    from workflow.importer.htmltext import _Locator, _structure

    items = "".join(f"<item>{org}</item>" for org in ORGS)
    paras = "".join(f"<p>{p}</p>" for p in BODY)
    xml = (f"<doc><main><div>{paras}<p>Signed by:</p><list rend='ul'>{items}</list></div>"
           "<div><head rend='h4'>About Parvin</head><p>Parvin edits the labour desk.</p></div>"
           "</main></doc>")
    page = lxml_html.document_fromstring("<html><body><p>x</p></body></html>")
    lines = _structure(etree.fromstring(xml), _Locator(page))
    assert [line.text for line in lines if line.kind == "list"] == ORGS
    assert [line.text for line in lines][len(BODY)] == "Signed by:"
    assert [line.kind for line in lines if line.text == "About Parvin"] == ["heading"]


def dated(*lines: str, name: str = "p.txt") -> str | None:
    return converted("\n\n".join(lines) + "\n", name).meta.get("date")


def test_a_place_and_date_over_a_quoted_statement_beats_the_posts_date():
    """A newsletter quotes a statement in its issue (fresh9's 207): the statement's "Tehran,
    14 April 2025" line inside the body dates it, not the issue's date in the page's
    metadata."""
    paras = "".join(f"<p>{p}</p>" for p in BODY)
    html = ("<html><head><title>Issue 87</title>"
            "<meta property='article:published_time' content='2025-04-16T08:00:00Z'></head>"
            "<body><div class='post'><div class='post-header'>"
            "<h1 class='post-title'>Issue #87: the nurses, one year on</h1>"
            "<h3 class='subtitle'>This week: a statement from Nurses Watch, two dates.</h3>"
            "<div class='byline'><a href='/p'>Shirin A.</a> <span>Apr 16, 2025</span></div></div>"
            "<div class='available-content'>"
            "<p>Hello, readers. A short issue this week, because the main item deserves the "
            "space.</p><p>On Monday our friends at Nurses Watch put out the statement below. "
            "Read it, then read the court dates at the end.</p>"
            "<h2>One year of arrests of nurses is one year of violence against carers</h2>"
            f"<p>Tehran, 14 April 2025</p>{paras}</div></div></body></html>")
    conversion = converted(html, "p.html")
    assert conversion.meta.get("date") == "2025-04-14"
    # (the issue's heading found as the title, the place and date under it open the statement)
    assert any(n.startswith("date 2025-04-14: from the place and date opening the statement")
               or "the statement's own date line" in n for n in conversion.report.notes)


def test_a_statements_issue_line_beats_the_blogs_date():
    """"Joint statement, issued 1 October 2025" in the body of a blog post dated 3 October."""
    assert dated("Free the nurses", "3 October 2025",
                 "I have been following this case for months; the statement follows unchanged.",
                 "Joint statement, issued 1 October 2025", *BODY) == "2025-10-01"


def test_a_posted_line_in_the_body_is_no_issue_line():
    """A site's "Posted" is a byline's word, not the statement's issue: the date under the
    title stays."""
    assert dated("Free the nurses", "3 October 2025",
                 "I have been following this case for months; the statement follows unchanged.",
                 "Posted 1 October 2025", *BODY) == "2025-10-03"


def signed(*lines: str) -> list[str]:
    return list(converted("\n".join(lines) + "\n").meta.get("signatories") or [])


def test_a_dash_and_an_organisation_under_a_post_sign_it():
    """A channel's post signed "— Ahwaz Rights Bulletin (نشریه حقوق بشر اهواز)" above its
    hashtags and counters: the organisation signs, its Persian form left out."""
    assert signed("🔴 URGENT: nurses arrested", "", *[f"{p}\n" for p in BODY],
                  "— Ahwaz Rights Bulletin (نشریه حقوق بشر اهواز)", "",
                  "#Nurses #FreeThemAll", "👁 12.4K   edited 21:47",
                  "🔥 341   😢 88") == ["Ahwaz Rights Bulletin"]


def test_a_dash_signed_statement_inside_a_newsletter_signs_it():
    """A newsletter goes on after the statement it quotes: the dash line under the statement
    still signs it."""
    assert signed("Issue 87: the nurses", "",
                  "Hello, readers. Our friends put out the statement below on Monday, and we "
                  "publish it in full with their permission.", "",
                  *[f"{p}\n" for p in BODY], "— Nurses Equality Watch", "",
                  "Court dates this week", "",
                  "Appeal hearings for two Kurdish teachers are listed for Saturday at the "
                  "Sanandaj court; we will report what we hear.") == ["Nurses Equality Watch"]


def test_a_dash_and_a_persons_name_inside_the_text_is_no_signer():
    """"— Dilan Amed" under a newsletter's note is its editor's sign-off, "— Free Nurses
    Network" under a quotation the quotation's author: neither signs the statement."""
    more = ("Appeal hearings for two Kurdish teachers are listed for Saturday at the Sanandaj "
            "court; we will report what we hear.")
    assert signed("Free the nurses", "", *[f"{p}\n" for p in BODY], "— Dilan Amed", "",
                  "Court dates this week", "", more) == []
    assert signed("Free the nurses", "", *[f"{p}\n" for p in BODY],
                  "“Freedom is never given; it is won.”", "— Free Nurses Network", "",
                  "Court dates this week", "", more) == []


def test_a_cue_of_a_few_words_before_the_names_on_one_line():
    """"Signed with our partners: A, B." closing a thread: the names after the colon sign; an
    "&" after a bare common noun is the name's own ("Pen & Press Exile Collective")."""
    assert signed("Free the nurses", "", *[f"{p}\n" for p in BODY],
                  "Signed with our partners: Caspian Reporters' Union, Pen & Press Exile "
                  "Collective. /end") == ["Caspian Reporters' Union",
                                          "Pen & Press Exile Collective"]
    assert signed("Free the nurses", "", *[f"{p}\n" for p in BODY],
                  "Endorsed jointly with: Nurses Watch and Health Workers Union") == [
        "Nurses Watch", "Health Workers Union"]


def test_a_statement_signed_by_office_holders_in_apposition():
    """A news report: "The statement was signed by the Special Rapporteur on …, A, and the
    Special Rapporteur on …, B." names the two experts who sign."""
    assert signed("UN experts alarmed at the arrests of nurses", "", *[f"{p}\n" for p in BODY],
                  "The statement was signed by the Special Rapporteur on freedom of expression, "
                  "Ingrid Halvorsen-Mbeki, and the Special Rapporteur on minority issues, Tomas "
                  "Ekwueme.", "",
                  "The mission did not respond to a request for comment.") == [
        "Ingrid Halvorsen-Mbeki", "Tomas Ekwueme"]


def test_an_organisation_with_its_persian_form_signs_a_post():
    """A bilingual post signs with the name and its Persian form in parentheses, above its
    hashtags; a name with a qualifier in the text's own script is no such line."""
    post = ["📢 Week 56 of the hunger strike", "", *[f"{p}\n" for p in BODY]]
    assert signed(*post, "Women political prisoners of Evin (زندانیان سیاسی زن اوین)", "",
                  "#NoToExecutionTuesdays #Evin", "👁 31.2K   ✏️ edited 21:20") == [
        "Women political prisoners of Evin"]
    more = "More news tomorrow, we will report what we hear from the families in Evin."
    assert signed(*post, "Nurses Union of Tehran (Iran)", "", more) == []


def test_a_lone_word_after_the_signers_ends_their_list():
    """A share bar's "Repost" / "Send" under a run of signers, a newsletter's "Roundup"
    heading after its signature table: one capitalised word, no organisation's or person's
    shape, after names of two words or more, is where the list ends."""
    names = signed("Free the nurses", "", *[f"{p}\n" for p in BODY], "Endorsed by:",
                   "Gulf Ports Solidarity Network, Independent Transport Workers' Link, "
                   "Farideh Zargarian, Association of Iranian Labour Researchers Abroad", "",
                   "Like", "Comment", "Repost", "Send", "312", "· 27 comments · 41 reposts")
    assert names == ["Gulf Ports Solidarity Network", "Independent Transport Workers' Link",
                     "Farideh Zargarian", "Association of Iranian Labour Researchers Abroad"]


def test_a_removed_label_and_its_names_wrapped_over_lines_are_read_whole():
    """A PDF's annex "The undersigned organisations: A, B" / "in Exile Association, C." that
    the classifier removed line by line (fresh9's 225): the names are read from the lines
    joined, not cut at the first line's end ("Iranian Lawyers")."""
    from workflow.importer.signers import signers
    from workflow.importer.structure import Piece

    pieces = [Piece("title", "Lawyers behind bars", 1, 1)] + [
        Piece("paragraph", p, 3 + 2 * n, 3 + 2 * n) for n, p in enumerate(BODY)]
    decisions = [(1, True, "title", "Lawyers behind bars")] + [
        (3 + 2 * n, True, "in the body", p) for n, p in enumerate(BODY)] + [
        (20 + n, False, "after the signature block (no furniture evidence; score -0.8)", t)
        for n, t in enumerate([
            "The undersigned organisations: Defenders of Defenders Coalition, Iranian Lawyers",
            "in Exile Association, International Forum for the Rule of Law, Shirin Bar",
            "Solidarity Network, Centre for Legal Aid in Kurdistan."])]
    assert signers(pieces, {}, decisions, []) == [
        "Defenders of Defenders Coalition", "Iranian Lawyers in Exile Association",
        "International Forum for the Rule of Law", "Shirin Bar Solidarity Network",
        "Centre for Legal Aid in Kurdistan"]


def test_a_signal_export_with_iso_stamps_is_read_as_a_chat():
    """Signal's export stamps its messages "[2025-07-03 21:04] Roya (admin):": the statement
    is the message that carries it; the export's header, the poster's note, the replies and
    the app's notices go, and a message's stamp is no date of the statement."""
    text = "\n".join([
        'Signal Desktop export — group "Nurses 🌾 (solidarity)"',
        "Members: 47 · Disappearing messages: off", "Exported with signal-export v1.8.2", "",
        "[2025-07-03 21:02] Roya (admin): Pinned message below. Please read it first. 🙏",
        "[2025-07-03 21:04] Roya (admin): 📌 PINNED",
        "STATEMENT OF THE NURSES' FAMILIES", "", *[f"{p}\n" for p in BODY],
        "Signed: Nurses Watch, Health Workers Union",
        "[2025-07-03 21:04] 👍 14  ❤️ 9",
        "[2025-07-03 21:11] Kaveh: Forwarded to the Dutch union contacts ✔️",
        "[2025-07-03 21:15] Sara: Can someone make an Arabic version for the Ahwaz groups?",
        "[2025-07-03 21:20] Mina joined the group via invite link.",
        "[2025-07-03 21:35] Roya (admin) changed the disappearing message timer to 1 week.",
        "", "— End of export —", ""])
    conversion = converted(text)
    assert conversion.meta["title"] == "STATEMENT OF THE NURSES' FAMILIES"
    assert "date" not in conversion.meta
    assert conversion.meta["signatories"] == ["Nurses Watch", "Health Workers Union"]
    for gone in ("signal-export", "Arabic version", "joined the group", "Dutch union"):
        assert gone not in conversion.body
    assert all(p in conversion.body for p in BODY)


def test_the_organisation_under_a_signers_role_is_her_affiliation():
    """A letter signed "Dr. Shahla Naderzadeh" / "Chair" / "Aras Human Rights Defenders'
    Association": the person signs; the organisation under her role is her affiliation."""
    assert signed("Open letter on the teachers", "", *[f"{p}\n" for p in BODY],
                  "Yours sincerely,", "", "Dr. Shahla Naderzadeh", "Chair",
                  "Aras Human Rights Defenders' Association") == ["Dr. Shahla Naderzadeh"]


def test_a_courtesy_title_is_no_part_of_a_signers_name():
    """"Ms Katrīna Ozoliņa-Berg (Latvia), General Rapporteur …" signs as her name; a "Dr."
    stays, it is how its holder signs."""
    assert signed("Statement on the teacher", "", *[f"{p}\n" for p in BODY],
                  "The statement was made by:",
                  "- Ms Katrīna Ozoliņa-Berg (Latvia), General Rapporteur on the death penalty",
                  "- Mr Henrik Aasland (Norway), Rapporteur on political prisoners",
                  "- Dr. Shahla Naderzadeh (Sweden), Rapporteur on Iran") == [
        "Katrīna Ozoliņa-Berg", "Henrik Aasland", "Dr. Shahla Naderzadeh"]
