"""The block classifier's evidence and decisions on small pages written for each point."""

from __future__ import annotations

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
    conversion = page("Teachers’ union statement on the arrests",
                      "Eleven members held without charge", "By Sara Jones",
                      "Published 3 March 2024 · Updated 5 March 2024", *BODY)
    assert conversion.meta["date"] == "2024-03-03"
    assert "By Sara Jones" not in conversion.body
    assert "Eleven members held without charge" in conversion.body


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
