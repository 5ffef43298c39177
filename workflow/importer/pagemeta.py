"""What an HTML page declares about itself: its headline and its publication date.

A page states its headline in several places at once (JSON-LD ``headline``, ``og:title``,
``twitter:title``, ``<title>``, ``<h1>``), each with the site's name and a section label mixed
in on some sites ("Nurses Watch | Headline", "Headline – News – Nurses Watch", an ``<h1>`` that is
the site's logo). No one place is right on every site, so each string that could be the headline
is a candidate, scored by the evidence for it:

- *corroboration*: the same words declared in more than one place (``og:title`` and an
  ``<h1>``, a ``<title>`` part and a line of the page) — a site's name is declared as the
  headline nowhere but its own logo;
- *the site's name*: ``og:site_name``/``application-name``/JSON-LD ``publisher``, a short name the
  page shows twice or more (masthead and footer), the name in its copyright line — taken off the
  ends of a declared title ("| Site", "Site —") and never the headline itself;
- *a section label* ("News", "Press releases", "Statement"): a part of a few label words;
- *shape*: a headline has a few words to a few dozen, no site-wide label;
- *topicality*: a headline's words recur in the article's opening paragraphs (a section's
  heading, an issue's name or a sharing title mostly do not).

The date is the page's declared publication date (JSON-LD ``datePublished``,
``article:published_time`` and the usual date metas; never a modified date). trafilatura's own
guess (from the URL, a copyright year, any date on the page) is used only when the page writes
that date out in its text (a "2024-01-01" made of a copyright year is no statement's date).
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass, field

from workflow.importer.text import ends_terminal, is_title_case, normalise, words, wordset

# separators between a headline and the site's name or section in a declared title
SITE_SEP = re.compile(r"\s+(?:[|–—·•»:~]|-|::)\s+")
# parts of a declared title that name a section of the site, not a statement
SECTION_WORDS = wordset(
    "news latest press release releases media centre center statement statements blog blogs "
    "article articles post posts story stories update updates home page category categories "
    "opinion analysis publications publication resources campaign campaigns our work what we "
    "do newsroom features feature world region country reports report the all and of")
_DATE_METAS = ("article:published_time", "datepublished", "pubdate", "publishdate", "dc.date",
               "dc.date.issued", "date", "sailthru.date", "parsely-pub-date")


@dataclass
class Declared:
    """The page's declared headline candidates and the names of its site."""

    sources: list[tuple[str, str]] = field(default_factory=list)  # (where, text)
    site_names: set[str] = field(default_factory=set)  # lowercased
    shown: set[str] = field(default_factory=set)  # texts of the page's elements, lowercased
    shown_twice: dict[str, int] = field(default_factory=dict)  # times shown
    names_itself: bool = False  # a site name declared in its metadata (og:site_name, JSON-LD)


# the headline readers see (``<h1>``) and the one the article declares (JSON-LD) first; the
# titles made for sharing (``og:``/``twitter:``) and for the browser's tab after them
_WEIGHTS = {"json-ld headline": 3.0, "h1": 3.0, "og:title": 2.5, "twitter:title": 1.5,
            "<title>": 1.5, "heading over the text": 3.0}


def _shown(el) -> str:
    """An element's text as a reader sees it, a line break a space between its words
    ("release of 19 jailed<br>journalists": "jailed journalists", not "jailedjournalists")."""
    parts: list[str] = []

    def walk(node) -> None:
        parts.append(node.text or "" if isinstance(node.tag, str) else "")
        for child in node:
            if child.tag == "br":
                parts.append(" ")
            elif isinstance(child.tag, str):
                walk(child)
            parts.append(child.tail or "")

    walk(el)
    return " ".join("".join(parts).split())


def _fold(text: str) -> str:
    return " ".join(words(text.lower()))


_KIND_NOUNS = frozenset({"statement", "letter", "appeal", "release", "declaration",
                         "petition", "submission", "communiqué", "communique"})


