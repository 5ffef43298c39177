"""Telegram Desktop's HTML chat export (workflow.importer.formats.telegram): recognised by its
structure, read as messages (the statement is the longest with its sender's continuations),
the app's wrapper and the chat around the statement dropped and reported, through convert()
and the CLI."""

from __future__ import annotations

from pathlib import Path

import pytest
from import_pages import BODY, ORGS

from workflow.cli import main
from workflow.importer import convert
from workflow.importer.rawinput import raw_from_bytes
from workflow.source import read_source

HEAD = """<!DOCTYPE html>
<html>
 <head>
  <meta charset="utf-8"/>
<title>Exported Data</title>
  <meta content="width=device-width, initial-scale=1.0" name="viewport"/>
  <link href="css/style.css" rel="stylesheet"/>
 </head>
 <body onload="CheckLocation();">
  <div class="page_wrap">
   <div class="page_header">
    <div class="content">
     <div class="text bold">
Nurses Solidarity Desk
     </div>
    </div>
   </div>
   <div class="page_body chat_page">
    <div class="history">
"""
TAIL = """    </div>
   </div>
  </div>
 </body>
</html>
"""


def service(no: int, text: str) -> str:
    return f"""     <div class="message service" id="message{no}">
      <div class="body details">
{text}
      </div>
     </div>
"""


def message(no: int, text: str, sender: str | None = "Nurses Solidarity Desk",
            stamp: str = "14.10.2025 21:0{}:11 UTC+03:30", inner: str = "",
            after: str = "") -> str:
    """A message as Telegram Desktop writes it: its text on one source line, lines at <br>
    (none: a photo or a forward only); a message without a sender is joined to the one
    before."""
    joined = "" if sender else " joined"
    own = f"""       <div class="text">
{text}
       </div>
""" if text else ""
    picture = "" if not sender else """      <div class="pull_left userpic_wrap">
       <div class="userpic userpic4" style="width: 42px; height: 42px">
        <div class="initials" style="line-height: 42px">
ND
        </div>
       </div>
      </div>
"""
    name = f"""       <div class="from_name">
{sender}
       </div>
""" if sender else ""
    return f"""     <div class="message default clearfix{joined}" id="message{no}">
{picture}      <div class="body">
       <div class="pull_right date details" title="{stamp.format(no % 10)}">
21:0{no % 10}
       </div>
{name}{inner}{own}{after}      </div>
     </div>
"""


STATEMENT = "<br><br>".join(["<strong>Release the eleven arrested nurses</strong>", *BODY,
                             "Signed:<br>" + "<br>".join(ORGS)])
REACTIONS = """       <div class="reactions">
        <span class="reaction"><span class="emoji">❤</span><span class="count">1.4K</span></span>
        <span class="reaction"><span class="emoji">🙏</span><span class="count">212</span></span>
       </div>
"""
REPLY = """       <div class="reply_to details">
In reply to <a href="#go_to_message3" onclick="return GoToMessage(3)">this message</a>
       </div>
"""
PHOTO = """       <div class="media_wrap clearfix">
        <a class="photo_wrap clearfix pull_left" href="photos/photo_1@14-10-2025_21-01-11.jpg">
         <img class="photo" src="photos/photo_1_thumb.jpg" style="width: 260px; height: 173px"/>
        </a>
       </div>
"""


def export(*messages: str) -> str:
    return HEAD + "".join(messages) + TAIL


def channel() -> str:
    return export(
        service(1, "14 October 2025"),
        service(2, "Nurses Solidarity Desk pinned «Release the eleven arrested nurses»"),
        message(3, "The statement below, please share it today 🙏", inner=PHOTO),
        message(4, STATEMENT, sender=None, after=REACTIONS),
        message(5, "Got it, I will take the Persian version tonight.", sender="Mina R",
                inner=REPLY),
        message(6, "📢 Join our channel for daily updates: t.me/nurses_desk", sender=None),
    )


def converted(text: str, name: str = "messages.html"):
    return convert(raw_from_bytes(text.encode("utf-8"), Path(name)))


def test_the_statement_is_the_longest_message_and_the_chat_around_it_goes():
    conversion = converted(channel())
    meta = conversion.meta
    assert meta["title"] == "Release the eleven arrested nurses"
    assert "date" not in meta  # a day divider and the messages' stamps never date it
    assert meta["signatories"] == ORGS
    body = conversion.body
    for sentence in BODY:
        assert sentence in body
    for chat in ("Exported Data", "Nurses Solidarity Desk\n", "pinned", "please share it today",
                 "Persian version", "Join our channel", "In reply to", "1.4K", "21:0"):
        assert chat not in body, chat


