"""dossier review: the local review page, driven over real HTTP against a temp project."""

from __future__ import annotations

import re
import socket
import threading
import urllib.error
import urllib.parse
import urllib.request
from html.parser import HTMLParser

import pytest
from catalog_helpers import SOURCE, assert_gnu_clean, make_project, run

from workflow import states
from workflow.catalog import status
from workflow.catalog.pofile import read_catalog, render_catalog
from workflow.config import find_project
from workflow.fileio import atomic_write
from workflow.review.app import ReviewApp
from workflow.review.server import serve_app
from workflow.review.store import Store

SCRIPT = "<script>alert(1)</script> & \"quoted\""


class NoRedirect(urllib.request.HTTPRedirectHandler):
    def redirect_request(self, *args, **kwargs):
        return None


OPENER = urllib.request.build_opener(urllib.request.ProxyHandler({}), NoRedirect)


class Forms(HTMLParser):
    """Forms of a page: action, hidden/text inputs and textarea contents."""

    def __init__(self) -> None:
        super().__init__()
        self.forms: list[dict] = []
        self._textarea: str | None = None

    def handle_starttag(self, tag, attrs):
        attrs = dict(attrs)
        if tag == "form":
            self.forms.append({"action": attrs["action"], "fields": {}, "attrs": {}})
        elif tag == "input" and self.forms:
            self.forms[-1]["fields"][attrs["name"]] = attrs.get("value", "")
        elif tag == "textarea":
            self._textarea = attrs["name"]
            self.forms[-1]["attrs"] = attrs
            self.forms[-1]["fields"][self._textarea] = ""

    def handle_data(self, data):
        if self._textarea:
            self.forms[-1]["fields"][self._textarea] += data

    def handle_endtag(self, tag):
        if tag == "textarea":
            fields = self.forms[-1]["fields"]
            # HTML drops one newline right after <textarea>, as browsers do on submit
            fields[self._textarea] = fields[self._textarea].removeprefix("\n")
            self._textarea = None


def forms_of(html: str) -> list[dict]:
    parser = Forms()
    parser.feed(html)
    return parser.forms


def start(app: ReviewApp):
    server = serve_app(app, "127.0.0.1", 0)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    return server, f"http://127.0.0.1:{server.server_port}"


@pytest.fixture(scope="module")
def site(tmp_path_factory):
    root = make_project(tmp_path_factory.mktemp("review"), {"alpha": SOURCE},
                        languages=("fa", "fr"))
    for argv in (("extract",), ("update",)):
        code, _, err = run(root, *argv)
        assert code == 0, err
    po = root / "locales/fa/LC_MESSAGES/alpha.po"
    catalog = read_catalog(po)
    e = catalog.entries
    states.mark_draft(e[0], "بیانیه آلفا", states.DraftKind.MACHINE, "2026-11-22", engine="argos")
    states.add_warning(e[0], "numbers differ from source: 3")
    states.mark_draft(e[1], SCRIPT, states.DraftKind.MEMORY, "2026-11-22")
    states.mark_translated(e[2], "پلیس او را دستگیر کرد.")
    e[3].msgstr = "تأیید شده"
    states.mark_approved(e[3], "Old Reviewer", "2026-11-01")
    atomic_write(po, render_catalog(catalog))
    project = find_project(root)
    server, url = start(ReviewApp(Store(project, ["fa", "fr"])))
    yield {"root": root, "po": po, "pot": root / "locales/templates/alpha.pot", "url": url,
           "pristine": po.read_bytes(), "project": project}
    server.shutdown()
    server.server_close()


@pytest.fixture
def fresh(site):
    """Every test starts from the same catalog on disk."""
    site["po"].write_bytes(site["pristine"])
    return site