def kind_only(text: str) -> bool:
    """A heading that names only the document's kind and maker ("Defence lawyers'
    statement", "Joint appeal"): four words at most, the last a document's kind."""
    ws = [w.lower() for w in words(text)]
    return 1 <= len(ws) <= 4 and ws[-1] in _KIND_NOUNS


def is_section_label(text: str) -> bool:
    """A part of a declared title that names a section ("News", "Press releases"), not a
    headline: at most four words, every one of them a section word."""
    ws = [w.lower() for w in words(text)]
    return bool(ws) and len(ws) <= 4 and all(w in SECTION_WORDS for w in ws)


def _is_site(part: str, declared: Declared) -> bool:
    folded = _fold(part)
    if not folded:
        return False
    if folded in declared.site_names:
        return True
    n = len(folded.split())
    return n <= 5 and declared.shown_twice.get(folded, 0) >= 2


def _a_name(part: str) -> bool:
    """A short proper name, the kind a browser tab's title puts after its bar ("Headline |
    Iran Rights Monitor"): a few words, each capitalised (small words aside), no sentence.
    After a bar that is the site's name where the page declares no name of its own (one that
    does says which tail is its name: "| Elsewhere" is then a section's); a headline goes on
    after a dash or a colon, never after a bar."""
    ws = words(part)
    return 1 <= len(ws) <= 5 and (is_title_case(part) or len(ws) == 1 and part[:1].isupper()) \
        and not ends_terminal(part) and \
        not any(c.isdigit() for c in part)


def without_site(title: str, declared: Declared) -> str:
    """A declared title without the site's name and section labels at its ends:
    "Headline | Site", "Site — Headline", "Headline - News - Site", "Site: Headline" (the
    site's declared name only) -> "Headline". A part goes only
    on evidence (a declared or repeated site name, a section label), and the headline left must
    keep three words or more."""
    site, colon, rest = title.partition(": ")  # Blogger's "Site: Headline"
    if colon and _fold(site) in declared.site_names and len(words(rest)) >= 3:
        title = rest
    parts = SITE_SEP.split(title)
    seps = SITE_SEP.findall(title)
    if len(parts) < 2:
        return title
    lo, hi = 0, len(parts)
    changed = True
    while changed and hi - lo > 1:
        changed = False
        for end in ("last", "first"):
            if hi - lo <= 1:
                break
            k = hi - 1 if end == "last" else lo
            if _is_site(parts[k], declared) or is_section_label(parts[k]) or (
                    end == "last" and seps[k - 1].strip() == "|" and _a_name(parts[k])
                    and not declared.names_itself):
                rest = parts[lo:k] if end == "last" else parts[k + 1:hi]
                if len(words(" ".join(rest))) >= 3:
                    hi, lo = (k, lo) if end == "last" else (hi, k + 1)
                    changed = True
    out = parts[lo]
    for k in range(lo + 1, hi):
        out += seps[k - 1] + parts[k]
    return out


def _current_crumb(el) -> bool:
    """An unlinked last item of a list whose items before it are links (a breadcrumb trail's
    "Home › Statements › Switch it back on"): the page's own short title, never the site's
    name; inside it, what the item holds."""
    item = next((a for a in [el, *el.iterancestors()] if a.tag == "li"), None)
    if item is None or item.find(".//a") is not None:
        return False
    trail = item.getparent()
    items = [c for c in trail if isinstance(c.tag, str) and c.tag == "li"] if trail is not None \
        else []
    linked = [c for c in items[:-1] if c.find(".//a") is not None]
    return bool(items) and items[-1] is item and len(linked) >= 1


