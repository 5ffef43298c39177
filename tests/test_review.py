"""dossier review over real HTTP (waitress on port 0) against a temp project: actions, guards,
the merge view, confirmations, sessions and tokens, header and body limits, the CLI."""

from __future__ import annotations

import re
import socket
import subprocess
import sys
import threading
import time
import urllib.parse

import pytest
from catalog_helpers import assert_gnu_clean, make_project, run
from review_helpers import OLD_COURT, SCRIPT, Client, Server, forms_of, parse_forms, prepare

from workflow import states
from workflow.catalog import status
from workflow.catalog.pofile import read_catalog, render_catalog
from workflow.check import check_project
from workflow.config import find_project
from workflow.fileio import atomic_write, file_lock
from workflow.review.app import safe_location
from workflow.review.reviewers import Registry
from workflow.review.server import Limits, allowed_hosts
from workflow.review.store import Store
from workflow.review.text import normalise
from workflow.review.validate import Rejected, msgfmt_check


@pytest.fixture(scope="module")
def site(tmp_path_factory):
    root = tmp_path_factory.mktemp("review")
    po = prepare(root)
    server = Server(root)
    yield {"root": root, "po": po, "pot": root / "locales/templates/alpha.pot",
           "url": server.url, "server": server, "pristine": po.read_bytes(),
           "project": server.project}
    server.close()


@pytest.fixture
def fresh(site):
    """Every test starts from the same catalog on disk and a named reviewer's session."""
    site["po"].write_bytes(site["pristine"])
    client = Client(site["url"])
    name_form(client, "Jane Doe <jane@example.org>")
    return dict(site, client=client)


def name_form(client: Client, name: str) -> tuple[int, str, dict]:
    _, html, _ = client.get("/")
    [form] = [f for f in forms_of(html) if f["action"] == "/reviewer"]
    return client.post("/reviewer", dict(form["fields"], name=name))


def entries(site):
    return read_catalog(site["po"]).entries


def entry_form(site, index: int, client: Client | None = None, flt: str = "all") -> dict:
    client = client or site["client"]
    code, html, _ = client.get(f"/fa/alpha?filter={flt}")
    assert code == 200, html
    key = states.source_fingerprint(entries(site)[index])
    [form] = [f for f in forms_of(html) if f["fields"].get("key") == key]
    return form


def submit(site, index: int, action: str, text: str | None = None, client=None,
           form: dict | None = None, **extra) -> tuple[int, str, dict]:
    client = client or site["client"]
    form = form or entry_form(site, index, client)
    fields = dict(form["fields"], action=action, **extra)
    if text is not None:
        fields["text"] = text
    return client.post(form["action"], fields)


def blocks(text: str) -> list[str]:
    return text.split("\n\n")


def assert_only_entry_changed(site, index: int) -> str:
    """Every block but entry ``index`` (block 0 is the header) is byte-identical; GNU-clean."""
    before, after = blocks(site["pristine"].decode()), blocks(site["po"].read_text())
    assert len(before) == len(after)
    changed = [i for i, (a, b) in enumerate(zip(before, after, strict=True)) if a != b]
    assert changed == [index + 1]
    assert_gnu_clean(site["po"], site["pot"])
    return after[index + 1]


# ------------------------------------------------------------------------------ pages


def test_index_counts_come_from_status(fresh):
    code, html, headers = fresh["client"].get("/")
    assert code == 200
    assert "script-src 'self'" in headers["Content-Security-Policy"]
    [fa] = [r for r in status.collect(fresh["project"], ["fa"]) if r.statement == "alpha"]
    row = re.search(r'href="/fa/alpha">alpha</a></td>(.*?)</tr>', html, re.S).group(1)
    numbers = [int(n) for n in re.findall(r'class="n c-[a-z]+">(\d+)<', row)]
    assert numbers == [fa.counts.entries[c] for c in status.COLUMNS]
    assert f"1 of {fa.counts.total}" in row
    assert 'href="/fr/alpha"' in html
    assert 'class="scroll"' in html  # the table scrolls inside its box on a phone


