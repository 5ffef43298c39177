"""A shared LibreTranslate server (https://github.com/LibreTranslate/LibreTranslate) as engine.

A coalition runs one server with the argos models; everyone's ``dossier draft`` sends its
sentences there. Requests carry lists of ``q`` (``batch-size`` sentences each), at most
``concurrency`` at a time, each with a ``timeout``; 429 and 5xx answers and dropped connections
are retried ``retries`` times with exponential backoff (``Retry-After`` respected). The pairs
the server offers are read from ``/languages`` once, so unsupported languages are skipped with
a message instead of failing mid-run; its character limit from ``/frontend/settings``.

The API key is read from the environment variable named by ``api-key-env`` and sent only in
the body of POSTs to the configured server: never in a URL, never through a proxy (environment
proxies are ignored), never after a redirect (redirects are refused), never in a message or log.
"""

from __future__ import annotations

import email.utils
import http.client
import json
import logging
import os
import time
import urllib.error
import urllib.parse
import urllib.request
from collections.abc import Sequence
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from typing import Any

from workflow.draft.engines import (
    EngineError,
    EngineRefused,
    EngineSettings,
    PairTranslator,
    Progress,
    Unsupported,
    check_options,
)
from workflow.errors import ConfigError

log = logging.getLogger(__name__)

OPTIONS = ("url", "api-key-env", "timeout", "concurrency", "batch-size", "retries", "backoff")
DEFAULTS = {"timeout": 60.0, "concurrency": 4, "batch-size": 32, "retries": 4, "backoff": 0.5}
RETRY_STATUS = frozenset({429, 500, 502, 503, 504})
MAX_RETRY_AFTER_S = 30.0
KEY_WORDS = ("api key", "api_key")


class _NoRedirects(urllib.request.HTTPRedirectHandler):
    def redirect_request(self, req, fp, code, msg, headers, newurl):  # noqa: D102
        return None  # urllib then raises HTTPError(3xx): we never follow a server elsewhere


class _Transient(Exception):
    """A failure worth retrying (429, 5xx, connection refused or dropped)."""

    def __init__(self, message: str, retry_after: float | None = None):
        super().__init__(message)
        self.retry_after = retry_after


@dataclass(frozen=True)
class Server:
    """The configured server: its base URL and how it is named in messages and provenance."""

    url: str  # base, without trailing slash
    host: str  # host[:port][/path], no credentials

    @classmethod
    def parse(cls, url: str, source=None) -> Server:
        parts = urllib.parse.urlsplit(url.strip())
        if parts.scheme not in ("http", "https") or not parts.hostname:
            raise ConfigError(f"engine url must be http(s)://HOST[:PORT][/PATH], not {url!r}",
                              source)
        if parts.username or parts.password or parts.query or parts.fragment:
            raise ConfigError("engine url must not hold credentials, a query or a fragment "
                              "(put the API key in the variable named by api-key-env)", source)
        host = parts.hostname + (f":{parts.port}" if parts.port else "")
        path = parts.path.rstrip("/")
        return cls(f"{parts.scheme}://{host}{path}", host + path)


