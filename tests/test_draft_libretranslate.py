"""`dossier draft --engine libretranslate` against a real LibreTranslate server on 127.0.0.1
(tests/lt_server.py): markings like local drafts, batches, unsupported pairs, a wrong key,
an unreachable server, a hung server (timeout) and a server killed mid-run."""

from __future__ import annotations

import http.server
import math
import threading
import time
import urllib.request

import polib
import pytest
from catalog_helpers import assert_gnu_clean
from lt_server import GOOD_KEY, INSTALL_HINT, LibreTranslateServer, available, free_port

from workflow.cli import main
from workflow.config import find_project
from workflow.draft.engines import EngineError, EngineSettings, create_engine
from workflow.draft.pipeline import draft_language
from workflow.states import DraftKind, State, draft_kind, marks, state_of

pytestmark = pytest.mark.skipif(not available(), reason=INSTALL_HINT)

DEATH = "The death commission sent about 30,000 people to their deaths in 1988."
FAMILIES = "Families still do not know where their loved ones are buried."
EVIN = "In 1988, thousands of political prisoners were executed in Evin prison."
HUMAN = "خانواده‌ها هنوز نمی‌دانند عزیزانشان کجا دفن شده‌اند."
EXTRA = [
    "Human rights defenders were arrested in Tehran on 12 March 2024.",
    "The organisation calls for the immediate release of all prisoners of conscience.",
    "Women and girls face discrimination in law and in practice.",
    "Journalists, students and workers were sentenced to long prison terms.",
    "The authorities have denied access to lawyers and independent doctors.",
]
ALPHA = f"""---
title: Alpha statement
---
# The death commission of 1988

{DEATH} {FAMILIES}

{EVIN}
"""
BETA = "---\ntitle: Beta statement\n---\n# Beta\n\n" + " ".join([FAMILIES, DEATH, *EXTRA]) + "\n"


@pytest.fixture(scope="module")
def server(tmp_path_factory):
    lt = LibreTranslateServer(tmp_path_factory.mktemp("libretranslate"))
    lt.start()
    print(f"LibreTranslate started in {lt.started_in:.1f} s")
    yield lt
    lt.stop()


@pytest.fixture()
def project(tmp_path, monkeypatch, server):
    """Two statements (alpha, beta) extracted and updated for fa and de; one human translation
    in fa; a fa glossary; no local argos package at all (the server has the models)."""
    root = tmp_path / "proj"
    (root / "sources").mkdir(parents=True)
    (root / "dossier.toml").write_text('languages = ["fa", "de"]\n', encoding="utf-8")
    (root / "sources/alpha.md").write_text(ALPHA, encoding="utf-8")
    (root / "sources/beta.md").write_text(BETA, encoding="utf-8")
    monkeypatch.setenv("ARGOS_PACKAGES_DIR", str(tmp_path / "no-local-packages"))
    monkeypatch.chdir(root)
    assert main(["extract"]) == 0 and main(["update"]) == 0
    alpha = root / "locales/fa/LC_MESSAGES/alpha.po"
    empty = f'msgid "{FAMILIES}"\nmsgstr ""\n'
    alpha.write_text(alpha.read_text("utf-8").replace(
        empty, f'msgid "{FAMILIES}"\nmsgstr "{HUMAN}"\n'), encoding="utf-8")
    (root / "locales/fa/glossary.csv").write_text(
        "source,target,kind,note\ndeath commission,هیئت مرگ,term,\nEvin,اوین,name,prison\n",
        encoding="utf-8")
    return root


def configure(root, **options) -> None:
    table = ", ".join(f'{k} = {v!r}'.replace("'", '"') for k, v in options.items())
    (root / "dossier.toml").write_text(
        f'languages = ["fa", "de"]\nengine = {{ name = "libretranslate", {table} }}\n',
        encoding="utf-8")


def entries(path) -> dict[str, polib.POEntry]:
    return {e.msgid: e for e in polib.pofile(str(path)) if e.msgid}


def snapshot(root) -> dict:
    return {p: p.read_bytes() for p in sorted(root.rglob("*.po"))}


