"""Shared fixtures for the review tests: a prepared project, a running server, HTTP clients."""

from __future__ import annotations

import http.cookiejar
import threading
import urllib.error
import urllib.parse
import urllib.request
from html.parser import HTMLParser
from pathlib import Path

from catalog_helpers import SOURCE, make_project, run

from workflow import states
from workflow.catalog.pofile import read_catalog, render_catalog
from workflow.config import find_project
from workflow.fileio import atomic_write
from workflow.review.app import ReviewApp
from workflow.review.server import Limits, serve_app
from workflow.review.store import Store

SCRIPT = "<script>alert(1)</script> & \"quoted\""
OLD_COURT = 'The court said "the law is not clear."'
GLOSSARY = "source,target,kind,note\nTehran,تهران,name,the capital\n"


def prepare(root: Path) -> Path:
    """A project with one statement whose Persian catalog has entries in every state."""
    make_project(root, {"alpha": SOURCE}, languages=("fa", "fr"))
    for argv in (("extract",), ("update",)):
        code, _, err = run(root, *argv)
        assert code == 0, err
    (root / "locales/fa/glossary.csv").write_text(GLOSSARY, encoding="utf-8")
    po = root / "locales/fa/LC_MESSAGES/alpha.po"
    catalog = read_catalog(po)
    e = catalog.entries
    states.mark_draft(e[0], "بیانیه آلفا", states.DraftKind.MACHINE, "2026-11-22", engine="argos",
                      model="translate-en_fa-1.9")
    states.add_warning(e[0], "numbers differ from source: 3")
    states.mark_draft(e[1], SCRIPT, states.DraftKind.MEMORY, "2026-11-22")
    states.mark_translated(e[2], "پلیس او را در ۳ مه در تهران دستگیر کرد.")
    e[3].msgstr = "او ۳۰٬۰۰۰ ساعت بازداشت بود."
    states.mark_approved(e[3], "Old Reviewer", "2026-11-01")
    states.mark_draft(e[4], "دادگاه گفت «قانون روشن نیست.»", states.DraftKind.TEAM, "2026-11-20",
                      by="Dossier translation team")
    states.mark_stale(e[4], OLD_COURT, ["negation removed (not)"])
    states.mark_draft(e[5], "مورد اول.", states.DraftKind.TEAM, "2026-11-20",
                      by="Dossier translation team")
    states.mark_draft(e[6], "جمله دوم مورد.", states.DraftKind.MACHINE, "2026-11-20")
    states.mark_draft(e[7], "مورد دیگر", states.DraftKind.MACHINE, "2026-11-20")
    atomic_write(po, render_catalog(catalog))
    return po


class Server:
    def __init__(self, root: Path, langs=("fa", "fr"), limits: Limits | None = None,
                 **kwargs):
        self.project = find_project(root)
        self.app = ReviewApp(Store(self.project, list(langs)), **kwargs)
        self.server = serve_app(self.app, "127.0.0.1", 0, limits or Limits())
        self.port = self.server.server_port
        self.url = f"http://127.0.0.1:{self.port}"
        self.thread = threading.Thread(target=self.server.serve_forever, daemon=True)
        self.thread.start()

    def close(self) -> None:
        self.server.shutdown()
        self.thread.join(5)
        self.server.server_close()


class NoRedirect(urllib.request.HTTPRedirectHandler):
    def redirect_request(self, *args, **kwargs):
        return None


class Client:
    """One browser-like HTTP client with its own cookies (= its own session)."""

    def __init__(self, url: str) -> None:
        self.url = url
        self.jar = http.cookiejar.CookieJar()
        self.opener = urllib.request.build_opener(
            urllib.request.ProxyHandler({}), NoRedirect,
            urllib.request.HTTPCookieProcessor(self.jar))

    def request(self, path: str, data: dict | list | None = None,
                headers: dict | None = None) -> tuple[int, str, dict]:
        body = urllib.parse.urlencode(data, doseq=True).encode() if data is not None else None
        req = urllib.request.Request(self.url + path, data=body,
                                     method="POST" if data is not None else "GET")
        for k, v in (headers or {}).items():
            req.add_header(k, v)
        try:
            with self.opener.open(req, timeout=10) as response:
                return (response.status, response.read().decode("utf-8", "surrogateescape"),
                        dict(response.headers))
        except urllib.error.HTTPError as exc:
            return exc.code, exc.read().decode("utf-8", "surrogateescape"), dict(exc.headers)

    def get(self, path: str, **kw):
        return self.request(path, None, **kw)

    def post(self, path: str, data, **kw):
        return self.request(path, data, **kw)


class Forms(HTMLParser):
    """Forms of a page: action, hidden/text inputs, checkboxes and textarea contents."""

    def __init__(self) -> None:
        super().__init__()
        self.forms: list[dict] = []
        self._textarea: str | None = None
        self.checkboxes: list[dict] = []

    def handle_starttag(self, tag, attrs):
        attrs = dict(attrs)
        if tag == "form":
            self.forms.append({"action": attrs.get("action", ""), "fields": {}, "attrs": attrs,
                               "textarea": {}, "id": attrs.get("id")})
        elif tag == "input" and attrs.get("type") == "checkbox":
            self.checkboxes.append(attrs)
        elif tag == "input" and self.forms and "name" in attrs:
            self.forms[-1]["fields"][attrs["name"]] = attrs.get("value", "")
        elif tag == "textarea":
            self._textarea = attrs["name"]
            self.forms[-1]["textarea"] = attrs
            self.forms[-1]["fields"][self._textarea] = ""

    def handle_data(self, data):
        if self._textarea:
            self.forms[-1]["fields"][self._textarea] += data

    def handle_endtag(self, tag):
        if tag == "textarea":
            fields = self.forms[-1]["fields"]
            fields[self._textarea] = fields[self._textarea].removeprefix("\n")
            self._textarea = None


def parse_forms(html: str) -> Forms:
    parser = Forms()
    parser.feed(html)
    return parser


def forms_of(html: str) -> list[dict]:
    return parse_forms(html).forms