def get(url: str, cookie: str = "", host: str | None = None) -> tuple[int, str, dict]:
    request = urllib.request.Request(url)
    if cookie:
        request.add_header("Cookie", cookie)
    if host:
        request.add_header("Host", host)
    try:
        with OPENER.open(request, timeout=10) as response:
            body = response.read().decode("utf-8", "surrogateescape")  # fonts are bytes
            return response.status, body, dict(response.headers)
    except urllib.error.HTTPError as exc:
        return exc.code, exc.read().decode(), dict(exc.headers)


def post(url: str, fields: dict, cookie: str = "") -> tuple[int, str, dict]:
    data = urllib.parse.urlencode(fields).encode()
    request = urllib.request.Request(url, data=data, method="POST")
    if cookie:
        request.add_header("Cookie", cookie)
    try:
        with OPENER.open(request, timeout=10) as response:
            return response.status, response.read().decode(), dict(response.headers)
    except urllib.error.HTTPError as exc:
        return exc.code, exc.read().decode(), dict(exc.headers)


def entry_form(site, index: int, show: str = "all") -> dict:
    code, html, _ = get(f"{site['url']}/fa/alpha?show={show}")
    assert code == 200
    key = states.source_fingerprint(read_catalog(site["po"]).entries[index])
    [form] = [f for f in forms_of(html) if f["fields"].get("key") == key]
    return form


def submit(site, index: int, action: str, text: str | None = None, cookie: str = "",
           form: dict | None = None) -> tuple[int, str, dict]:
    form = form or entry_form(site, index)
    fields = dict(form["fields"], action=action)
    if text is not None:
        fields["text"] = text
    return post(site["url"] + form["action"].split("#")[0], fields, cookie)


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


def test_index_counts_come_from_status(site):
    code, html, headers = get(site["url"] + "/")
    assert code == 200
    assert "script-src" not in headers["Content-Security-Policy"]
    [fa] = [r for r in status.collect(site["project"], ["fa"]) if r.statement == "alpha"]
    row = re.search(r'href="/fa/alpha">alpha</a></td>(.*?)</tr>', html).group(1)
    numbers = [int(n) for n in re.findall(r'class="n c-[a-z]+">(\d+)<', row)]
    assert numbers == [fa.counts.entries[c] for c in status.COLUMNS]
    assert numbers[status.COLUMNS.index("approved")] == 1
    assert 'href="/fr/alpha"' in html


def test_statement_page_shows_only_entries_needing_a_human_by_default(site):
    entries = read_catalog(site["po"]).entries
    _, todo, _ = get(site["url"] + "/fa/alpha")
    _, everything, _ = get(site["url"] + "/fa/alpha?show=all")
    keys = lambda html: [f["fields"]["key"] for f in forms_of(html) if "key" in f["fields"]]  # noqa: E731
    assert keys(everything) == [states.source_fingerprint(e) for e in entries]
    assert keys(todo) == [states.source_fingerprint(e) for e in entries if states.needs_human(e)]
    assert len(keys(todo)) == len(entries) - 2  # the translated and the approved one are done
    form = forms_of(todo)[1]
    assert form["attrs"]["dir"] == "rtl" and form["attrs"]["lang"] == "fa"
    assert "warning: numbers differ from source: 3" in todo
    assert "machine draft" in todo
    _, french, _ = get(site["url"] + "/fr/alpha")
    assert 'lang="fr" dir="ltr"' in french


def test_msgstr_is_rendered_as_text_not_markup(site):
    _, html, _ = get(site["url"] + "/fa/alpha")
    assert "<script>" not in html
    assert "&lt;script&gt;alert(1)&lt;/script&gt; &amp; &quot;quoted&quot;" in html
    assert entry_form(site, 1)["fields"]["text"] == SCRIPT


@pytest.mark.parametrize("path", ["/xx/alpha", "/fa/nope", "/fa/..%2F..%2Fdossier.toml",
                                  "/de/alpha", "/static/../dossier.toml", "/fa/alpha/x",
                                  "/static/review.py"])
