"""What a reviewer typed, made safe to store: the same edges as the English, no odd breaks.

Browsers add a newline when Enter is pressed at the end of a textarea, word processors paste
U+2028/U+2029/U+0085 line separators and stray control characters. ``msgfmt --check`` rejects a
msgstr whose leading or trailing newline differs from its msgid's, and line separators break
line-based readers. One function, :func:`normalise`, is applied to every text the app receives.
"""

from __future__ import annotations

import unicodedata

# Line separators that are not "\n": LINE SEPARATOR, PARAGRAPH SEPARATOR, NEXT LINE.
SEPARATORS = "\u2028\u2029\u0085"


def edges(text: str) -> tuple[str, str]:
    """The leading and trailing whitespace of ``text``."""
    core = text.strip()
    if not core:
        return text, ""
    start = text.index(core[0])
    return text[:start], text[start + len(core):]


def normalise(text: str, msgid: str) -> str:
    """``text`` with CRLF/CR as ``\\n``, line separators replaced, control characters dropped,
    and its leading/trailing whitespace replaced by the msgid's; "" when nothing is left.

    Line separators become ``\\n`` where the English has line breaks, else a space (a sentence
    pasted from a word processor is still one sentence).
    """
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    breaks = "\n" in msgid.strip()
    for sep in SEPARATORS:
        text = text.replace(sep, "\n" if breaks else " ")
    text = "".join(c for c in text if c in "\n\t" or unicodedata.category(c) != "Cc")
    core = text.strip()
    if not core:
        return ""
    lead, trail = edges(msgid)
    return lead + core + trail
