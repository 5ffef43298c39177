"""Language-specific rules for the checks, one small table row per language.

A row lists characters that are wrong in the language (with the right one), whether Latin
digits are out of place, and which Latin punctuation marks the language writes differently.
Add a language by adding a row; the check itself does not change.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, field
from decimal import Decimal

from workflow.language import language


@dataclass(frozen=True)
class LanguageRules:
    """What the orthography and glossary checks need to know about one target language."""

    wrong_chars: dict[str, str] = field(default_factory=dict)  # wrong -> right (errors)
    native_digits: str = ""  # the language's digits 0-9; ASCII digits in its text are warnings
    punctuation: dict[str, str] = field(default_factory=dict)  # Latin mark -> native (warnings)
    script: str = ""  # regex class of the language's letters: marks next to them count
    # Endings a glossary form's word may lose in running text (Persian takes the singular after
    # numbers and "thousands of": زندانیان سیاسی -> ۳۰٬۰۰۰ زندانی سیاسی; پاسخ‌گویی -> پاسخ‌گو).
    suffixes: tuple[str, ...] = ()
    # Values of numbers the language writes in words (titles prefer «بیست‌وپنجمین» to «۲۵مین»):
    # the numbers check lets them stand for a source number written in digits.
    spelled_numbers: Callable[[str], list[Decimal]] | None = None


_FA_UNITS = dict(zip(
    ("یک", "دو", "سه", "چهار", "پنج", "شش", "هفت", "هشت", "نه", "ده", "یازده", "دوازده",
     "سیزده", "چهارده", "پانزده", "شانزده", "هفده", "هجده", "نوزده"), range(1, 20), strict=True))
_FA_UNITS.update({"هیجده": 18, "یکصد": 100, "صد": 100, "دویست": 200, "سیصد": 300,
                  "چهارصد": 400, "پانصد": 500, "ششصد": 600, "هفتصد": 700, "هشتصد": 800,
                  "نهصد": 900})
_FA_UNITS.update(zip(("بیست", "سی", "چهل", "پنجاه", "شصت", "هفتاد", "هشتاد", "نود"),
                     range(20, 100, 10), strict=True))
_FA_SCALES = {"هزار": 1000, "میلیون": 10**6}
_FA_ORDINAL = re.compile("(?:ا?مین|ا?م)$")
_FA_THIRD = ("سوم", "سومین")


def _fa_value(word: str) -> tuple[int, bool] | None:
    """(value, is a scale) of one Persian number word, ordinal endings allowed: پنجمین -> 5."""
    if word in _FA_THIRD:
        return 3, False
    for candidate in (word, _FA_ORDINAL.sub("", word)):
        if candidate in _FA_UNITS:
            return _FA_UNITS[candidate], False
        if candidate in _FA_SCALES:
            return _FA_SCALES[candidate], True
    return None


def persian_spelled_numbers(text: str) -> list[Decimal]:
    """Values of Persian numbers written in words, cardinal or ordinal, joined by «و» with
    spaces or ZWNJ: «سی‌ودو» -> 32, «بیست‌وپنجمین» -> 25, «سی‌امین» -> 30."""
    tokens = re.sub(r"[\u200c\s]+", " ", text).split()
    values, total, current, open_ = [], 0, 0, False
    for token in [*tokens, ""]:
        token = token.strip("«»()،؛.!؟:")
        if open_ and token in ("و", "ام", "امین", "م", "مین"):
            continue  # the conjunction, or an ordinal ending after a ZWNJ: سی‌امین
        if open_ and token.startswith("و") and _fa_value(token[1:]):
            token = token[1:]  # «وپنج» in «بیست‌وپنج»
        found = _fa_value(token)
        if found is None:
            if open_:
                values.append(Decimal(total + current))
            total, current, open_ = 0, 0, False
            continue
        value, scale = found
        if scale:
            total, current = total + max(current, 1) * value, 0
        else:
            current += value
        open_ = True
    return values


PERSIAN = LanguageRules(
    wrong_chars={"\u064a": "\u06cc", "\u0643": "\u06a9"},  # Arabic yeh/kaf -> Persian ی/ک
    native_digits=language("fa").digits,  # digits and punctuation: the language model's
    punctuation=language("fa").punctuation,
    script="\u0600-\u06ff\u0750-\u077f\ufb50-\ufdff\ufe70-\ufeff",
    suffixes=("های", "ها", "ان", "یی", "ی"),  # compared without ZWNJ
    spelled_numbers=persian_spelled_numbers,
)

RULES: dict[str, LanguageRules] = {
    "fa": PERSIAN,
}


def rules_for(lang: str) -> LanguageRules | None:
    """The row for ``lang`` (``fa_IR`` and ``fa-AF`` use ``fa``); None when there is none."""
    return RULES.get(lang) or RULES.get(lang.replace("-", "_").split("_")[0])
