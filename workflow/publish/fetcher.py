"""A WeasyPrint URL fetcher that loads local files under allowed folders and nothing else.

WeasyPrint's default fetcher follows any URL a document names: ``file:///etc/passwd`` in an
``<img>`` or a stylesheet is read and embedded, ``http://`` goes to the network. A dossier
is built from files other people wrote, so rendering may read only the project's files and
this package's own (stylesheet, fonts); everything else stops the build.
"""

from __future__ import annotations

import mimetypes
from pathlib import Path
from urllib.parse import unquote, urlsplit

from weasyprint.urls import FatalURLFetchingError, URLFetcher, URLFetcherResponse

PACKAGE_DIR = Path(__file__).resolve().parent


class RefusedURL(FatalURLFetchingError):
    """A URL outside the allowed folders; fatal, so WeasyPrint stops instead of warning."""

    def __init__(self, url: str, reason: str):
        self.url = url
        self.reason = reason
        super().__init__(f"refused to load {url}: {reason}")


class ProjectURLFetcher(URLFetcher):
    """Serves ``file:`` URLs whose real path (symlinks resolved) is under one of ``roots``."""

    def __init__(self, roots: list[Path], **kwargs):
        super().__init__(**kwargs)
        self.roots = [Path(r).resolve() for r in roots]

    def allowed_path(self, url: str) -> Path:
        """The local file ``url`` names, or RefusedURL if it is not an allowed local file."""
        parts = urlsplit(url)
        if parts.scheme.lower() != "file":
            raise RefusedURL(url, "only local files inside the project may be loaded")
        if parts.netloc not in ("", "localhost"):
            raise RefusedURL(url, "remote file URLs are not allowed")
        path = Path(unquote(parts.path)).resolve()
        if not any(path.is_relative_to(root) for root in self.roots):
            raise RefusedURL(url, "outside the project folder")
        if not path.is_file():
            raise RefusedURL(url, "no such file")
        return path

    def fetch(self, url: str, headers: dict | None = None) -> URLFetcherResponse:
        path = self.allowed_path(url)
        mime = mimetypes.guess_type(path.name)[0] or "application/octet-stream"
        return URLFetcherResponse(path.as_uri(), body=path.read_bytes(),
                                  headers={"Content-Type": mime})
