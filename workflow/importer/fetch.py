"""Raw statements that are not files: a web address (fetched with a timeout and a size limit)
and standard input (``-``). Both give bytes and a name that the rest of the import treats like
a file's (content decides the format, not the name)."""

from __future__ import annotations

import re
import socket
import sys
import urllib.error
import urllib.parse
import urllib.request
from pathlib import Path

from workflow.errors import InputError
from workflow.importer.rawinput import MAX_BYTES

TIMEOUT_S = 20.0
USER_AGENT = "dossier-import/0.1 (+https://example.org/dossier)"
_URL = re.compile(r"^https?://[^\s/$.?#][^\s]*$", re.IGNORECASE)


def is_url(raw: str) -> bool:
    return bool(_URL.match(raw))


def name_for(url: str) -> str:
    """A file-like name for a downloaded page: its last path part, else its host."""
    parts = urllib.parse.urlsplit(url)
    last = Path(urllib.parse.unquote(parts.path)).name
    return re.sub(r"[^\w.-]+", "-", last or parts.hostname or "page").strip("-") or "page"


def fetch_url(url: str, timeout: float = TIMEOUT_S, max_bytes: int = MAX_BYTES) -> bytes:
    """The body of ``url``; any failure is one InputError naming the address."""
    request = urllib.request.Request(url, headers={"User-Agent": USER_AGENT,
                                                   "Accept": "text/html,application/pdf,*/*"})
    try:
        with urllib.request.urlopen(request, timeout=timeout) as response:  # noqa: S310
            length = response.headers.get("Content-Length")
            if length and length.isdigit() and int(length) > max_bytes:
                raise InputError(f"page is {int(length) / 1048576:.1f} MB, over the "
                                 f"{max_bytes / 1048576:.0f} MB limit for one statement", url)
            data = response.read(max_bytes + 1)
    except InputError:
        raise
    except urllib.error.HTTPError as exc:
        raise InputError(f"cannot fetch: HTTP {exc.code} {exc.reason}", url) from None
    except urllib.error.URLError as exc:
        reason = exc.reason
        if isinstance(reason, socket.timeout | TimeoutError):
            reason = f"no answer within {timeout:g} s"
        raise InputError(f"cannot fetch: {reason} (offline? save the page and import the file)",
                         url) from None
    except TimeoutError:
        raise InputError(f"cannot fetch: no answer within {timeout:g} s", url) from None
    except (OSError, ValueError) as exc:
        raise InputError(f"cannot fetch: {exc}", url) from None
    if len(data) > max_bytes:
        raise InputError(f"page is over the {max_bytes / 1048576:.0f} MB limit for one statement",
                         url)
    return data


def read_stdin(max_bytes: int = MAX_BYTES) -> bytes:
    data = sys.stdin.buffer.read(max_bytes + 1)
    if len(data) > max_bytes:
        raise InputError(f"standard input is over the {max_bytes / 1048576:.0f} MB limit for one "
                         "statement", "-")
    return data
