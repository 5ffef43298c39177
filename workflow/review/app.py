"""The review app as a WSGI callable: routes, sessions, CSRF, host check, JSON for the script.

Routes (nothing else answers)::

    GET  /                           statements per language with counts per state
    GET  /login?token=T              a personal link: opens a session for the token's reviewer
    GET  /<lang>/<slug>              one catalog: ?filter=todo|stale|errors|mine|all &q= &from=
    POST /<lang>/<slug>              one entry: action=save | approve | needs-work
    POST /<lang>/<slug>/batch        approve the selected entries
    POST /reviewer                   the reviewer's name (loopback server without tokens only)
    POST /logout                     end the session
    GET  /static/<name>              stylesheet, script, Vazirmatn fonts (fixed list)

Order of the guards on every request: body size (a negative, missing or oversized
Content-Length is refused before anything is read), Host header (always checked: DNS
rebinding), session (personal token when required), then for a POST the session's CSRF token and
the browser's Origin/Sec-Fetch-Site. Refusal pages carry no token and no form.
"""

from __future__ import annotations

import hmac
import json
import logging
import re
from collections import OrderedDict
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from http import HTTPStatus
from http.cookies import SimpleCookie
from pathlib import Path
from urllib.parse import parse_qs, quote, urlencode, urlsplit

import jinja2

from workflow import states
from workflow.catalog import status
from workflow.errors import DossierError
from workflow.review import views
from workflow.review.findings import EntryReview
from workflow.review.memory import MemoryIndex
from workflow.review.reviewers import Registry
from workflow.review.sessions import Session, Sessions
from workflow.review.store import (
    Change,
    Conflict,
    Done,
    NeedsConfirmation,
    Refused,
    Store,
    check_reviewer,
    entry_digest,
    entry_key,
)

log = logging.getLogger(__name__)

_HERE = Path(__file__).resolve().parent
_FONTS = _HERE.parent / "publish" / "fonts"
STATIC = {
    "review.css": (_HERE / "review.css", "text/css; charset=utf-8"),
    "review.js": (_HERE / "review.js", "text/javascript; charset=utf-8"),
    "Vazirmatn-Regular.ttf": (_FONTS / "Vazirmatn-Regular.ttf", "font/ttf"),
    "Vazirmatn-Bold.ttf": (_FONTS / "Vazirmatn-Bold.ttf", "font/ttf"),
}
SESSION_COOKIE = "dossier_session"
NAME_COOKIE = "dossier_reviewer"
MAX_BODY = 1_000_000
DONE = {"save": "Saved as a human translation (not approved)", "approve": "Approved",
        "needs-work": "Kept as your draft with your note: it stays in the review queue"}
SECURITY_HEADERS = [
    ("Content-Security-Policy", "default-src 'none'; script-src 'self'; connect-src 'self'; "
     "style-src 'self'; font-src 'self'; img-src 'self'; form-action 'self'; "
     "frame-ancestors 'none'; base-uri 'none'"),
    ("X-Content-Type-Options", "nosniff"),
    ("Referrer-Policy", "no-referrer"),
    ("Cache-Control", "no-store"),
    ("X-Frame-Options", "DENY"),
]
_SAFE_PATH = re.compile(r"^/(?:[A-Za-z0-9._~%!$&'()*+,;=:@-][A-Za-z0-9._~%!$&'()*+,;=:@/?#-]*)?$")

StartResponse = Callable[..., object]
TEMPLATES = jinja2.Environment(loader=jinja2.FileSystemLoader(_HERE / "templates"),
                               autoescape=True, undefined=jinja2.StrictUndefined,
                               trim_blocks=True, lstrip_blocks=True)


def safe_location(target: str, default: str = "/") -> str:
    """A same-site path for a Location header: no CR/LF, no ``//`` or ``/\\`` (other hosts)."""
    if not target or len(target) > 2000 or not _SAFE_PATH.match(target):
        return default
    if target.startswith("//") or "\\" in target:
        return default
    return target


