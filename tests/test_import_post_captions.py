"""A post copied from a photo-sharing app: the account's name over it and again before its
caption, a slide's description in brackets, a caption opening "‼️ URGENT: Save …", the credit
line that says whose statement it is and when, and a closing call right over the dash that
signs it. Also a headline broken by ``<br>`` in HTML."""

from __future__ import annotations

from workflow.importer import convert, read_raw
from workflow.importer.signatory_names import is_person

BODY = [
    "Leila Sadeghi was sixteen when a court in Tabriz sentenced her to death for the killing "
    "of the man she had been forced to marry at fourteen.",
    "Her family says that she was beaten for two years, and that the police sent her back to "
    "her husband each time she fled to her parents' home.",
    "At her trial she saw a lawyer for less than a day, and the judge refused to hear the "
    "doctor who had treated her injuries weeks before the killing.",
    "Executing a person for a crime committed as a child is absolutely prohibited under the "
    "Convention on the Rights of the Child, which Iran has ratified.",
]


def test_a_caption_under_the_account_name_and_a_slide(tmp_path):
    post = "\n\n".join([
        "azadeh.circle", "Verified · Follow",
        "[Slide 1/4: red text on white — \"SHE WAS A CHILD.\"]",
        "azadeh.circle  ‼️ URGENT: Save Leila Sadeghi ‼️", *BODY,
        "Statement by Azadeh Circle and Child Brides Watch Iran, 14 October 2026.",
        "#SaveLeila #NoToExecution", "♡ 12,044 likes", "View all 310 comments"])
    path = tmp_path / "post.txt"
    path.write_text(post, encoding="utf-8")
    conversion = convert(read_raw(path))
    assert conversion.meta["title"] == "Save Leila Sadeghi"
    assert conversion.meta["date"] == "2026-10-14"
    assert conversion.meta["signatories"] == ["Azadeh Circle", "Child Brides Watch Iran"]
    body = " ".join(conversion.body.split())
    assert all(s in body for s in BODY)
    assert "Slide 1/4" not in body
    altered = "\n".join(e.reason for e in conversion.report.altered)
    assert "the account's name before its caption taken off: azadeh.circle" in altered


def test_a_call_with_a_name_is_no_person():
    assert not is_person("Save Leila Sadeghi") and not is_person("URGENT: Leila Sadeghi")
    assert is_person("Leila Sadeghi")


def test_a_closing_call_over_the_dash_that_signs_it(tmp_path):
    post = "\n\n".join(["Karaj Artists | کرج", *BODY[:3], "Free Leila. Free them all. 🕊",
                        "— Karaj Artists Collective", "#FreeLeila"])
    path = tmp_path / "channel.txt"
    path.write_text(post, encoding="utf-8")
    conversion = convert(read_raw(path))
    assert "Free Leila. Free them all." in conversion.body
    assert conversion.meta["signatories"] == ["Karaj Artists Collective"]


def test_a_headline_broken_by_a_line_break(tmp_path):
    html = ("<!doctype html><html><head><title>Notes</title></head><body><article>"
            "<h1>Child brides on death row:<br>a joint appeal</h1>"
            + "".join(f"<p>{p}</p>" for p in BODY) + "</article></body></html>")
    path = tmp_path / "post.html"
    path.write_text(html, encoding="utf-8")
    assert convert(read_raw(path)).meta["title"] == "Child brides on death row: a joint appeal"