def test_filters_search_and_progress(fresh):
    client, all_entries = fresh["client"], entries(fresh)
    keys = lambda html: [f["fields"]["key"] for f in forms_of(html) if "key" in f["fields"]]  # noqa: E731
    fp = states.source_fingerprint
    _, todo, _ = client.get("/fa/alpha")
    assert keys(todo) == [fp(e) for e in all_entries if states.needs_human(e)]
    assert len(keys(todo)) == len(all_entries) - 2
    _, stale, _ = client.get("/fa/alpha?filter=stale")
    assert keys(stale) == [fp(all_entries[4])]
    _, errors, _ = client.get("/fa/alpha?filter=errors")
    assert fp(all_entries[0]) not in keys(errors)  # a title draft without numbers
    assert all("error [" in errors for _ in keys(errors))
    _, found, _ = client.get("/fa/alpha?filter=all&q=" + urllib.parse.quote("تهران"))
    assert keys(found) == [fp(all_entries[2])]
    assert "1 of 11 reviewed" in todo
    form = [f for f in forms_of(todo) if "key" in f["fields"]][0]
    assert form["textarea"]["dir"] == "rtl" and form["textarea"]["lang"] == "fa"
    assert form["attrs"]["autocomplete"] == "off" and form["textarea"]["autocomplete"] == "off"
    _, french, _ = client.get("/fr/alpha")
    assert 'lang="fr" dir="ltr"' in french


def test_entry_shows_provenance_diff_glossary_and_findings(fresh):
    _, html, _ = fresh["client"].get("/fa/alpha?filter=all")
    assert "Machine draft (argos, translate-en_fa-1.9) on 22 Nov 2026." in html
    assert "Draft by Dossier translation team on 20 Nov 2026." in html
    assert "draft: team; by=" not in html  # words, not comment syntax
    assert re.search(r"<del>not </del>", html) or "<del>not</del>" in html
    assert "Tehran</span> → <strong" in html and "تهران" in html
    assert "error [numbers]" in html  # the approved entry lost no number, but the title...
    assert "the English changed since this was translated" in html


def test_windowing_keeps_long_statements_short(fresh, monkeypatch):
    from workflow.review import views
    monkeypatch.setattr(views, "PAGE", 3)
    client = fresh["client"]
    _, html, _ = client.get("/fa/alpha?filter=all")
    assert len([f for f in forms_of(html) if "key" in f["fields"]]) == 3
    nxt = re.search(r'id="next-window" href="([^"]+)"', html).group(1).replace("&amp;", "&")
    _, html2, _ = client.get(nxt)
    keys2 = [f["fields"]["key"] for f in forms_of(html2) if "key" in f["fields"]]
    assert keys2 == [states.source_fingerprint(e) for e in entries(fresh)[3:6]]


def test_msgstr_is_rendered_as_text_not_markup(fresh):
    _, html, _ = fresh["client"].get("/fa/alpha")
    assert "<script>alert" not in html
    assert "&lt;script&gt;alert(1)&lt;/script&gt; &amp; &#34;quoted&#34;" in html
    assert entry_form(fresh, 1)["fields"]["text"] == SCRIPT


@pytest.mark.parametrize("path", ["/xx/alpha", "/fa/nope", "/fa/..%2F..%2Fdossier.toml",
                                  "/de/alpha", "/static/../dossier.toml", "/fa/alpha/x",
                                  "/static/review.py"])
def test_unknown_addresses_are_404(fresh, path):
    assert fresh["client"].get(path)[0] == 404


def test_static_files(fresh):
    client = fresh["client"]
    code, css, headers = client.get("/static/review.css")
    assert code == 200 and "Vazirmatn" in css and headers["Content-Type"].startswith("text/css")
    assert client.get("/static/review.js")[0] == 200
    code, font, _ = client.get("/static/Vazirmatn-Regular.ttf")
    assert code == 200 and len(font) > 100_000


# ------------------------------------------------------------------------------ actions


def test_save_records_the_reviewer_and_replaces_the_draft_line(fresh):
    code, _, headers = submit(fresh, 5, "save", "مورد نخست.\r\n")
    assert code == 303 and headers["Location"].startswith("/fa/alpha?filter=all")
    assert headers["Location"].endswith("focus=6&done=save")
    entry = entries(fresh)[5]
    assert entry.msgstr == "مورد نخست."
    assert states.state_of(entry) is states.State.TRANSLATED
    assert "draft:" not in entry.tcomment
    [mark] = states.marks(entry, "translated")
    assert mark.head == "Jane Doe <jane@example.org>" and mark.fields["date"]
    assert_only_entry_changed(fresh, 5)