def test_unknown_addresses_are_404(site, path):
    assert get(site["url"] + path)[0] == 404


def test_static_files_and_foreign_host(site):
    code, css, headers = get(site["url"] + "/static/review.css")
    assert code == 200 and "Vazirmatn" in css and headers["Content-Type"].startswith("text/css")
    code, font, _ = get(site["url"] + "/static/Vazirmatn-Regular.ttf")
    assert code == 200 and len(font) > 100_000
    assert get(site["url"] + "/", host="attacker.example:80")[0] == 403


def test_save_makes_a_human_translation(fresh):
    code, _, headers = submit(fresh, 0, "save", "ترجمه انسانی\r\nدو خط")
    assert code == 303 and headers["Location"].startswith("/fa/alpha?done=save")
    entry = read_catalog(fresh["po"]).entries[0]
    assert entry.msgstr == "ترجمه انسانی\nدو خط"
    assert states.state_of(entry) is states.State.TRANSLATED
    assert "warning: numbers differ" in entry.tcomment  # comments other than approval stay
    assert_only_entry_changed(fresh, 0)
    code, html, _ = get(fresh["url"] + headers["Location"])
    assert code == 200 and "Saved as translated" in html


def test_approve_needs_a_name_then_records_it(fresh):
    code, html, _ = submit(fresh, 1, "approve", "متن تأیید شده")
    assert code == 400 and "enter your name" in html
    assert fresh["po"].read_bytes() == fresh["pristine"]
    form = forms_of(get(fresh["url"] + "/")[1])[0]
    assert form["action"] == "/reviewer"
    code, _, headers = post(fresh["url"] + "/reviewer",
                            dict(form["fields"], name="Jane Doe <jane@example.org>"))
    assert code == 303
    cookie = headers["Set-Cookie"].split(";")[0]
    assert "HttpOnly" in headers["Set-Cookie"] and "SameSite=Strict" in headers["Set-Cookie"]
    assert "Jane Doe &lt;jane@example.org&gt;" in get(fresh["url"] + "/", cookie)[1]
    code, _, _ = submit(fresh, 1, "approve", "متن تأیید شده", cookie)
    assert code == 303
    entry = read_catalog(fresh["po"]).entries[1]
    assert states.state_of(entry) is states.State.APPROVED
    assert entry.msgstr == "متن تأیید شده"
    [mark] = states.marks(entry, "approved")
    assert mark.head == "Jane Doe <jane@example.org>"
    assert mark.fields["src"] == states.source_fingerprint(entry)
    assert "fuzzy" not in entry.flags
    assert_only_entry_changed(fresh, 1)


def test_bad_reviewer_names_are_refused(fresh):
    form = forms_of(get(fresh["url"] + "/")[1])[0]
    code, html, _ = post(fresh["url"] + "/reviewer", dict(form["fields"], name="a; date=x"))
    assert code == 400 and "without" in html


def test_needs_work_keeps_text_as_a_person_draft(fresh):
    cookie = "dossier_reviewer=" + urllib.parse.quote("Reza Rahimi")
    code, _, _ = submit(fresh, 2, "needs-work", None, cookie)  # text unchanged
    assert code == 303
    entry = read_catalog(fresh["po"]).entries[2]
    assert entry.msgstr == "پلیس او را دستگیر کرد."
    assert states.state_of(entry) is states.State.DRAFT
    assert states.draft_kind(entry) is states.DraftKind.PERSON
    assert states.marks(entry, "draft")[0].fields["by"] == "Reza Rahimi"
    assert "#, fuzzy" in assert_only_entry_changed(fresh, 2)


def test_post_without_the_csrf_token_is_refused(fresh):
    form = entry_form(fresh, 0)
    for token in ("", "forged"):
        fields = dict(form["fields"], action="save", text="x", csrf=token)
        code, html, _ = post(fresh["url"] + "/fa/alpha", fields)
        assert code == 403 and "security token" in html
    assert fresh["po"].read_bytes() == fresh["pristine"]


