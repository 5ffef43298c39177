"""One layout per page: typeset each part of a language's output once, assemble the PDFs.

A statement's text and provenance page are laid out once (a WeasyPrint Document) and their
pages used twice: in ``<slug>.pdf`` (followed by that statement's colophon) and in
``dossier.pdf`` (after the cover and contents, before the dossier's colophon). WeasyPrint
writes each PDF from those pages, so each keeps what a single render gave: fonts subset for
that PDF only, bookmarks in both languages, metadata of its first part, links, the PDF
variant (PDF/A-3b) and its own attachments.

Page numbers differ between the two PDFs, so parts are laid out without them; each PDF's
numbers come from a footer-only document (empty pages, one per page of the PDF, numbered in
the language's digits), whose bottom margin boxes replace the page's own. Footer pages are
empty, so that costs little. The contents' page numbers are computed from the parts' known
page counts: no forward reference, hence no second layout pass of the dossier.
"""

from __future__ import annotations

import contextlib
import copy
import gc
import hashlib
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path

from workflow.fileio import atomic_write
from workflow.publish.html import Settings, footer_document, page_css
from workflow.publish.render import collector_paused

_FOOTER_BOXES = ("@bottom-left", "@bottom-center", "@bottom-right")
# How the pages that ``assemble`` inserts into a carrier are written: the carrier brings the
# PDF/A identification, metadata and sRGB output intent (under which PDF/A allows the pages'
# DeviceRGB colours), so the parts need none of it; written as plain PDF they cost about 18 %
# less to write. Parts with links (the contents: PDF/A wants them marked printable) are
# written in the build's variant.
PART_VARIANT = "none"
# Contents entries a page holds, about (a title of one or two lines in each column): the
# first guess of the front matter's length, so a long contents is usually laid out once.
CONTENTS_PER_PAGE = 16


def _is_footer(box) -> bool:
    return getattr(box, "at_keyword", "") in _FOOTER_BOXES


def stamp(page, footer_page):
    """``page`` with the bottom margin boxes (page numbers) of ``footer_page``.

    A shallow copy: the laid-out content is shared, so the same typeset page can carry
    different numbers in different PDFs.
    """
    box = page._page_box
    children = [c for c in box.children if not _is_footer(c)]
    children += [c for c in footer_page._page_box.children if _is_footer(c)]
    stamped = copy.copy(page)
    stamped._page_box = box.copy_with_children(children)
    return stamped


@contextlib.contextmanager
def quiet_collector(keep_layouts: bool) -> Iterator[None]:
    """Keep Python's cycle collector from rescanning laid-out pages, without letting the
    garbage of released layouts pile up.

    ``keep_layouts`` (the tagged variants): a language's statements stay laid out in memory
    until its dossier is written: millions of live objects that every full collection
    walks again, which made the cost per page grow with the corpus (36% of a 20-statement
    build went to the collector). Each part laid out is frozen (``gc.freeze``: left out of
    later collections).

    Otherwise (parts written and released one by one, ``assemble``): what lives across
    the job (the statements' models, the renderer's caches) is frozen once, the collector
    is paused while a part is laid out, written and let go, and its cycles are collected
    right after (``Composer.collecting``). Freezing those parts instead kept every released
    layout's cycles in memory to the end of the build (136 MB -> 522 MB over the 80
    statements of 16x the corpus).

    What lives when the job starts is frozen as it is, without a collection first: a full
    collection of the process's objects (modules, caches, the statements' models) cost
    about 45 ms, a tenth of a one-statement edit, to free next to nothing.
    """
    gc.freeze()
    try:
        yield
    finally:
        gc.unfreeze()


@dataclass
class Part:
    """A laid-out document and its pages (one statement, a colophon, the front matter)."""

    document: object
    label: str = ""

    @property
    def pages(self) -> list:
        return self.document.pages


