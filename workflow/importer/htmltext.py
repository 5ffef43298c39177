"""HTML pages: the article text is extracted with trafilatura (a maintained extraction library,
not hand-written parsing), its structure (headings, lists, quotations, line breaks) kept.

Accountability as for plain text: every piece of visible page text that did not make it into the
article is reported with its HTML line number, and scripts/styles are reported as removed.
"""

from __future__ import annotations

import re

from workflow.errors import InputError
from workflow.importer.htmllayout import LAID_OUT, lay_out
from workflow.importer.pagemeta import declared, page_metadata, without_site, written_guess
from workflow.importer.report import Report
from workflow.importer.text import Line, normalise, words

_INVISIBLE_TAGS = {"script", "style", "noscript", "template", "svg", "iframe", "object"}
_REGIONS = {"nav": "navigation", "footer": "page footer", "aside": "sidebar",
            "header": "page header", "form": "form", "menu": "menu", "button": "button",
            "title": "HTML <title> (the title is taken from the article)"}


def html_lines(html: str, report: Report) -> tuple[list[Line], str | None, int, str | None]:
    """Extract the article: (lines with kinds, the page's date if any, words of visible text,
    the page's own title from its metadata if any)."""
    import trafilatura
    from lxml import etree
    from lxml import html as lxml_html

    layout = lay_out(html)  # a minified page: one block element per line, as if pretty-printed
    html = _BLOCK_AFTER_TAG.sub(r"\1 \2", layout.html)
    try:
        page = lxml_html.document_fromstring(html)
    except (etree.ParserError, ValueError) as exc:
        raise InputError(f"cannot parse the HTML page: {exc}") from None
    hidden = _hidden(page)
    bios = [el for el in _author_boxes(page) if not any(h in (el, *el.iterancestors())
                                                        for h in hidden)]
    named = _image_names(page)  # a logo strip of signers: each logo's alt text, as its text
    if hidden or bios or named:  # an e-mail's preheader and the like: text the page never shows
        for el in hidden:
            text = " ".join(el.text_content().split())
            if text:
                report.remove(el.sourceline or 1, "hidden text (not shown on the page)", text)
            el.drop_tree()
        for el in bios:  # the writer's box, not the statement
            for piece in el.itertext():
                if " ".join(piece.split()):
                    report.remove(el.sourceline or 1, "not article text (the author's box: "
                                  "who wrote the post)", " ".join(piece.split()))
            el.drop_tree()
        html = lxml_html.tostring(page, encoding="unicode")
    xml = trafilatura.extract(html, output_format="xml", include_comments=False,
                              include_tables=True, include_images=False, include_links=False,
                              with_metadata=True, favor_recall=True, deduplicate=False)
    if not xml:
        raise InputError("no article text found in the HTML page")
    doc = etree.fromstring(xml.encode("utf-8"))
    locate = _Locator(page)
    lines = _structure(doc, locate)
    lines = _without_teasers(page, lines, report)
    meta_title, meta_date = page_metadata(page)
    if not any(line.kind == "title" for line in lines) and (meta_title or doc.get("title")):
        # the headline the page declares, else its <title> without the site's name
        title = meta_title or without_site(normalise(doc.get("title"))[0], declared(page))
        lines.insert(0, Line(locate(title), title, "title"))
    kept_text = _key(" ".join(line.text for line in lines))
    visible = _report_dropped(page, kept_text, report, {line.no for line in lines})
    report.notes.append("HTML page: article text extracted with trafilatura; line numbers are "
                        "the HTML file's" if not layout.relaid else
                        "HTML page: article text extracted with trafilatura")
    if layout.relaid:
        report.notes.append(layout.note())
        report.line_numbers = LAID_OUT
    spaced: list[Line] = []
    for line in lines:
        spaced += [line, Line(line.no, "")]
    return spaced, meta_date or written_guess(doc.get("date"), page), visible, meta_title


# a block element opening right after a closing tag ("<a>Site</a><div>Tagline</div>"):
# trafilatura would glue the two texts into one word ("SiteTagline"); a space keeps them apart
# and moves no line
_BLOCK_AFTER_TAG = re.compile(r"(</[A-Za-z][A-Za-z0-9]*>)(<(?:div|p|h[1-6]|li|ul|ol|dl|dt|dd|"
                              r"section|article|header|footer|nav|aside|table|tr|td|th|"
                              r"blockquote|figure|figcaption|form)\b)", re.I)


