"""Every corpus page's title re-presented the ways other sites present a headline, so that the
title finder is measured on presentation, not on the wording of the pages it was built on.

A text page (a page copied from a browser, a PDF's text, an e-mail body) whose title stands on
a line of its own gets that line re-presented: a kicker line above it ("STATEMENT", "PRESS
RELEASE", "JOINT LETTER"), a standfirst sentence under it, the title wrapped over two lines, the
title in capitals, a date line or a by-line just above it. An HTML page whose title is its
``<h1>`` gets the headline declared only in ``<title>`` with the site's name after a bar, only in
``og:title`` (``<title>`` the bare site name), or written in capitals in its ``<h1>``.

The expected answer is always the page's own title: wrapped lines joined, and for a title in
capitals the same words (the importer keeps a headline's letters as the page writes them; the
corpus scorer compares case aside). Used by tests/test_import_title_variants.py and
bench/bench_title_variants.py.
"""

from __future__ import annotations

import html
import re
from dataclasses import dataclass
from datetime import date as Date

from import_corpus import Page, norm

KICKERS = ("STATEMENT", "PRESS RELEASE", "JOINT LETTER")
STANDFIRST = ("Rights groups say the detainees have been denied lawyers and family visits "
              "since their arrest.")
BYLINE = "By Leila Ahmadi"
SITE = "Iran Rights Monitor"
TEXT_VARIANTS = ("kicker", "standfirst", "wrapped", "caps", "dateline", "byline")
HTML_VARIANTS = ("head-title-only", "og-title-only", "h1-caps")


@dataclass
class Variant:
    page: Page
    name: str
    raw: str
    suffix: str

    @property
    def id(self) -> str:
        return f"{self.page.name}:{self.name}"


def _fold(text: str) -> str:
    return norm(text).casefold()


def _title_line(lines: list[str], title: str) -> int | None:
    want = _fold(title)
    hits = [i for i, line in enumerate(lines) if _fold(line) == want]
    return hits[0] if hits else None


def _dateline(page: Page) -> str:
    day = Date.fromisoformat(page.date) if page.date else Date(2025, 3, 12)
    return f"{day.day} {day.strftime('%B')} {day.year}"


def _wrap(title: str) -> tuple[str, str] | None:
    """The title broken where a narrow column would break it: at the last space before the
    middle (None for a title of under five words, which no column wraps)."""
    words = title.split()
    if len(words) < 5:
        return None
    cut = max(i for i in range(1, len(words))
              if len(" ".join(words[:i])) <= len(title) * 0.55 or i == 1)
    return " ".join(words[:cut]), " ".join(words[cut:])


def text_variants(page: Page, index: int = 0) -> list[Variant]:
    """The text page's title line re-presented (none where no line of the page is its title)."""
    raw = page.raw.read_text("utf-8")
    lines = raw.split("\n")
    at = _title_line(lines, page.title)
    if at is None:
        return []
    line = lines[at]
    indent = line[:len(line) - len(line.lstrip())]
    title = line.strip()
    out = []

    def make(name: str, new: list[str]) -> None:
        out.append(Variant(page, name, "\n".join(lines[:at] + new + lines[at + 1:]),
                           page.raw.suffix))

    make("kicker", [indent + KICKERS[index % len(KICKERS)], line])
    after = lines[at + 1] if at + 1 < len(lines) else ""
    make("standfirst", [line, indent + STANDFIRST] + ([""] if after.strip() else []))
    parts = _wrap(title)
    if parts:
        make("wrapped", [indent + parts[0], indent + parts[1]])
    make("caps", [indent + title.upper()])
    make("dateline", [indent + _dateline(page), line])
    make("byline", [indent + BYLINE, line])
    return out


_H1 = re.compile(r"<h1\b[^>]*>(?P<inner>.*?)</h1\s*>", re.S | re.I)
_HEAD_TITLE = re.compile(r"<title\b[^>]*>.*?</title\s*>", re.S | re.I)
_TITLE_METAS = re.compile(r"<meta\b[^>]*(?:og:title|twitter:title)[^>]*>", re.I)
_HEAD_END = re.compile(r"</head\s*>", re.I)
_SITE_NAME = re.compile(r"<meta\b[^>]*og:site_name[^>]*content=\"(?P<name>[^\"]+)\"", re.I)


def _inner_text(fragment: str) -> str:
    return norm(html.unescape(re.sub(r"<[^>]+>", " ", fragment)))


def _head(raw: str, head_title: str, og: str | None) -> str:
    """``raw`` with its <title> (added if missing) and its og:/twitter:title declarations
    replaced by these."""
    raw = _TITLE_METAS.sub("", raw)
    tags = f"<title>{html.escape(head_title)}</title>"
    if og is not None:
        tags += f'<meta property="og:title" content="{html.escape(og)}">'
    if _HEAD_TITLE.search(raw):
        return _HEAD_TITLE.sub(lambda _: tags, raw, count=1)
    if _HEAD_END.search(raw):
        return _HEAD_END.sub(lambda m: tags + m.group(0), raw, count=1)
    return tags + raw


def html_variants(page: Page) -> list[Variant]:
    """The HTML page's headline declared elsewhere (none where its <h1> is not the title)."""
    raw = page.raw.read_text("utf-8")
    h1 = next((m for m in _H1.finditer(raw) if _fold(_inner_text(m.group("inner")))
               == _fold(page.title)), None)
    if h1 is None:
        return []
    named = _SITE_NAME.search(raw)
    site = html.unescape(named.group("name")) if named else SITE
    title = _inner_text(h1.group("inner"))
    without_h1 = raw[:h1.start()] + raw[h1.end():]
    caps = (raw[:h1.start("inner")] + html.escape(title.upper()) + raw[h1.end("inner"):])
    return [Variant(page, "head-title-only", _head(without_h1, f"{title} | {site}", None),
                    ".html"),
            Variant(page, "og-title-only", _head(without_h1, site, title), ".html"),
            Variant(page, "h1-caps", caps, ".html")]


def variants(pages: list[Page]) -> list[Variant]:
    """Every applicable variant of every page with a title."""
    out = []
    for index, page in enumerate(p for p in pages if p.title):
        if page.raw.suffix == ".html":
            out.extend(html_variants(page))
        else:
            out.extend(text_variants(page, index))
    return out