class Composer:
    """Lays out parts and writes PDFs assembled from them, for one language and variant."""

    def __init__(self, renderer, variant: str, cache: Path | None = None, code: str = "",
                 reuse: bool = True, keep_layouts: bool = True):
        self.renderer = renderer
        self.keep_layouts = keep_layouts  # see quiet_collector
        self.variant = variant
        self.cache = cache  # where footer PDFs are kept between builds
        self.code = code  # workflow.cache.code_fingerprint(): footers of other code differ
        self.reuse = reuse  # False (--force): footer PDFs in ``cache`` are written again
        self._footers: dict[str, object] = {}  # footer CSS -> numbered empty pages 1..n
        self._footer_pdfs: dict[str, tuple[bytes, int]] = {}
        self._opened: dict[int, object] = {}  # id of a footer PDF's bytes -> assemble.Footers
        self._kept: dict[str, set[str]] = {}  # role -> keys of the kept PDFs used (kept_pdf)

    def part(self, html: str, settings: Settings, locate=None, label: str = "") -> Part:
        document = self.renderer.layout(html, page_css(settings), variant=self.variant,
                                        locate=locate, label=label)
        if self.keep_layouts:
            gc.freeze()  # see quiet_collector
        return Part(document, label)

    @contextlib.contextmanager
    def collecting(self) -> Iterator[None]:
        """The collector paused while a part (or an assembled PDF) is laid out, written and
        let go, then run once: its cycles are collected and what survives (the job's
        footer layouts and caches) is frozen, so the next collection walks only what the
        next part makes. Each object a part makes is walked once, when it is garbage
        already, instead of by young-generation collections as it is made (see
        quiet_collector); with ``keep_layouts`` the parts are frozen instead."""
        with collector_paused():
            yield
        if not self.keep_layouts:
            gc.collect()
            gc.freeze()

    def footer_pages(self, count: int, settings: Settings) -> list:
        """Empty pages numbered 1..count; laid out once per job and CSS, reused by every
        PDF (the dossier comes first, so the statements' PDFs need no more)."""
        return self._footer_document(count, settings).pages[:count]

    def _footer_document(self, count: int, settings: Settings):
        css = page_css(settings, footer=True)
        document = self._footers.get(css)
        if document is None or len(document.pages) < count:
            document = self.renderer.layout(footer_document(count), css, variant=self.variant)
            if len(document.pages) != count:  # pragma: no cover - a WeasyPrint change
                raise RuntimeError(f"footer document has {len(document.pages)} pages, "
                                   f"not {count}")
            self._footers[css] = document
        return document

    def footer_pdf(self, count: int, settings: Settings) -> bytes:
        """At least ``count`` footer pages as a PDF, whose pages ``assemble`` lays over the
        pages of a PDF; kept in ``cache`` (the language's parts in the build cache) between
        builds, so an edit does not lay the footers out again. Rounded up to 16 pages, so a
        dossier that grows by a page still finds them, and every footer PDF uses all ten
        digits: the fonts merged into a PDF (``assemble``) do not depend on which footer PDF
        was at hand, so its bytes do not depend on the build's history."""
        css = page_css(settings, footer=True)
        key = hashlib.sha256(f"{self.code}\n{css}".encode()).hexdigest()[:16]
        data, pages = self._footer_pdfs.get(key, (b"", 0))
        if pages >= count:
            return data
        kept = sorted(self.cache.glob(f"footers-{key}-*.pdf")) if self.cache and self.reuse else []
        for path in kept:
            have = path.stem.rpartition("-")[2]
            if have.isdigit() and int(have) >= count and _page_count(path) == int(have):
                self._footer_pdfs[key] = (path.read_bytes(), int(have))
                return self._footer_pdfs[key][0]
        pages = -(-count // 16) * 16
        document = self._footer_document(pages, settings)
        data = self.renderer.write(document.copy(document.pages[:pages]), variant="none",
                                   when=settings.built)
        self._footer_pdfs[key] = (data, pages)
        if self.cache:
            for old in self.cache.glob(f"footers-{key}-*.pdf"):
                old.unlink(missing_ok=True)
            atomic_write(self.cache / f"footers-{key}-{pages}.pdf", data)
        return data

    def footers(self, count: int, settings: Settings):
        """``footer_pdf`` opened for ``assemble`` (``assemble.Footers``), once per job."""
        from workflow.publish.assemble import Footers

        data = self.footer_pdf(count, settings)
        opened = self._opened.get(id(data))
        if opened is None or opened.data is not data:
            opened = self._opened[id(data)] = Footers(data)
        return opened

    def close(self) -> None:
        """Let go of the footer PDFs opened for ``assemble``."""
        for opened in self._opened.values():
            opened.close()
        self._opened.clear()

    def kept_pdf(self, role: str, html: str, settings: Settings, locate=None,
                 label: str = "", anchored: bool = False) -> tuple[bytes, int]:
        """``html`` laid out and written as a PDF of its own (bytes, pages), kept in
        ``cache`` under ``role`` and the hash of what shapes it (code, variant, page CSS,
        the HTML itself): a build whose front matter or colophon comes out the same reads
        it back instead of laying it out again (``--force`` lays it out anyway).
        ``anchored``: its links to statements assembled in later are kept (``forward_anchors``).
        """
        key = hashlib.sha256(
            f"{self.code}\n{self.variant}\n{page_css(settings)}\n{html}".encode()
        ).hexdigest()[:16]
        self._kept.setdefault(role, set()).add(key)
        path = self.cache / f"{role}-{key}.pdf" if self.cache else None
        if path and self.reuse and path.is_file():
            data = path.read_bytes()
            pages = _pages_of(data)
            if pages > 0:
                return data, pages
        part = self.part(html, settings, locate=locate, label=label)
        document = part.document
        if anchored:
            document = document.copy(forward_anchors(part.pages))
        data = self.renderer.write(document, variant=self.variant if anchored else PART_VARIANT,
                                   when=settings.built, locate=locate, label=label)
        if path:
            atomic_write(path, data)
        return data, len(part.pages)

    def prune(self, role: str) -> None:
        """Remove the PDFs kept for ``role`` that this job did not ask for (older versions
        of a colophon or front matter; every try of the front matter is kept)."""
        if not self.cache:
            return
        used = self._kept.get(role, set())
        for path in self.cache.glob(f"{role}-{'?' * 16}.pdf"):
            if path.stem[len(role) + 1:] not in used:
                path.unlink(missing_ok=True)

    def numbered(self, pages: list, settings: Settings, cover: bool) -> list:
        """The pages with numbers 1..n in the footer (none on a cover)."""
        footers = self.footer_pages(len(pages), settings)
        stamped = [stamp(p, f) for p, f in zip(pages, footers, strict=True)]
        return [pages[0], *stamped[1:]] if cover and pages else stamped

    def write(self, head: Part, parts: list[Part], settings: Settings, *, cover: bool,
              attachments: tuple, locate=None, label: str) -> tuple[bytes, int]:
        """One PDF from ``parts`` (metadata from ``head``, the first of them)."""
        pages = self.numbered([p for part in parts for p in part.pages], settings, cover)
        document = head.document.copy(pages)
        data = self.renderer.write(document, variant=self.variant, attachments=attachments,
                                   when=settings.built, locate=locate, label=label)
        return data, len(pages)


def forward_anchors(pages: list) -> list:
    """``pages`` with the anchors their links point to outside them (the contents' links
    to statements assembled in later) placed on the first page, so WeasyPrint keeps the
    links; ``assemble`` then points each such name at the statement's own anchor."""
    import copy

    targets = {link[1] for page in pages for link in page.links if link[0] == "internal"}
    missing = targets - {name for page in pages for name in page.anchors}
    if not pages or not missing:
        return pages
    first = copy.copy(pages[0])
    first.anchors = {**pages[0].anchors, **{name: (0, 0, 0, 0) for name in sorted(missing)}}
    return [first, *pages[1:]]


def _pages_of(data: bytes) -> int:
    """Pages of a PDF in memory; -1 when it cannot be read (then it is laid out again)."""
    import io

    import pikepdf

    try:
        with pikepdf.open(io.BytesIO(data)) as pdf:
            return len(pdf.pages)
    except (OSError, pikepdf.PdfError):
        return -1


def _page_count(path: Path) -> int:
    """Pages of a PDF on disk; -1 when it cannot be read (then it is written again)."""
    import pikepdf

    try:
        with pikepdf.open(path) as pdf:
            return len(pdf.pages)
    except (OSError, pikepdf.PdfError):
        return -1


def contents_starts(front_pages: int, body_pages: list[int]) -> list[int]:
    """First page of each statement in the dossier: after the front matter and the
    statements before it."""
    starts, page = [], front_pages + 1
    for count in body_pages:
        starts.append(page)
        page += count
    return starts


def front_matter(compose: Callable[[list[int]], Part], body_pages: list[int],
                 count: Callable[[object], int] = lambda part: len(part.pages)):
    """Cover and contents with their page numbers known in advance.

    The numbers depend on how many pages the front matter itself takes: it is laid out
    assuming the cover and one contents page per ``CONTENTS_PER_PAGE`` statements and,
    only when that guess is wrong, once more with the right count (the front matter alone,
    never the statements). ``compose`` returns a Part, or anything whose pages ``count``
    tells.
    """
    front_pages = 1 + max(1, -(-len(body_pages) // CONTENTS_PER_PAGE))
    for _ in range(4):
        part = compose(contents_starts(front_pages, body_pages))
        if count(part) == front_pages:
            return part
        front_pages = count(part)
    return part  # pragma: no cover - contents that never settle (cannot happen: monotone)