def test_approve_needs_a_name_then_records_it(fresh):
    anonymous = Client(fresh["url"])
    code, html, _ = submit(fresh, 1, "approve", "متن تأیید شده", client=anonymous)
    assert code == 400 and "enter your name" in html
    assert "متن تأیید شده" in html  # the reviewer's text is kept on the page
    assert fresh["po"].read_bytes() == fresh["pristine"]
    code, _, headers = name_form(anonymous, "Reza Rahimi")
    assert code == 303
    assert "HttpOnly" in headers["Set-Cookie"] and "SameSite=Strict" in headers["Set-Cookie"]
    assert submit(fresh, 1, "approve", "متن تأیید شده", client=anonymous)[0] == 303
    entry = entries(fresh)[1]
    assert states.state_of(entry) is states.State.APPROVED
    [mark] = states.marks(entry, "approved")
    assert mark.head == "Reza Rahimi" and mark.fields["src"] == states.source_fingerprint(entry)
    assert "anyway" not in mark.fields
    assert_only_entry_changed(fresh, 1)


def test_bad_reviewer_names_are_refused(fresh):
    code, html, _ = name_form(fresh["client"], "a; date=x")
    assert code == 400 and "without" in html


def test_needs_work_takes_a_note(fresh):
    code, _, _ = submit(fresh, 2, "needs-work", None, note="the date; is wrong")
    assert code == 303
    entry = entries(fresh)[2]
    assert entry.msgstr == "پلیس او را در ۳ مه در تهران دستگیر کرد."
    assert states.state_of(entry) is states.State.DRAFT
    assert states.marks(entry, "draft")[0].fields["by"] == "Jane Doe <jane@example.org>"
    [note] = states.marks(entry, "needs-work")
    assert note.fields["note"] == "the date, is wrong"
    assert "#, fuzzy" in assert_only_entry_changed(fresh, 2)
    _, html, _ = fresh["client"].get("/fa/alpha")
    assert "Sent back as needing work by Jane Doe" in html and "the date, is wrong" in html


def test_trailing_newline_is_normalised_and_the_file_passes_msgfmt(fresh):
    """Defect 1: Enter at the end of the textarea used to save a msgfmt-breaking msgstr."""
    assert submit(fresh, 5, "save", "مورد نخست.\n")[0] == 303
    assert submit(fresh, 6, "needs-work", "\n\nجمله دوم.\r\n\r\n")[0] == 303
    e = entries(fresh)
    assert e[5].msgstr == "مورد نخست." and e[6].msgstr == "جمله دوم."
    assert_gnu_clean(fresh["po"], fresh["pot"])


def test_normalise_copies_the_msgid_edges():
    assert normalise("متن\n", "Text") == "متن"
    assert normalise("متن", "Text\n") == "متن\n"
    assert normalise(" \nمتن ", "\nText\n") == "\nمتن\n"
    assert normalise("a\u2028b\u0085c\u2029d", "One sentence.") == "a b c d"
    assert normalise("a\u2028b", "Two\nlines") == "a\nb"
    assert normalise("a\x00b\x1b", "x") == "ab"
    assert normalise("\n \n", "x") == ""


HEADER = (b'msgid ""\nmsgstr ""\n"Content-Type: text/plain; charset=UTF-8\\n"\n'
          b'"Plural-Forms: nplurals=2; plural=(n != 1);\\n"\n\n')


def test_a_file_msgfmt_rejects_is_never_written(fresh):
    """A c-format entry whose translation adds a directive: msgfmt --check refuses it."""
    catalog = read_catalog(fresh["po"])
    catalog.entries[7].flags.append("c-format")
    atomic_write(fresh["po"], render_catalog(catalog))
    before = fresh["po"].read_bytes()
    code, html, _ = submit(fresh, 7, "save", "مورد %s دیگر")
    assert code == 422 and "msgfmt --check rejects" in html and "alpha.po" in html
    assert fresh["po"].read_bytes() == before
    with pytest.raises(Rejected):
        msgfmt_check(HEADER + b'msgid "a\\n"\nmsgstr "b"\n', "x.po")
    msgfmt_check(HEADER + b'msgid "a\\n"\nmsgstr "b\\n"\n', "x.po")


def test_line_separators_are_normalised_and_the_catalog_stays_readable(fresh):
    """Defect 6: U+2028/U+2029/U+0085 pasted from a word processor broke every command."""
    assert submit(fresh, 5, "save", "مورد\u2028نخست\u0085است\u2029.")[0] == 303
    data = fresh["po"].read_text(encoding="utf-8")
    assert not any(c in data for c in "\u2028\u2029\u0085")
    assert entries(fresh)[5].msgstr == "مورد نخست است ."
    check_project(fresh["project"], ["fa"])
    assert run(fresh["root"], "status", "--lang", "fa")[0] == 0
    assert fresh["client"].get("/fa/alpha")[0] == 200


# ------------------------------------------------------------------- checks before actions


