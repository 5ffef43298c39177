"""Stage 2: the model as HTML for WeasyPrint.

Every piece of text goes through ``_e`` (HTML escaping), so nothing in a source or catalog
can add markup or make the renderer load anything; the only resource a document names is a
statement's optional ``logo`` (front matter), which the fetcher confines to the project.
Every block carries ``lang`` and ``dir``. In right-to-left text, Latin runs and numbers are
isolated with U+2068/U+2069 (``langs.isolate_runs``); the translator's text is otherwise
printed as written.
"""

from __future__ import annotations

import datetime as _dt
import html
from dataclasses import dataclass
from urllib.parse import urljoin

from workflow.language import language
from workflow.publish import langs
from workflow.publish.fonts import family_stack
from workflow.publish.model import CATEGORIES, Segment, Statement

LAYOUTS = ("side-by-side", "interleaved", "target-only")
LRI = "\u2066"
PDI = "\u2069"


def _e(text: object) -> str:
    return html.escape(str(text), quote=True)


@dataclass(frozen=True)
class Settings:
    """What every page of one language's build shares."""

    lang: str
    source_lang: str = "en"
    layout: str = "side-by-side"
    built: _dt.datetime = _dt.datetime(1980, 1, 1, tzinfo=_dt.UTC)
    team: str = ""
    generator: str = "dossier"
    variant_label: str = "PDF/A-3b"
    attachments: bool = True

    @property
    def rtl(self) -> bool:
        return langs.is_rtl(self.lang)