class Response(Exception):
    """A finished answer raised from deep inside a handler."""

    def __init__(self, code: int, headers: list, body: bytes) -> None:
        super().__init__(code)
        self.code, self.headers, self.body = code, headers, body


@dataclass
class Request:
    environ: dict
    session: Session | None = None
    new_cookies: list[str] = field(default_factory=list)
    form: dict[str, list[str]] = field(default_factory=dict)

    @property
    def method(self) -> str:
        return self.environ.get("REQUEST_METHOD", "GET")

    @property
    def wants_json(self) -> bool:
        return "application/json" in self.environ.get("HTTP_ACCEPT", "")

    def query(self) -> dict[str, str]:
        return {k: v[0] for k, v in parse_qs(self.environ.get("QUERY_STRING", "")).items()}

    def field(self, name: str, default: str = "") -> str:
        values = self.form.get(name)
        return values[0] if values else default


@dataclass
class Page:
    """Everything a statement page (and the entry fragments) needs."""

    lang: str
    slug: str
    csrf: str
    filter: str = "todo"
    query: str = ""
    start: int = 0

    @property
    def base(self) -> str:
        return f"/{quote(self.lang)}/{quote(self.slug)}"

    @property
    def dir(self) -> str:
        return views.direction(self.lang)

    @property
    def language(self) -> str:
        return views.language_name(self.lang)

    @property
    def keep(self) -> list[tuple[str, str]]:
        return [("filter", self.filter), ("q", self.query), ("from", str(self.start))]

    def link(self, start: int | None = None, focus: int | None = None, **extra: str) -> str:
        params = {"filter": self.filter}
        if self.query:
            params["q"] = self.query
        start = self.start if start is None else start
        if start:
            params["from"] = str(start)
        if focus is not None:
            params["focus"] = str(focus)
        params.update(extra)
        # no "#e<n>" fragment: a target element would make the browser skip autofocus
        return f"{self.base}?{urlencode(params)}"