def test_server_drafts_carry_the_same_markings_as_local_drafts(project, server, capsys):
    assert main(["draft", "--lang", "fa", "--engine", "libretranslate", "--url", server.url]) == 0
    out = capsys.readouterr().out
    assert "fa: drafted 1 from memory, 10 by machine (9 distinct sentences, " \
           f"libretranslate at 127.0.0.1:{server.port})" in out
    alpha = entries(project / "locales/fa/LC_MESSAGES/alpha.po")
    beta = entries(project / "locales/fa/LC_MESSAGES/beta.po")
    assert alpha[FAMILIES].msgstr == HUMAN and state_of(alpha[FAMILIES]) is State.TRANSLATED
    assert draft_kind(beta[FAMILIES]) is DraftKind.MEMORY
    death = alpha[DEATH]
    # The server's (copy) model returned the protected sentence: glossary form restored,
    # numbers in Persian digits, exactly as the local engine writes them.
    assert death.msgstr == "The هیئت مرگ sent about ۳۰٬۰۰۰ people to their deaths in ۱۹۸۸."
    assert state_of(death) is State.DRAFT and draft_kind(death) is DraftKind.MACHINE
    fields = marks(death, "draft")[0].fields
    assert fields["engine"] == "libretranslate"
    assert fields["server"] == f"127.0.0.1:{server.port}"
    assert fields["model"] == "libretranslate-1.9.6:en-fa"
    assert fields["terms"] == "death commission" and fields["date"]
    assert "اوین" in alpha[EVIN].msgstr and "Evin" not in alpha[EVIN].msgstr
    assert beta[DEATH].msgstr == death.msgstr
    assert_gnu_clean(project / "locales/fa/LC_MESSAGES/alpha.po",
                     project / "locales/templates/alpha.pot")
    before = snapshot(project)
    assert main(["draft", "--lang", "fa", "--engine", "libretranslate", "--url", server.url]) == 0
    assert snapshot(project) == before  # a second run changes nothing


def test_requests_are_batched_lists_of_q(project, server):
    configure(project, url=server.url, **{"batch-size": 3, "concurrency": 2})
    before = server.translate_requests()
    assert main(["draft", "--lang", "fa"]) == 0
    sent = server.translate_requests() - before
    # alpha: 3 machine sentences (its title, DEATH, EVIN) -> 1 request of 3; beta: 6 new
    # (its title and EXTRA; DEATH is known from alpha, FAMILIES comes from memory) -> 2.
    assert sent == math.ceil(3 / 3) + math.ceil(6 / 3) == 3
    beta = entries(project / "locales/fa/LC_MESSAGES/beta.po")
    assert beta[EXTRA[1]].msgstr == EXTRA[1]  # the copy model, through the server
    assert all(draft_kind(beta[s]) is DraftKind.MACHINE for s in EXTRA)


def test_unsupported_pairs_are_skipped_and_named(project, server, capsys):
    configure(project, url=server.url)
    assert main(["draft"]) == 0  # de: the server offers de->en and en->fa, not en->de
    captured = capsys.readouterr()
    assert f"de: skipped machine drafts: LibreTranslate at 127.0.0.1:{server.port} has no " \
           "en->de" in captured.err
    assert "fa: drafted" in captured.out
    assert entries(project / "locales/de/LC_MESSAGES/alpha.po")[DEATH].msgstr == ""
    assert main(["draft", "--lang", "de"]) == 2


def test_a_wrong_key_is_one_line_and_writes_nothing(project, server, monkeypatch, capsys):
    configure(project, url=server.url, **{"api-key-env": "LT_TEST_KEY"})
    monkeypatch.setenv("LT_TEST_KEY", "not-the-key-9c2b")
    before = snapshot(project)
    assert main(["draft", "--lang", "fa"]) == 2
    captured = capsys.readouterr()
    err = captured.err.strip()
    assert len(err.splitlines()) == 1
    assert f"LibreTranslate at 127.0.0.1:{server.port} refused the API key from $LT_TEST_KEY" \
           in err and "Invalid API key" in err and "nothing written" in err
    assert "not-the-key-9c2b" not in captured.err + captured.out
    assert snapshot(project) == before
    # The right key works; it reached the server (whose metrics label requests by key) and
    # appears in no file we wrote.
    monkeypatch.setenv("LT_TEST_KEY", GOOD_KEY)
    keyed = server.translate_requests(GOOD_KEY)
    assert main(["draft", "--lang", "fa"]) == 0
    assert server.translate_requests(GOOD_KEY) > keyed
    assert all(GOOD_KEY.encode() not in data for data in snapshot(project).values())
    # An unset variable is a configuration error before anything is sent.
    monkeypatch.delenv("LT_TEST_KEY")
    assert main(["draft", "--lang", "fa"]) == 2
    assert "api-key-env names $LT_TEST_KEY, which is not set" in capsys.readouterr().err


def test_an_unreachable_server_is_one_line_and_writes_nothing(project, capsys):
    configure(project, url=f"http://127.0.0.1:{free_port()}", retries=1, backoff=0.05)
    before = snapshot(project)
    assert main(["draft", "--lang", "fa"]) == 1
    err = capsys.readouterr().err.strip()
    assert len(err.splitlines()) == 1
    assert "cannot reach the server (connection refused)" in err and "nothing written" in err
    assert snapshot(project) == before
    configure(project, url="ftp://example.org")
    assert main(["draft", "--lang", "fa"]) == 2
    assert "dossier.toml: engine url must be http(s)://" in capsys.readouterr().err


