"""Stage 2a: the model as plain data for the page templates (``templates/``).

What every block of a page says, in which language and direction, is decided here, from the
model (``model``) and the language model (``langs``: labels, digits, dates, lists, bidi
isolation). Nothing here is markup: every value is plain text, escaped by the templates
(``html``), so nothing in a source or catalog can add markup or make the renderer load
anything. In right-to-left text, Latin runs and numbers are isolated with U+2068/U+2069
(``langs.isolate_runs``); the translator's text is otherwise printed as written.
"""

from __future__ import annotations

import datetime as _dt
from dataclasses import dataclass
from functools import cache
from urllib.parse import urljoin

from workflow.language import LRI, PDI, language
from workflow.publish import langs
from workflow.publish.model import CATEGORIES, Segment, Statement

LAYOUTS = ("side-by-side", "interleaved", "target-only")
FONTS = "Vazirmatn, Noto Serif (SIL Open Font License 1.1)"


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


# -- the pieces templates place ------------------------------------------------------------

@dataclass(frozen=True)
class Lang:
    """An element's ``lang`` and ``dir``."""

    code: str
    dir: str


@cache
def lang_of(code: str) -> Lang:
    return Lang(code, langs.direction(code))


@dataclass(frozen=True)
class Run:
    """Consecutive segments of one mark, set in one span (fewer inline boxes to lay out).

    ``source`` is set when they show the source text (untranslated or stale): the span then
    carries the source language and the segments' ``states``.
    """

    text: str
    cls: str
    states: str = ""
    source: Lang | None = None


@dataclass(frozen=True)
class Block:
    """A block's text in one language: plain ``text`` or a catalog's ``runs``, after an
    optional list ``marker`` (already in the language's digits)."""

    text: str = ""
    runs: tuple[Run, ...] = ()
    marker: str = ""


@dataclass(frozen=True)
class Line:
    """A line of a metadata value; ``hash`` sets it in the digest style."""

    text: str
    hash: bool = False


@dataclass(frozen=True)
class Keyed:
    """A labelled value ("Date: ..."), one or more lines."""

    key: str
    lines: tuple[Line, ...]


@dataclass(frozen=True)
class Heading:
    """"Provenance: <title>"; ``own_line`` sets a title left in the source's script as a
    left-to-right line of its own under the label."""

    label: str
    title: str
    own_line: Lang | None = None


@dataclass(frozen=True)
class Swatch:
    """A legend entry: a sample in the mark's style and what the mark means."""

    cls: str
    label: str


@dataclass(frozen=True)
class Entry:
    """A contents entry: a link to a statement with its page number, set by the leader."""

    href: str
    page: str
    title: str


@dataclass(frozen=True)
class Side:
    """One language's half of a bilingual unit: its ``lang``/``dir`` and what it shows
    (a ``Block``, ``Keyed``, ``Heading``, ``Swatch``, ``Entry``, lines or a label)."""

    lang: Lang
    value: object


@dataclass(frozen=True)
class Unit:
    """One bilingual unit, set by the layout (``macros.bi``): side by side, interleaved, or
    the target alone. ``bookmark`` makes it a PDF bookmark with that label (on one block,
    so the two languages do not give two bookmarks)."""

    kind: str
    src: Side
    tgt: Side
    tag: str = "p"
    cls: str = ""
    bookmark: str = ""


@dataclass(frozen=True)
class Head:
    """The document's language and its PDF metadata."""

    lang: Lang
    title: str
    author: str
    subject: str
    keywords: str
    generator: str
    stamp: str
    layout: str


@dataclass(frozen=True)
class StatementView:
    anchor: str
    running: str
    title: Unit
    logo: str
    meta: tuple[Unit, ...]
    rows: tuple[Unit, ...]


@dataclass(frozen=True)
class ProvenanceView:
    heading: Unit
    rows: tuple[Unit, ...]


@dataclass(frozen=True)
class CountRow:
    """A statement's (or the total's) words per category; ``lang`` set on a title cell
    that reads left to right (a title left in English)."""

    title: str
    cells: tuple[str, ...]
    lang: Lang | None = None
    total: bool = False


@dataclass(frozen=True)
class CountsTable:
    lang: Lang
    first: str
    heads: tuple[str, ...]
    rows: tuple[CountRow, ...]


