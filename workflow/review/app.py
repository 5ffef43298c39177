"""The review app as a WSGI callable: routes, CSRF token, reviewer cookie, redirects.

Routes (nothing else answers)::

    GET  /                      statements per language with counts per state
    GET  /<lang>/<slug>[?show=all]   one catalog: entries needing a human (default) or all
    POST /<lang>/<slug>         one entry: action=save | approve | needs-work
    POST /reviewer              remember the reviewer's name in a cookie
    GET  /static/<name>         the stylesheet and the Vazirmatn fonts (fixed list)

Every POST must carry this process's CSRF token; the Host header must name this server (so a
DNS-rebinding page cannot read the token); pages forbid scripts and framing via CSP.
"""

from __future__ import annotations

import hmac
import logging
import secrets
from collections.abc import Callable, Iterable
from http import HTTPStatus
from http.cookies import SimpleCookie
from pathlib import Path
from urllib.parse import parse_qs, quote, unquote

from workflow.catalog import status
from workflow.errors import DossierError
from workflow.review import pages
from workflow.review.store import Refused, Store, check_reviewer

log = logging.getLogger(__name__)

_HERE = Path(__file__).resolve().parent
_FONTS = _HERE.parent / "publish" / "fonts"
STATIC = {
    "review.css": (_HERE / "review.css", "text/css; charset=utf-8"),
    "Vazirmatn-Regular.ttf": (_FONTS / "Vazirmatn-Regular.ttf", "font/ttf"),
    "Vazirmatn-Bold.ttf": (_FONTS / "Vazirmatn-Bold.ttf", "font/ttf"),
}
COOKIE = "dossier_reviewer"
MAX_BODY = 1_000_000
DONE = {"save": "Saved as translated (not approved)", "approve": "Approved",
        "needs-work": "Kept as your draft: it stays in the review queue"}
SECURITY_HEADERS = [
    ("Content-Security-Policy", "default-src 'none'; style-src 'self'; font-src 'self'; "
     "img-src 'self'; form-action 'self'; frame-ancestors 'none'; base-uri 'none'"),
    ("X-Content-Type-Options", "nosniff"),
    ("Referrer-Policy", "no-referrer"),
    ("Cache-Control", "no-store"),
]

StartResponse = Callable[..., object]


