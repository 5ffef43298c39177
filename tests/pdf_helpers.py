"""Reading our PDFs back with poppler: a normalised bag of words survives the text layer."""

from __future__ import annotations

import re
import subprocess
import unicodedata
from collections import Counter

# ZWNJ/ZWJ vanish from the text layer; bidi controls separate runs, so they become spaces.
TEXT_LAYER = {0x200C: None, 0x200D: None, 0x06D5: 0x0647} | dict.fromkeys(
    map(ord, "\u200e\u200f\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069"), " ")


def tool(*argv: str) -> str:
    """Run a poppler (or other) tool and return its standard output; fail on error."""
    return subprocess.run(argv, capture_output=True, text=True, check=True).stdout


def words(text: str) -> Counter:
    """Normalised bag of words: no ZWNJ, bidi controls or combining marks (the heh with
    hamza of "دربارهٔ" is one glyph), letters of each word sorted (the text layer may
    reverse RTL clusters such as lam-alef)."""
    text = unicodedata.normalize("NFKD", text)
    text = "".join(c for c in text if unicodedata.category(c) != "Mn").translate(TEXT_LAYER)
    return Counter("".join(sorted(w)) for w in re.findall(r"\w+", text))