def declared(page) -> Declared:
    """Collect the headline's declarations and the site's names from a parsed page."""
    out = Declared()
    for item in _json_ld(page):
        if item.get("headline"):
            out.sources.append(("json-ld headline", str(item["headline"])))
        publisher = item.get("publisher")
        if isinstance(publisher, dict) and publisher.get("name"):
            out.site_names.add(_fold(str(publisher["name"])))
        if item.get("@type") in ("WebSite", "Organization") and item.get("name"):
            out.site_names.add(_fold(str(item["name"])))
    metas = _metas(page)
    for name in ("og:title", "twitter:title"):
        if metas.get(name):
            out.sources.append((name, metas[name]))
    for name in ("og:site_name", "application-name", "twitter:site"):
        if metas.get(name):
            out.site_names.add(_fold(metas[name].lstrip("@")))
    out.names_itself = bool(out.site_names)  # (a page naming its site says which tail it is)
    head_title = page.find(".//title")
    if head_title is not None and (head_title.text_content() or "").strip():
        out.sources.append(("<title>", head_title.text_content()))
    h1s = [_shown(h1) for h1 in page.iter("h1")]
    out.sources += [("h1", text) for text in h1s if text]
    if h1s and all(is_section_label(text) or kind_only(text) for text in h1s):
        # the <h1> names the site's section ("Statements"), a CMS sets the article's own
        # headline lower, as the first heading right over the text's paragraphs
        over = _heading_over_text(page)
        if over:
            out.sources.append(("heading over the text", over))
    body = page.find("body")
    for region in page.iter("header", "nav", "footer"):  # a logo's or footer's short name
        for el in region.iter():
            text = " ".join(el.text_content().split()) if isinstance(el.tag, str) else ""
            if text and len(words(text)) <= 5 and not _current_crumb(el) and not any(
                    " ".join(c.text_content().split()) == text for c in el
                    if isinstance(c.tag, str)):
                out.site_names.add(_fold(text))
    if body is not None:
        for el in body.iter():
            if not isinstance(el.tag, str) or el.tag in ("script", "style", "noscript"):
                continue
            text = " ".join(el.text_content().split())
            if not text or len(text) > 300:
                continue
            folded = _fold(text)
            out.shown.add(folded)
            if not any(" ".join(c.text_content().split()) == text for c in el
                       if isinstance(c.tag, str)):  # (a comment among the children)
                out.shown_twice[folded] = out.shown_twice.get(folded, 0) + 1  # innermost
            out.site_names |= copyright_names([text])
    return out


_COPYRIGHT = re.compile(r"(?:©|\(c\)|copyright)\s*(?:(?:19|20)\d\d\s*[-–]?\s*)*"
                        r"([^\d.,|©]{3,60}?)(?:\s*(?:19|20)\d\d)?\s*(?:[.,|]|$)", re.IGNORECASE)


def copyright_names(texts: list[str]) -> set[str]:
    """The names in copyright lines ("© 2024 Nurses Watch. All rights reserved."): the site's
    or publisher's, lowercased."""
    out: set[str] = set()
    for text in texts:
        for name in _COPYRIGHT.findall(text):
            name = re.sub(r"\s+all rights reserved.*$", "", name, flags=re.IGNORECASE).strip()
            if 1 <= len(words(name)) <= 6:
                out.add(_fold(name))
    return out


def _heading_over_text(page) -> str | None:
    """The first <h2>/<h3> that the text's first long paragraph (25 words or more) follows
    within a few elements: the article's headline on a page whose <h1> names its section."""
    order = [el for el in page.iter() if isinstance(el.tag, str)]
    for k, el in enumerate(order):
        if el.tag not in ("h2", "h3"):
            continue
        text = " ".join(el.text_content().split())
        if not 3 <= len(words(text)) <= 30:
            continue
        for nxt in order[k + 1:k + 12]:
            if nxt.tag in ("h1", "h2", "h3"):
                break
            if nxt.tag == "p" and len(words(nxt.text_content())) >= 25:
                return text
        return None  # (only the first heading counts)
    return None


