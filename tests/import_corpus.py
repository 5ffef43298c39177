"""The hand-written import corpus (tests/data/import/corpus/) and how a result is scored.

Each raw page ``NN-kind-site.EXT`` has ``NN-kind-site.yaml``: its split (dev, tuned on;
heldout and fresh…fresh23, each measured once before any tuning on it; see bench/bench_import.py),
kind, title, date, signatories, the sentences that must be kept whole
and the strings that must be gone. Used by tests/test_import_corpus.py and bench/bench_import.py.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass, field
from pathlib import Path

import yaml

CORPUS = Path(__file__).parent / "data" / "import" / "corpus"


@dataclass
class Page:
    name: str
    raw: Path
    split: str
    kind: str
    title: str
    date: str | None
    signatories: list[str]
    keep: list[str]
    drop: list[str]


@dataclass
class Score:
    """What one extractor made of one page."""

    kept: int = 0
    keep_total: int = 0
    dropped: int = 0
    drop_total: int = 0
    title_ok: bool | None = None
    date_ok: bool | None = None
    signatories_found: int = 0
    signatories_total: int = 0
    misses: list[str] = field(default_factory=list)


def pages(split: str | None = None, corpus: Path = CORPUS) -> list[Page]:
    """The pages of ``corpus`` (the bundled one unless told) in ``split`` (None or "all": every
    page)."""
    out = []
    for spec in sorted(corpus.glob("*.yaml")):
        raw = next(p for p in sorted(corpus.glob(spec.stem + ".*")) if p.suffix != ".yaml")
        data = yaml.safe_load(spec.read_text("utf-8"))
        page = Page(name=spec.stem, raw=raw, split=data["split"], kind=data["kind"],
                    title=data["title"], date=data.get("date"),
                    signatories=list(data.get("signatories") or []),
                    keep=list(data["keep"]), drop=list(data["drop"]))
        if split in (None, "all", page.split):
            out.append(page)
    return out


def norm(text: str) -> str:
    return " ".join(unicodedata.normalize("NFC", text).split())


def _name(text: str) -> str:
    """A signer's name or a title as compared: case, spacing, the typography of apostrophes
    and quotation marks ("Repeal the “Chastity” law" and "Repeal the "Chastity" law"), and
    courtesy or academic titles aside ("Women's" and "Women’s", "Ms. Mai Sato" and
    "Mai Sato", "Dr. Kaveh Nourbakhsh" and "Kaveh Nourbakhsh" are one name; the writers
    annotate the title on some pages and not on others). So is a name with its Persian form
    in parentheses ("Filterwatch (فیلترواچ)" and "Filterwatch"): the corpus's first 442 pages
    annotate the name alone, some later writers the name with its gloss."""
    text = re.sub(r"\s*\([^()]*[\u0600-\u06ff][^()]*\)", "", text)
    text = re.sub(r"^(?:(?:ms|mr|mrs|miss|mx|dr|prof|professor|rev)\.?\s+)+", "",
                  norm(text).lower())
    return text.rstrip(".,;").replace("’", "'").replace("‘", "'").translate(_QUOTES)


def _person(text: str) -> str | None:
    """The person a signer's annotation names before her role ("Ms. Lucía Ferrand, Special
    Rapporteur on …" is "lucía ferrand"): fresh21's writers annotate some experts with their
    roles after a comma, fresh22's some people with their roles in parentheses ("Kiana Parsa
    (santur player)"), the corpus's other pages the name alone. None when the part before
    is no person's name of two to five capitalised words, or the parentheses hold no role
    (a place: "Tarn Valley Watch (Austria)" is compared whole)."""
    head, comma, _ = text.partition(",")
    aside = re.match(r"^([^()]+?)\s+\(([^()]*(?:\([^()]*\)[^()]*)*)\)$", text.strip())
    if aside and re.search(r"\b[a-z]{2,}", aside[2]):
        head, comma = aside[1], "("
    name = _name(head)
    ws = head.split()
    if not comma or not 2 <= len(ws) <= 6 or not all(w[:1].isupper() for w in ws):
        return None
    return name


_LIST_MARK = re.compile(r"^(?:\d{1,2}[.)]|[-•*])\s+(?=\S)")
_QUOTES = str.maketrans({"“": '"', "”": '"', "„": '"', "«": '"', "»": '"'})


def score(page: Page, blocks: list[str], title: str | None, date: str | None,
          signatories: list[str] | None) -> Score:
    """Score one extraction: ``blocks`` are the kept blocks (a sentence must lie in one)."""
    text = "\n".join(norm(b) for b in blocks)
    result = Score(keep_total=len(page.keep), drop_total=len(page.drop))
    for sentence in page.keep:
        # (a list item's number or bullet is the list's markup: "1. Order the release …" is
        # kept whole as the list's first item; the writers annotate items with and without it)
        if norm(sentence) in text or _LIST_MARK.sub("", norm(sentence)) in text:
            result.kept += 1
        else:
            result.misses.append(f"lost: {sentence[:70]}")
    for junk in page.drop:
        if norm(junk) not in text:
            result.dropped += 1
        else:
            result.misses.append(f"kept junk: {junk[:70]}")
    if title is not None or page.title:
        result.title_ok = title is not None and _name(title) == _name(page.title)
        if not result.title_ok:
            result.misses.append(f"title: {title!r} (want {page.title!r})")
    result.date_ok = (date or None) == (page.date or None)
    if not result.date_ok:
        result.misses.append(f"date: {date!r} (want {page.date!r})")
    if signatories is not None:
        found = [_name(s) for s in signatories]
        result.signatories_total = len(page.signatories)
        for want in page.signatories:
            if any(f == _name(want) or f.startswith(_name(want)) or f == _person(want)
                   for f in found):
                result.signatories_found += 1
            else:
                result.misses.append(f"signatory missing: {want}")
        extra = [s for s in found if not any(s.startswith(_name(w)) or s == _person(w)
                                             for w in page.signatories)]
        if extra:
            result.misses.append(f"signatories extra: {extra}")
    return result
