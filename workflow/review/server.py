"""A small threaded HTTP server for the review app (``wsgiref``, standard library only).

Threaded so that a browser's idle pre-connections never block other requests; writes are
serialised in :mod:`store`.
"""

from __future__ import annotations

import ipaddress
import logging
import socket
import socketserver
from wsgiref.simple_server import WSGIRequestHandler, WSGIServer, make_server

from workflow.review.app import ReviewApp

log = logging.getLogger(__name__)


class ThreadingServer(socketserver.ThreadingMixIn, WSGIServer):
    daemon_threads = True
    allow_reuse_address = True


class QuietHandler(WSGIRequestHandler):
    """Request lines go to the debug log (``dossier -vv review``), not to the terminal."""

    def log_message(self, format: str, *args) -> None:  # noqa: A002 (base-class signature)
        log.debug("review: %s " + format, self.address_string(), *args)


def is_wildcard(host: str) -> bool:
    try:
        return ipaddress.ip_address(host.strip("[]")).is_unspecified
    except ValueError:
        return False


def allowed_hosts(host: str, port: int) -> set[str] | None:
    """Host headers this server answers to; None (any) when bound to all interfaces."""
    if is_wildcard(host):
        return None
    names = {host.lower(), "localhost", "127.0.0.1", "[::1]"}
    if ":" in host and not host.startswith("["):
        names.add(f"[{host.lower()}]")
    return {n for name in names for n in (name, f"{name}:{port}")}


def serve_app(app: ReviewApp, host: str = "127.0.0.1", port: int = 8765) -> WSGIServer:
    """Bind (port 0 picks a free one) and return the server; call ``serve_forever`` on it."""
    server_class = ThreadingServer
    if ":" in host:
        server_class = type("ThreadingServer6", (ThreadingServer,),
                            {"address_family": socket.AF_INET6})
    server = make_server(host.strip("[]"), port, app, server_class=server_class,
                         handler_class=QuietHandler)
    app.allowed_hosts = allowed_hosts(host, server.server_port)
    return server