class ReviewApp:
    """WSGI app over a :class:`Store`; ``reviewer`` fixed by ``--reviewer`` or None."""

    def __init__(self, store: Store, reviewer: str | None = None,
                 allowed_hosts: Iterable[str] | None = None) -> None:
        self.store = store
        self.reviewer = check_reviewer(reviewer) if reviewer else None
        self.csrf = secrets.token_urlsafe(32)
        self.allowed_hosts = set(allowed_hosts) if allowed_hosts is not None else None

    # ------------------------------------------------------------------ WSGI entry point
    def __call__(self, environ: dict, start_response: StartResponse) -> list[bytes]:
        try:
            status_code, headers, body = self.route(environ)
        except Refused as exc:
            status_code, headers, body = self.refusal(environ, exc)
        except DossierError as exc:  # e.g. a .po file a translator left malformed
            status_code, headers, body = self.html(
                422, pages.error_page(422, exc.one_line()), environ)
        status_line = f"{status_code} {HTTPStatus(status_code).phrase}"
        start_response(status_line, [*headers, ("Content-Length", str(len(body)))])
        return [body] if environ.get("REQUEST_METHOD") != "HEAD" else [b""]

    def route(self, environ: dict) -> tuple[int, list, bytes]:
        method = environ.get("REQUEST_METHOD", "GET")
        if not self._host_ok(environ):
            raise Refused("this server only answers requests addressed to it by its own "
                          "host name", 403)
        path = environ.get("PATH_INFO", "/")
        parts = [unquote(p) for p in path.split("/") if p]
        if method in ("GET", "HEAD"):
            if not parts:
                return self.html(200, self.index(environ), environ)
            if parts[0] == "static" and len(parts) == 2 and parts[1] in STATIC:
                file, kind = STATIC[parts[1]]
                return 200, [("Content-Type", kind), ("Cache-Control", "max-age=3600"),
                             ("X-Content-Type-Options", "nosniff")], file.read_bytes()
            if len(parts) == 2:
                return self.html(200, self.statement(environ, *parts), environ)
        elif method == "POST":
            form = self._form(environ)
            if not hmac.compare_digest(form.get("csrf", ""), self.csrf):
                raise Refused("the form is out of date or did not come from this page "
                              "(missing or wrong security token); reload the page and try "
                              "again", 403)
            if parts == ["reviewer"]:
                return self.set_reviewer(form)
            if len(parts) == 2:
                return self.post_entry(environ, parts[0], parts[1], form)
        else:
            raise Refused("method not allowed", 405)
        raise Refused("no such page", 404)

    # ------------------------------------------------------------------ pages
    def index(self, environ: dict) -> str:
        rows = status.collect(self.store.project, self.store.languages)
        return self._layout("Statements", pages.index_page(rows), environ, "/")

    def statement(self, environ: dict, lang: str, slug: str) -> str:
        catalog, sha = self.store.load(lang, slug)
        query = parse_qs(environ.get("QUERY_STRING", ""))
        show = "all" if query.get("show") == ["all"] else "todo"
        done = query.get("done", [""])[0]
        view = pages.View(lang, slug, show, sha, self.csrf, DONE.get(done, ""))
        back = f"/{quote(lang)}/{quote(slug)}" + ("?show=all" if show == "all" else "")
        return self._layout(f"{slug} ({lang})", pages.statement_page(view, catalog.entries),
                            environ, back)

    def post_entry(self, environ: dict, lang: str, slug: str, form: dict) -> tuple:
        action = form.get("action", "")
        reviewer = self.reviewer or self._cookie_name(environ)
        index = self.store.change(lang, slug, form.get("key", ""), action, form.get("text", ""),
                          form.get("file", ""), form.get("seen", ""), reviewer)
        log.info("review: %s %s/%s %s", action, lang, slug, form.get("key", ""))
        show = "&show=all" if form.get("show") == "all" else ""
        target = f"/{quote(lang)}/{quote(slug)}?done={quote(action)}{show}#e{index}"
        return 303, [("Location", target)], b""

    def set_reviewer(self, form: dict) -> tuple:
        back = form.get("back", "/")
        if not back.startswith("/") or back.startswith("//"):
            back = "/"
        name = check_reviewer(form.get("name", ""))
        cookie = (f"{COOKIE}={quote(name)}; Path=/; Max-Age=31536000; HttpOnly; "
                  "SameSite=Strict")
        return 303, [("Location", back), ("Set-Cookie", cookie)], b""

    def refusal(self, environ: dict, exc: Refused) -> tuple[int, list, bytes]:
        back = "/"
        mine = None
        parts = [p for p in environ.get("PATH_INFO", "/").split("/") if p]
        if environ.get("REQUEST_METHOD") == "POST" and len(parts) == 2 and exc.status != 404:
            back = f"/{parts[0]}/{parts[1]}"
            mine = environ.get("dossier.form", {}).get("text")
        lang = parts[0] if len(parts) == 2 and parts[0] in self.store.languages else "en"
        html = pages.error_page(exc.status, exc.message, quote(back), mine, exc.current, lang)
        return self.html(exc.status, self._layout("Not saved", html, environ, "/"), environ)

    # ------------------------------------------------------------------ helpers
    def html(self, code: int, text: str, environ: dict) -> tuple[int, list, bytes]:
        if not text.lstrip().startswith("<!DOCTYPE"):
            text = self._layout("Error", text, environ, "/")
        return code, [("Content-Type", "text/html; charset=utf-8"), *SECURITY_HEADERS], \
            text.encode("utf-8")

    def _layout(self, title: str, body: str, environ: dict, back: str) -> str:
        name = self.reviewer or self._cookie_name(environ)
        return pages.layout(title, body, name, bool(self.reviewer), self.csrf, back)

    def _cookie_name(self, environ: dict) -> str | None:
        cookie = SimpleCookie()
        try:
            cookie.load(environ.get("HTTP_COOKIE", ""))
        except Exception:  # a malformed cookie from another local app: ignore it
            return None
        morsel = cookie.get(COOKIE)
        if not morsel:
            return None
        try:
            return check_reviewer(unquote(morsel.value))
        except Refused:
            return None

    def _host_ok(self, environ: dict) -> bool:
        if self.allowed_hosts is None:
            return True
        return environ.get("HTTP_HOST", "").lower() in self.allowed_hosts

    def _form(self, environ: dict) -> dict[str, str]:
        try:
            length = int(environ.get("CONTENT_LENGTH") or 0)
        except ValueError:
            length = 0
        if length > MAX_BODY:
            raise Refused("request too large", 413)
        raw = environ["wsgi.input"].read(length) if length else b""
        try:
            fields = parse_qs(raw.decode("utf-8"), keep_blank_values=True)
        except UnicodeDecodeError:
            raise Refused("the form was not sent as UTF-8") from None
        form = {k: v[0] for k, v in fields.items()}
        environ["dossier.form"] = form
        return form