def declared_title(page) -> tuple[str | None, set[str]]:
    """The page's headline by the evidence of its declarations (None when it declares none
    worth the name), and the site's names found on the way (for the title chooser: a line
    that is the site's name is no title)."""
    found = declared(page)
    scores: dict[str, float] = {}
    texts: dict[str, str] = {}

    def credit(text: str, points: float) -> None:
        folded = _fold(text)
        if folded:
            texts.setdefault(folded, text)
            scores[folded] = scores.get(folded, 0.0) + points

    for where, raw in found.sources:
        text = normalise(" ".join(raw.split()))[0]
        weight = _WEIGHTS[where]
        if where in ("json-ld headline", "h1"):
            credit(text, weight)
            continue
        headline = without_site(text, found)
        credit(headline, weight)
        kind, colon, rest = headline.partition(": ")
        if colon and _fold(rest) in found.shown and _document_kind(kind):
            credit(rest, weight)  # "Joint statement: Headline" shared, "Headline" the <h1>
        parts = SITE_SEP.split(text)
        seps = SITE_SEP.findall(text)
        for lo, hi in ((0, len(parts) - 1), (1, len(parts))):  # "Site | Headline", unproven
            if len(parts) < 2:
                break
            core = parts[lo] + "".join(seps[k - 1] + parts[k] for k in range(lo + 1, hi))
            if _fold(core) != _fold(headline) and _fold(core) in found.shown:
                credit(core, weight / 2)
    from workflow.importer.titles import TOPIC_WEIGHT, letterhead, topicality

    opening = _opening(page)
    best: tuple[float, str] | None = None
    for folded, score in scores.items():
        n = len(folded.split())
        score += TOPIC_WEIGHT * topicality(texts[folded], opening)  # says what it is about
        if folded in found.shown:
            score += 2.0  # shown on the page as a line of its own
        if _is_site(texts[folded], found):
            score -= 6.0
        elif letterhead(texts[folded]):
            score -= 6.0  # an organisation's name alone: the publisher's, its logo's
        parts = SITE_SEP.split(texts[folded])
        if is_section_label(texts[folded]) or (len(parts) > 1 and any(
                is_section_label(x) for x in parts) and all(
                is_section_label(x) or len(words(x)) <= 3 for x in parts)):
            score -= 4.0  # "News", "News – Nurses Watch": a section of the site
        elif kind_only(texts[folded]) and any(w == "heading over the text"
                                              for w, _ in found.sources):
            score -= 4.0  # "Defence lawyers' statement" over the statement's own headline
        score += 1.0 if 4 <= n <= 30 else (-1.0 if n <= 2 else 0.0)
        if best is None or score > best[0]:
            best = (score, folded)
    sites = set(found.site_names) | {f for f, n in found.shown_twice.items()
                                     if n >= 2 and len(f.split()) <= 5}
    if best is None or best[0] < 2.0:
        return None, sites
    return texts[best[1]], sites


def _document_kind(text: str) -> bool:
    """A document-type label before a declared headline's colon ("Joint statement", "Press
    release"): the kicker above the headline, not part of it."""
    from workflow.importer.titles import is_label

    return is_label(text)


def _opening(page, budget: int = 80) -> str:
    """The article's opening: its first paragraphs of a dozen words or more, some eighty
    words of them (for the topicality of a declared headline)."""
    out: list[str] = []
    for p in page.iter("p"):
        text = " ".join(p.text_content().split())
        if len(words(text)) >= 12:
            out.append(text)
            if sum(len(words(t)) for t in out) >= budget:
                break
    return " ".join(out)


def declared_date(page) -> str | None:
    """The publication date the page declares (never a modified date)."""
    date = None
    for item in _json_ld(page):
        date = date or iso_prefix(item.get("datePublished"))
    metas = _metas(page)
    for name in _DATE_METAS:
        date = date or iso_prefix(metas.get(name))
    return date


# where a page's other dates stand: related posts, comments, sidebars, footers
_ASIDE_TAGS = {"aside", "footer", "nav"}
_ASIDE_CLASS = re.compile(r"(?:^|[\s_-])(?:related|comments?|sidebar|recent|popular|"
                          r"relatedposts)(?:$|[\s_-])", re.IGNORECASE)
_AMBIGUOUS = re.compile(r"^(\d{1,2})[./-](\d{1,2})[./-]\d{4}$")


