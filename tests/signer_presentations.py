"""The signers of a corpus page presented otherwise: each corpus page whose signers stand one a
line after the body, its list rewritten in the other ways pages set out the same signers
(bullets, a numbered list, a run on a label's line, a closing sentence, an HTML table with a
country column, names with a city or a country or a Persian form, a two-column PDF layout).
The names found must not change: the finder reads presentations, not the pages it was tuned on.
Used by tests/test_import_signatories.py."""

from __future__ import annotations

import html
import re
from collections.abc import Callable
from pathlib import Path

from import_corpus import Page, pages

_MARK = re.compile(r"^\s*(?:[-•*▪️🔹✅]+|\(?\d{1,3}[.)])\s*")
_COUNTRIES = ["Iran", "Sweden", "Canada", "Germany", "France", "Norway", "Netherlands"]
_CITIES = ["London", "Paris", "Berlin", "Toronto", "Geneva", "Oslo", "Stockholm"]
# a Persian form of each name, as bilingual pages give one in parentheses
_PERSIAN = ["انجمن دفاع از حقوق بشر", "کانون مدافعان حقوق کارگر", "شبکه همبستگی زنان",
            "جامعه وکلای مستقل", "کمیته پیگیری", "اتحادیه آزاد کارگران", "بنیاد آزادی"]


def one_a_line(page: Page) -> tuple[list[str], list[int], list[str]] | None:
    """The page's raw lines, the numbers of its signers' lines (one block, one name a line,
    after the first third of the page; a name with its qualifier or role after it, "Sahar
    Mirzaei (Hamburg)", is one of them) and the items as written; None for no such block."""
    lines = page.raw.read_text("utf-8").split("\n")
    want = [re.sub(r"^(?:dr|prof|ms|mr|mrs)\.?\s+", "", w.lower()) for w in page.signatories]

    def signs(line: str) -> bool:
        if re.search(r"\S {3,}\S", line.strip()):
            return False  # two columns of names: no one name a line
        text = re.sub(r"^(?:dr|prof|ms|mr|mrs)\.?\s+", "", _MARK.sub("", line).strip().lower())
        return any(text == w or text.startswith((w + " (", w + ", ")) for w in want)
    at = [i for i, line in enumerate(lines) if signs(line)]
    if len(at) < 2 or at[-1] - at[0] != len(at) - 1 or at[0] < len(lines) // 3:
        return None  # not one block of one name a line after the body
    return lines, at, [_MARK.sub("", lines[i]).strip() for i in at]


LISTED = [p for p in pages() if p.raw.suffix == ".txt" and len(p.signatories) >= 2
          and one_a_line(p)]


def _run(names: list[str]) -> str:
    return ", ".join(names[:-1]) + " and " + names[-1]


def _label_before(lines: list[str], at: int) -> int | None:
    """The line of the label over the block (the nearest line above with text), when it is a
    short one ending in a colon or a comma ("Signatories:", "Signed,")."""
    n = at - 1
    while n >= 0 and not lines[n].strip():
        n -= 1
    text = lines[n].strip() if n >= 0 else ""
    return n if text and len(text.split()) <= 10 and text.endswith((":", ",")) else None


def _html_page(before: list[str], table: list[str], after: list[str]) -> bytes:
    def paragraphs(lines: list[str]) -> str:
        return "\n".join(f"<p>{html.escape(t)}</p>" for t in lines if t.strip())
    body = [f"<h1>{html.escape(before[0])}</h1>", paragraphs(before[1:]), *table,
            paragraphs(after)]
    return ("<!DOCTYPE html>\n<html><head><meta charset=\"utf-8\"><title>"
            f"{html.escape(before[0])}</title></head>\n<body><article>\n" + "\n".join(body) +
            "\n</article></body></html>\n").encode("utf-8")


def presentations(page: Page) -> dict[str, tuple[bytes, Path]]:
    """The page with its signers presented in each way (by name): its raw bytes and the path it
    is read as (an HTML table makes an HTML page of it)."""
    lines, at, names = one_a_line(page)
    head, tail = lines[:at[0]], lines[at[-1] + 1:]
    label = _label_before(lines, at[0])
    unlabelled = lines[:label] if label is not None else head
    runnable = not any("," in n or " and " in n or ";" in n for n in names)
    out: dict[str, list[str]] = {}
    for style, mark in (("bullets", "• "), ("dashes", "- "), ("emoji", "▪️ "), ("plain", "")):
        out[style] = head + [f"{mark}{name}" for name in names] + tail
    out["numbered"] = head + [f"{n}. {name}" for n, name in enumerate(names, 1)] + tail
    if runnable:  # a run is ambiguous with those
        out["signed-by-run"] = head + ["Signed by: " + _run(names) + "."] + tail
        out["endorsed-by-sentence"] = head + ["This statement is endorsed by " + _run(names)] + \
            tail
        out["semicolons"] = unlabelled + ["Signatories: " + "; ".join(names) + "."] + tail
        out["closing-sentence"] = unlabelled + [
            _run(names) + " call on the authorities to release everyone detained for this "
            "work and to end the reprisals against their families."] + tail
    if not any("," in n for n in names):  # "A, Iran Section, Geneva" is ambiguous
        out["city-after-comma"] = head + [f"{name}, {_CITIES[n % len(_CITIES)]}"
                                          for n, name in enumerate(names)] + tail
    out["country-in-parentheses"] = head + [f"{name} ({_COUNTRIES[n % len(_COUNTRIES)]})"
                                            for n, name in enumerate(names)] + tail
    out["persian-in-parentheses"] = head + [f"{name} ({_PERSIAN[n % len(_PERSIAN)]})"
                                            for n, name in enumerate(names)] + tail
    out["alphabetical-heading"] = unlabelled + ["", "Signatories (in alphabetical order):", ""] + \
        names + tail
    pairs = [names[n:n + 2] for n in range(0, len(names), 2)]
    width = max(len(pair[0]) for pair in pairs) + 6  # the gutter: six spaces at least
    out["two-columns"] = head + ["    " + pair[0].ljust(width) + pair[1] if len(pair) > 1
                                 else "    " + pair[0] for pair in pairs] + tail
    variants = {style: ("\n".join(text).encode("utf-8"), page.raw)
                for style, text in out.items()}
    rows = [f"<tr><td>{html.escape(n)}</td><td>{_COUNTRIES[k % len(_COUNTRIES)]}</td></tr>"
            for k, n in enumerate(names)]
    table = ["<table>", "<thead><tr><th>Organisation</th><th>Country</th></tr></thead>",
             "<tbody>", *rows, "</tbody>", "</table>"]
    variants["html-table"] = (_html_page(head, table, tail), page.raw.with_suffix(".html"))
    return variants


STYLES: list[str] = ["bullets", "dashes", "emoji", "plain", "numbered", "signed-by-run",
                     "endorsed-by-sentence", "semicolons", "closing-sentence", "city-after-comma",
                     "country-in-parentheses", "persian-in-parentheses", "alphabetical-heading",
                     "two-columns", "html-table"]


def misses(page: Page, data: bytes, path: Path,
           convert: Callable[[bytes, Path], list[str]]) -> list[str]:
    """What the finder gets wrong on one presentation: signers missing, and extra ones."""
    from import_corpus import score

    result = score(page, [], None, None, convert(data, path))
    return [m for m in result.misses if m.startswith(("signatory missing", "signatories extra"))]
