"""What an organisation's page sets after its statement: a petition's ticker of recent signers
("Amira from Lyon signed 2 minutes ago"), its own standing paragraph under "Who we are" or
"Note to editors". And ``--explain`` shows every block of a raw line that holds several (a
minified page: a heading and its paragraph on one line)."""

from __future__ import annotations

from workflow.cli import main
from workflow.importer import convert, read_raw

BODY = [
    "Thousands of Afghan families have been expelled from Iran in recent months, many of them "
    "after living in the country for decades and raising children who know no other home.",
    "Children have been separated from their parents at border crossings, and people with "
    "valid documents have been detained and deported without any chance to appeal.",
    "Women travelling alone have been held for days in camps near the border without access "
    "to lawyers, interpreters or the refugee agency.",
    "We call on the authorities to halt the mass expulsions, and on donor states to fund the "
    "humanitarian response on both sides of the border.",
]
ABOUT = ("Harbour Refugee Trust is a charity registered in England and Wales that works "
         "with refugees from Afghanistan and Iran, offering legal information and support.")


def _page(tmp_path, heading: str) -> object:
    html = ("<!doctype html><html><head><title>Stop the expulsions — Harbour Refugee Trust"
            "</title></head><body><article><h1>Stop the expulsions of Afghans from Iran</h1>"
            + "".join(f"<p>{p}</p>" for p in BODY) +
            "<p>Recent: Amira from Lyon signed 2 minutes ago · Jawad from Hamburg signed 5 "
            f"minutes ago</p><h3>{heading}</h3><p>{ABOUT}</p></article>"
            "<footer>© 2026 Harbour Refugee Trust</footer></body></html>")
    path = tmp_path / "page.html"
    path.write_text(html, encoding="utf-8")
    return path


def test_the_ticker_and_the_standing_paragraph_go(tmp_path):
    for heading in ("Who we are", "Note to editors"):
        conversion = convert(read_raw(_page(tmp_path, heading)))
        body = " ".join(conversion.body.split())
        assert all(p in body for p in BODY), heading
        assert "signed 2 minutes ago" not in body and "is a charity registered" not in body


def test_explain_shows_each_block_of_a_line(tmp_path, capsys):
    path = tmp_path / "one-line.html"
    path.write_text("<html>\n<body>\n<article>\n<h1>Stop the expulsions of Afghans from "
                    "Iran</h1>\n" + "".join(f"<p>{p}</p>\n" for p in BODY) +
                    f"<div><h3>Who we are</h3><p>{ABOUT}</p></div>\n</article>\n</body>\n"
                    "</html>\n", encoding="utf-8")
    assert main(["import", "--explain", str(path)]) == 0
    out = capsys.readouterr().out
    assert '"Who we are"' in out and '"Harbour Refugee Trust is a chari' in out


def test_a_pitch_for_money_a_month_goes_a_report_of_wages_stays(tmp_path):
    wages = ("Teachers in the province earn about $180 a month, and most of them have not been "
             "paid since the summer, the union said in its statement on Monday.")
    html = ("<!doctype html><html><head><title>Teachers' strike</title></head><body><article>"
            "<h1>Striking teachers detained in Ahvaz</h1>"
            + "".join(f"<p>{p}</p>" for p in [*BODY, wages]) +
            "<p>The Ledger relies on readers, not advertisers. Become a member from €4 a month "
            "→</p></article></body></html>")
    path = tmp_path / "news.html"
    path.write_text(html, encoding="utf-8")
    body = " ".join(convert(read_raw(path)).body.split())
    assert wages in body
    assert "Become a member" not in body


def test_a_reporters_sentence_asking_for_comment_stays(tmp_path):
    asked = "The judiciary did not immediately reply to a request for comment."
    html = ("<!doctype html><html><head><title>Journalists jailed</title></head><body><article>"
            "<h1>Three journalists jailed in Tehran</h1>"
            + "".join(f"<p>{p}</p>" for p in [*BODY, asked]) + "</article></body></html>")
    path = tmp_path / "news.html"
    path.write_text(html, encoding="utf-8")
    assert asked in " ".join(convert(read_raw(path)).body.split())


def test_a_posts_author_box_after_it_goes(tmp_path):
    bio = "Backend engineer. Writing about tech, exile and the women who refuse."
    post = "\n\n".join(["Stop the expulsions of Afghans from Iran", *BODY,
                        "Written by Nasim Karimi", "412 Followers", "Writer for Exile Notes",
                        bio, "Follow"])
    path = tmp_path / "post.txt"
    path.write_text(post, encoding="utf-8")
    body = " ".join(convert(read_raw(path)).body.split())
    assert all(p in body for p in BODY) and bio not in body


def test_a_mailings_chrome_in_french_goes(tmp_path):
    html = ("<!doctype html><html><head><title>Lettre</title></head><body>"
            "<p>Ne s'affiche pas correctement ? Voir dans le navigateur</p><article>"
            "<h1>Stop the expulsions of Afghans from Iran</h1>"
            + "".join(f"<p>{p}</p>" for p in BODY) +
            "</article><p>Se désabonner · Gérer vos préférences</p></body></html>")
    path = tmp_path / "lettre.html"
    path.write_text(html, encoding="utf-8")
    body = convert(read_raw(path)).body
    assert "navigateur" not in body and "désabonner" not in body


def test_a_newsrooms_byline_and_a_paywall_pitch_go(tmp_path):
    page = "\n\n".join(["Gulf Wire", "Three journalists jailed in Tehran", "Gulf Wire staff",
                        "3 June 2026 · 4 min read", *BODY,
                        "Get unlimited access to award-winning journalism. Cancel anytime."])
    path = tmp_path / "news.txt"
    path.write_text(page, encoding="utf-8")
    body = convert(read_raw(path)).body
    assert "Gulf Wire staff" not in body and "Cancel anytime" not in body
    assert all(p in " ".join(body.split()) for p in BODY)


def test_a_cms_heading_over_the_text_under_a_section_h1(tmp_path):
    """A Joomla page: <h1>Statements</h1> names the section; the article's own headline is
    the <h2> right over its paragraphs (which the extractor leaves out)."""
    html = ("<!doctype html><html><head><title>Harbour Trust - Statements</title></head><body>"
            "<h1 class='page-header'>Statements</h1><div class='item-page'>"
            "<div class='page-header'><h2>Stop the expulsions of Afghans from Iran</h2></div>"
            "<dl class='article-info'><dt>Details</dt><dd>Written by Secretariat</dd></dl>"
            "<div class='body'>" + "".join(f"<p>{p}</p>" for p in BODY) +
            "</div></div></body></html>")
    path = tmp_path / "joomla.html"
    path.write_text(html, encoding="utf-8")
    assert convert(read_raw(path)).meta["title"] == "Stop the expulsions of Afghans from Iran"


def test_an_h1_naming_only_the_documents_kind_yields_to_the_heading_over_the_text(tmp_path):
    html = ("<!doctype html><html><head><title>Lawyers' statement | Azad Collective</title>"
            "</head><body><article><h1>Defence lawyers' statement</h1><p>21/07/2026</p>"
            "<h2>Stop the expulsions of Afghans from Iran</h2>"
            + "".join(f"<p>{p}</p>" for p in BODY) + "</article></body></html>")
    path = tmp_path / "drupal.html"
    path.write_text(html, encoding="utf-8")
    assert convert(read_raw(path)).meta["title"] == "Stop the expulsions of Afghans from Iran"