def header_texts(html: str) -> frozenset[str]:
    """The texts a page sets in the ``<header>`` of its headline (the ``<header>`` holding the
    ``<h1>``) besides the headline: the post's standfirst, byline and date line, the
    publisher's words about the statement rather than the statement's (by word key, as
    :func:`workflow.importer.classifier.key` writes it)."""
    from lxml import etree
    from lxml import html as lxml_html

    from workflow.importer.classifier import key

    try:
        page = lxml_html.document_fromstring(html)
    except (etree.ParserError, ValueError):
        return frozenset()
    out: set[str] = set()
    for header in page.iter("header"):
        if header.find(".//h1") is None:
            continue
        for el in header.iter("p", "h2", "h3", "h4", "h5", "h6", "div"):
            if el.find(".//h1") is not None or el.find(".//p") is not None or \
                    el.find(".//div") is not None:
                continue
            text = " ".join(el.text_content().split())
            if text and len(words(text)) <= 60:
                out.add(key(normalise(text)[0]))
    for h1 in page.iter("h1"):  # no <header>: a subtitle set as a heading right under the
        # headline, over the post's byline (Medium's, Substack's "subtitle" / "author-line"; a
        # news article's standfirst paragraph, a sentence of its report, is no such heading)
        deks: list[str] = []
        for el in h1.itersiblings():
            if not isinstance(el.tag, str) or len(deks) > 2:
                break
            if _BYLINE.search(f"{el.get('class', '')} {el.get('id', '')}"):
                out.update(key(normalise(t)[0]) for t in deks)
                break
            text = " ".join(el.text_content().split())
            if el.tag not in ("h2", "h3", "h4", "h5", "h6") or \
                    not text or len(words(text)) > 60:
                break
            deks.append(text)
    return frozenset(out)


# an element that holds a post's byline, by its class or id ("byline", "author-line", "post-meta")
_BYLINE = re.compile(r"\b(?:byline|author[-_]?(?:line|meta|info)|post[-_]?meta|entry[-_]?meta)\b",
                     re.IGNORECASE)


_HIDE = re.compile(r"display\s*:\s*none|visibility\s*:\s*hidden", re.IGNORECASE)
_MEDIA_RULES = re.compile(r"@media[^{]*\{(?:[^{}]*\{[^}]*\})*[^{}]*\}")


# a blog's or paper's box about the writer ("author-bio", "author-box", "about-the-author")
_AUTHOR_BOX = re.compile(r"^(?:(?:post|entry|article)[-_])?(?:author[-_]?(?:bio|box|card|about|"
                         r"info|profile|details)|about[-_](?:the[-_])?author|bio[-_]?box)$",
                         re.IGNORECASE)


def _author_boxes(page) -> list:
    """Elements the page marks, by a class or id of their own, as its box about the writer:
    who wrote the post is the site's furniture, never the statement (trafilatura keeps a bio
    inside the <article>)."""
    out = []
    for el in page.iter():
        if not isinstance(el.tag, str) or el.tag in ("html", "head", "body"):
            continue
        names = (el.get("class") or "").split() + [el.get("id") or ""]
        if any(_AUTHOR_BOX.match(n) for n in names if n) and \
                not any(parent in out for parent in el.iterancestors()):
            out.append(el)
    return out


def _image_names(page) -> int:
    """Give each list item or table cell that shows only images (a logo strip of the groups
    that sign, "<li><img alt='Bidar Teachers' Network'></li>") the images' alt texts as its
    text, which is what it stands for (trafilatura reads no alt text); how many it named.
    Items of a list are named only where two or more are, so one icon is no name."""
    found = []
    for el in page.iter("li", "td", "th"):
        if " ".join(el.text_content().split()):
            continue
        alts = [" ".join((img.get("alt") or "").split()) for img in el.iter("img")]
        alts = [a for a in alts if a and not _IMAGE_WORD.search(a)]
        if alts:
            found.append((el, " · ".join(alts)))
    by_parent: dict = {}
    for el, _ in found:
        by_parent[el.getparent()] = by_parent.get(el.getparent(), 0) + 1
    named = 0
    for el, text in found:
        if by_parent[el.getparent()] >= 2:
            for child in list(el):
                el.remove(child)
            el.text = text
            named += 1
    return named


# alt texts that describe an image rather than name what it stands for
_IMAGE_WORD = re.compile(r"\b(?:logo|icon|photo|image|picture|banner|avatar|home)\b|"
                         r"\.(?:png|jpe?g|svg|gif|webp)$", re.IGNORECASE)


