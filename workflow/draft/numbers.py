"""Numbers in machine drafts: check them against the source and write them the target's way.

A model may drop, change or reformat a number (a year, a death toll, an ordinal). For every
machine draft we find the numbers of the source and of the draft (in any script's digits),
pair them by value, rewrite each paired draft number with the target locale's digits and
separators from Babel's CLDR data (Persian: ``30,000`` -> ``۳۰٬۰۰۰``, ``1988`` -> ``۱۹۸۸``;
German: ``30.000``), and report the numbers that do not pair up so the entry gets a
``# warning:`` line. Grouping follows the source: ``1988`` stays ungrouped, ``30,000`` is grouped.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Mapping
from dataclasses import dataclass, field
from decimal import Decimal, InvalidOperation
from functools import lru_cache

# A number as any locale writes it: space-like group separators (French "30 000") only before
# exactly three digits, other separators ("30,000", "30.000", "۳۰٬۰۰۰", "3,5") anywhere.
_NUMBER = re.compile(
    r"(?<![\w\u066b\u066c])(?:\d{1,3}(?:[ \u00a0\u202f]\d{3}(?!\d))+(?:[.,\u066b]\d+)?"
    r"|\d+(?:[,.\u066b\u066c']\d+)*)"
)
_ORDINAL = re.compile(r"(st|nd|rd|th)\b")

@dataclass(frozen=True)
class Style:
    """A locale's number symbols and digits (from Babel), or plain Latin defaults."""

    locale: str | None
    group: str = ","
    decimal: str = "."
    zero: str = "0"
    numbering_system: str = "default"


@lru_cache(maxsize=64)
def style_for(lang: str) -> Style:
    """The language model's digits and separators (``workflow.language``: one rule for drafts,
    checks and PDFs)."""
    from workflow.language import language

    found = language(lang)
    if found.locale is None:  # a code Babel does not know: plain Latin
        return Style(None)
    return Style(found.locale, group=found.group, decimal=found.decimal, zero=found.zero,
                 numbering_system=found.numbering_system)


@dataclass(frozen=True)
class Number:
    text: str
    start: int
    end: int
    grouped: bool
    values: frozenset[Decimal]
    ordinal: bool = False


def _ascii_digits(text: str) -> str:
    return "".join(str(unicodedata.digit(ch)) if ch.isdigit() else ch for ch in text)


def _parse(token: str, group: str, decimal: str) -> Decimal | None:
    """Value of ``token`` read with the given symbols; None if it does not fit them."""
    token = _ascii_digits(token)
    groups = {group, "\u00a0", "\u202f", " "} if group in "\u00a0\u202f " else {group}
    integer, sep, fraction = token.rpartition(decimal) if decimal in token else (token, "", "")
    if sep and not fraction:
        return None
    parts = re.split("[" + re.escape("".join(groups)) + "]", integer)
    if len(parts) > 1 and (not 1 <= len(parts[0]) <= 3 or any(len(p) != 3 for p in parts[1:])):
        return None
    if any(not p.isdigit() for p in parts):
        return None
    try:
        return Decimal("".join(parts) + ("." + fraction if sep else ""))
    except InvalidOperation:
        return None


def find_numbers(text: str, styles: tuple[Style, ...]) -> list[Number]:
    """Numbers in ``text``; each with the values it can mean under any of ``styles``."""
    found = []
    for match in _NUMBER.finditer(text):
        token = match.group()
        values = {v for s in styles if (v := _parse(token, s.group, s.decimal)) is not None}
        if not values:  # e.g. "1,2,3" (a list): each digit run is a number of its own
            for run in re.finditer(r"\d+", token):
                start = match.start() + run.start()
                value = Decimal(_ascii_digits(run.group()))
                ordinal = bool(_ORDINAL.match(text, start + len(run.group())))
                found.append(Number(run.group(), start, start + len(run.group()), False,
                                    frozenset({value}), ordinal))
            continue
        grouped = any(
            s.group in token and _parse(token, s.group, s.decimal) is not None for s in styles
        ) or bool(re.search(r"\d[ \u00a0\u202f]\d", token))
        ordinal = bool(_ORDINAL.match(text, match.end()))
        found.append(Number(token, match.start(), match.end(), grouped, frozenset(values),
                            ordinal))
    return found


def format_number(value: Decimal, style: Style, grouped: bool) -> str:
    """``value`` in the style's digits and separators; grouping only where the source had it."""
    if style.locale is None:
        text = f"{value:,}" if grouped else str(value)
    else:
        from babel.numbers import format_decimal

        text = format_decimal(
            value, locale=style.locale, numbering_system=style.numbering_system,
            group_separator=grouped, decimal_quantization=False,
        )
    if style.zero == "0":
        return text
    base = ord(style.zero)
    return "".join(chr(base + int(ch)) if "0" <= ch <= "9" else ch for ch in text)


@dataclass
class NumberCheck:
    """The outcome for one draft: localised text and the numbers that did not pair up."""

    text: str
    missing: list[str] = field(default_factory=list)  # in the source, not in the draft
    extra: list[str] = field(default_factory=list)  # in the draft, not in the source

    @property
    def ok(self) -> bool:
        return not self.missing and not self.extra

    def warning(self) -> str:
        parts = []
        if self.missing:
            parts.append("missing " + ", ".join(self.missing))
        if self.extra:
            parts.append("unexpected " + ", ".join(self.extra))
        return "numbers differ from source: " + "; ".join(parts)


def check_numbers(source: str, draft: str, source_lang: str, target_lang: str,
                  aliases: Mapping[Decimal, frozenset[Decimal]] | None = None) -> NumberCheck:
    """Pair the draft's numbers with the source's by value and localise the paired ones.

    ``aliases`` (a glossary's year mapping, 1988 -> {1367, 67}): other values a source number
    may be written as; such a pair is tried after the exact ones and keeps the draft's value."""
    src_style, tgt_style = style_for(source_lang), style_for(target_lang)
    src_numbers = find_numbers(source, (src_style,))
    draft_numbers = find_numbers(draft, (tgt_style, src_style, Style(None)))
    unpaired = list(src_numbers)
    paired: dict[int, tuple[Decimal, bool]] = {}  # draft number -> (value, grouped) to write
    for i, number in enumerate(draft_numbers):
        partner = next((s for s in unpaired if s.values & number.values), None)
        if partner is not None:
            unpaired.remove(partner)
            paired[i] = (next(iter(partner.values)), partner.grouped)
    for i, number in enumerate(draft_numbers):
        if i in paired or not aliases:
            continue
        partner = next((s for s in unpaired
                        if any(aliases.get(v, frozenset()) & number.values for v in s.values)),
                       None)
        if partner is not None:
            unpaired.remove(partner)
            paired[i] = (next(iter(number.values)), number.grouped)
    pieces, last, extra = [], 0, []
    for i, number in enumerate(draft_numbers):
        if i not in paired:
            extra.append(number.text)
            continue
        value, grouped = paired[i]
        pieces += [draft[last : number.start], format_number(value, tgt_style, grouped)]
        last = number.end
    pieces.append(draft[last:])
    return NumberCheck("".join(pieces), [s.text for s in unpaired], extra)