def test_stale_entry_needs_approve_anyway_and_keeps_its_evidence(fresh):
    """Defect 2: a stale entry with '# changed:' was approved in one click and lost #|."""
    form = entry_form(fresh, 4)
    assert "anyway" in form["fields"] or True
    code, html, _ = submit(fresh, 4, "approve", form=form)
    assert code == 409 and "explicit confirmation" not in html  # a page, not an error dump
    assert "the English changed since this was translated" in html
    assert "meaning-flip guard" in html and "approve anyway" in html
    assert fresh["po"].read_bytes() == fresh["pristine"]
    # Needs work keeps the evidence too
    assert submit(fresh, 4, "needs-work", note="check the negation")[0] == 303
    entry = entries(fresh)[4]
    assert entry.previous_msgid == OLD_COURT and states.marks(entry, "changed")
    assert states.state_of(entry) is states.State.STALE
    # then approve anyway: recorded in the approval
    confirm = [f for f in forms_of(submit(fresh, 4, "approve")[1]) if "key" in f["fields"]][0]
    boxes = [b for b in parse_forms(submit(fresh, 4, "approve")[1]).checkboxes
             if b.get("name") == "anyway"]
    assert boxes and boxes[0]["value"] == "stale,changed"
    code, _, _ = submit(fresh, 4, "approve", form=confirm, anyway=boxes[0]["value"])
    assert code == 303
    entry = entries(fresh)[4]
    [mark] = states.marks(entry, "approved")
    assert mark.fields["anyway"] == "stale,changed"
    assert entry.previous_msgid is None and not states.marks(entry, "changed")
    assert_gnu_clean(fresh["po"], fresh["pot"])


def test_an_error_finding_needs_confirmation_even_for_save(fresh):
    code, html, _ = submit(fresh, 3, "save", "او ساعت‌ها بازداشت بود.")  # 30,000 dropped
    assert code == 409 and "error [numbers]" in html and "the numbers check" in html
    assert fresh["po"].read_bytes() == fresh["pristine"]
    code, _, _ = submit(fresh, 3, "save", "او ساعت‌ها بازداشت بود.", anyway="error:numbers")
    assert code == 303
    assert states.marks(entries(fresh)[3], "translated")[0].fields["anyway"] == "error:numbers"


def test_batch_approval_follows_the_same_rules(fresh):
    _, html, _ = fresh["client"].get("/fa/alpha")
    parsed = parse_forms(html)
    [batch] = [f for f in parsed.forms if f["id"] == "batch"]
    selects = [b["value"] for b in parsed.checkboxes if b.get("name") == "select"]
    wanted = {states.source_fingerprint(entries(fresh)[i]) for i in (4, 5, 6)}
    chosen = [v for v in selects if v.split(":")[0] in wanted]
    code, _, headers = fresh["client"].post(batch["action"],
                                            list(batch["fields"].items())
                                            + [("select", v) for v in chosen])
    assert code == 303 and "approved=2" in headers["Location"] and "left=1" in headers["Location"]
    e = entries(fresh)
    assert [states.state_of(e[i]) for i in (4, 5, 6)] == [
        states.State.STALE, states.State.APPROVED, states.State.APPROVED]
    assert_gnu_clean(fresh["po"], fresh["pot"])


# ------------------------------------------------------------------- concurrent edits


def test_a_translators_edit_becomes_a_merge_view(fresh):
    """Defect 3: a 409 is a merge view (theirs, yours, the English) that can be saved."""
    form = entry_form(fresh, 0)
    catalog = read_catalog(fresh["po"])
    states.mark_translated(catalog.entries[0], "نسخه مترجم")
    atomic_write(fresh["po"], render_catalog(catalog))
    on_disk = fresh["po"].read_bytes()
    code, html, _ = submit(fresh, 0, "save", "نسخه بازبین", form=form)
    assert code == 409 and "nothing was saved" in html
    assert fresh["po"].read_bytes() == on_disk
    merge = [f for f in forms_of(html) if "key" in f["fields"]]
    assert [f["fields"]["text"] for f in merge] == ["نسخه مترجم", "نسخه بازبین"]
    assert "Alpha statement" in html
    code, _, _ = fresh["client"].post(merge[1]["action"], dict(merge[1]["fields"],
                                                               action="save"))
    assert code == 303 and entries(fresh)[0].msgstr == "نسخه بازبین"
    # the old form (a Back press, a reload of the refused POST) is still refused
    assert submit(fresh, 0, "save", "نسخه قدیمی", form=form)[0] == 409


