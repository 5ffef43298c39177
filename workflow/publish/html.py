"""Stage 2b: the view models (``views``) as HTML for WeasyPrint, through Jinja2 templates.

The markup lives in ``templates/`` (one template per part, shared pieces in
``macros.html``), rendered with autoescaping on and undefined names an error
(``StrictUndefined``): every text is escaped once, by the template, so nothing in a source
or catalog can add markup or make the renderer load anything; the only resource a document
names is a statement's optional ``logo`` (front matter), which the fetcher confines to the
project. Every block carries ``lang`` and ``dir``.

The environment is made once per process and each template compiled once (no reload
checks): a build renders the same few templates hundreds of times.
"""

from __future__ import annotations

from functools import cache

import jinja2
from markupsafe import Markup

from workflow.publish import langs
from workflow.publish.fonts import family_stack
from workflow.publish.model import Statement
from workflow.publish.views import LAYOUTS, Settings, Views, anchor

__all__ = ["LAYOUTS", "TEMPLATES", "Settings", "Writer", "environment", "footer_document",
           "page_css", "render"]

TEMPLATES = "templates"  # inside the package: shipped with it (pyproject's package data)


@cache
def environment() -> jinja2.Environment:
    """The templates' environment, made once: autoescaping, strict, compiled once."""
    return jinja2.Environment(
        loader=jinja2.PackageLoader("workflow.publish", TEMPLATES),
        autoescape=True,
        undefined=jinja2.StrictUndefined,
        trim_blocks=True,
        lstrip_blocks=True,
        keep_trailing_newline=True,
        auto_reload=False,
    )


def render(name: str, **context: object) -> str:
    """``templates/<name>`` rendered with ``context`` (plain data: escaped there)."""
    return environment().get_template(name).render(**context)


def page_css(settings: Settings, footer: bool = False) -> str:
    """Rules that depend on the language: fonts, contents leaders, and with ``footer`` the
    page numbers in the language's digits.

    Pages are laid out without page numbers (a page is typeset once and used in two PDFs
    with different numbers); ``compose`` draws each PDF's own numbers from a footer-only
    document (``footer=True``). CSS, not HTML: every value comes from the language table
    and the shipped fonts, none from a source or catalog.
    """
    style = langs.counter_style(settings.lang)
    tgt_font = family_stack(settings.rtl)
    src_font = family_stack(langs.is_rtl(settings.source_lang))
    if not footer:
        rules = ""
    elif settings.layout != "target-only" and style != "decimal":
        rules = (
            f"@page {{ @bottom-left {{ content: counter(page); font-family: {src_font};"
            " font-size: 8pt; }"
            f"@bottom-right {{ content: counter(page, {style}); font-family: {tgt_font};"
            " font-size: 8.5pt; } }\n"
        )
    else:
        rules = (f"@page {{ @bottom-center {{ content: counter(page, {style});"
                 f" font-family: {tgt_font}; font-size: 8.5pt; }} }}\n")
    return (
        rules
        + f"[dir=\"rtl\"] {{ font-family: {family_stack(True)}; }}\n"
        f"[dir=\"ltr\"] {{ font-family: {family_stack(False)}; }}\n"
        ".toc a::after { content: leader('.') attr(data-page); }\n"
    )


def footer_document(pages: int) -> str:
    """``pages`` empty pages: only their page numbers are used, drawn on the typeset pages
    of a PDF (``compose``)."""
    return render("footer.html", pages=pages)


class Writer:
    """The HTML of one language's documents (a statement alone, or the dossier): each part
    is its view model (``views.Views``) rendered by its template."""

    def __init__(self, settings: Settings):
        self.s = settings
        self.views = Views(settings)

    def _render(self, name: str, **context: object) -> str:
        return render(name, layout=self.s.layout, **context)

    @staticmethod
    def anchor(index: int) -> str:
        return anchor(index)

    def statement_head(self, st: Statement) -> str:
        """The head of a statement's documents: its PDF's metadata."""
        return self._render("head.html", head=self.views.statement_head(st))

    def dossier_head(self, statements: list[Statement]) -> str:
        """The head of the dossier's documents: its metadata."""
        return self._render("head.html", head=self.views.dossier_head(statements))

    def statement_part(self, st: Statement, index: int) -> str:
        """A statement's text and provenance page: typeset once, used in its own PDF (whose
        metadata this head carries) and in the dossier."""
        return self._render("statement.html", head=self.views.statement_head(st),
                            statement=self.views.statement(st, index),
                            provenance=self.views.provenance(st))

    @staticmethod
    def carrier(head: str) -> str:
        """A document of one blank page with ``head`` (``statement_head`` or
        ``dossier_head``): written with a PDF's metadata and attachments, its page dropped
        when the PDF is assembled (``assemble``)."""
        return render("carrier.html", head=Markup(head))

    def colophon_part(self, statements: list[Statement]) -> str:
        """The colophon (word counts of ``statements``) as a document of its own."""
        return self._render("colophon.html", head=self.views.colophon_head(),
                            colophon=self.views.colophon(statements))

    def cover_part(self, statements: list[Statement]) -> str:
        """The cover as a document of its own (cached apart from the contents, which a title
        edit changes); its head is the dossier's metadata."""
        return self._render("cover.html", head=self.views.dossier_head(statements),
                            src=self.views.src, tgt=self.views.tgt,
                            cover=self.views.cover(statements))

    def contents_part(self, statements: list[Statement], starts: list[int]) -> str:
        """The contents as a document of its own, numbered from the statements' first pages
        ``starts``."""
        return self._render("contents.html", head=self.views.dossier_head(statements),
                            contents=self.views.contents(statements, starts))

    def front_part(self, statements: list[Statement], starts: list[int]) -> str:
        """Cover and contents; its head is the dossier's metadata."""
        return self._render("front.html", head=self.views.dossier_head(statements),
                            src=self.views.src, tgt=self.views.tgt,
                            cover=self.views.cover(statements),
                            contents=self.views.contents(statements, starts))
