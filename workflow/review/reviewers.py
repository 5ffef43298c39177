"""Per-reviewer access tokens for remote volunteers, stored hashed outside ``locales/``.

``dossier review --add-reviewer NAME`` creates a random token, prints it once inside a link,
and stores only its sha256 in ``.dossier/reviewers.json`` (git-ignored, mode 0600). The server
re-reads the file when it changes, so ``--revoke-reviewer NAME`` takes effect at once, also for
sessions already opened with that token. Approvals are recorded under the token's name.
"""

from __future__ import annotations

import hashlib
import hmac
import json
import os
import secrets
import threading
from dataclasses import dataclass
from pathlib import Path

from workflow import states
from workflow.errors import InputError
from workflow.fileio import atomic_write, file_lock

FILE = Path(".dossier") / "reviewers.json"


def token_hash(token: str) -> str:
    """Tokens carry 256 random bits, so one sha256 is enough (nothing to brute-force)."""
    return hashlib.sha256(token.encode("utf-8")).hexdigest()


@dataclass(frozen=True)
class Reviewer:
    name: str
    digest: str
    added: str


class Registry:
    """The reviewers file of a project; cheap to ask on every request (mtime-cached)."""

    def __init__(self, path: Path) -> None:
        self.path = path
        self._stamp: tuple[int, int] | None = None
        self._reviewers: dict[str, Reviewer] = {}
        self._lock = threading.Lock()

    @classmethod
    def for_root(cls, root: Path) -> Registry:
        return cls(root / FILE)

    def reviewers(self) -> dict[str, Reviewer]:
        try:
            stat = self.path.stat()
            stamp = (stat.st_mtime_ns, stat.st_size)
        except FileNotFoundError:
            return {}
        with self._lock:
            if stamp != self._stamp:
                self._reviewers = self._read()
                self._stamp = stamp
            return dict(self._reviewers)

    def _read(self) -> dict[str, Reviewer]:
        try:
            data = json.loads(self.path.read_text(encoding="utf-8"))
            rows = data["reviewers"]
            return {name: Reviewer(name, row["token_sha256"], row.get("added", ""))
                    for name, row in rows.items()}
        except (OSError, ValueError, KeyError, TypeError, AttributeError):
            raise InputError("not a reviewers file (expected JSON with 'reviewers'; delete it "
                             "and add the reviewers again)", self.path) from None

    def _write(self, reviewers: dict[str, Reviewer]) -> None:
        rows = {r.name: {"token_sha256": r.digest, "added": r.added}
                for r in sorted(reviewers.values(), key=lambda r: r.name.casefold())}
        text = json.dumps({"version": 1, "reviewers": rows}, ensure_ascii=False, indent=2)
        self.path.parent.mkdir(parents=True, exist_ok=True)
        atomic_write(self.path, text + "\n")
        os.chmod(self.path, 0o600)

    def add(self, name: str) -> str:
        """Register ``name`` (a new token replaces an old one); return the secret token."""
        token = secrets.token_urlsafe(32)
        with file_lock(self.path):
            reviewers = self._read() if self.path.exists() else {}
            reviewers[name] = Reviewer(name, token_hash(token), states.today())
            self._write(reviewers)
        return token

    def revoke(self, name: str) -> bool:
        with file_lock(self.path):
            reviewers = self._read() if self.path.exists() else {}
            if reviewers.pop(name, None) is None:
                return False
            self._write(reviewers)
        return True

    def lookup(self, token: str) -> Reviewer | None:
        """The reviewer whose token this is (constant-time comparison), or None."""
        if not token or len(token) > 200:
            return None
        digest = token_hash(token)
        found = None
        for reviewer in self.reviewers().values():
            if hmac.compare_digest(reviewer.digest, digest):
                found = reviewer
        return found

    def still_valid(self, name: str, digest: str) -> bool:
        reviewer = self.reviewers().get(name)
        return reviewer is not None and hmac.compare_digest(reviewer.digest, digest)