def page_css(settings: Settings, footer: bool = False) -> str:
    """Rules that depend on the language: fonts, contents leaders, and with ``footer`` the
    page numbers in the language's digits.

    Pages are laid out without page numbers (a page is typeset once and used in two PDFs
    with different numbers); ``compose`` draws each PDF's own numbers from a footer-only
    document (``footer=True``).
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
    rest = '<div class="next"></div>' * (pages - 1)
    return ('<!DOCTYPE html>\n<html><head><meta charset="utf-8"><style>'
            ".next { break-before: page; }"
            f"</style></head><body><div></div>{rest}</body></html>\n")


class Writer:
    """Builds the HTML of one language's documents (a statement alone, or the dossier)."""

    def __init__(self, settings: Settings):
        self.s = settings
        self.src_attrs = self._attrs(settings.source_lang)
        self.tgt_attrs = self._attrs(settings.lang)

    # -- primitives ------------------------------------------------------------------------

    @staticmethod
    def _attrs(lang: str) -> str:
        return f'lang="{_e(lang)}" dir="{langs.direction(lang)}"'

    def tgt_text(self, text: str) -> str:
        """Escaped target-language text, Latin runs isolated when the language is RTL."""
        return _e(langs.isolate_runs(text) if self.s.rtl else text)

    def latin(self, text: str) -> str:
        """Escaped Latin-script text (a URL, a hash, a name) placed in target-language text."""
        return _e(langs.isolate(text) if self.s.rtl else text)

    def names(self, names, source: bool = False) -> str:
        """Names (signatories, translators) joined as a list of the column's language, each
        isolated in right-to-left text (CLDR's list pattern: "A, B et C", "A، B و C")."""
        if source:
            return language(self.s.source_lang).join([_e(n) for n in names], escaped=True)
        return language(self.s.lang).join([self.latin(str(n)) for n in names], escaped=True)

    def bi(self, kind: str, src: str, tgt: str, tag: str = "p", cls: str = "",
           bookmark: str = "", tgt_lang: str | None = None) -> str:
        """One bilingual unit in the current layout; ``src``/``tgt`` are already HTML.

        ``bookmark`` makes the unit a PDF bookmark with that label (on one block only, so
        the two languages do not give two bookmarks). ``tgt_lang`` overrides the target
        block's language, for a block that shows only untranslated source text.
        """
        S = self.src_attrs
        T = self._attrs(tgt_lang) if tgt_lang else self.tgt_attrs
        extra = f" {cls}" if cls else ""
        mark = f' data-bookmark="{_e(bookmark)}"' if bookmark else ""
        bm = " bookmark" if bookmark else ""
        if self.s.layout == "side-by-side":
            return (f'<div class="row k-{kind}{extra}">'
                    f'<div class="cell src" {S}>'
                    f'<{tag} class="src{bm}" {S}{mark}>{src}</{tag}></div>'
                    f'<div class="cell tgt" {T}><{tag} class="tgt" {T}>{tgt}</{tag}></div></div>\n')
        if self.s.layout == "interleaved":
            return (f'<div class="pair k-{kind}{extra}">'
                    f'<{tag} class="src{bm}" {S}{mark}>{src}</{tag}>'
                    f'<{tag} class="tgt" {T}>{tgt}</{tag}></div>\n')
        return (f'<div class="single k-{kind}{extra}">'
                f'<{tag} class="tgt{bm}" {T}{mark}>{tgt}</{tag}></div>\n')

    def label(self, key: str) -> tuple[str, str]:
        return (_e(langs.label(key, self.s.source_lang)), _e(langs.label(key, self.s.lang)))

    def date(self, value: object) -> tuple[str, str]:
        return (_e(langs.format_date(value, self.s.source_lang)),
                _e(langs.format_date(value, self.s.lang)))

    # -- segments and rows -----------------------------------------------------------------

    @staticmethod
    def seg_class(seg: Segment) -> str:
        """The mark of a translated segment: a tint when it is an unreviewed draft or when it
        needs a reviewer although translated (see ``Segment.flagged``)."""
        if seg.category == "machine":
            return "seg machine"
        if seg.category == "unreviewed" and seg.state.value == "draft":
            return "seg unreviewed-draft"
        if seg.flagged:  # translated, but its English changed meaning: tinted as a draft
            return "seg unreviewed-draft changed"
        return "seg"

    def translated(self, segs: list[Segment]) -> str:
        """Consecutive translated segments of one mark in a single span: fewer inline boxes
        to lay out (one per paragraph in a uniformly drafted catalog), the same text."""
        text = " ".join(self.tgt_text(s.target) for s in segs)
        return f'<span class="{self.seg_class(segs[0])}">{text}</span>'

    def untranslated(self, segs: list[Segment], inline: bool) -> str:
        """Consecutive segments shown in the source language, marked; isolated when inline
        in right-to-left text so the English sentences keep their own order."""
        text = " ".join(_e(s.source) for s in segs)
        if inline and self.s.rtl:
            text = f"{LRI}{text}{PDI}"
        states = " ".join(sorted({s.state.value for s in segs}))
        return (f'<span class="seg untranslated" data-state="{states}" '
                f'{self.src_attrs}>{text}</span>')

    def segments(self, segs: tuple[Segment, ...]) -> tuple[str, bool]:
        """HTML of a block's segments, and whether all of them show the source text."""
        if all(s.shows_source for s in segs):
            return self.untranslated(list(segs), inline=False), True
        parts: list[str] = []
        run: list[Segment] = []
        for seg in segs:
            if run and (seg.shows_source != run[0].shows_source or (
                    not seg.shows_source and self.seg_class(seg) != self.seg_class(run[0]))):
                parts.append(self.untranslated(run, inline=True) if run[0].shows_source
                             else self.translated(run))
                run = []
            run.append(seg)
        parts.append(self.untranslated(run, inline=True) if run[0].shows_source
                     else self.translated(run))
        return " ".join(parts), False

    def left_to_right(self, text: str) -> bool:
        """Target text of an RTL language without a single RTL letter (a name or title left
        in English): typeset as a left-to-right block of its own, so it reads in order
        however it breaks into lines (an isolate does not survive a line break)."""
        return self.s.rtl and not langs.has_rtl(text)

    def target_title(self, st: Statement) -> tuple[str, str | None]:
        """The title in the target column and the language override when untranslated (or
        left in the source's script)."""
        if (st.title_translated or not st.title_row) and not self.left_to_right(
                st.target_title):
            return self.tgt_text(st.target_title), None
        return _e(st.target_title), self.s.source_lang

    def marker(self, marker: str, lang: str) -> str:
        if not marker:
            return ""
        shown = "•" if marker in ("-", "*", "+") else langs.digits(marker, lang)
        return f'<span class="marker">{_e(shown)}</span> '

    def row(self, row) -> str:
        src = _e(row.source)
        tgt, all_source = self.segments(row.segments)
        ltr = all_source or self.left_to_right(" ".join(s.shown for s in row.segments))
        tgt_lang = self.s.source_lang if ltr else None
        if row.kind == "list":
            src = self.marker(row.marker, self.s.source_lang) + src
            tgt = self.marker(row.marker, tgt_lang or self.s.lang) + tgt
        tag = "h2" if row.kind == "heading" else "p"
        return self.bi(row.kind, src, tgt, tag=tag, tgt_lang=tgt_lang)

    # -- statement -------------------------------------------------------------------------

    @staticmethod
    def anchor(index: int) -> str:
        return f"st-{index}"

    def running(self, st: Statement) -> str:
        if self.s.layout == "target-only":
            return st.target_title
        if not st.title_translated:
            return st.title
        return f"{st.title} | {langs.FSI}{st.target_title}{langs.PDI}"

    def bookmark(self, en: str, tgt: str) -> str:
        return en if en == tgt else f"{en} — {tgt}"

    def title_html(self, st: Statement) -> str:
        row = st.title_row
        tgt, all_source = self.segments(row.segments) if row else (self.tgt_text(st.title), False)
        ltr = all_source or self.left_to_right(st.target_title)
        return self.bi("title", _e(st.title), tgt, tag="h1",
                       bookmark=self.bookmark(st.title, st.target_title),
                       tgt_lang=self.s.source_lang if ltr else None)

    def meta_html(self, st: Statement) -> str:
        out = []
        logo = st.meta.get("logo")
        if logo:
            url = urljoin(st.source_file.as_uri(), str(logo))
            out.append(f'<div class="logo"><img src="{_e(url)}" alt="" '
                       'style="max-height: 18mm; max-width: 60mm"></div>\n')
        date = st.meta.get("date")
        if date:
            d_en, d_tgt = self.date(date)
            k_en, k_tgt = self.label("date")
            out.append(self.bi("meta", f'<span class="key">{k_en}:</span> {d_en}',
                               f'<span class="key">{k_tgt}:</span> {d_tgt}', cls="meta"))
        origin = st.meta.get("origin") or {}
        where = origin.get("url") or origin.get("file") if isinstance(origin, dict) else origin
        if where:
            k_en, k_tgt = self.label("origin")
            out.append(self.bi("meta", f'<span class="key">{k_en}:</span> {_e(where)}',
                               f'<span class="key">{k_tgt}:</span> {self.latin(str(where))}',
                               cls="meta"))
        names = st.meta.get("signatories") or st.meta.get("organisations") or []
        if isinstance(names, str):
            names = [names]
        if names:
            k_en, k_tgt = self.label("signatories")
            out.append(self.bi(
                "meta", f'<span class="key">{k_en}:</span> ' + self.names(names, source=True),
                f'<span class="key">{k_tgt}:</span> ' + self.names(names), cls="meta",
            ))
        return "".join(out)

    def statement(self, st: Statement, index: int) -> str:
        body = "".join(self.row(r) for r in st.rows if r.kind != "title")
        return (
            f'<section class="statement" id="{self.anchor(index)}" '
            f'data-running="{_e(self.running(st))}">\n'
            f'<header class="statement-head">\n{self.title_html(st)}{self.meta_html(st)}</header>\n'
            f"{body}</section>\n"
        )

    # -- provenance ------------------------------------------------------------------------

    def provenance(self, st: Statement) -> str:
        t_en, t_tgt = self.label("provenance")
        title, override = self.target_title(st)
        if override and self.s.rtl:  # its own left-to-right line(s) under the label
            title = f'<span class="own-line" {self.src_attrs}>{title}</span>'
        heading = self.bi("title", f"{t_en}: {_e(st.title)}", f"{t_tgt}: {title}", tag="h1")
        rows = []

        def add(key: str, en: str, tgt: str | None = None) -> None:
            k_en, k_tgt = self.label(key)
            rows.append(self.bi("meta", f'<span class="key">{k_en}:</span> {en}',
                                f'<span class="key">{k_tgt}:</span> {en if tgt is None else tgt}'))

        origin = st.meta.get("origin") or {}
        if isinstance(origin, dict):
            parts = [str(origin[k]) for k in ("url", "file") if origin.get(k)]
        else:
            parts = [str(origin)]
        if parts:
            add("origin", "<br>".join(_e(p) for p in parts),
                "<br>".join(self.latin(p) for p in parts))
        if st.meta.get("imported"):
            add("imported", *self.date(st.meta["imported"]))
        if st.meta.get("sha256"):
            sha = f'<span class="hash">{_e(st.meta["sha256"])}</span>'
            add("raw_sha", sha, f'<span class="hash">{self.latin(str(st.meta["sha256"]))}</span>')
        cat = st.catalog
        if not cat.exists:
            n_en, n_tgt = self.label("no_catalog")
            add("catalog", f"{_e(cat.path)} ({n_en})", f"{self.latin(cat.path)} ({n_tgt})")
        else:
            a_en, a_tgt = self.label("attached")
            note_en = f" ({a_en})" if self.s.attachments else ""
            note_tgt = f" ({a_tgt})" if self.s.attachments else ""
            add("catalog",
                f'{_e(cat.path)}{note_en}<br><span class="hash">sha256 {_e(cat.sha256)}</span>',
                f'{self.latin(cat.path)}{note_tgt}<br>'
                f'<span class="hash">{self.latin("sha256 " + cat.sha256)}</span>')
            if cat.revision:
                add("revision", *self.date(cat.revision))
            none_en, none_tgt = self.label("none")
            people = [n for n in (cat.last_translator, *cat.translators) if n]
            people = list(dict.fromkeys(people))
            add("translators", self.names(people, source=True) or none_en,
                self.names(people) or none_tgt)
            add("reviewers", self.names(cat.reviewers, source=True) or none_en,
                self.names(cat.reviewers) or none_tgt)
        return f'<section class="provenance">\n{heading}{"".join(rows)}</section>\n'

    # -- colophon --------------------------------------------------------------------------

    def counts_table(self, statements: list[Statement], lang: str) -> str:
        """Words per category for each statement, in ``lang`` (its labels and digits)."""
        attrs = self._attrs(lang)

        def num(value: int, share: float) -> str:
            return f"{langs.number(value, lang)} ({langs.percent(share, lang)})"

        head = "".join(f'<th class="num">{_e(langs.label(c, lang))}</th>' for c in CATEGORIES)
        rows = []
        totals = dict.fromkeys(CATEGORIES, 0)
        for st in statements:
            cell = ""
            if lang == self.s.source_lang:
                title_html = _e(st.title)
            else:
                title_html, override = self.target_title(st)
                if override:  # a left-to-right cell: reads in order on every line
                    cell = f" {self.src_attrs}"
            cells = "".join(f'<td class="num">{num(st.counts[c], st.share(c))}</td>'
                            for c in CATEGORIES)
            rows.append(f"<tr><td{cell}>{title_html}</td>{cells}</tr>")
            for c in CATEGORIES:
                totals[c] += st.counts[c]
        if len(statements) > 1:
            grand = sum(totals.values()) or 1
            cells = "".join(f'<td class="num">{num(totals[c], 100.0 * totals[c] / grand)}</td>'
                            for c in CATEGORIES)
            rows.append(f"<tr><td><b>{_e(langs.label('total', lang))}</b></td>{cells}</tr>")
        first = _e(f'{langs.label("statement", lang)} ({langs.label("words", lang)})')
        return (f'<table class="counts" {attrs}><thead><tr><th>{first}</th>{head}</tr></thead>'
                f'<tbody>{"".join(rows)}</tbody></table>')

    def legend(self) -> str:
        out = []
        samples = (
            ("legend_machine", '<span class="seg machine swatch">Aa</span>'),
            ("legend_draft", '<span class="seg unreviewed-draft swatch">Aa</span>'),
            ("legend_untranslated", '<span class="seg untranslated swatch">Aa</span>'),
            ("legend_plain", '<span class="seg swatch">Aa</span>'),
        )
        for key, swatch in samples:
            en, tgt = self.label(key)
            out.append(self.bi("legend", f"{swatch} {en}", f"{swatch} {tgt}"))
        return "".join(out)

    def colophon(self, statements: list[Statement]) -> str:
        c_en, c_tgt = self.label("colophon")
        l_en, l_tgt = self.label("legend")
        s_en, s_tgt = self.label("status")
        f_en, f_tgt = self.label("fonts")
        b_en, b_tgt = self.label("built")
        d_en, d_tgt = self.date(self.s.built.date())
        # Full-width tables, one per language (its labels, its digits): two half-width
        # tables side by side are too narrow for titles and five columns.
        tables = self.counts_table(statements, self.s.lang)
        if self.s.layout != "target-only":
            tables = self.counts_table(statements, self.s.source_lang) + tables
        fonts = "Vazirmatn, Noto Serif (SIL Open Font License 1.1)"
        tool = f"{self.s.generator}, WeasyPrint, {self.s.variant_label}"
        running = c_tgt if self.s.layout == "target-only" else (
            f"{c_en} | {langs.FSI}{c_tgt}{langs.PDI}")
        return (
            f'<section class="colophon" data-running="{running}">\n'
            + self.bi("title", c_en, c_tgt, tag="h1", bookmark=self.bookmark(c_en, c_tgt))
            + self.bi("heading", l_en, l_tgt, tag="h2") + self.legend()
            + self.bi("heading", s_en, s_tgt, tag="h2") + tables
            + self.bi("meta", f"{b_en}: {d_en}<br>{f_en}: {_e(fonts)}<br>{_e(tool)}",
                      f"{b_tgt}: {d_tgt}<br>{f_tgt}: {self.latin(fonts)}<br>{self.latin(tool)}")
            + "</section>\n"
        )

    # -- cover and contents ----------------------------------------------------------------

    def cover(self, statements: list[Statement]) -> str:
        t_en, t_tgt = self.label("dossier_title")
        sub_en, sub_tgt = self.label("dossier_subtitle")
        b_en, b_tgt = self.label("built")
        d_en, d_tgt = self.date(self.s.built.date())
        S, T = self.src_attrs, self.tgt_attrs
        mark = _e(self.bookmark(langs.label("dossier_title", self.s.source_lang),
                                langs.label("dossier_title", self.s.lang)))
        names = (f"{_e(language(self.s.source_lang).native_name)}"
                 f" · {_e(language(self.s.lang).native_name)}")
        totals = dict.fromkeys(CATEGORIES, 0)
        for st in statements:
            for c in CATEGORIES:
                totals[c] += st.counts[c]
        grand = sum(totals.values()) or 1
        rows = []
        for c in CATEGORIES:
            share = 100.0 * totals[c] / grand
            rows.append(
                f'<tr><td {S}>{_e(langs.label(c, self.s.source_lang))}</td>'
                f'<td class="num" {S}>{totals[c]} {_e(langs.label("words", self.s.source_lang))}'
                f' ({_e(langs.percent(share, self.s.source_lang))})</td>'
                f'<td class="num" {T}>{_e(langs.number(totals[c], self.s.lang))} '
                f'{_e(langs.label("words", self.s.lang))}'
                f' ({_e(langs.percent(share, self.s.lang))})</td>'
                f'<td {T}>{_e(langs.label(c, self.s.lang))}</td></tr>')
        s_en, s_tgt = self.label("status")
        return (
            '<section class="cover">\n'
            f'<div class="title-en bookmark" data-bookmark="{mark}" {S}>{t_en}</div>\n'
            f'<div class="title-tgt" {T}>{t_tgt}</div>\n'
            f'<div class="subtitle" {S}>{sub_en}</div>\n'
            f'<div class="subtitle" {T}>{sub_tgt}</div>\n'
            f'<div class="subtitle" lang="und">{names}</div>\n'
            f'<div class="team" {S}>{_e(self.s.team)}</div>\n'
            f'<div class="built" {S}>{b_en}: {d_en}</div>\n'
            f'<div class="built" {T}>{b_tgt}: {d_tgt}</div>\n'
            f'<table><caption {S}>{s_en} · <span {T}>{s_tgt}</span></caption>'
            f'{"".join(rows)}</table>\n'
            "</section>\n"
        )

    def contents(self, statements: list[Statement], starts: list[int]) -> str:
        """The contents, each entry with its page number known in advance (``starts``):
        no forward reference, so the dossier is laid out in one pass."""
        c_en, c_tgt = self.label("contents")
        heading = self.bi("title", c_en, c_tgt, tag="h1", bookmark=self.bookmark(c_en, c_tgt))
        entries = []
        for i, (st, start) in enumerate(zip(statements, starts, strict=True)):
            href = f"#{self.anchor(i)}"
            title, override = self.target_title(st)
            src_no = _e(langs.number(start, self.s.source_lang))
            tgt_no = _e(langs.number(start, override or self.s.lang))
            entries.append(self.bi(
                "toc", f'<a href="{href}" data-page="{src_no}">{_e(st.title)}</a>',
                f'<a href="{href}" data-page="{tgt_no}">{title}</a>',
                tag="div", cls="toc-entry", tgt_lang=override,
            ))
        return f'<nav class="toc">\n{heading}{"".join(entries)}</nav>\n'

    # -- documents -------------------------------------------------------------------------

    def head(self, title: str, subject: str, keywords: list[str]) -> str:
        stamp = self.s.built.astimezone(_dt.UTC).strftime("%Y-%m-%dT%H:%M:%SZ")
        doc_lang = self.s.lang if self.s.layout == "target-only" else self.s.source_lang
        return (
            f'<!DOCTYPE html>\n<html lang="{_e(doc_lang)}" dir="{langs.direction(doc_lang)}">'
            '<head><meta charset="utf-8">'
            f"<title>{_e(title)}</title>"
            f'<meta name="author" content="{_e(self.s.team)}">'
            f'<meta name="description" content="{_e(subject)}">'
            f'<meta name="keywords" content="{_e(", ".join(keywords))}">'
            f'<meta name="generator" content="{_e(self.s.generator)}">'
            f'<meta name="dcterms.created" content="{stamp}">'
            f'<meta name="dcterms.modified" content="{stamp}">'
            f'</head>\n<body class="layout-{_e(self.s.layout)}">\n'
        )

    def keywords(self) -> list[str]:
        return ["human rights", "statement", self.s.source_lang, self.s.lang, "translation"]

    def statement_subject(self, st: Statement) -> str:
        return (f"{st.title} ({self.s.source_lang}) with its {self.s.lang} translation, "
                f"{st.reviewed_pct:.0f}% of words approved")

    def statement_head(self, st: Statement) -> str:
        """The head of a statement's documents: its PDF's metadata."""
        title = self.bookmark(st.title, st.target_title)
        return self.head(title, self.statement_subject(st), self.keywords())

    def statement_part(self, st: Statement, index: int) -> str:
        """A statement's text and provenance page: typeset once, used in its own PDF (whose
        metadata this head carries) and in the dossier."""
        return (self.statement_head(st) + self.statement(st, index) + self.provenance(st)
                + "</body></html>\n")

    @staticmethod
    def carrier(head: str) -> str:
        """A document of one blank page with ``head``: written with a PDF's metadata and
        attachments, its page dropped when the PDF is assembled (``assemble``)."""
        return head + "</body></html>\n"

    def colophon_part(self, statements: list[Statement]) -> str:
        """The colophon (word counts of ``statements``) as a document of its own."""
        title = self.bookmark(langs.label("colophon", self.s.source_lang),
                              langs.label("colophon", self.s.lang))
        return self.head(title, title, self.keywords()) + self.colophon(statements) + \
            "</body></html>\n"

    def dossier_title(self) -> str:
        title = self.bookmark(langs.label("dossier_title", self.s.source_lang),
                              langs.label("dossier_title", self.s.lang))
        return f"{title} ({self.s.source_lang}–{self.s.lang})"

    def dossier_head(self, statements: list[Statement]) -> str:
        """The head of the dossier's documents: its metadata."""
        subject = "; ".join(st.title for st in statements)
        return self.head(self.dossier_title(), subject, self.keywords())

    def front_part(self, statements: list[Statement], starts: list[int]) -> str:
        """Cover and contents; its head is the dossier's metadata."""
        return (self.dossier_head(statements) + self.cover(statements)
                + self.contents(statements, starts) + "</body></html>\n")