def test_what_the_app_wraps_a_message_in_is_reported_with_its_reason():
    report = converted(channel()).report
    removed = {(e.reason, e.text) for e in report.removed}
    reasons = {reason for reason, _ in removed}
    assert ("the export's page title (the app's, not the statement's)", "Exported Data") in removed
    assert ("the chat's name (the export's page header)", "Nurses Solidarity Desk") in removed
    assert ("a service message of the app (a day divider, a notice)", "14 October 2025") in removed
    assert ("the message's sender", "Mina R") in removed
    assert ("a reply's header (what it answers)", "In reply to this message") in removed
    assert ("reactions (emoji and their counts)", "❤ 1.4K 🙏 212") in removed
    assert "the message's time stamp (when it was sent)" in reasons
    decisions = {text: why for _, _, why, text in report.decisions}
    assert decisions["The statement below, please share it today 🙏"].startswith(
        "a chat message before the statement's")
    assert decisions["Got it, I will take the Persian version tonight."].startswith(
        "the chat after the statement's message")
    assert any("Telegram Desktop chat export of 'Nurses Solidarity Desk': 4 messages" in n
               for n in report.notes)


def test_a_forwarded_statement_loses_its_forward_header_not_its_text():
    forwarded = """       <div class="forwarded body">
        <div class="from_name">
Health Workers Union<span class="date details" title="14.10.2025 20:10:55"> 14.10.2025 20:10</span>
        </div>
        <div class="text">
""" + STATEMENT + """
        </div>
       </div>
"""
    text = export(service(1, "14 October 2025"),
                  message(2, "Forwarding the union's statement, please read it."),
                  message(3, "", sender=None, inner=forwarded),
                  message(4, "Thanks, shared with our members.", sender="Reza"))
    conversion = converted(text)
    assert conversion.meta["title"] == "Release the eleven arrested nurses"
    assert conversion.meta["signatories"] == ORGS
    body = conversion.body
    assert "14.10.2025" not in body and "Thanks, shared" not in body and "Forwarding" not in body
    assert any(e.reason.startswith("a forward's header") and "Health Workers Union" in e.text
               for e in conversion.report.removed)


def test_recognised_by_its_structure_not_its_name_and_a_web_page_is_none():
    by_content = raw_from_bytes(channel().encode("utf-8"), Path("download.bin"))
    assert by_content.kind == "telegram" and not by_content.is_html
    page = ("<html><head><title>History</title></head><body><div class='history'>"
            "<div class='message default'>Our history</div></div>"
            f"<article><p>{BODY[0]}</p></article></body></html>")
    assert raw_from_bytes(page.encode("utf-8"), Path("messages.html")).kind == "html"


def test_a_minified_export_counts_its_lines_on_and_says_so():
    flat = "".join(part.strip() for part in channel().splitlines())
    conversion = converted(flat)
    assert conversion.meta["title"] == "Release the eleven arrested nurses"
    assert conversion.meta["signatories"] == ORGS
    numbers = [p.first for p in conversion.pieces]
    assert numbers == sorted(set(numbers))
    assert any("counted on from it" in n for n in conversion.report.notes)


@pytest.fixture
def proj(tmp_path, monkeypatch):
    (tmp_path / "dossier.toml").write_text('languages = ["fa"]\n', encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    return tmp_path


def test_cli_imports_an_export_and_explains_it(proj, capsys):
    raw = proj / "messages.html"
    raw.write_text(channel(), encoding="utf-8")
    assert main(["import", "--explain", str(raw)]) == 0
    out = capsys.readouterr().out
    assert "the chat's name (the export's page header)" in out
    assert "title: Release the eleven arrested nurses" in out
    assert not (proj / "sources").exists()
    assert main(["import", str(raw)]) == 0
    source = next((proj / "sources").glob("*.md"))
    doc = read_source(source)
    assert doc.meta["signatories"] == ORGS
    report = source.with_suffix(".import.txt").read_text("utf-8")
    assert "Telegram chat export)" in report and "a service message of the app" in report


def test_an_export_with_no_message_text_is_a_one_line_error(proj, capsys):
    raw = proj / "messages.html"
    raw.write_text(export(service(1, "14 October 2025"),
                          message(2, "", inner=PHOTO), message(3, "", inner=PHOTO)),
                   encoding="utf-8")
    assert main(["import", str(raw)]) == 2
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "Telegram export with no message text" in err
    assert not (proj / "sources").exists()


def test_a_page_of_a_long_export_names_the_other_pages():
    text = channel().replace('    <div class="history">\n', '    <div class="history">\n'
                             '     <a class="pagination block_link" href="messages2.html">\n'
                             'Previous messages\n     </a>\n')
    conversion = converted(text)
    assert conversion.meta["title"] == "Release the eleven arrested nurses"
    assert "Previous messages" not in conversion.body
    assert any("see also messages2.html" in n for n in conversion.report.notes)
