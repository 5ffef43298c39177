"""Text predicates and whitespace normalisation shared by the import rules.

Kept small and language-neutral on purpose: the rules decide by the *kind* of a line (its
punctuation, capitalisation, length), never by exact strings from one website.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

# Spaces that a browser copy turns into something other than U+0020.
_ODD_SPACES = re.compile(r"[\u00a0\u2000-\u200a\u202f\u205f\u3000\t]")
# Invisible characters with no meaning in an English source (ZWNJ is kept: Persian needs it).
_INVISIBLE = re.compile(r"[\u200b\ufeff\u00ad\u2060]")
_MULTI_SPACE = re.compile(r" {2,}")
_SPACE_AFTER_OPEN_QUOTE = re.compile(r"([“‘])\s+(?=\w)")
_SPACE_BEFORE_CLOSE_QUOTE = re.compile(r"(?<=[\w.,!?])\s+(”)(?=\s|$|[.,;:!?)])")

def _closes_low(text: str, at: int, quote: str) -> bool:
    """The quotation mark at ``at`` closes a German or Czech quotation opened low ("‚Spionage‘
    zu …", "„Gefangenen“ vom …"): no opening mark, the space after it is the text's."""
    low = "‚" if quote == "‘" else "„"
    return text[:at].count(low) > text[:at].count(quote)


# A sentence or line that ends properly: . ! ? … ; : optionally followed by closing quotes/brackets.
_TERMINAL = re.compile(r"(?:[.!?…;:][\"'’”»)\]]*|[\"'’”»][.!?…;:])[¹²³⁴⁵⁶⁷⁸⁹⁰]*$")
_ELLIPSIS_END = re.compile(r"(\.\.\.|…)$")
_WORD = re.compile(r"[^\W_]+(?:[’'\-][^\W_]+)*")
_LIST_ITEM = re.compile(r"^(?:[-*+•·▪◦‣]|\d{1,3}[.)]|[a-z][.)])\s+")



def wordset(text: str) -> frozenset[str]:
    """A set of words written as one space-separated string (easier to read and extend)."""
    return frozenset(text.split())


SMALL_WORDS = wordset(
    "a an and as at but by for from in into nor of on or over per the to upon via with "
    "its their his her our your than that this"
)
# Words a sentence cannot end on: a paragraph ending with one was cut off.
DANGLING_WORDS = SMALL_WORDS | wordset("is are was were be been which who whose whom while")


@dataclass
class Line:
    """One line of input: its number in the raw file, its (normalised) text, and an optional kind
    already known from the markup (HTML extraction), e.g. "heading" or "list"."""

    no: int
    text: str
    kind: str = ""
    marker: str = ""


def normalise(text: str) -> tuple[str, list[str]]:
    """Normalise a line's whitespace; returns the new text and what was changed (for the report)."""
    changes: list[str] = []
    out = _INVISIBLE.sub("", text)
    if out != text:
        changes.append("invisible characters removed")
    odd = _ODD_SPACES.findall(out)
    if odd:
        nbsp = sum(1 for ch in odd if ch == "\u00a0")
        if nbsp:
            changes.append(f"{nbsp} no-break space{'s' if nbsp > 1 else ''} -> space")
        if len(odd) > nbsp:
            changes.append(f"{len(odd) - nbsp} other space character(s) -> space")
        out = _ODD_SPACES.sub(" ", out)
    out = out.strip()
    doubled = len(_MULTI_SPACE.findall(out))
    if doubled:
        changes.append(f"{doubled} run(s) of spaces collapsed")
        out = _MULTI_SPACE.sub(" ", out)
    fixed = _SPACE_AFTER_OPEN_QUOTE.sub(lambda m: m.group(0) if _closes_low(out, m.start(),
                                                                        m.group(1))
                                        else m.group(1), out)
    fixed = _SPACE_BEFORE_CLOSE_QUOTE.sub(r"\1", fixed)
    if fixed != out:
        changes.append("space inside quotation marks removed")
        out = fixed
    return out, changes


def words(text: str) -> list[str]:
    return _WORD.findall(text)


def ends_terminal(text: str) -> bool:
    """True when the text ends like a finished sentence (or a clause introducing a list); a
    footnote mark after the full stop ("capacity.¹") does not unfinish it."""
    return bool(_TERMINAL.search(text.rstrip()))


def ends_ellipsis(text: str) -> bool:
    return bool(_ELLIPSIS_END.search(text.rstrip()))


def starts_lower(text: str) -> bool:
    first = text.lstrip("“‘\"'([")[:1]
    return first.isalpha() and first.islower()


def starts_upper(text: str) -> bool:
    first = text.lstrip("“‘\"'([")[:1]
    return first.isdigit() or (first.isalpha() and first.isupper())


def is_title_case(text: str) -> bool:
    """A heading-like line: every word that is not a small word starts with a capital or a digit."""
    content = [w for w in words(text) if w.lower() not in SMALL_WORDS]
    if len(content) < 2:
        return False
    return all(w[0].isupper() or w[0].isdigit() for w in content)


def list_marker(text: str) -> str:
    """The list marker a line starts with ("1.", "-", "•"), or ""."""
    match = _LIST_ITEM.match(text)
    return match.group(0).strip() if match else ""


def internal_sentence_end(text: str) -> bool:
    """True when a sentence ends somewhere inside the text (not only at its end)."""
    return bool(re.search(r"[a-z0-9][.!?][”\"’)]?\s+[“\"]?[A-Z]", text))


def shorten(text: str, limit: int = 90) -> str:
    """Quote a line in the report: whole when short, else its start and end."""
    if len(text) <= limit:
        return text
    half = (limit - 5) // 2
    return f"{text[:half]} ... {text[-half:]}"