@dataclass(frozen=True)
class ColophonView:
    running: str
    title: Unit
    legend_heading: Unit
    legend: tuple[Unit, ...]
    status_heading: Unit
    tables: tuple[CountsTable, ...]
    meta: Unit


@dataclass(frozen=True)
class CoverRow:
    src_label: str
    src_count: str
    tgt_count: str
    tgt_label: str


@dataclass(frozen=True)
class CoverView:
    bookmark: str
    title: tuple[str, str]
    subtitle: tuple[str, str]
    names: str
    team: str
    built: tuple[str, str]
    status: tuple[str, str]
    rows: tuple[CoverRow, ...]


@dataclass(frozen=True)
class ContentsView:
    heading: Unit
    entries: tuple[Unit, ...]


# -- building them -------------------------------------------------------------------------

def anchor(index: int) -> str:
    """The id of the statement ``index`` (the contents' links, the named destinations)."""
    return f"st-{index}"


def bookmark(en: str, tgt: str) -> str:
    return en if en == tgt else f"{en} — {tgt}"


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


class Views:
    """Builds the view models of one language's documents (a statement alone, or the
    dossier)."""

    def __init__(self, settings: Settings):
        self.s = settings
        self.src = lang_of(settings.source_lang)
        self.tgt = lang_of(settings.lang)

    # -- text in a language ------------------------------------------------------------------

    def tgt_text(self, text: str) -> str:
        """Target-language text, Latin runs isolated when the language is RTL."""
        return langs.isolate_runs(text) if self.s.rtl else text

    def latin(self, text: str) -> str:
        """Latin-script text (a URL, a hash, a name) placed in target-language text."""
        return langs.isolate(text) if self.s.rtl else text

    def names(self, names, source: bool = False) -> str:
        """Names (signatories, translators) joined as a list of the column's language, each
        isolated in right-to-left text (CLDR's list pattern: "A, B et C", "A، B و C")."""
        if source:
            return language(self.s.source_lang).join([str(n) for n in names])
        return language(self.s.lang).join([self.latin(str(n)) for n in names])

    def label(self, key: str) -> tuple[str, str]:
        return langs.label(key, self.s.source_lang), langs.label(key, self.s.lang)

    def date(self, value: object) -> tuple[str, str]:
        return (langs.format_date(value, self.s.source_lang),
                langs.format_date(value, self.s.lang))

    def unit(self, kind: str, src: object, tgt: object, tag: str = "p", cls: str = "",
             bookmark: str = "", tgt_lang: str | None = None) -> Unit:
        """A bilingual unit; ``tgt_lang`` overrides the target block's language, for a block
        that shows only untranslated source text."""
        target = lang_of(tgt_lang) if tgt_lang else self.tgt
        return Unit(kind, Side(self.src, src), Side(target, tgt), tag, cls, bookmark)

    def keyed(self, kind: str, key: str, src: tuple[Line, ...], tgt: tuple[Line, ...],
              cls: str = "") -> Unit:
        k_en, k_tgt = self.label(key)
        return self.unit(kind, Keyed(k_en, src), Keyed(k_tgt, tgt), cls=cls)

    # -- segments and rows -------------------------------------------------------------------

    def translated(self, segs: list[Segment]) -> Run:
        return Run(" ".join(self.tgt_text(s.target) for s in segs), seg_class(segs[0]))

    def untranslated(self, segs: list[Segment], inline: bool) -> Run:
        """Segments shown in the source language; isolated when inline in right-to-left
        text so the English sentences keep their own order."""
        text = " ".join(s.source for s in segs)
        if inline and self.s.rtl:
            text = f"{LRI}{text}{PDI}"
        states = " ".join(sorted({s.state.value for s in segs}))
        return Run(text, "seg untranslated", states, self.src)

    def runs(self, segs: tuple[Segment, ...]) -> tuple[tuple[Run, ...], bool]:
        """A block's segments as runs of one mark, and whether all of them show the source
        text."""
        if all(s.shows_source for s in segs):
            return (self.untranslated(list(segs), inline=False),), True
        runs: list[Run] = []
        run: list[Segment] = []
        for seg in segs:
            if run and (seg.shows_source != run[0].shows_source or (
                    not seg.shows_source and seg_class(seg) != seg_class(run[0]))):
                runs.append(self.untranslated(run, inline=True) if run[0].shows_source
                            else self.translated(run))
                run = []
            run.append(seg)
        runs.append(self.untranslated(run, inline=True) if run[0].shows_source
                    else self.translated(run))
        return tuple(runs), False

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
        return st.target_title, self.s.source_lang

    @staticmethod
    def marker(marker: str, lang: str) -> str:
        if not marker:
            return ""
        return "•" if marker in ("-", "*", "+") else langs.digits(marker, lang)

    def row(self, row) -> Unit:
        runs, all_source = self.runs(row.segments)
        ltr = all_source or self.left_to_right(" ".join(s.shown for s in row.segments))
        tgt_lang = self.s.source_lang if ltr else None
        src, tgt = Block(text=row.source), Block(runs=runs)
        if row.kind == "list":
            src = Block(text=row.source, marker=self.marker(row.marker, self.s.source_lang))
            tgt = Block(runs=runs, marker=self.marker(row.marker, tgt_lang or self.s.lang))
        tag = "h2" if row.kind == "heading" else "p"
        return self.unit(row.kind, src, tgt, tag=tag, tgt_lang=tgt_lang)

    # -- statement ---------------------------------------------------------------------------

    def running(self, st: Statement) -> str:
        if self.s.layout == "target-only":
            return st.target_title
        if not st.title_translated:
            return st.title
        return f"{st.title} | {langs.FSI}{st.target_title}{langs.PDI}"

    def title(self, st: Statement) -> Unit:
        row = st.title_row
        if row:
            runs, all_source = self.runs(row.segments)
            tgt = Block(runs=runs)
        else:
            tgt, all_source = Block(text=self.tgt_text(st.title)), False
        ltr = all_source or self.left_to_right(st.target_title)
        return self.unit("title", Block(text=st.title), tgt, tag="h1",
                         bookmark=bookmark(st.title, st.target_title),
                         tgt_lang=self.s.source_lang if ltr else None)

    def meta(self, st: Statement) -> tuple[Unit, ...]:
        out = []
        date = st.meta.get("date")
        if date:
            d_en, d_tgt = self.date(date)
            out.append(self.keyed("meta", "date", (Line(d_en),), (Line(d_tgt),), cls="meta"))
        origin = st.meta.get("origin") or {}
        where = origin.get("url") or origin.get("file") if isinstance(origin, dict) else origin
        if where:
            out.append(self.keyed("meta", "origin", (Line(str(where)),),
                                  (Line(self.latin(str(where))),), cls="meta"))
        names = st.meta.get("signatories") or st.meta.get("organisations") or []
        if isinstance(names, str):
            names = [names]
        if names:
            out.append(self.keyed("meta", "signatories", (Line(self.names(names, True)),),
                                  (Line(self.names(names)),), cls="meta"))
        return tuple(out)

    def statement(self, st: Statement, index: int) -> StatementView:
        logo = st.meta.get("logo")
        return StatementView(
            anchor=anchor(index),
            running=self.running(st),
            title=self.title(st),
            logo=urljoin(st.source_file.as_uri(), str(logo)) if logo else "",
            meta=self.meta(st),
            rows=tuple(self.row(r) for r in st.rows if r.kind != "title"),
        )

    # -- provenance --------------------------------------------------------------------------

    def provenance(self, st: Statement) -> ProvenanceView:
        t_en, t_tgt = self.label("provenance")
        title, override = self.target_title(st)
        own_line = self.src if override and self.s.rtl else None  # a LTR line of its own
        heading = self.unit("title", Heading(t_en, st.title), Heading(t_tgt, title, own_line),
                            tag="h1")
        rows = []

        def add(key: str, en: tuple[Line, ...], tgt: tuple[Line, ...] | None = None) -> None:
            rows.append(self.keyed("meta", key, en, en if tgt is None else tgt))

        origin = st.meta.get("origin") or {}
        if isinstance(origin, dict):
            parts = [str(origin[k]) for k in ("url", "file") if origin.get(k)]
        else:
            parts = [str(origin)]
        if parts:
            add("origin", tuple(Line(p) for p in parts),
                tuple(Line(self.latin(p)) for p in parts))
        if st.meta.get("imported"):
            d_en, d_tgt = self.date(st.meta["imported"])
            add("imported", (Line(d_en),), (Line(d_tgt),))
        if st.meta.get("sha256"):
            sha = str(st.meta["sha256"])
            add("raw_sha", (Line(sha, hash=True),), (Line(self.latin(sha), hash=True),))
        cat = st.catalog
        if not cat.exists:
            n_en, n_tgt = self.label("no_catalog")
            add("catalog", (Line(f"{cat.path} ({n_en})"),),
                (Line(f"{self.latin(cat.path)} ({n_tgt})"),))
        else:
            a_en, a_tgt = self.label("attached")
            note_en = f" ({a_en})" if self.s.attachments else ""
            note_tgt = f" ({a_tgt})" if self.s.attachments else ""
            add("catalog",
                (Line(f"{cat.path}{note_en}"), Line(f"sha256 {cat.sha256}", hash=True)),
                (Line(f"{self.latin(cat.path)}{note_tgt}"),
                 Line(self.latin("sha256 " + cat.sha256), hash=True)))
            if cat.revision:
                d_en, d_tgt = self.date(cat.revision)
                add("revision", (Line(d_en),), (Line(d_tgt),))
            none_en, none_tgt = self.label("none")
            people = list(dict.fromkeys(
                n for n in (cat.last_translator, *cat.translators) if n))
            add("translators", (Line(self.names(people, source=True) or none_en),),
                (Line(self.names(people) or none_tgt),))
            add("reviewers", (Line(self.names(cat.reviewers, source=True) or none_en),),
                (Line(self.names(cat.reviewers) or none_tgt),))
        return ProvenanceView(heading, tuple(rows))

    # -- colophon ----------------------------------------------------------------------------

    def counts_table(self, statements: list[Statement], lang: str) -> CountsTable:
        """Words per category for each statement, in ``lang`` (its labels and digits)."""

        def num(value: int, share: float) -> str:
            return f"{langs.number(value, lang)} ({langs.percent(share, lang)})"

        rows = []
        totals = dict.fromkeys(CATEGORIES, 0)
        for st in statements:
            cell = None
            if lang == self.s.source_lang:
                title = st.title
            else:
                title, override = self.target_title(st)
                if override:  # a left-to-right cell: reads in order on every line
                    cell = self.src
            rows.append(CountRow(title, tuple(num(st.counts[c], st.share(c))
                                              for c in CATEGORIES), cell))
            for c in CATEGORIES:
                totals[c] += st.counts[c]
        if len(statements) > 1:
            grand = sum(totals.values()) or 1
            rows.append(CountRow(langs.label("total", lang),
                                 tuple(num(totals[c], 100.0 * totals[c] / grand)
                                       for c in CATEGORIES), total=True))
        return CountsTable(
            lang=lang_of(lang),
            first=f'{langs.label("statement", lang)} ({langs.label("words", lang)})',
            heads=tuple(langs.label(c, lang) for c in CATEGORIES),
            rows=tuple(rows),
        )

    def legend(self) -> tuple[Unit, ...]:
        samples = (("legend_machine", "seg machine"), ("legend_draft", "seg unreviewed-draft"),
                   ("legend_untranslated", "seg untranslated"), ("legend_plain", "seg"))
        out = []
        for key, cls in samples:
            en, tgt = self.label(key)
            out.append(self.unit("legend", Swatch(cls, en), Swatch(cls, tgt)))
        return tuple(out)

    def colophon(self, statements: list[Statement]) -> ColophonView:
        c_en, c_tgt = self.label("colophon")
        l_en, l_tgt = self.label("legend")
        s_en, s_tgt = self.label("status")
        f_en, f_tgt = self.label("fonts")
        b_en, b_tgt = self.label("built")
        d_en, d_tgt = self.date(self.s.built.date())
        # Full-width tables, one per language (its labels, its digits): two half-width
        # tables side by side are too narrow for titles and five columns.
        tables = [self.counts_table(statements, self.s.lang)]
        if self.s.layout != "target-only":
            tables.insert(0, self.counts_table(statements, self.s.source_lang))
        tool = f"{self.s.generator}, WeasyPrint, {self.s.variant_label}"
        running = c_tgt if self.s.layout == "target-only" else (
            f"{c_en} | {langs.FSI}{c_tgt}{langs.PDI}")
        return ColophonView(
            running=running,
            title=self.unit("title", c_en, c_tgt, tag="h1", bookmark=bookmark(c_en, c_tgt)),
            legend_heading=self.unit("heading", l_en, l_tgt, tag="h2"),
            legend=self.legend(),
            status_heading=self.unit("heading", s_en, s_tgt, tag="h2"),
            tables=tuple(tables),
            meta=self.unit("meta", (Line(f"{b_en}: {d_en}"), Line(f"{f_en}: {FONTS}"),
                                    Line(tool)),
                           (Line(f"{b_tgt}: {d_tgt}"), Line(f"{f_tgt}: {self.latin(FONTS)}"),
                            Line(self.latin(tool)))),
        )

    # -- cover and contents ------------------------------------------------------------------

    def cover(self, statements: list[Statement]) -> CoverView:
        src, tgt = self.s.source_lang, self.s.lang
        totals = dict.fromkeys(CATEGORIES, 0)
        for st in statements:
            for c in CATEGORIES:
                totals[c] += st.counts[c]
        grand = sum(totals.values()) or 1
        rows = []
        for c in CATEGORIES:
            share = 100.0 * totals[c] / grand
            rows.append(CoverRow(
                langs.label(c, src),
                f"{totals[c]} {langs.label('words', src)} ({langs.percent(share, src)})",
                f"{langs.number(totals[c], tgt)} {langs.label('words', tgt)}"
                f" ({langs.percent(share, tgt)})",
                langs.label(c, tgt)))
        b_en, b_tgt = self.label("built")
        d_en, d_tgt = self.date(self.s.built.date())
        return CoverView(
            bookmark=bookmark(langs.label("dossier_title", src),
                              langs.label("dossier_title", tgt)),
            title=self.label("dossier_title"),
            subtitle=self.label("dossier_subtitle"),
            names=f"{language(src).native_name} · {language(tgt).native_name}",
            team=self.s.team,
            built=(f"{b_en}: {d_en}", f"{b_tgt}: {d_tgt}"),
            status=self.label("status"),
            rows=tuple(rows),
        )

    def contents(self, statements: list[Statement], starts: list[int]) -> ContentsView:
        """The contents, each entry with its page number known in advance (``starts``):
        no forward reference, so the dossier is laid out in one pass."""
        c_en, c_tgt = self.label("contents")
        heading = self.unit("title", c_en, c_tgt, tag="h1", bookmark=bookmark(c_en, c_tgt))
        entries = []
        for i, (st, start) in enumerate(zip(statements, starts, strict=True)):
            href = f"#{anchor(i)}"
            title, override = self.target_title(st)
            entries.append(self.unit(
                "toc", Entry(href, langs.number(start, self.s.source_lang), st.title),
                Entry(href, langs.number(start, override or self.s.lang), title),
                tag="div", cls="toc-entry", tgt_lang=override,
            ))
        return ContentsView(heading, tuple(entries))

    # -- documents ---------------------------------------------------------------------------

    def keywords(self) -> list[str]:
        return ["human rights", "statement", self.s.source_lang, self.s.lang, "translation"]

    def head(self, title: str, subject: str) -> Head:
        doc_lang = self.s.lang if self.s.layout == "target-only" else self.s.source_lang
        return Head(
            lang=lang_of(doc_lang),
            title=title,
            author=self.s.team,
            subject=subject,
            keywords=", ".join(self.keywords()),
            generator=self.s.generator,
            stamp=self.s.built.astimezone(_dt.UTC).strftime("%Y-%m-%dT%H:%M:%SZ"),
            layout=self.s.layout,
        )

    def statement_head(self, st: Statement) -> Head:
        """A statement's PDF metadata."""
        subject = (f"{st.title} ({self.s.source_lang}) with its {self.s.lang} translation, "
                   f"{st.reviewed_pct:.0f}% of words approved")
        return self.head(bookmark(st.title, st.target_title), subject)

    def colophon_head(self) -> Head:
        title = bookmark(langs.label("colophon", self.s.source_lang),
                         langs.label("colophon", self.s.lang))
        return self.head(title, title)

    def dossier_title(self) -> str:
        title = bookmark(langs.label("dossier_title", self.s.source_lang),
                         langs.label("dossier_title", self.s.lang))
        return f"{title} ({self.s.source_lang}–{self.s.lang})"

    def dossier_head(self, statements: list[Statement]) -> Head:
        """The dossier's PDF metadata."""
        return self.head(self.dossier_title(), "; ".join(st.title for st in statements))