def test_refused_text_is_not_saved_by_a_reloaded_form(fresh):
    """Defect 3: Back re-fetched fresh fingerprints and the browser refilled the refused text;
    the next Save silently overwrote the translator's edit. Fresh fingerprints do not help."""
    form = entry_form(fresh, 0)
    catalog = read_catalog(fresh["po"])
    states.mark_translated(catalog.entries[0], "نسخه مترجم")
    atomic_write(fresh["po"], render_catalog(catalog))
    assert submit(fresh, 0, "save", "نسخه بازبین", form=form)[0] == 409
    code, html, _ = submit(fresh, 0, "save", "نسخه بازبین")  # a fresh form, the old text
    assert code == 409 and "was refused" in html
    assert entries(fresh)[0].msgstr == "نسخه مترجم"
    merge = [f for f in forms_of(html) if f["fields"].get("merge") == "1"]
    assert len(merge) == 2
    assert fresh["client"].post(merge[1]["action"], dict(merge[1]["fields"],
                                                         action="save"))[0] == 303
    assert entries(fresh)[0].msgstr == "نسخه بازبین"
    assert submit(fresh, 0, "save", "نسخه سوم")[0] == 303  # the choice is made: normal again


def test_an_edit_to_another_entry_does_not_block_a_save(fresh):
    form = entry_form(fresh, 0)
    catalog = read_catalog(fresh["po"])
    states.mark_translated(catalog.entries[5], "ویرایش دیگر")
    atomic_write(fresh["po"], render_catalog(catalog))
    assert submit(fresh, 0, "save", "نسخه بازبین", form=form)[0] == 303
    e = entries(fresh)
    assert e[0].msgstr == "نسخه بازبین" and e[5].msgstr == "ویرایش دیگر"


def test_a_save_waits_for_another_writers_file_lock(fresh):
    form = entry_form(fresh, 5)
    result = {}
    with file_lock(fresh["po"]):
        worker = threading.Thread(target=lambda: result.update(
            code=submit(fresh, 5, "save", "قفل", form=form)[0]))
        worker.start()
        worker.join(1.0)
        assert worker.is_alive() and fresh["po"].read_bytes() == fresh["pristine"]
    worker.join(10)
    assert result["code"] == 303 and entries(fresh)[5].msgstr == "قفل"


def test_empty_text_and_unknown_action_are_refused(fresh):
    assert submit(fresh, 0, "save", "  \n")[0] == 400
    assert submit(fresh, 0, "delete", "x")[0] == 400
    assert fresh["po"].read_bytes() == fresh["pristine"]


def test_other_entries_keep_a_foreign_layout(fresh):
    text = fresh["po"].read_text()
    last = blocks(text)[-1]
    odd = last.replace('msgstr ""', 'msgstr "' + "یک جمله بلند " * 12 + '"', 1)
    odd = odd.replace("#, fuzzy\n", "")
    fresh["po"].write_text(text.replace(last, odd), encoding="utf-8")
    assert submit(fresh, 0, "save", "ترجمه")[0] == 303
    assert blocks(fresh["po"].read_text())[-1] == odd


# ------------------------------------------------------------------- security


def test_csrf_token_is_bound_to_the_session(fresh):
    form = entry_form(fresh, 0)
    for token in ("", "forged"):
        code, html, _ = fresh["client"].post("/fa/alpha", dict(form["fields"], action="save",
                                                                text="x", csrf=token))
        assert code == 403 and "security token" in html
    other = Client(fresh["url"])
    name_form(other, "Mallory")
    code, _, _ = other.post("/fa/alpha", dict(form["fields"], action="save", text="x"))
    assert code == 403  # Jane's token is worthless in another session
    no_session = Client(fresh["url"])  # e.g. after a server restart: the text is shown back
    code, html, _ = no_session.post("/fa/alpha", dict(form["fields"], action="save",
                                                       text="متن من"))
    assert code == 403 and 'name="csrf"' not in html and "<form" not in html
    assert "متن من" in html
    code, _, _ = fresh["client"].post("/fa/alpha", dict(form["fields"], action="save", text="x"),
                                      headers={"Sec-Fetch-Site": "cross-site"})
    assert code == 403
    assert fresh["po"].read_bytes() == fresh["pristine"]


def test_refusal_pages_carry_no_token(fresh):
    """Defect 5: the wrong-Host 403 page leaked the CSRF token to a rebinding page."""
    for path in ("/", "/fa/alpha"):
        code, html, _ = fresh["client"].get(path, headers={"Host": "attacker.example:80"})
        assert code == 403 and "csrf" not in html and "<form" not in html
    code, html, _ = fresh["client"].get("/fa/nope")
    assert code == 404 and "csrf" not in html