class ReviewApp:
    """WSGI app over a :class:`Store`.

    ``reviewer``: a fixed name (``--reviewer``, loopback only). ``registry``: the personal
    tokens; with ``require_tokens`` every page needs a session opened by a personal link.
    ``allowed_hosts``: the Host header values this server answers (always checked).
    """

    def __init__(self, store: Store, reviewer: str | None = None,
                 allowed_hosts: Iterable[str] = (), registry: Registry | None = None,
                 require_tokens: bool = False, secure_cookies: bool = False) -> None:
        self.store = store
        self.reviewer = check_reviewer(reviewer) if reviewer else None
        self.allowed_hosts = {h.lower() for h in allowed_hosts}
        self.registry = registry or Registry.for_root(store.project.root)
        self.require_tokens = require_tokens
        self.secure_cookies = secure_cookies
        self.sessions = Sessions()
        self.memory = MemoryIndex(lambda lang: store.project.locales / lang / "LC_MESSAGES")
        self._reviews: OrderedDict[tuple, list[EntryReview]] = OrderedDict()

    # ------------------------------------------------------------------ WSGI entry point
    def __call__(self, environ: dict, start_response: StartResponse) -> list[bytes]:
        request = Request(environ)
        try:
            code, headers, body = self.route(request)
        except Response as answer:
            code, headers, body = answer.code, answer.headers, answer.body
        except Refused as exc:
            code, headers, body = self.refusal(request, exc)
        except DossierError as exc:  # e.g. a .po file a translator left malformed
            code, headers, body = self.refusal(request, Refused(exc.one_line(), 422))
        headers = [*headers, *(("Set-Cookie", c) for c in request.new_cookies)]
        start_response(f"{code} {HTTPStatus(code).phrase}",
                       [*headers, ("Content-Length", str(len(body)))])
        return [body] if request.method != "HEAD" else [b""]

    def route(self, request: Request) -> tuple[int, list, bytes]:
        environ = request.environ
        if request.method == "POST":
            self._check_length(environ)
        if not self._host_ok(environ):
            raise Refused("this server only answers requests addressed to it by its own "
                          "host name", 403)
        parts = [p for p in environ.get("PATH_INFO", "/").split("/") if p]
        if request.method in ("GET", "HEAD"):
            if len(parts) == 2 and parts[0] == "static" and parts[1] in STATIC:
                file, kind = STATIC[parts[1]]
                return 200, [("Content-Type", kind), ("Cache-Control", "max-age=3600"),
                             ("X-Content-Type-Options", "nosniff")], file.read_bytes()
            if parts == ["login"]:
                return self.login(request)
            self._session(request, create=True)
            if not parts:
                return self.html(200, self.index(request))
            if len(parts) == 2:
                return self.html(200, self.statement(request, *parts))
            raise Refused("no such page", 404)
        if request.method != "POST":
            raise Refused("method not allowed", 405)
        self._read_form(request)  # first, so a refusal can still show the reviewer's text
        self._session(request, create=False)
        self._check_csrf(request)
        if parts == ["reviewer"]:
            return self.set_reviewer(request)
        if parts == ["logout"]:
            self.sessions.drop(request.session.id)
            request.new_cookies.append(self._cookie(SESSION_COOKIE, "", 0))
            return 303, [("Location", "/")], b""
        if len(parts) == 2:
            return self.post_entry(request, *parts)
        if len(parts) == 3 and parts[2] == "batch":
            return self.post_batch(request, parts[0], parts[1])
        raise Refused("no such page", 404)

    # ------------------------------------------------------------------ sessions and tokens
    def login(self, request: Request) -> tuple[int, list, bytes]:
        reviewer = self.registry.lookup(request.query().get("token", ""))
        if reviewer is None:
            raise Refused("this link is not valid (mistyped, or the token was revoked): ask "
                          "the coordinator for a new one", 403)
        session = self.sessions.create(reviewer.name, reviewer.digest)
        request.new_cookies.append(self._cookie(SESSION_COOKIE, session.id))
        log.info("review: %s signed in", reviewer.name)
        # A page, not a redirect: a link clicked in a mail client is a cross-site navigation,
        # and a SameSite=Strict cookie set on a redirect would not be sent to its target.
        return self.html(200, TEMPLATES.get_template("login.html").render(
            who=None, script=False, title="Signed in", name=reviewer.name))

    def _session(self, request: Request, create: bool) -> None:
        cookies = self._cookies(request.environ)
        session = self.sessions.get(cookies.get(SESSION_COOKIE))
        if session and session.token_digest and not self.registry.still_valid(
                session.reviewer or "", session.token_digest):
            self.sessions.drop(session.id)
            session = None
        if session is None or (self.require_tokens and not session.token_digest):
            if self.require_tokens:
                raise Refused("this server needs your personal link: open the link the "
                              "coordinator gave you (dossier review --add-reviewer NAME)", 401)
            if not create:
                raise Refused("your session has expired or this form did not come from this "
                              "page; reload the page and try again", 403)
            name = self.reviewer or self._valid_name(cookies.get(NAME_COOKIE))
            session = self.sessions.create(name)
            request.new_cookies.append(self._cookie(SESSION_COOKIE, session.id))
        if self.reviewer and not session.token_digest:
            session.reviewer = self.reviewer
        request.session = session

    def _check_csrf(self, request: Request) -> None:
        environ = request.environ
        site = environ.get("HTTP_SEC_FETCH_SITE", "")
        origin = environ.get("HTTP_ORIGIN", "")
        if site in ("cross-site", "same-site") or (
                origin and origin != "null" and urlsplit(origin).netloc.lower()
                not in self.allowed_hosts):
            raise Refused("this form did not come from this page", 403)
        if not hmac.compare_digest(request.field("csrf"), request.session.csrf):
            raise Refused("the form is out of date or did not come from this page "
                          "(missing or wrong security token); reload the page and try "
                          "again", 403)

    def set_reviewer(self, request: Request) -> tuple[int, list, bytes]:
        if request.session.token_digest or self.reviewer:
            raise Refused("your name comes from your personal link and cannot be changed "
                          "here", 403)
        back = safe_location(request.field("back", "/"))
        name = check_reviewer(request.field("name"))
        request.session.reviewer = name
        request.new_cookies.append(self._cookie(NAME_COOKIE, quote(name), 31536000))
        return 303, [("Location", back)], b""

    # ------------------------------------------------------------------ pages
    def index(self, request: Request) -> str:
        rows = status.collect(self.store.project, self.store.languages)
        groups: dict[str, dict] = {}
        for row in rows:
            group = groups.setdefault(row.language, {
                "lang": row.language, "name": views.language_name(row.language), "rows": []})
            group["rows"].append(row)
        return self.render("index.html", request, "/", title="Statements",
                           groups=list(groups.values()), columns=status.COLUMNS,
                           labels=[status.LABELS[c] for c in status.COLUMNS])

    def reviews(self, lang: str, slug: str, catalog, sha: str) -> list[EntryReview]:
        """Check findings for every entry, cached per file content (and glossary)."""
        glossary = self.store.glossary(lang)
        key = (lang, slug, sha, id(glossary))
        cached = self._reviews.get(key)
        if cached is None:
            mentions = self.store.mentions(lang, catalog)
            cached = [self.store.review(lang, e, None, m)
                      for e, m in zip(catalog.entries, mentions, strict=True)]
            self._remember(key, cached)
        return cached

    def _remember(self, key: tuple, reviews: list[EntryReview]) -> None:
        self._reviews[key] = reviews
        while len(self._reviews) > 16:
            self._reviews.popitem(last=False)

    def _carry_reviews(self, lang: str, slug: str, catalog, done: list[Done]) -> None:
        """After our own write, only the changed entries need checking again."""
        glossary = self.store.glossary(lang)
        old = self._reviews.get((lang, slug, done[0].before_sha, id(glossary)))
        if old is None or len(old) != len(catalog.entries):
            return
        new = list(old)
        mentions = self.store.mentions(lang, catalog)
        for d in done:
            new[d.index] = self.store.review(lang, catalog.entries[d.index], None,
                                             mentions[d.index])
        self._remember((lang, slug, done[0].file_sha, id(glossary)), new)

    def _page(self, request: Request, lang: str, slug: str, params: dict[str, str]) -> Page:
        flt = params.get("filter", "todo")
        if params.get("show") == "all":
            flt = "all"
        try:
            start = max(0, int(params.get("from", "0") or 0))
        except ValueError:
            start = 0
        return Page(lang, slug, request.session.csrf if request.session else "",
                    flt if flt in views.FILTERS else "todo", params.get("q", "")[:200], start)

    def _matching(self, page: Page, catalog, reviews, reviewer, flt: str | None = None):
        flt = flt or page.filter
        return [i for i, (e, r) in enumerate(zip(catalog.entries, reviews, strict=True))
                if views.matches(e, r, flt, page.query, reviewer)]

    def statement(self, request: Request, lang: str, slug: str) -> str:
        catalog, sha = self.store.load(lang, slug)
        params = request.query()
        page = self._page(request, lang, slug, params)
        reviews = self.reviews(lang, slug, catalog, sha)
        reviewer = request.session.reviewer
        matching = self._matching(page, catalog, reviews, reviewer)
        win = views.window(matching, page.start)
        try:
            focus = int(params["focus"]) if "focus" in params else None
        except ValueError:
            focus = None
        if focus not in win.shown:
            focus = win.shown[0] if win.shown and "focus" in params else None
        glossary = self.store.glossary(lang)
        entries = []
        for i in win.shown:
            view = views.entry_view(i, catalog.entries[i], reviews[i], glossary, sha)
            view.focus = i == focus
            view.memory = self.memory.matches(lang, catalog.entries[i].msgid, slug)
            entries.append(view)
        done = params.get("done", "")
        message = DONE.get(done, "")
        if done == "batch":
            message = (f"Approved {params.get('approved', '0')}; "
                       f"{params.get('left', '0')} left for you to approve one by one "
                       "(they need a confirmation or changed meanwhile)")
        counts = {name: len(self._matching(page, catalog, reviews, reviewer, name))
                  for name in views.FILTERS}
        total = len(catalog.entries)
        page_info = {
            "filters": [(n, label, counts[n]) for n, label in views.FILTERS.items()],
            "window": win, "entries": entries, "message": message,
            "reviewed": sum(states.state_of(e) is states.State.APPROVED
                            for e in catalog.entries),
            "total": total, "first_visit": not request.session.reviewed,
            "position": (f"{matching.index(win.shown[0]) + 1}–"
                         f"{matching.index(win.shown[-1]) + 1}") if win.shown else "0",
        }
        view_page = _PageView(page, page_info)
        return self.render("statement.html", request, page.link(), title=f"{slug} ({lang})",
                           page=view_page, script=True, page_size=views.PAGE)

    def entry_html(self, page, view) -> str:
        macro = TEMPLATES.get_template("entry.html").module.entry
        return str(macro(view, page))

    def merge_html(self, page, merge) -> str:
        macro = TEMPLATES.get_template("merge.html").module.merge
        return str(macro(merge, page))

    # ------------------------------------------------------------------ actions
    def _reviewer(self, request: Request) -> str | None:
        return request.session.reviewer

    def post_entry(self, request: Request, lang: str, slug: str) -> tuple[int, list, bytes]:
        page = self._page(request, lang, slug, {k: request.field(k) for k in
                                                ("filter", "q", "from")})
        anyway = frozenset(r for v in request.form.get("anyway", []) for r in v.split(",") if r)
        change = Change(request.field("action"), request.field("key"), request.field("text"),
                        request.field("file"), request.field("seen"), self._reviewer(request),
                        request.field("note")[:300], anyway)
        slot = (lang, slug, change.key)
        again = self._refused_again(request, lang, slug, change)
        if again is not None:
            return self._conflict(request, page, again)
        try:
            done = self.store.change(lang, slug, change)
        except Conflict as exc:
            return self._conflict(request, page, exc)
        except NeedsConfirmation as exc:
            return self._confirm(request, page, exc)
        request.session.refused.pop(slot, None)
        request.session.reviewed.add(slot)
        log.info("review: %s %s %s/%s %s", change.reviewer, change.action, lang, slug,
                 change.key)
        return self._after(request, page, done, change.action)

    def _after(self, request: Request, page: Page, done: Done, action: str):
        catalog, sha = done.catalog, done.file_sha
        self._carry_reviews(page.lang, page.slug, catalog, [done])
        reviews = self.reviews(page.lang, page.slug, catalog, sha)
        matching = self._matching(page, catalog, reviews, request.session.reviewer)
        following = [i for i in matching if i > done.index]
        nxt = following[0] if following else None
        start = page.start
        if nxt is not None and nxt not in views.window(matching, start).shown:
            start = nxt
        target = page.link(start, nxt, done=action) if nxt is not None else \
            page.link(start, done=action)
        if request.wants_json:
            view = views.entry_view(done.index, catalog.entries[done.index],
                                    reviews[done.index], self.store.glossary(page.lang), sha)
            view.message = DONE[action]
            approved = sum(states.state_of(e) is states.State.APPROVED for e in catalog.entries)
            return self.json(200, {
                "ok": True, "message": DONE[action], "html": self.entry_html(page, view),
                "next": nxt, "next_url": target, "file": sha,
                "progress": f"{approved} of {len(catalog.entries)} reviewed (approved) in "
                            "this statement",
                "session": len(request.session.reviewed)})
        return 303, [("Location", target)], b""

    def _refused_again(self, request: Request, lang: str, slug: str,
                       change: Change) -> Conflict | None:
        """The text a concurrent edit refused, sent again from an ordinary form (a reload, a
        Back press with fresh fingerprints): back to the merge view, nothing written."""
        refused = request.session.refused.get((lang, slug, change.key))
        if refused is None or request.field("merge") == "1" or change.text is None:
            return None
        if change.text.strip() != refused.strip():
            return None
        catalog, sha = self.store.load(lang, slug)
        for index, entry in enumerate(catalog.entries):
            if entry_key(entry) == change.key and entry.msgstr.strip() != refused.strip():
                return Conflict("this is the text that was refused because someone else "
                                "changed the entry: choose a version below; nothing was "
                                "saved", index, entry, change.text, sha)
        return None

    def _conflict(self, request: Request, page: Page, exc: Conflict):
        if exc.entry is not None:
            request.session.refused[(page.lang, page.slug, entry_key(exc.entry))] = exc.mine
        back = page.link()
        if exc.entry is None:
            if request.wants_json:
                return self.json(409, {"ok": False, "kind": "gone", "message": exc.message})
            return self.error(request, 409, "Not saved", exc.message, back, exc.mine, page.lang)
        merge = {
            "index": exc.index, "key": entry_key(exc.entry), "digest": entry_digest(exc.entry),
            "file_sha": exc.file_sha, "msgid": exc.entry.msgid, "message": exc.message,
            "provenance": views.provenance(exc.entry), "back": page.link(focus=exc.index),
            "versions": [("theirs", "Their version (now in the file)", exc.entry.msgstr),
                         ("yours", "Your version (not saved)", exc.mine)],
        }
        if request.wants_json:
            return self.json(409, {"ok": False, "kind": "conflict", "message": exc.message,
                                   "html": self.merge_html(page, merge)})
        return self.html(409, self.render("single.html", request, back, title="Not saved",
                                          page=page, merge_view=merge, view=None,
                                          message=exc.message, back=back))

    def _confirm(self, request: Request, page: Page, exc: NeedsConfirmation):
        catalog, sha = self.store.load(page.lang, page.slug)
        view = views.entry_view(exc.index, exc.entry, exc.review,
                                self.store.glossary(page.lang), sha, exc.text)
        view.focus = True
        message = ("Not saved yet: " + "; ".join(words for _, words in view.reasons)
                   + ". Tick \"approve anyway\" if you checked it, then press the button again.")
        view.message = message
        if request.wants_json:
            return self.json(409, {"ok": False, "kind": "confirm", "message": message,
                                   "html": self.entry_html(page, view)})
        back = page.link()
        return self.html(409, self.render("single.html", request, back, title="Confirm",
                                          page=page, merge_view=None, view=view,
                                          message=message, back=back))

    def post_batch(self, request: Request, lang: str, slug: str) -> tuple[int, list, bytes]:
        page = self._page(request, lang, slug, {k: request.field(k) for k in
                                                ("filter", "q", "from")})
        changes = []
        for value in request.form.get("select", []):
            key, _, digest = value.partition(":")
            changes.append(Change("approve", key, None, "", digest, self._reviewer(request)))
        if not changes:
            raise Refused("select entries first (the 'select' box beside each entry)")
        results = self.store.change_many(lang, slug, changes, skip_refused=True)
        approved = [r for r in results if isinstance(r, Done)]
        if approved:
            self._carry_reviews(lang, slug, approved[0].catalog, approved)
        for change, result in zip(changes, results, strict=True):
            if isinstance(result, Done):
                request.session.reviewed.add((lang, slug, change.key))
        target = page.link(done="batch", approved=str(len(approved)),
                           left=str(len(results) - len(approved)))
        if request.wants_json:
            return self.json(200, {"ok": True, "next_url": target})
        return 303, [("Location", target)], b""

    # ------------------------------------------------------------------ answers
    def render(self, name: str, request: Request, here: str, **context) -> str:
        session = request.session
        who = None
        if session is not None:
            who = {"name": session.reviewer, "csrf": session.csrf, "back": here,
                   "fixed": bool(session.token_digest or self.reviewer),
                   "reviewed": len(session.reviewed)}
        context.setdefault("script", False)
        return TEMPLATES.get_template(name).render(who=who, **context)

    def refusal(self, request: Request, exc: Refused) -> tuple[int, list, bytes]:
        """An error page with no token and no form (it may be read by a rebinding page)."""
        mine = None
        if request.method == "POST" and exc.status not in (404, 405, 411, 413):
            mine = request.field("text") or None  # their own text: nothing secret in it
        if request.wants_json and exc.status not in (401, 403):
            return self.json(exc.status, {"ok": False, "message": exc.message})
        heading = {404: "Not found", 401: "Personal link needed"}.get(exc.status, "Not saved")
        parts = [p for p in request.environ.get("PATH_INFO", "/").split("/") if p]
        lang = parts[0] if parts and parts[0] in self.store.languages else "en"
        back = "/"
        if mine and len(parts) >= 2 and exc.status != 404:
            back = f"/{quote(parts[0])}/{quote(parts[1])}"
        return self.error(request, exc.status, heading, exc.message, back, mine, lang)

    def error(self, request, code, heading, message, back, mine=None, lang="en"):
        html = TEMPLATES.get_template("error.html").render(
            who=None, script=False, title=heading, heading=heading, message=message,
            back=back, mine=mine, lang=lang, dir=views.direction(lang))
        return self.html(code, html)

    def html(self, code: int, text: str) -> tuple[int, list, bytes]:
        return code, [("Content-Type", "text/html; charset=utf-8"), *SECURITY_HEADERS], \
            text.encode("utf-8")

    def json(self, code: int, data: dict) -> tuple[int, list, bytes]:
        body = json.dumps(data, ensure_ascii=False).encode("utf-8")
        return code, [("Content-Type", "application/json; charset=utf-8"),
                      *SECURITY_HEADERS], body

    # ------------------------------------------------------------------ helpers
    def _cookie(self, name: str, value: str, max_age: int | None = None) -> str:
        # The session cookie is Lax: a volunteer who follows a link from a chat or a mail
        # (a cross-site navigation) stays signed in. Cross-site POSTs never carry it, and
        # every POST also needs the session's CSRF token and a same-site Origin.
        same_site = "Lax" if name == SESSION_COOKIE else "Strict"
        parts = [f"{name}={value}", "Path=/", "HttpOnly", f"SameSite={same_site}"]
        if max_age is not None:
            parts.append(f"Max-Age={max_age}")
        if self.secure_cookies:
            parts.append("Secure")
        return "; ".join(parts)

    @staticmethod
    def _cookies(environ: dict) -> dict[str, str]:
        cookie = SimpleCookie()
        try:
            cookie.load(environ.get("HTTP_COOKIE", ""))
        except Exception:  # a malformed cookie from another local app: ignore it
            return {}
        return {k: m.value for k, m in cookie.items()}

    @staticmethod
    def _valid_name(value: str | None) -> str | None:
        from urllib.parse import unquote
        if not value:
            return None
        try:
            return check_reviewer(unquote(value))
        except Refused:
            return None

    def _host_ok(self, environ: dict) -> bool:
        return environ.get("HTTP_HOST", "").lower() in self.allowed_hosts

    @staticmethod
    def _check_length(environ: dict) -> None:
        raw = (environ.get("CONTENT_LENGTH") or "").strip()
        if not raw.isdigit():
            raise Refused("a POST needs a valid Content-Length", 411 if not raw else 400)
        if int(raw) > MAX_BODY:
            raise Refused("request too large", 413)

    def _read_form(self, request: Request) -> None:
        length = int(request.environ.get("CONTENT_LENGTH") or 0)
        raw = request.environ["wsgi.input"].read(length) if length else b""
        try:
            request.form = parse_qs(raw.decode("utf-8"), keep_blank_values=True)
        except UnicodeDecodeError:
            raise Refused("the form was not sent as UTF-8") from None


class _PageView:
    """A :class:`Page` plus the statement page's computed fields, for the template."""

    def __init__(self, page: Page, info: dict) -> None:
        self._page = page
        self.__dict__.update(info)

    def __getattr__(self, name: str):
        return getattr(self._page, name)