class Client:
    """JSON over HTTP to one server, with timeouts, retries and one-line errors."""

    def __init__(self, server: Server, api_key: str | None, key_source: str | None, *,
                 timeout: float, retries: int, backoff: float):
        self.server = server
        self._api_key = api_key
        self.key_source = key_source
        self.timeout = timeout
        self.retries = retries
        self.backoff = backoff
        self._opener = urllib.request.build_opener(urllib.request.ProxyHandler({}),
                                                   _NoRedirects())

    def __repr__(self) -> str:  # never shows the key
        return f"Client({self.server.url!r})"

    def get(self, path: str) -> Any:
        try:
            return self._call("GET", path, None)
        except _BadRequest as exc:
            raise EngineError(f"LibreTranslate at {self.server.host}: {path}: {exc}") from None

    def post(self, path: str, payload: dict[str, Any]) -> Any:
        if self._api_key:
            payload = {**payload, "api_key": self._api_key}
        return self._call("POST", path, payload)

    def _call(self, method: str, path: str, payload: dict | None) -> Any:
        attempt = 0
        while True:
            try:
                return self._once(method, path, payload)
            except _Transient as exc:
                if attempt >= self.retries:
                    raise EngineError(f"LibreTranslate at {self.server.host}: {exc} "
                                      f"(after {attempt + 1} attempt(s))") from None
                delay = self.backoff * 2 ** attempt
                if exc.retry_after is not None:
                    delay = max(delay, min(exc.retry_after, MAX_RETRY_AFTER_S))
                log.debug("LibreTranslate at %s: %s; retrying in %.1f s",
                          self.server.host, exc, delay)
                time.sleep(delay)
                attempt += 1

    def _once(self, method: str, path: str, payload: dict | None) -> Any:
        data = json.dumps(payload).encode("utf-8") if payload is not None else None
        request = urllib.request.Request(
            self.server.url + path, data=data, method=method,
            headers={"Accept": "application/json", "User-Agent": "dossier",
                     **({"Content-Type": "application/json"} if data else {})})
        where = f"LibreTranslate at {self.server.host}"
        try:
            with self._opener.open(request, timeout=self.timeout) as response:
                body = response.read()
        except urllib.error.HTTPError as exc:
            self._http_error(exc, path)
        except TimeoutError:
            raise EngineError(f"{where} did not answer {path} within {self.timeout:g} s "
                              "(raise the engine's timeout if the server is just slow)") from None
        except urllib.error.URLError as exc:
            reason = exc.reason
            if isinstance(reason, TimeoutError):
                raise EngineError(f"{where} did not answer {path} within "
                                  f"{self.timeout:g} s") from None
            raise _Transient(f"cannot reach the server ({_reason(reason)})") from None
        except (ConnectionError, http.client.HTTPException) as exc:
            raise _Transient(f"connection lost ({_reason(exc)})") from None
        try:
            return json.loads(body.decode("utf-8"))
        except (UnicodeDecodeError, ValueError):
            raise EngineError(f"{where}: {path} did not answer JSON; is {self.server.url} "
                              "a LibreTranslate server?") from None

    def _http_error(self, exc: urllib.error.HTTPError, path: str) -> None:
        where = f"LibreTranslate at {self.server.host}"
        try:
            detail = str(json.loads(exc.read().decode("utf-8")).get("error", "")).strip()
        except Exception:  # not JSON: use the status line
            detail = ""
        detail = " ".join((detail or exc.reason or "").split())[:200]
        if exc.code in RETRY_STATUS:
            raise _Transient(f"HTTP {exc.code} {detail}".strip(), _retry_after(exc.headers))
        if 300 <= exc.code < 400:
            target = exc.headers.get("Location", "?")
            raise EngineError(f"{where} redirects {path} to {target}; set the engine url to "
                              "the final address (dossier never follows a redirect with "
                              "an API key)")
        if exc.code in (401, 403) or any(w in detail.lower() for w in KEY_WORDS):
            if self._api_key:
                raise EngineRefused(f"{where} refused the API key from ${self.key_source}: "
                                    f"{detail}")
            raise EngineRefused(f"{where} needs an API key ({detail}); put it in an "
                                "environment variable and name it with api-key-env "
                                "(or --api-key-env)")
        if exc.code == 404:
            raise EngineError(f"{where}: {path} not found (HTTP 404); is {self.server.url} "
                              "a LibreTranslate server?")
        raise _BadRequest(exc.code, detail)


class _BadRequest(Exception):
    def __init__(self, code: int, detail: str):
        super().__init__(f"HTTP {code} {detail}")
        self.code, self.detail = code, detail


def _reason(exc: object) -> str:
    text = getattr(exc, "strerror", None) or str(exc) or type(exc).__name__
    return " ".join(str(text).split()).lower()


def _retry_after(headers) -> float | None:
    value = headers.get("Retry-After") if headers else None
    if not value:
        return None
    try:
        return max(0.0, float(value))
    except ValueError:
        when = email.utils.parsedate_to_datetime(value)
        return max(0.0, when.timestamp() - time.time()) if when else None


def _code(lang: str) -> str:
    """Our codes (``pt_BR``) as LibreTranslate writes them (``pt-BR``); compared lowercased."""
    return lang.replace("_", "-").lower()