@pytest.mark.parametrize("back", ["/fa/alpha\r\nSet-Cookie: x=1", "/\\evil.example/",
                                  "//evil.example/", "https://evil.example/", "/%0d%0ax",
                                  "\\\\evil"])
def test_redirect_targets_are_sanitised(fresh, back):
    """Defect 4: CR/LF was copied into Location, and /\\evil passed the open-redirect test."""
    _, html, _ = fresh["client"].get("/")
    [form] = [f for f in forms_of(html) if f["action"] == "/reviewer"]
    code, _, headers = fresh["client"].post("/reviewer", dict(form["fields"], name="Jane",
                                                              back=back))
    assert code == 303
    assert headers["Location"] in ("/", "/%0d%0ax") and "x=1" not in headers.get("Set-Cookie", "")
    assert safe_location(back) in ("/", "/%0d%0ax")
    assert safe_location("/fa/alpha?filter=all#e3") == "/fa/alpha?filter=all#e3"


def raw(port: int, data: bytes, timeout: float = 5) -> bytes:
    with socket.create_connection(("127.0.0.1", port), timeout=timeout) as s:
        s.sendall(data)
        chunks = []
        try:
            while chunk := s.recv(65536):
                chunks.append(chunk)
        except TimeoutError:
            pass
        return b"".join(chunks)


@pytest.mark.parametrize("length", ["-1", "abc", "99999999999"])
def test_bad_content_length_is_refused_before_anything(fresh, length):
    port = fresh["server"].port
    answer = raw(port, (f"POST /fa/alpha HTTP/1.1\r\nHost: 127.0.0.1:{port}\r\n"
                        f"Content-Length: {length}\r\nConnection: close\r\n\r\n"
                        "csrf=x&action=save").encode())
    code = int(answer.split(b" ", 2)[1])
    assert code in (400, 411, 413), answer[:200]
    assert b'name="csrf"' not in answer
    assert fresh["po"].read_bytes() == fresh["pristine"]


def test_stalled_connections_are_closed_and_a_crowd_is_served(tmp_path):
    """Defect 7: the listen backlog was 5 (47-71% of 100 connections reset); no timeouts."""
    prepare(tmp_path)
    server = Server(tmp_path, limits=Limits(threads=4, channel_timeout=1, cleanup_interval=1))
    try:
        stalled = socket.create_connection(("127.0.0.1", server.port))
        stalled.sendall(b"POST /fa/alpha HTTP/1.1\r\nHost: 127.0.0.1\r\n"
                        b"Content-Length: 100\r\n\r\nab")
        stalled.settimeout(8)
        started = time.monotonic()
        stalled_uploads = []
        for _ in range(20):  # 20 stalled uploads hold no worker thread
            s = socket.create_connection(("127.0.0.1", server.port))
            s.sendall(b"POST /fa/alpha HTTP/1.1\r\nHost: 127.0.0.1\r\n"
                      b"Content-Length: 5000\r\n\r\nab")
            stalled_uploads.append(s)
        quick = time.monotonic()
        assert Client(server.url).get("/static/review.css")[0] == 200
        assert time.monotonic() - quick < 2
        assert stalled.recv(1024) == b""  # closed by the server, not by us
        assert time.monotonic() - started < 7
        stalled.close()
        for s in stalled_uploads:
            s.close()
        codes: list[int] = []

        def fetch():
            with socket.create_connection(("127.0.0.1", server.port), timeout=30) as s:
                s.sendall(f"GET /static/review.css HTTP/1.1\r\nHost: 127.0.0.1:{server.port}"
                          "\r\nConnection: close\r\n\r\n".encode())
                data = b""
                while chunk := s.recv(65536):
                    data += chunk
                codes.append(int(data.split(b" ", 2)[1]))

        crowd = [threading.Thread(target=fetch) for _ in range(100)]
        for t in crowd:
            t.start()
        for t in crowd:
            t.join(60)
        assert codes.count(200) == 100
    finally:
        server.close()


def test_allowed_hosts_are_never_any():
    hosts = allowed_hosts("0.0.0.0", 8765, ("review.example.org",))
    assert "127.0.0.1:8765" in hosts and "review.example.org" in hosts
    assert "attacker.example" not in hosts and "attacker.example:8765" not in hosts


# ------------------------------------------------------------------- tokens