def _aside(el) -> bool:
    """Whether ``el`` stands in a part of the page that dates other texts (a related post's
    date, a comment's)."""
    while el is not None and isinstance(el.tag, str) and el.tag != "body":
        if el.tag in _ASIDE_TAGS or _ASIDE_CLASS.search(
                f"{el.get('class') or ''} {el.get('id') or ''}"):
            return True
        el = el.getparent()
    return False


def _swapped(iso: str) -> str | None:
    year, month, day = iso.split("-")
    return f"{year}-{day}-{month}" if day != month and int(day) <= 12 else None


def written_guess(guess: str | None, page) -> str | None:
    """trafilatura's date guess, when the page writes that date out (in its text or a
    ``<time datetime>``) outside related posts, comments and footers: a guess made of a URL's
    or copyright line's year, or of a related post's date, is not. A guess read from a
    numeric date either way round ("04/09/2026") gives way to the other reading when the page
    spells that one out ("9 April 2026")."""
    from workflow.importer.metadata import find_date

    iso = iso_prefix(guess)
    if not iso:
        return None
    body = page.find("body")
    if body is None:
        return None
    for el in body.iter("time"):
        if iso_prefix(el.get("datetime")) == iso and not _aside(el):
            return iso
    written: dict[str, bool] = {}  # each date written, and whether only ambiguously
    for el in body.iter():
        if not isinstance(el.tag, str):
            continue
        own = None if el.tag in ("script", "style") or _aside(el) else el.text
        tail = None if _aside(el.getparent()) else el.tail  # (the tail is its parent's text)
        for text in (own, tail):
            offset = 0
            while text and (found := find_date(text[offset:])) is not None:
                numeric = _AMBIGUOUS.match(text[offset + found[1]:offset + found[2]].strip())
                written[found[0]] = written.get(found[0], True) and bool(numeric)
                offset += found[2]
    other = _swapped(iso)
    if iso not in written:
        # (the page's numeric date read the other way, by the weekday before it: "Thu,
        # 04/09/2026" is 9 April, whichever way the guess read it)
        return other if other is not None and other in written else None
    if written[iso] and other is not None and written.get(other) is False:
        return other
    return iso


def iso_prefix(value) -> str | None:
    match = re.match(r"^((?:19|20)\d\d-\d\d-\d\d)", str(value or "").strip())
    return match.group(1) if match else None


def _json_ld(page) -> list[dict]:
    out: list[dict] = []
    for script in page.iter("script"):
        if (script.get("type") or "").lower() != "application/ld+json":
            continue
        try:
            data = json.loads(script.text or "", strict=False)  # (a raw line break in a string)
        except ValueError:
            continue
        items = data if isinstance(data, list) else data.get("@graph", [data]) \
            if isinstance(data, dict) else []
        out += [item for item in items if isinstance(item, dict)]
    return out


def _metas(page) -> dict[str, str]:
    metas: dict[str, str] = {}
    for meta in page.iter("meta"):
        name = (meta.get("property") or meta.get("name") or meta.get("itemprop") or "").lower()
        if name and meta.get("content"):
            metas.setdefault(name, meta.get("content").strip())
    return metas


def declared_authors(page) -> tuple[str, ...]:
    """The people the page declares as its writers: JSON-LD ``author`` items of type Person
    and ``<meta name="author">`` (an organisation as author is the site's, not a person's)."""
    out: list[str] = []
    for item in _json_ld(page):
        authors = item.get("author")
        for author in authors if isinstance(authors, list) else [authors]:
            if isinstance(author, dict) and author.get("@type") == "Person" and \
                    isinstance(author.get("name"), str):
                out.append(" ".join(author["name"].split()))
    meta = _metas(page).get("author")
    if meta:
        out.append(" ".join(meta.split()))
    return tuple(dict.fromkeys(a for a in out if a))


def page_metadata(page) -> tuple[str | None, str | None]:
    """The page's declared headline (by evidence) and publication date."""
    return declared_title(page)[0], declared_date(page)