class LibreTranslatePair:
    def __init__(self, engine: LibreTranslateEngine, source: str, target: str, model: str):
        self.engine = engine
        self.source, self.target = source, target
        self.label = f"libretranslate at {engine.client.server.host}"
        self.provenance = {"engine": "libretranslate", "server": engine.client.server.host,
                           "model": model}

    def translate(self, sentences: Sequence[str], on_progress: Progress | None = None
                  ) -> list[str]:
        unique = list(dict.fromkeys(sentences))
        limit = self.engine.char_limit
        sendable = [s for s in unique if limit < 0 or len(s) <= limit]
        if len(sendable) < len(unique):
            log.warning("%d sentence(s) longer than the server's limit of %d characters are "
                        "left for a human", len(unique) - len(sendable), limit)
        size = self.engine.batch_size
        batches = [sendable[i : i + size] for i in range(0, len(sendable), size)]
        done: dict[str, str] = {}
        with ThreadPoolExecutor(max_workers=self.engine.concurrency) as pool:
            futures = [pool.submit(self._batch, batch) for batch in batches]
            try:
                for batch, future in zip(batches, futures, strict=True):
                    done.update(zip(batch, future.result(), strict=True))
                    if on_progress:
                        on_progress(len(batch))
            except BaseException:
                for future in futures:
                    future.cancel()
                raise
        return [done.get(s, "") for s in sentences]

    def _batch(self, batch: list[str]) -> list[str]:
        payload = {"q": batch, "source": self.source, "target": self.target, "format": "text"}
        try:
            answer = self.engine.client.post("/translate", payload)
        except _BadRequest as exc:
            if len(batch) > 1 and "limit" in exc.detail.lower():
                half = len(batch) // 2  # the server's batch limit is lower than ours: split
                return self._batch(batch[:half]) + self._batch(batch[half:])
            raise EngineError(f"LibreTranslate at {self.engine.client.server.host} "
                              f"rejected a request: {exc}") from None
        texts = answer.get("translatedText") if isinstance(answer, dict) else None
        if (not isinstance(texts, list) or len(texts) != len(batch)
                or not all(isinstance(t, str) for t in texts)):
            raise EngineError(f"LibreTranslate at {self.engine.client.server.host}: unexpected "
                              f"answer to a batch of {len(batch)} sentence(s)")
        return [t.strip() for t in texts]


class LibreTranslateEngine:
    name = "libretranslate"
    group_sentences = 1  # one catalog at a time: a server dying mid-run costs one catalog

    def __init__(self, client: Client, *, concurrency: int, batch_size: int):
        self.client = client
        self.concurrency = concurrency
        self.batch_size = batch_size
        self._languages: dict[str, set[str]] | None = None
        self._version = ""
        self.char_limit = -1

    def _discover(self) -> dict[str, set[str]]:
        if self._languages is None:
            answer = self.client.get("/languages")
            if not isinstance(answer, list):
                raise EngineError(f"LibreTranslate at {self.client.server.host}: unexpected "
                                  "answer to /languages")
            self._languages = {
                _code(str(lang.get("code", ""))): {_code(str(t)) for t in lang.get("targets", [])}
                for lang in answer if isinstance(lang, dict)
            }
            self.char_limit = _int(self._optional("/frontend/settings").get("charLimit"), -1)
            info = self._optional("/spec").get("info")
            self._version = str(info.get("version", "")) if isinstance(info, dict) else ""
        return self._languages

    def _optional(self, path: str) -> dict:
        try:
            answer = self.client.get(path)
        except EngineError:
            return {}
        return answer if isinstance(answer, dict) else {}

    def pair(self, source: str, target: str) -> PairTranslator | Unsupported:
        languages = self._discover()
        if _code(target) not in languages.get(_code(source), set()):
            offered = sorted(f"{a}->{b}" for a, bs in languages.items() for b in bs
                             if a == _code(source) or b == _code(target))
            return Unsupported(
                f"LibreTranslate at {self.client.server.host} has no {source}->{target}",
                "ask its operator to install the model" + (
                    f" (it offers {', '.join(offered)})" if offered else ""))
        server = f"libretranslate-{self._version}" if self._version else "libretranslate"
        return LibreTranslatePair(self, source, target, f"{server}:{source}-{target}")


def _int(value: Any, default: int) -> int:
    try:
        return int(value)
    except (TypeError, ValueError):
        return default


def _number(settings: EngineSettings, key: str, kind: type, minimum: float) -> Any:
    value = settings.option(key, DEFAULTS[key])
    try:
        number = kind(value)
    except (TypeError, ValueError):
        number = None
    if number is None or number < minimum or isinstance(value, bool):
        raise ConfigError(f"engine option {key} must be a number >= {minimum:g}, "
                          f"not {value!r}", settings.source)
    return number


def create(settings: EngineSettings) -> LibreTranslateEngine:
    check_options(settings, OPTIONS)
    url = settings.option("url")
    if not url or not isinstance(url, str):
        raise ConfigError("the libretranslate engine needs a url (--url or "
                          '[tool.dossier] engine = { name = "libretranslate", url = "..." })',
                          settings.source)
    server = Server.parse(url, settings.source)
    key_env = settings.option("api-key-env")
    api_key = None
    if key_env:
        if not isinstance(key_env, str):
            raise ConfigError("api-key-env must name an environment variable", settings.source)
        api_key = os.environ.get(key_env)
        if not api_key:
            raise ConfigError(f"api-key-env names ${key_env}, which is not set or empty",
                              settings.source)
    client = Client(server, api_key, key_env,
                    timeout=_number(settings, "timeout", float, 0.1),
                    retries=_number(settings, "retries", int, 0),
                    backoff=_number(settings, "backoff", float, 0))
    return LibreTranslateEngine(client, concurrency=_number(settings, "concurrency", int, 1),
                                batch_size=_number(settings, "batch-size", int, 1))