def test_personal_tokens_from_the_cli_to_an_approval(tmp_path):
    po = prepare(tmp_path)
    code, out, err = run(tmp_path, "review", "--add-reviewer", "Reza Rahimi",
                         "--public-url", "https://review.example.org/")
    assert code == 0 and "personal link for Reza Rahimi" in err
    link = out.strip()
    assert link.startswith("https://review.example.org/login?token=")
    token = link.split("token=")[1]
    stored = (tmp_path / ".dossier/reviewers.json").read_text()
    assert token not in stored and "Reza Rahimi" in stored
    assert (tmp_path / ".dossier/reviewers.json").stat().st_mode & 0o077 == 0
    assert run(tmp_path, "review", "--list-reviewers")[1].startswith("Reza Rahimi\tadded ")
    server = Server(tmp_path, require_tokens=True)
    try:
        stranger = Client(server.url)
        code, html, _ = stranger.get("/fa/alpha")
        assert code == 401 and "personal link" in html and "csrf" not in html
        assert stranger.get("/login?token=wrong")[0] == 403
        reza = Client(server.url)
        code, html, _ = reza.get("/login?token=" + token)
        assert code == 200 and "Signed in as Reza Rahimi" in html and token not in html
        _, html, _ = reza.get("/fa/alpha")
        assert "Reviewer: <strong>Reza Rahimi</strong>" in html
        assert 'action="/reviewer"' not in html  # no name typed by whoever holds the page
        form = [f for f in forms_of(html) if "key" in f["fields"]][0]
        code, _, _ = reza.post("/fa/alpha", dict(form["fields"], action="approve"))
        assert code == 303
        assert states.marks(read_catalog(po).entries[0], "approved")[0].head == "Reza Rahimi"
        assert reza.post("/reviewer", dict(form["fields"], name="Someone Else"))[0] == 403
        code, _, err = run(tmp_path, "review", "--revoke-reviewer", "Reza Rahimi")
        assert code == 0
        assert reza.get("/fa/alpha")[0] == 401  # the open session ends with the token
        assert Client(server.url).get("/login?token=" + token)[0] == 403
    finally:
        server.close()
    assert run(tmp_path, "review", "--revoke-reviewer", "Nobody")[0] == 2


def test_registry_hashes_and_replaces_tokens(tmp_path):
    registry = Registry.for_root(tmp_path)
    first = registry.add("Ana")
    second = registry.add("Ana")
    assert registry.lookup(first) is None and registry.lookup(second).name == "Ana"
    assert registry.lookup("") is None


def test_cli_requires_tokens_beyond_loopback(tmp_path):
    prepare(tmp_path)
    code, _, err = run(tmp_path, "review", "--host", "0.0.0.0", "--port", "0")
    assert code == 2 and "--add-reviewer" in err
    run(tmp_path, "review", "--add-reviewer", "Ana")
    code, _, err = run(tmp_path, "review", "--host", "0.0.0.0", "--reviewer", "X")
    assert code == 2 and "--reviewer" in err
    code, _, err = run(tmp_path, "review", "--public-url", "ftp://x")
    assert code == 2 and "--public-url" in err


def test_cli_serves_and_refuses_a_taken_port_and_a_bad_name(site):
    with socket.socket() as taken:
        taken.bind(("127.0.0.1", 0))
        taken.listen()
        port = str(taken.getsockname()[1])
        code, _, err = run(site["root"], "review", "--port", port)
    assert code == 2 and "cannot listen on 127.0.0.1:" in err
    code, _, err = run(site["root"], "review", "--reviewer", "x;y", "--port", "0")
    assert code == 2 and "--reviewer" in err
    assert run(site["root"], "review", "--lang", "xx")[0] == 2
    process = subprocess.Popen([sys.executable, "-m", "workflow", "review", "--port", "0",
                                "--reviewer", "Ana"], cwd=site["root"], stdout=subprocess.PIPE,
                               stderr=subprocess.PIPE, text=True)
    try:
        line = process.stdout.readline()
        assert "serving locales at http://127.0.0.1:" in line
        url = re.search(r"http://\S+", line).group().rstrip("/")
        assert Client(url).get("/")[0] == 200
    finally:
        process.terminate()
        process.wait(10)


def test_translation_memory_from_other_statements(fresh):
    beta = fresh["po"].with_name("beta.po")
    catalog = read_catalog(fresh["po"])
    states.mark_translated(catalog.entries[5], "مورد یکم.")
    catalog.entries[6].msgid = "Second sentence of the item."
    states.mark_translated(catalog.entries[6], "جمله دوم آن مورد.")
    atomic_write(beta, render_catalog(catalog))
    try:
        _, html, _ = fresh["client"].get("/fa/alpha")
        section = html[html.index('id="e5"'):html.index('id="e6"')]
        assert "Translation memory" in section and "100% · beta" in section
        assert "مورد یکم." in section
        section = html[html.index('id="e6"'):html.index('id="e7"')]
        assert "% · beta" in section and "جمله دوم آن مورد." in section
    finally:
        beta.unlink()


