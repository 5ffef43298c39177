"""Language-specific rules for the checks, one small table row per language.

A row lists characters that are wrong in the language (with the right one), whether Latin
digits are out of place, and which Latin punctuation marks the language writes differently.
Add a language by adding a row; the check itself does not change.
"""

from __future__ import annotations

from dataclasses import dataclass, field

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


PERSIAN = LanguageRules(
    wrong_chars={"\u064a": "\u06cc", "\u0643": "\u06a9"},  # Arabic yeh/kaf -> Persian ی/ک
    native_digits=language("fa").digits,  # digits and punctuation: the language model's
    punctuation=language("fa").punctuation,
    script="\u0600-\u06ff\u0750-\u077f\ufb50-\ufdff\ufe70-\ufeff",
    suffixes=("های", "ها", "ان", "یی", "ی"),  # compared without ZWNJ
)

RULES: dict[str, LanguageRules] = {
    "fa": PERSIAN,
}


def rules_for(lang: str) -> LanguageRules | None:
    """The row for ``lang`` (``fa_IR`` and ``fa-AF`` use ``fa``); None when there is none."""
    return RULES.get(lang) or RULES.get(lang.replace("-", "_").split("_")[0])
