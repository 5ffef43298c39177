"""The block classifier's evidence and decisions on small pages written for each point."""

from __future__ import annotations

import textwrap
from pathlib import Path

import pytest

from workflow.cli import main
from workflow.importer import convert
from workflow.importer.features import measure, stop_density
from workflow.importer.rawinput import raw_from_bytes
from workflow.source import read_source

BODY = [
    "The authorities arrested eleven members of the teachers’ union at dawn on Monday and "
    "took them to an unknown location, their families said.",
    "None of them has been charged, and their lawyers have not been allowed to see them or "
    "to read the files that the prosecutor says exist.",
    "We call for their immediate release and for an end to the harassment of teachers who "
    "ask to be paid on time.",
]


def page(*lines: str):
    return convert(raw_from_bytes("\n\n".join(lines).encode("utf-8") + b"\n", Path("p.txt")))


@pytest.mark.parametrize("text, evidence", [
    ("12.4K", "counter"), ("Comments (37)", "counter"), ("4,211 people have signed", "counter"),
    ("Call +41 22 917 1234", "phone number"), ("press@example.org", "links/addresses"),
    ("#FreeThemAll #Justice", "hashtags"), ("❤️ 812 😢 96", "emoji"),
    ("English | Français | Español | Русский", "language switcher"),
    ("© 2024 Example Media", "copyright line"), ("Page 3 of 12", "page number"),
    ("1. Introduction ........ 2", "dot leaders (table of contents)"),
    ("First name *", "form field"), ("Maria signed 5 minutes ago", "relative time stamp"),
])
def test_furniture_evidence_is_named(text, evidence):
    assert any(e.startswith(evidence) for e in measure(text).evidence), measure(text)


def test_stop_word_density_as_jusText_measures_it():
    import justext

    stops = {w.lower() for w in justext.get_stoplist("English")}
    text = "We call on the authorities to release all of them without delay."
    ws = [w.lower().strip(".") for w in text.split()]
    assert stop_density(text, "latin") == pytest.approx(sum(w in stops for w in ws) / len(ws))
    assert measure(text).sentence > measure("Home About Contact Donate").sentence


def test_lexicon_is_one_feature_not_a_verdict():
    conversion = page("Teachers’ union statement on the arrests", *BODY,
                      "We share the families’ fear and we will follow every hearing of this "
                      "case until the last of the teachers has been released.",
                      "Share", "Follow us")
    body = conversion.body
    assert "We share the families’ fear and we will follow every hearing" in body
    assert "\nShare\n" not in body and "Follow us" not in body


def test_body_is_found_by_prose_density_not_position():
    conversion = page("Site Name", "Home", "News", "Campaigns", "Donate",
                      "Teachers’ union statement on the arrests", *BODY,
                      "Related", "Strike spreads to the capital", "Unions meet the minister",
                      "© 2024 Site Name")
    assert conversion.title == "Teachers’ union statement on the arrests"
    assert all(p in conversion.body for p in BODY)
    for junk in ("Home", "Campaigns", "Strike spreads", "© 2024"):
        assert junk not in conversion.body
    removed = conversion.report.render([])
    assert 'site header above the title' in removed and "score " in removed


def test_comment_thread_after_the_body_goes_even_when_it_reads_as_prose():
    conversion = page("Teachers’ union statement on the arrests", *BODY, "3 Comments",
                      "Sara, 2 days ago", "This is a shameful arrest and the whole country "
                      "should protest against it today.", "Reply")
    assert "shameful arrest" not in conversion.body


def test_a_subtitle_a_byline_and_an_updated_date_under_the_title():
    """A subtitle stays; over the post's byline it is the post's standfirst (its publisher's
    summary of the statement), and goes with the byline, reported."""
    conversion = page("Teachers’ union statement on the arrests",
                      "Eleven members held without charge", "By Sara Jones",
                      "Published 3 March 2024 · Updated 5 March 2024", *BODY)
    assert conversion.meta["date"] == "2024-03-03"
    assert "By Sara Jones" not in conversion.body
    assert "Eleven members held without charge" not in conversion.body
    assert any("standfirst" in e.reason and e.text == "Eleven members held without charge"
               for e in conversion.report.removed)
    kept = page("Teachers’ union statement on the arrests", "Eleven members held without charge",
                "3 March 2024", *BODY)
    assert "Eleven members held without charge" in kept.body
    assert kept.meta["date"] == "2024-03-03"


def test_a_subtitle_naming_the_signers_is_no_standfirst():
    conversion = page("Teachers’ union statement on the arrests",
                      "Joint statement by Teachers Watch, the Educators Union and Schools Network",
                      "By Sara Jones", *BODY)
    assert conversion.meta["signatories"] == ["Teachers Watch", "Educators Union",
                                              "Schools Network"]


def test_the_paragraph_in_the_headlines_html_header_is_the_posts_standfirst():
    html = ("<html><body><main><article><header><h1>Teachers’ union statement on the arrests"
            "</h1><p class='lede'>On Teachers’ Day, eleven families speak together.</p>"
            "<div><span>Sara Jones</span> · <time datetime='2024-03-03'>3 March 2024</time>"
            "</div></header><section>" + "".join(f"<p>{p}</p>" for p in BODY) +
            "</section></article></main></body></html>")
    conversion = convert(raw_from_bytes(html.encode("utf-8"), Path("p.html")))
    assert "eleven families speak together" not in conversion.body
    assert BODY[0] in conversion.body
    assert conversion.meta["title"] == "Teachers’ union statement on the arrests"


