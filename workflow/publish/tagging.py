"""Tagged PDFs (PDF/UA, PDF/A-*a) that say which language each passage is in.

WeasyPrint 70 builds the structure tree from the laid-out boxes but writes the language
only once, for the whole document (``/Lang`` of the catalog). A screen reader then reads
Persian with an English voice. While a tagged PDF is written, ``language_tags`` wraps
WeasyPrint's tree builder so that every structure element made for an HTML element with a
``lang`` attribute gets ``/Lang`` (``fa``, ``ar``, ``en``...), the innermost one winning.
Every block and every marked inline run in our HTML carries ``lang``, so every passage is
tagged. The wrapper touches one private function; if WeasyPrint renames it, the tags stay
as WeasyPrint makes them and ``test_publish_tagged`` fails.
"""

from __future__ import annotations

import contextlib
from collections.abc import Iterator


@contextlib.contextmanager
def language_tags() -> Iterator[None]:
    """While active, structure elements carry the ``lang`` of their HTML element."""
    try:
        import pydyf
        from weasyprint.pdf import tags
    except ImportError:  # pragma: no cover - weasyprint is a dependency
        yield
        return
    original = getattr(tags, "_build_box_tree", None)
    if original is None:  # pragma: no cover - a WeasyPrint without it
        yield
        return

    def build(box, parent, *args, **kwargs):
        element = getattr(box, "element", None)
        lang = element.get("lang") if element is not None else None
        for struct in original(box, parent, *args, **kwargs):
            if lang and "Lang" not in struct:
                struct["Lang"] = pydyf.String(lang)
            yield struct

    tags._build_box_tree = build  # recursive calls look the name up: they get it too
    try:
        yield
    finally:
        tags._build_box_tree = original