def test_a_translators_edit_on_disk_is_never_overwritten(fresh):
    form = entry_form(fresh, 0)  # the reviewer opens the page ...
    catalog = read_catalog(fresh["po"])  # ... meanwhile a translator saves from Poedit
    states.mark_translated(catalog.entries[0], "نسخه مترجم")
    atomic_write(fresh["po"], render_catalog(catalog))
    on_disk = fresh["po"].read_bytes()
    code, html, _ = submit(fresh, 0, "save", "نسخه بازبین", form=form)
    assert code == 409 and "nothing was saved" in html
    assert "نسخه مترجم" in html and "نسخه بازبین" in html  # both texts shown, nothing lost
    assert fresh["po"].read_bytes() == on_disk


def test_an_edit_to_another_entry_does_not_block_a_save(fresh):
    form = entry_form(fresh, 0)
    catalog = read_catalog(fresh["po"])
    states.mark_translated(catalog.entries[5], "ویرایش دیگر")
    atomic_write(fresh["po"], render_catalog(catalog))
    assert submit(fresh, 0, "save", "نسخه بازبین", form=form)[0] == 303
    entries = read_catalog(fresh["po"]).entries
    assert entries[0].msgstr == "نسخه بازبین" and entries[5].msgstr == "ویرایش دیگر"


def test_empty_text_and_unknown_action_are_refused(fresh):
    assert submit(fresh, 0, "save", "  ")[0] == 400
    assert submit(fresh, 0, "delete", "x")[0] == 400
    assert fresh["po"].read_bytes() == fresh["pristine"]


def test_fixed_reviewer_approves_without_a_cookie(fresh):
    server, url = start(ReviewApp(Store(fresh["project"], ["fa"]), reviewer="Ali Karimi"))
    try:
        _, html, _ = get(url + "/fa/alpha")
        assert "Reviewer: <strong>Ali Karimi</strong>" in html
        assert get(url + "/fr/alpha")[0] == 404  # --lang fa: only Persian is served
        form = [f for f in forms_of(html) if "key" in f["fields"]][0]
        code, _, _ = post(url + "/fa/alpha", dict(form["fields"], action="approve"))
        assert code == 303
        entry = read_catalog(fresh["po"]).entries[0]
        assert states.marks(entry, "approved")[0].head == "Ali Karimi"
    finally:
        server.shutdown()
        server.server_close()


def test_cli_refuses_a_taken_port_and_a_bad_name(site):
    with socket.socket() as taken:
        taken.bind(("127.0.0.1", 0))
        taken.listen()
        port = str(taken.getsockname()[1])
        code, _, err = run(site["root"], "review", "--port", port)
    assert code == 2 and "cannot listen on 127.0.0.1:" in err
    code, _, err = run(site["root"], "review", "--reviewer", "x;y", "--port", "0")
    assert code == 2 and "--reviewer" in err
    assert run(site["root"], "review", "--lang", "xx")[0] == 2


def test_other_entries_keep_a_foreign_layout(fresh):
    """A file saved by another editor (long lines unwrapped) keeps its layout outside the entry."""
    text = fresh["po"].read_text()
    last = blocks(text)[-1]
    odd = last.replace('msgstr ""', 'msgstr "' + "یک جمله بلند " * 12 + '"', 1)
    odd = odd.replace("#, fuzzy\n", "")
    fresh["po"].write_text(text.replace(last, odd), encoding="utf-8")
    assert render_catalog(read_catalog(fresh["po"])) != fresh["po"].read_text()  # not GNU layout
    assert submit(fresh, 0, "save", "ترجمه")[0] == 303
    after = fresh["po"].read_text()
    assert blocks(after)[-1] == odd
    assert read_catalog(fresh["po"]).entries[0].msgstr == "ترجمه"