def test_a_hung_server_times_out(project, server, capsys):
    configure(project, url=server.url, timeout=1)
    before = snapshot(project)
    server.pause()
    try:
        started = time.perf_counter()
        assert main(["draft", "--lang", "fa"]) == 1
        elapsed = time.perf_counter() - started
    finally:
        server.resume()
    err = capsys.readouterr().err
    assert "did not answer /languages within 1 s" in err and "nothing written" in err
    assert elapsed < 10
    assert snapshot(project) == before


class _Recorder(http.server.BaseHTTPRequestHandler):
    """Any other host: records every request it receives (none may carry the key)."""

    seen: list[bytes] = []

    def do_GET(self):  # noqa: N802
        self._record()

    def do_POST(self):  # noqa: N802
        self._record()

    def _record(self):
        length = int(self.headers.get("Content-Length") or 0)
        _Recorder.seen.append(self.requestline.encode() + b"\n" + self.rfile.read(length))
        self.send_response(200)
        self.send_header("Content-Type", "application/json")
        self.end_headers()
        self.wfile.write(b'{"translatedText": []}')

    def log_message(self, *args):
        pass


def _serve(handler) -> tuple[http.server.ThreadingHTTPServer, str]:
    httpd = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
    threading.Thread(target=httpd.serve_forever, daemon=True).start()
    return httpd, f"http://127.0.0.1:{httpd.server_address[1]}"


def test_the_key_goes_to_the_configured_server_only(project, server, monkeypatch, capsys):
    recorder, elsewhere = _serve(_Recorder)
    _Recorder.seen = []

    class Proxy(http.server.BaseHTTPRequestHandler):
        """A reverse proxy in front of the real server that sends translations elsewhere."""

        def do_GET(self):  # noqa: N802
            with urllib.request.urlopen(server.url + self.path, timeout=10) as answer:
                body = answer.read()
            self.send_response(200)
            self.send_header("Content-Type", "application/json")
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            self.wfile.write(body)

        def do_POST(self):  # noqa: N802
            self.send_response(307)
            self.send_header("Location", elsewhere + self.path)
            self.send_header("Content-Length", "0")
            self.end_headers()

        def log_message(self, *args):
            pass

    proxy, proxy_url = _serve(Proxy)
    try:
        monkeypatch.setenv("LT_TEST_KEY", GOOD_KEY)
        # Environment proxies are ignored: the key is never handed to a proxy.
        monkeypatch.setenv("http_proxy", elsewhere)
        monkeypatch.setenv("HTTP_PROXY", elsewhere)
        monkeypatch.setenv("no_proxy", "")
        configure(project, url=server.url, **{"api-key-env": "LT_TEST_KEY"})
        assert main(["draft", "--lang", "fa", "--only", "alpha"]) == 0
        assert _Recorder.seen == []
        # A redirect is refused, not followed with the key.
        configure(project, url=proxy_url, **{"api-key-env": "LT_TEST_KEY"})
        before = snapshot(project)
        assert main(["draft", "--lang", "fa"]) == 1
        err = capsys.readouterr().err
        assert f"redirects /translate to {elsewhere}/translate" in err
        assert GOOD_KEY not in err and snapshot(project) == before
        assert _Recorder.seen == []
    finally:
        proxy.shutdown()
        recorder.shutdown()


def test_a_server_killed_mid_run_keeps_finished_catalogs_and_leaves_the_rest(project, server):
    """Last in the module: it kills the module's server (and starts it again)."""
    proj = find_project(project)
    alpha_po = project / "locales/fa/LC_MESSAGES/alpha.po"
    beta_po = project / "locales/fa/LC_MESSAGES/beta.po"
    beta_before = beta_po.read_bytes()
    engine = create_engine(EngineSettings("libretranslate", {
        "url": server.url, "batch-size": 1, "concurrency": 1, "retries": 1, "backoff": 0.05}))
    alpha_sentences = 3  # the title, DEATH and EVIN (FAMILIES is a human translation)

    def on_progress(done: int, total: int) -> None:
        if done == alpha_sentences:  # alpha fully translated, not yet written
            server.kill()

    try:
        with pytest.raises(EngineError) as info:
            draft_language(proj, "fa", engine=engine, on_progress=on_progress)
        message = info.value.one_line()
        assert "cannot reach the server" in message
        assert "kept 1 catalog(s) written before the failure (locales/fa/LC_MESSAGES/alpha.po)" \
               in message and "the others are untouched" in message
        alpha = entries(alpha_po)
        assert all(e.msgstr for e in alpha.values())  # complete
        assert draft_kind(alpha[DEATH]) is DraftKind.MACHINE
        assert beta_po.read_bytes() == beta_before  # untouched, byte for byte
        assert_gnu_clean(alpha_po, project / "locales/templates/alpha.pot")
    finally:
        server.start()
    # With the server back, the run completes; alpha's drafts are not redone.
    alpha_bytes = alpha_po.read_bytes()
    result = draft_language(proj, "fa", engine=engine)
    assert result.changed == [beta_po] and alpha_po.read_bytes() == alpha_bytes
    assert all(e.msgstr for e in entries(beta_po).values())
