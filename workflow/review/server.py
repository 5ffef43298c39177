"""Serve the review app with waitress: a production WSGI server, bounded and with timeouts.

A fixed pool of worker threads (a browser's idle pre-connections never block others), a real
listen backlog (100 volunteers opening the page at once are queued, not reset), a cap on
connections, a body size limit and a channel timeout that closes slow or stalled connections.
"""

from __future__ import annotations

import contextlib
import ipaddress
import logging
import socket
import threading
from dataclasses import dataclass

import waitress
from waitress.server import BaseWSGIServer

from workflow.review.app import MAX_BODY, ReviewApp

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class Limits:
    threads: int = 8
    backlog: int = 1024
    connection_limit: int = 200
    channel_timeout: int = 30  # seconds a connection may be idle or stall mid-request
    cleanup_interval: int = 10


def is_wildcard(host: str) -> bool:
    try:
        return ipaddress.ip_address(host.strip("[]")).is_unspecified
    except ValueError:
        return False


def is_loopback(host: str) -> bool:
    if host.lower() == "localhost":
        return True
    try:
        return ipaddress.ip_address(host.strip("[]")).is_loopback
    except ValueError:
        return False


def _bracket(name: str) -> str:
    return f"[{name}]" if ":" in name and not name.startswith("[") else name


def allowed_hosts(host: str, port: int, extra: tuple[str, ...] = ()) -> set[str]:
    """Host header values this server answers to; never "any" (DNS rebinding).

    Bound to all interfaces, that is the machine's names and addresses; ``extra`` adds names
    (``--allow-host``, the host of ``--public-url``), taken with and without a port.
    """
    names = {host.lower().strip("[]"), "localhost", "127.0.0.1", "::1"}
    if is_wildcard(host):
        hostname = socket.gethostname()
        names |= {hostname.lower(), socket.getfqdn().lower()}
        with contextlib.suppress(OSError):
            names |= {info[4][0] for info in socket.getaddrinfo(hostname, None)}
    names.discard("")
    allowed = {n for name in names for n in (_bracket(name), f"{_bracket(name)}:{port}")}
    allowed |= {e.lower() for e in extra}
    return allowed


class ReviewServer:
    """A waitress server that can be stopped from another thread (tests, Ctrl-C)."""

    def __init__(self, server: BaseWSGIServer) -> None:
        self.server = server
        self._stop = threading.Event()

    @property
    def server_port(self) -> int:
        return self.server.effective_port

    def serve_forever(self) -> None:
        while not self._stop.is_set():
            self.server.asyncore.loop(timeout=0.2, use_poll=True, map=self.server._map,
                                    count=1)

    def shutdown(self) -> None:
        self._stop.set()

    def server_close(self) -> None:
        self._stop.set()
        for channel in list(self.server._map.values()):
            with contextlib.suppress(OSError):
                channel.close()
        self.server.task_dispatcher.shutdown(timeout=5)


def serve_app(app: ReviewApp, host: str = "127.0.0.1", port: int = 8765,
              limits: Limits | None = None, extra_hosts: tuple[str, ...] = ()) -> ReviewServer:
    """Bind (port 0 picks a free one) and return the server; call ``serve_forever`` on it."""
    limits = limits or Limits()
    server = waitress.create_server(
        app, host=host.strip("[]"), port=port, threads=limits.threads,
        backlog=limits.backlog, connection_limit=limits.connection_limit,
        channel_timeout=limits.channel_timeout, cleanup_interval=limits.cleanup_interval,
        max_request_body_size=MAX_BODY, max_request_header_size=64 * 1024,
        ident="dossier-review", expose_tracebacks=False, clear_untrusted_proxy_headers=True,
        asyncore_use_poll=True)
    app.allowed_hosts = allowed_hosts(host, server.effective_port, extra_hosts)
    return ReviewServer(server)
