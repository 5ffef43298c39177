"""What CLDR (through Babel) does not say about a language, one row per language.

CLDR gives names, direction, the default numbering system, number symbols, list patterns
and date formats; it has no notion of which calendar a publication prints, which Latin
punctuation a language writes differently, or how its words are counted. Those few facts
live here. A new language needs a row only when it differs from the defaults of ``Extra``.
"""

from __future__ import annotations

from dataclasses import dataclass, field


@dataclass(frozen=True)
class Extra:
    """The facts CLDR lacks (or that this project decides differently)."""

    calendar: str = "gregorian"  # "persian": Solar Hijri (jdatetime), Gregorian date beside
    # Latin marks the language writes with its own characters (checks warn on the Latin ones).
    punctuation: dict[str, str] = field(default_factory=dict)
    # "spaced": words are runs of letters/digits between spaces and punctuation;
    # "characters": each letter is a word (Chinese, Japanese, Thai have no spaces).
    word_counting: str = "spaced"
    # A numbering system overriding CLDR's default ("arab", "arabext", "latn"); None: CLDR's.
    numbering_system: str | None = None


EXTRA: dict[str, Extra] = {
    "fa": Extra(calendar="persian", punctuation={",": "،", ";": "؛", "?": "؟"}),
    "ar": Extra(punctuation={",": "،", ";": "؛", "?": "؟"}),
    "ur": Extra(punctuation={",": "،", ";": "؛", "?": "؟"}),
    "zh": Extra(word_counting="characters"),
    "ja": Extra(word_counting="characters"),
    "th": Extra(word_counting="characters"),
}

# Zero digit of CLDR's decimal numbering systems (Unicode digits run contiguously from it).
# Babel knows each locale's default numbering system but not the digits themselves.
ZEROS = {
    "latn": "0", "arab": "\u0660", "arabext": "\u06f0", "beng": "\u09e6", "deva": "\u0966",
    "gujr": "\u0ae6", "guru": "\u0a66", "khmr": "\u17e0", "knda": "\u0ce6", "laoo": "\u0ed0",
    "mlym": "\u0d66", "mymr": "\u1040", "orya": "\u0b66", "tamldec": "\u0be6", "telu": "\u0c66",
    "thai": "\u0e50", "tibt": "\u0f20",
}

# CSS counter styles (CSS Counter Styles Level 3 predefined names) per numbering system.
COUNTER_STYLES = {
    "arab": "arabic-indic", "arabext": "persian", "beng": "bengali", "deva": "devanagari",
    "gujr": "gujarati", "guru": "gurmukhi", "khmr": "khmer", "knda": "kannada", "laoo": "lao",
    "mlym": "malayalam", "mymr": "myanmar", "orya": "oriya", "telu": "telugu", "thai": "thai",
    "tibt": "tibetan",
}

# argos package codes that are not CLDR locale codes.
ALIASES = {"pb": "pt_BR", "zt": "zh_Hant"}
