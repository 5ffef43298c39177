"""Stage 3: HTML -> PDF bytes with WeasyPrint, failing loudly where WeasyPrint only warns.

One ``Renderer`` per build (per process): it owns the shared ``FontConfiguration``, the
parsed stylesheets and the confined URL fetcher. WeasyPrint reports a character no font
can draw only as a log line (".notdef glyph rendered ..."); the renderer captures the log
while rendering and turns that line, and any resource error, into a build failure.
"""

from __future__ import annotations

import contextlib
import datetime as _dt
import gc
import io
import logging
import re
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

from workflow.errors import InputError, ProblemsFound
from workflow.publish import fonts

PACKAGE_DIR = Path(__file__).resolve().parent
STYLESHEET = PACKAGE_DIR / "dossier.css"
DEFAULT_VARIANT = "pdf/a-3b"
# WeasyPrint 70's variants (weasyprint.pdf.VARIANTS), listed here so ``--help`` needs no import.
def typesetter_versions() -> str:
    """The system libraries that lay out and shape text (Pango, HarfBuzz), for the build cache's
    fingerprint: an upgraded Pango breaks lines elsewhere, so parts cached under another one
    must be laid out again. (Python libraries are in ``workflow.cache.SHAPING_LIBRARIES``.)"""
    from weasyprint.text.ffi import pango

    from workflow.publish import subset

    pango_version = pango.pango_version()
    major, rest = divmod(pango_version, 10000)
    return f"pango {major}.{rest // 100}.{rest % 100}; {subset.version()}"


VARIANTS = (
    "pdf/a-3b", "pdf/a-3u", "pdf/a-3a", "pdf/a-2b", "pdf/a-2u", "pdf/a-2a", "pdf/a-1b",
    "pdf/a-1a", "pdf/a-4u", "pdf/a-4e", "pdf/a-4f", "pdf/ua-1", "pdf/ua-2", "pdf/x-1a",
    "pdf/x-3", "pdf/x-4", "pdf/x-5g", "none",
)
# The variants WeasyPrint writes tagged (a structure tree); tests compare with WeasyPrint's own.
TAGGED_VARIANTS = ("pdf/a-1a", "pdf/a-2a", "pdf/a-3a", "pdf/ua-1", "pdf/ua-2")
_NOTDEF = re.compile(r'\.notdef glyph rendered .*?"(.)" \(U\+([0-9A-Fa-f]{4,6})\)')


def keeps_attachments(variant: str) -> bool:
    """PDF/A-1 and PDF/A-2 forbid (WeasyPrint silently drops) non-PDF attachments."""
    return not variant.startswith(("pdf/a-1", "pdf/a-2"))


def variant_label(variant: str) -> str:
    """``pdf/a-3b`` -> ``PDF/A-3b`` (the conformance letter stays lower case)."""
    if variant == "none":
        return "PDF"
    family, _, level = variant.partition("/")[2].partition("-")
    return f"PDF/{family.upper()}-{level}"


@dataclass(frozen=True)
class Attachment:
    name: str
    data: bytes
    description: str = ""


@contextlib.contextmanager
def collector_paused() -> Iterator[None]:
    """Python's cycle collector off while a document is laid out or written: every object
    made meanwhile is alive until the end (a collection would only walk them, again and
    again as they grow); on again after it (``compose.quiet_collector``)."""
    enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if enabled:
            gc.enable()


class _Capture(logging.Handler):
    """Collects WeasyPrint's warnings and errors while one document renders."""

    def __init__(self) -> None:
        super().__init__(logging.WARNING)
        self.records: list[logging.LogRecord] = []

    def emit(self, record: logging.LogRecord) -> None:
        self.records.append(record)


class Renderer:
    """Renders HTML strings to PDF bytes; reuse it for every document of a build."""

    def __init__(self, project_root: Path):
        import weasyprint

        from workflow.publish.fetcher import ProjectURLFetcher

        self._wp = weasyprint
        self.font_config = fonts.font_configuration()
        self.fetcher = ProjectURLFetcher([project_root, PACKAGE_DIR])
        self.base_url = project_root.resolve().as_uri() + "/"
        self._base_css = weasyprint.CSS(filename=str(STYLESHEET), font_config=self.font_config,
                                        url_fetcher=self.fetcher)
        self._css: dict[str, object] = {}

    def _stylesheets(self, page_css: str) -> list:
        css = self._css.get(page_css)
        if css is None:
            css = self._wp.CSS(string=page_css, font_config=self.font_config,
                               url_fetcher=self.fetcher)
            self._css[page_css] = css
        return [self._base_css, css]

    @contextlib.contextmanager
    def _watched(self, locate, label: str):
        """Turn WeasyPrint's logged problems (missing glyph, refused resource) into errors."""
        from weasyprint.urls import FatalURLFetchingError

        capture = _Capture()
        logging.getLogger("weasyprint.progress").setLevel(logging.WARNING)
        logger = logging.getLogger("weasyprint")
        logger.addHandler(capture)
        propagate, logger.propagate = logger.propagate, False
        try:
            yield
        except FatalURLFetchingError as exc:
            raise InputError(str(exc), label or None) from None
        finally:
            logger.removeHandler(capture)
            logger.propagate = propagate
        self._check(capture.records, locate, label)

    def layout(self, html: str, page_css: str, *, variant: str = DEFAULT_VARIANT,
               locate=None, label: str = ""):
        """Lay out ``html`` into pages (a WeasyPrint Document), nothing written yet.

        Raises InputError when the document names a file the fetcher refuses, ProblemsFound
        when a character has no glyph in the shipped fonts or a resource cannot be used.
        """
        from workflow.publish.htmlparse import parsed
        from workflow.publish.linebox import single_pass_rtl_lines

        with self._watched(locate, label), single_pass_rtl_lines(), collector_paused():
            return parsed(html, base_url=self.base_url, url_fetcher=self.fetcher).render(
                font_config=self.font_config, stylesheets=self._stylesheets(page_css),
                pdf_variant=None if variant == "none" else variant)

    def write(self, document, *, variant: str = DEFAULT_VARIANT,
              attachments: tuple[Attachment, ...] = (), when: _dt.datetime,
              locate=None, label: str = "") -> bytes:
        """PDF bytes of a laid-out document (pages may come from several layouts).

        A character without a glyph is reported while drawing: ``locate`` names its source.
        """
        files = [
            self._wp.Attachment(file_obj=io.BytesIO(a.data), name=a.name,
                                description=a.description, created=when, modified=when,
                                relationship="Source")
            for a in attachments
        ]
        from workflow.publish.tagging import language_tags

        with self._watched(locate, label), language_tags(), collector_paused():
            return document.write_pdf(attachments=files or None,
                                      pdf_variant=None if variant == "none" else variant)

    @staticmethod
    def _check(records: list[logging.LogRecord], locate, label: str) -> None:
        for record in records:
            message = record.getMessage()
            match = _NOTDEF.search(message)
            if match:
                char, code = match.group(1), match.group(2).upper()
                where = locate(char) if locate else ""
                raise ProblemsFound(
                    f"character {char!r} (U+{code}) has no glyph in the shipped fonts "
                    f"(Vazirmatn, Noto Serif){' in ' + label if label else ''}; "
                    "replace it or add a font to workflow/publish/fonts",
                    where or None,
                )
        errors = [r.getMessage() for r in records if r.levelno >= logging.ERROR]
        if errors:
            raise ProblemsFound(f"rendering failed: {errors[0]}", label or None)