def test_a_newsletters_note_under_its_greeting_and_over_the_statements_heading_goes():
    html = ("<html><head><title>Our monthly bulletin</title></head><body><table><tr><td>"
            "<p>THE MONTHLY BULLETIN · Issue 61 · June 2025</p><p>Dear friends,</p>"
            "<p>This month we lead with a statement our union co-signed with colleagues in four "
            "countries. Please share it widely.</p><hr><h1>Joint statement: free the jailed "
            "teachers</h1><p><strong>3 June 2025</strong></p>" +
            "".join(f"<p>{p}</p>" for p in BODY) + "</td></tr></table></body></html>")
    conversion = convert(raw_from_bytes(html.encode("utf-8"), Path("p.html")))
    assert "Please share it widely" not in conversion.body
    assert conversion.meta["title"] == "Joint statement: free the jailed teachers"
    assert any(e.reason.startswith("an editor's note to the readers") for e in
               conversion.report.removed)
    letter = page("Open letter to the Minister of Education", "Dear Minister,",
                  "We write to you about the arrest of eleven members of the teachers’ union, "
                  "which we learned of from their families on Tuesday.",
                  "What happened", *BODY)
    assert "We write to you about the arrest" in letter.body


def test_a_printed_covers_note_is_no_heading_over_the_text():
    """A PDF's cover (its publisher, title, date, address, a print note) over the text on the
    next page: the note goes, reported; the text stays."""
    wrapped = "\n\n".join(textwrap.fill(p, 70) for p in BODY * 2)
    head = "TUS Statement 2024/3" + " " * 36 + "3 March 2024\n\n"
    foot = "\n\nTUS Statement 2024/3" + " " * 45 + "{}\n"
    text = ("\n\n            Teachers' Union of the South\n\n"
            "     STATEMENT ON THE ARREST OF ELEVEN UNION MEMBERS\n\n"
            "                    3 March 2024\n\n                 www.tus.example\n"
            "                    Not for sale\n\n" + foot.format(1) + "\f" + head + wrapped +
            foot.format(2) + "\f" + head + "Signatories\n\n  Educators Network\n"
            "  Schools Watch\n" + foot.format(3))
    conversion = convert(raw_from_bytes(text.encode("utf-8"), Path("p.txt")))
    assert "Not for sale" not in conversion.body
    assert BODY[0] in conversion.body
    assert any("cover page" in e.reason and e.text == "Not for sale"
               for e in conversion.report.removed)


def test_unsure_blocks_are_flagged_for_a_human():
    conversion = page("Teachers’ union statement on the arrests", *BODY[:2],
                      "Everybody can reply", "612 reposts  41 quotes", BODY[2])
    flags = conversion.report.render([]).split("FLAGS for a human")[1]
    assert "unsure, removed: furniture inside the body (lexicon reply; score" in flags
    assert "Everybody can reply" not in conversion.body
    # a short line with a furniture word inside the body goes, sure of it (no flag)
    conversion = page("Teachers’ union statement on the arrests", *BODY[:2],
                      "Story continues below advertisement", BODY[2])
    flags = conversion.report.render([]).split("FLAGS for a human")[1]
    assert "Story continues" not in conversion.body and "unsure" not in flags


def test_furniture_removed_by_an_earlier_import_is_evidence(tmp_path, monkeypatch, capsys):
    (tmp_path / "dossier.toml").write_text('languages = ["fa"]\n', encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    footer = "Free Voices Network Bulletin"
    first = tmp_path / "first.txt"
    first.write_text("\n\n".join(["Teachers’ union statement on the arrests", *BODY,
                                  "Teachers’ Rights Observatory", "Subscribe", footer]) + "\n",
                     encoding="utf-8")
    assert main(["import", str(first), "--slug", "first"]) == 0
    assert footer in (tmp_path / "sources" / "first.import.txt").read_text("utf-8")
    second = tmp_path / "second.txt"
    second.write_text("\n\n".join(["Nurses’ statement on the strike", *BODY, footer]) + "\n",
                      encoding="utf-8")
    assert main(["import", str(second), "--slug", "second"]) == 0
    report = (tmp_path / "sources" / "second.import.txt").read_text("utf-8")
    assert "removed from an earlier import" in report
    doc = read_source(tmp_path / "sources" / "second.md")
    assert footer not in doc.body
    assert main(["import", str(second), "--slug", "second"]) == 0  # still byte-identical
    assert "unchanged sources/second.md" in capsys.readouterr().out


def test_runs_of_short_lines_are_evidence_but_a_signature_block_stays():
    conversion = page("Teachers’ union statement on the arrests", *BODY,
                      "Teachers’ Rights Observatory", "Free Teachers Campaign", "Rawadari",
                      "Paris, 5 March 2024")
    assert conversion.meta["signatories"] == ["Teachers’ Rights Observatory",
                                              "Free Teachers Campaign", "Rawadari"]
    conversion = page("Who we are", "Our team", "Campaigns", "Archive", "Contact",
                      "Teachers’ union statement on the arrests", *BODY)
    removed = conversion.report.render([])
    assert "run of 5 short lines" in removed and "Our team" not in conversion.body