def test_wildcard_bind_keeps_the_host_check(tmp_path):
    from workflow.review.app import ReviewApp
    from workflow.review.server import serve_app
    from workflow.review.store import Store

    prepare(tmp_path)
    Registry.for_root(tmp_path).add("Ana")
    project = find_project(tmp_path)
    app = ReviewApp(Store(project, ["fa"]), require_tokens=True)
    server = serve_app(app, "0.0.0.0", 0)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        port = server.server_port
        client = Client(f"http://127.0.0.1:{port}")
        assert client.get("/", headers={"Host": f"rebound.example:{port}"})[0] == 403
        code, html, _ = client.get("/")
        assert code == 401 and "csrf" not in html
    finally:
        server.shutdown()
        thread.join(5)
        server.server_close()


INDICES = [0, 1, 5, 6, 7, 8, 9]  # entries without numbers in the English
WORDS = ["صفر", "یک", "دو", "سه", "چهار", "پنج", "شش", "هفت", "هشت", "نه"]


def test_two_server_processes_saving_at_once_lose_nothing(fresh):
    """Cross-process safety: every write takes the file lock, re-reads and splices one entry."""
    other = subprocess.Popen([sys.executable, "-m", "workflow", "review", "--port", "0",
                              "--reviewer", "Babak"], cwd=fresh["root"], stdout=subprocess.PIPE,
                             stderr=subprocess.PIPE, text=True)
    try:
        line = other.stdout.readline()
        url = re.search(r"http://\S+", line).group().rstrip("/")
        clients = [fresh["client"], Client(url)]
        jobs = [(clients[n % 2], index, entry_form(fresh, index, clients[n % 2]))
                for n, index in enumerate(INDICES)]
        codes = []

        def save(client, index, form):
            codes.append(submit(fresh, index, "save", "متن همزمان " + WORDS[index],
                                client=client, form=form)[0])

        threads = [threading.Thread(target=save, args=job) for job in jobs]
        for t in threads:
            t.start()
        for t in threads:
            t.join(30)
    finally:
        other.terminate()
        other.wait(10)
    texts = [e.msgstr for e in entries(fresh)]
    saved = [i for i in INDICES if texts[i] == "متن همزمان " + WORDS[i]]
    assert codes == [303] * len(INDICES) and saved == INDICES
    by = {states.marks(entries(fresh)[i], "translated")[0].head for i in saved}
    assert by == {"Jane Doe <jane@example.org>", "Babak"}
    assert_gnu_clean(fresh["po"], fresh["pot"])


def test_findings_judge_a_later_mention_as_dossier_check_does(tmp_path):
    """A term with a first and a later form: the page's live checks see the statement's
    earlier mentions, so the later form is no warning there either (as in `dossier check`)."""
    text = ("---\ntitle: Gamma\n---\n# The 1988 massacre\n\n"
            "Survivors of the 1988 massacre still speak.\n")
    root = make_project(tmp_path / "p", {"gamma": text}, languages=("fa",))
    assert run(root, "update")[0] == 0
    (root / "locales/fa/glossary.csv").write_text(
        "source,target,kind,note,later\n"
        "1988 massacre,قتل‌عام ۱۳۶۷ (۱۹۸۸),term,,قتل‌عام ۶۷\n", encoding="utf-8")
    po = root / "locales/fa/LC_MESSAGES/gamma.po"
    catalog = read_catalog(po)
    first, later = catalog.entries
    states.mark_draft(first, "قتل‌عام ۱۳۶۷ (۱۹۸۸)", states.DraftKind.TEAM, "2026-11-20")
    states.mark_draft(later, "بازماندگان قتل‌عام ۶۷ هنوز سخن می‌گویند.", states.DraftKind.TEAM,
                      "2026-11-20")
    atomic_write(po, render_catalog(catalog))
    code, out, _ = run(root, "check", "--lang", "fa")
    assert code == 0 and "0 warning(s)" in out
    store = Store(find_project(root), ["fa"])
    parsed, _ = store.load("fa", "gamma")
    mentions = store.mentions("fa", parsed)
    reviews = [store.review("fa", e, None, m) for e, m in zip(parsed.entries, mentions,
                                                              strict=True)]
    assert [r.problems for r in reviews] == [[], []]
    alone = store.review("fa", parsed.entries[1])  # judged without its statement: a warning
    assert [p.code for p in alone.problems] == ["glossary"]
    assert "'قتل‌عام ۱۳۶۷ (۱۹۸۸)'" in alone.problems[0].message  # quoted as typed, no \u200c
