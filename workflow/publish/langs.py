"""Publishing's view of a language: thin helpers over ``workflow.language`` plus bidi runs.

Every fact (direction, digits, dates, lists, labels) comes from ``workflow.language``; only
text the build *generates* (labels, page and contents numbers, dates, counts) is localised.
A translator's text is never altered beyond bidi isolation (``isolate_runs``).
"""

from __future__ import annotations

import re

from workflow.language import FSI, PDI, language, parse_date
from workflow.language import label as label

ZWNJ = "\u200c"

__all__ = ["FSI", "PDI", "ZWNJ", "counter_style", "digits", "direction", "format_date",
           "is_rtl", "isolate", "isolate_runs", "label", "number", "parse_date", "percent"]


def is_rtl(lang: str) -> bool:
    return language(lang).rtl


def direction(lang: str) -> str:
    return language(lang).direction


def counter_style(lang: str) -> str:
    """The CSS counter style for page and contents numbers in ``lang``."""
    return language(lang).counter_style


def digits(text: str, lang: str) -> str:
    """ASCII digits in generated text -> the language's own digits."""
    return language(lang).to_digits(text)


def number(value: int, lang: str) -> str:
    return language(lang).number(value)


def percent(value: float, lang: str) -> str:
    return language(lang).percent(value)


def format_date(value: object, lang: str) -> str:
    return language(lang).format_date(value)


def isolate(text: str) -> str:
    """Wrap a run of the other direction in FSI...PDI so it keeps its order."""
    return f"{FSI}{text}{PDI}"


# A run of Latin words and numbers (with the spaces and light punctuation between them):
# "Mojahedin Khalg", "UN Human Rights Council", "30,000", "2018-08-20", "A/HRC/37/24",
# "10 km", "https://example.org/a?b=c".
_L = r"0-9A-Za-z\u00C0-\u024F\u1E00-\u1EFF"
_TOKEN = rf"(?:[{_L}][{_L}'’.,:/\-&_?=#%+~@]*[{_L}%/]|[{_L}])"
_LATIN_RUN = re.compile(rf"{_TOKEN}(?:[ \u00A0]+{_TOKEN})*")


# Letters of right-to-left scripts (Arabic, Persian, Urdu; Hebrew; Syriac, Thaana, N'Ko).
_RTL_LETTER = re.compile("[\u0590-\u08ff\ufb1d-\ufdff\ufe70-\ufeff]")


def has_rtl(text: str) -> bool:
    return bool(_RTL_LETTER.search(text))


def isolate_runs(text: str) -> str:
    """Isolate every Latin/number run inside RTL text; nothing else is changed.

    A text with no right-to-left letter at all (a name or title left in English, "Activists
    of Iran.") is isolated whole, so its own punctuation (final full stop, brackets) stays
    with it instead of moving to the line's other end.

    The characters (U+2068/U+2069) are used instead of elements because WeasyPrint pushes a
    justified RTL line out on the left when it breaks right before an inline element.
    Runs already isolated (inside FSI...PDI) are left alone, so the function is idempotent.
    """
    if FSI in text:
        return text
    if not has_rtl(text):
        return isolate(text) if text.strip() else text
    return _LATIN_RUN.sub(lambda m: isolate(m.group(0)), text)