def _hidden(page) -> list:
    """Elements the page hides from its readers: an inline ``display:none`` or
    ``visibility:hidden``, the ``hidden`` attribute, or a class or id that the page's own
    stylesheet hides (not only on some screens: ``@media`` rules are left aside)."""
    css = _MEDIA_RULES.sub(" ", " ".join(style.text or "" for style in page.iter("style")))
    hidden_by_css: set[str] = set()
    for selectors, body in re.findall(r"([^{}]+)\{([^}]*)\}", css):
        if _HIDE.search(body):
            hidden_by_css |= {sel.strip() for sel in selectors.split(",")
                              if re.fullmatch(r"[.#][\w-]+", sel.strip())}
    out = []
    for el in page.iter():
        if not isinstance(el.tag, str) or el.tag in ("html", "head", "body") or \
                el.tag in _INVISIBLE_TAGS:
            continue
        names = {"." + c for c in (el.get("class") or "").split()}
        if el.get("id"):
            names.add("#" + el.get("id"))
        hides = _HIDE.search(el.get("style") or "") or el.get("hidden") is not None or \
            names & hidden_by_css
        if hides and not any(parent in out for parent in el.iterancestors()):
            out.append(el)
    return out


def _structure(doc, locate: _Locator) -> list[Line]:
    """trafilatura's XML (head, p, list/item, quote, table, lb) -> typed lines. A table used for
    layout (an e-mail newsletter's: cells holding paragraphs, headings, lists) is read as the
    text it lays out, not as rows of cells."""
    main = doc.find("main")
    if main is None:
        main = doc
    out: list[Line] = []
    state = {"seen_title": False}
    for el in main:
        _emit(el, out, locate, state)
    return out


_BLOCKS = ("p", "head", "list", "quote", "table")


def _lays_out(cell) -> bool:
    """A table cell that holds a page's text rather than a datum: a heading, a list or a table
    in it, or two paragraphs or more."""
    children = [child.tag for child in cell if child.tag in _BLOCKS]
    return any(tag != "p" for tag in children) or len(children) >= 2


def _emit(el, out: list[Line], locate: _Locator, state: dict) -> None:
    tag = el.tag
    if tag == "head":
        text = _text(el)
        kind = "title" if el.get("rend") == "h1" and not state["seen_title"] and not out \
            else "heading"
        state["seen_title"] = state["seen_title"] or kind == "title"
        if text:
            out.append(Line(locate(text), text, kind))
    elif tag == "list":
        numbered = el.get("rend") == "ol"
        for n, item in enumerate(el.iter("item"), start=1):
            text = _text(item)
            if text:
                out.append(Line(locate(text), text, "list", f"{n}." if numbered else "-"))
    elif tag == "quote":
        for part in _split_breaks(el):
            out.append(Line(locate(part), part, "quote"))
    elif tag == "div" and any(child.tag in _BLOCKS + ("div",) for child in el):
        _emit_container(el, out, locate, state)
    elif tag == "table":
        for row in el.iter("row"):
            cells = list(row)
            if any(_lays_out(cell) for cell in cells):
                for cell in cells:  # a layout table: the cells' own paragraphs
                    _emit_container(cell, out, locate, state)
                continue
            text = " | ".join(_text(cell) for cell in cells if _text(cell))
            if text:
                out.append(Line(locate(text), text))
    else:
        for part in _split_breaks(el):
            out.append(Line(locate(part), part))


def _emit_container(el, out: list[Line], locate: _Locator, state: dict) -> None:
    """A <div> trafilatura kept around blocks (a post's content, a signature list after its
    "Signed by:" line), or a layout table's cell: its blocks one by one, so that a list inside
    stays a list, not a run of names glued into one line."""
    lead = normalise(" ".join((el.text or "").split()))[0]
    if lead:
        out.append(Line(locate(lead), lead))
    for child in el:
        _emit(child, out, locate, state)
        tail = normalise(" ".join((child.tail or "").split()))[0]
        if tail:
            out.append(Line(locate(tail), tail))


def _text(el) -> str:
    """An element's text, a line break in it a space ("behind bars:<br>a joint appeal")."""
    parts: list[str] = []

    def walk(node) -> None:
        parts.append(node.text or "")
        for child in node:
            if child.tag == "lb":
                parts.append(" ")
            else:
                walk(child)
            parts.append(child.tail or "")

    walk(el)
    return normalise(" ".join("".join(parts).split()))[0]


def _split_breaks(el) -> list[str]:
    """A paragraph's text, split at <lb/> (line breaks in signature blocks matter)."""
    parts, current = [], [el.text or ""]
    for child in el.iter():
        if child is el:
            continue
        if child.tag == "lb":
            parts.append("".join(current))
            current = [child.tail or ""]
        elif child.tag in ("p", "head"):
            parts.append("".join(current))
            current = ["".join(child.itertext()), child.tail or ""]
        else:
            if child.getparent() is el or child.getparent().tag not in ("p", "head"):
                current.append((child.text or "") + (child.tail or ""))
    parts.append("".join(current))
    return [t for t in (normalise(" ".join(p.split()))[0] for p in parts) if t]


