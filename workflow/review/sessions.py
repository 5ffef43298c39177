"""Browser sessions: who is reviewing, their CSRF token and what they did this session.

A session is created by a personal link (``/login?token=...``) or, on a loopback-only server
without tokens, on the first visit. The CSRF token belongs to the session, never to the
process, so a token read from one browser is worthless in another. Sessions live in memory;
after a restart a reviewer opens their link again.
"""

from __future__ import annotations

import secrets
import threading
import time
from dataclasses import dataclass, field

IDLE_S = 12 * 3600
MAX_SESSIONS = 5000


@dataclass
class Session:
    id: str
    reviewer: str | None
    token_digest: str | None  # set for sessions opened with a personal token
    csrf: str = field(default_factory=lambda: secrets.token_urlsafe(32))
    seen: float = field(default_factory=time.monotonic)
    reviewed: set[tuple[str, str, str]] = field(default_factory=set)  # (lang, slug, key)
    # texts refused by a concurrent edit, per (lang, slug, key): they are only written again
    # by an explicit choice in the merge view, never by a reloaded or restored form
    refused: dict[tuple[str, str, str], str] = field(default_factory=dict)


class Sessions:
    def __init__(self) -> None:
        self._sessions: dict[str, Session] = {}
        self._lock = threading.Lock()

    def create(self, reviewer: str | None, token_digest: str | None = None) -> Session:
        session = Session(secrets.token_urlsafe(32), reviewer, token_digest)
        with self._lock:
            self._expire()
            self._sessions[session.id] = session
        return session

    def get(self, session_id: str | None) -> Session | None:
        if not session_id:
            return None
        with self._lock:
            session = self._sessions.get(session_id)
            if session is None:
                return None
            now = time.monotonic()
            if now - session.seen > IDLE_S:
                del self._sessions[session_id]
                return None
            session.seen = now
            return session

    def drop(self, session_id: str) -> None:
        with self._lock:
            self._sessions.pop(session_id, None)

    def _expire(self) -> None:
        now = time.monotonic()
        for sid in [s for s, v in self._sessions.items() if now - v.seen > IDLE_S]:
            del self._sessions[sid]
        while len(self._sessions) >= MAX_SESSIONS:
            oldest = min(self._sessions.values(), key=lambda v: v.seen)
            del self._sessions[oldest.id]