class _Locator:
    """Finds the HTML source line where a piece of extracted text starts."""

    def __init__(self, page) -> None:
        self.nodes = []
        # smallest node starting with each 40-character prefix: most pieces are found here in
        # constant time (a scan per piece made pages with thousands of paragraphs quadratic)
        self.starts: dict[str, tuple[int, int]] = {}
        for el in page.iter():
            if not isinstance(el.tag, str) or el.tag in _INVISIBLE_TAGS:
                continue
            text = _key(el.text_content())
            if text:
                line = el.sourceline or 1
                self.nodes.append((line, text))
                known = self.starts.get(text[:40])
                if known is None or len(text) < known[1]:
                    self.starts[text[:40]] = (line, len(text))

    def __call__(self, text: str) -> int:
        probe = _key(text)[:40]
        if probe in self.starts:
            return self.starts[probe][0]
        best = None
        for line, node_text in self.nodes:
            if probe in node_text and (best is None or len(node_text) < best[1]):
                best = (line, len(node_text))
        return best[0] if best else 1


# elements inside a block's text: a short piece of theirs is the block's, where it is kept
_INLINE = frozenset(["a", "abbr", "b", "bdi", "bdo", "cite", "code", "em", "font", "i", "kbd",
                     "mark", "q", "s", "small", "span", "strong", "sub", "sup", "time", "u",
                     "var", "br", "wbr"])


def _kept_piece(el, text: str, kept_text: str, kept_lines: set[int]) -> bool:
    """Whether a piece of an element's text is in the kept article: its words are, and it is
    long enough to be no chance match, or its block (itself, or the one its inline element is
    set in) starts on a kept line. A heading "Signatories" over a grid the extractor cut is
    not kept because a kept sentence mentions "its signatories"."""
    if not _key(text) or _key(text) not in kept_text:
        return False
    if len(words(text)) >= 4:
        return True
    node = el
    while node is not None:
        if node.sourceline in kept_lines:
            return True
        if node.tag not in _INLINE:
            return False
        node = node.getparent()
    return False


def _report_dropped(page, kept_text: str, report: Report, kept_lines: set[int]) -> int:
    """Report visible text left out of the article, and scripts/styles; return visible words."""
    visible_words = 0
    for el in page.iter():
        if not isinstance(el.tag, str):
            continue
        if el.tag in _INVISIBLE_TAGS:
            code = (el.text or "").strip()
            if code or el.tag in ("script", "style"):
                report.remove(el.sourceline or 1, f"<{el.tag}> element ({len(code)} characters)",
                              "")
            continue
        if any(a.tag in _INVISIBLE_TAGS for a in el.iterancestors()):
            continue
        if el.tag in ("input", "textarea") and (el.get("type") or "").lower() != "hidden":
            hint = " ".join((el.get("placeholder") or "").split())  # "Type your email..."
            if hint:
                report.remove(el.sourceline or 1, "not article text (form field's placeholder)",
                              hint)
        own = [el.text or ""] + [child.tail or "" for child in el]
        for piece in own:
            text = " ".join(piece.split())
            if not text or not re.search(r"\w", text):
                continue
            visible_words += len(words(text))
            if _key(text) and not _kept_piece(el, text, kept_text, kept_lines):
                report.remove(el.sourceline or 1, f"not article text ({_region(el)})", text)
    return visible_words


# the class or id of a box of other stories' teasers ("see-also", "related-posts", "more-stories")
_TEASER_BOX = re.compile(r"(?:^|[\s_-])(?:see-?also|related|more-(?:stories|news|articles)|"
                         r"recommended|read-?more|teasers?)(?:$|[\s_-])")


def _without_teasers(page, lines: list[Line], report: Report) -> list[Line]:
    """Lines the extractor kept from a box of other stories' teasers (a "See also" card's
    blurb, which it may even set above the text): not the article, wherever they land."""
    boxes = [el for el in page.iter() if isinstance(el.tag, str) and el.tag not in
             ("html", "body", "main", "article") and
             _TEASER_BOX.search(f"{el.get('class', '')} {el.get('id', '')}".lower())]
    inside = {node.sourceline for box in boxes for node in box.iter()
              if isinstance(node.tag, str) and node.sourceline}
    if not inside:
        return lines
    kept = []
    for line in lines:
        if line.kind != "title" and line.no in inside:
            report.remove(line.no, "not article text (related block)", line.text)
            continue
        kept.append(line)
    return kept


def _region(el) -> str:
    for node in (el, *el.iterancestors()):
        if node.tag in _REGIONS:
            return _REGIONS[node.tag]
        classes = f"{node.get('class', '')} {node.get('id', '')}".lower()
        for hint in ("comment", "related", "share", "breadcrumb", "sidebar", "menu", "footer"):
            if hint in classes:
                return f"{hint} block"
    return "page furniture left out by the extractor"


def _key(text: str) -> str:
    return " ".join(w.lower() for w in words(text))
