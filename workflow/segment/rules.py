"""Per-language rule tables for the sentence segmenter, and their registry.

A :class:`RuleTable` is plain data (word lists and a few flags); the segmenter compiles
what it needs once, when the table is registered, so splitting pays no per-call setup.
Another source language is added by building a table and calling :func:`register_rules`
(see ``docs/segment.md``). Languages without a table use :data:`GENERIC`.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field


def word_set(text: str) -> frozenset[str]:
    """A frozenset from a whitespace-separated word list (keeps tables readable)."""
    return frozenset(text.split())


@dataclass(frozen=True)
class RuleTable:
    """What the segmenter needs to know about one language.

    Abbreviation keys are lower-case and written without their final period
    ("mr", "e.g", "u.s", "a.m"); a token is looked up lower-cased.
    """

    lang: str
    #: Characters that end a sentence ("." is handled with the abbreviation rules).
    terminals: str = ".!?…"
    #: Terminals that end a sentence even without a following space (CJK full stops).
    tight_terminals: str = ""
    #: Titles and other prepositive abbreviations: never end a sentence before a word
    #: ("Mr. Smith", "Prof. Valeriu M. Ciucă", "St. Michael's").
    titles: frozenset[str] = frozenset()
    #: Abbreviations that never end a sentence ("e.g.", "i.e.", "vs.", "cf.").
    inner: frozenset[str] = frozenset()
    #: Postpositive abbreviations that end a sentence when a capitalised word follows
    #: ("... Brussels, etc. Make your ...", "... Briggs & Co. It closed ...", "6 p.m.").
    final: frozenset[str] = frozenset()
    #: Abbreviations that end a sentence only before a sentence starter or a title, like
    #: dotted initialisms and initials do ("at 6 p.m. He left" but "at 10 a.m. Tehran time").
    ambiguous: frozenset[str] = frozenset()
    #: Abbreviations that do not end a sentence before a number ("p. 55", "No. 5", "Aug. 25").
    numeric: frozenset[str] = frozenset()
    #: Words that typically begin a sentence: after an ambiguous abbreviation ("U.S.",
    #: an initial "E.", "p.m.") a boundary is made only when one of these (or a title
    #: with its period, "Mr.") follows.
    #: ``None`` means: any word that is not lower-case.
    starters: frozenset[str] | None = None
    #: Prepositions that make "At 5 a.m." a phrase rather than a sentence.
    prepositions: frozenset[str] = frozenset()
    #: Whether the script has letter case (a lower-case next word never starts a sentence).
    cased: bool = True
    #: Compiled candidate pattern, built from ``terminals`` (not an argument).
    candidate_re: re.Pattern[str] = field(init=False, repr=False, compare=False)

    def __post_init__(self) -> None:
        object.__setattr__(self, "candidate_re", _candidate_pattern(self))


# Characters that may close a sentence after its terminal punctuation.
CLOSERS = "\"'”’»›)]}"
# Characters that may open a sentence before its first word.
OPENERS = "\"'“‘«‹([{¿¡"


def _candidate_pattern(table: RuleTable) -> re.Pattern[str]:
    """One pattern finding every place where a sentence might end.

    Groups: ``term`` (the terminal cluster, with spaced ". . ." ellipses), ``close``
    (closing quotes and brackets), ``gap`` (the whitespace after; empty when the next
    sentence follows without a space, "world.Today").
    """
    other = re.escape("".join(ch for ch in table.terminals if ch != "."))
    tight = re.escape(table.tight_terminals)
    closers = re.escape(CLOSERS)
    alts = [r"\.(?:\ \.){2,}", r"\.{2,}[!?…]*", r"\.(?=[!?…])[.!?…]*"]
    if other:
        alts.append(rf"[{other}][.{other}]*")
    alts.append(r"\.")
    term = "|".join(alts)
    # The "tight" group always exists (never matching without tight terminals).
    tight_alt = rf"|(?P<tight>[{tight}]+[{closers}]*)" if tight else r"|(?P<tight>(?!))"
    return re.compile(
        rf"(?P<term>{term})(?P<close>[{closers}]*)(?P<gap>\s+|$|(?=[^\W\d_]))" + tight_alt
    )


_REGISTRY: dict[str, RuleTable] = {}


def register_rules(table: RuleTable) -> None:
    """Make ``table`` the rules for ``table.lang`` (and its regional variants)."""
    _REGISTRY[table.lang.lower()] = table


def rules_for(lang: str) -> RuleTable:
    """The table for a language code ("en", "en-GB", "en_US"); :data:`GENERIC` if none."""
    code = (lang or "").strip().lower().replace("_", "-")
    table = _REGISTRY.get(code) or _REGISTRY.get(code.split("-", 1)[0])
    return table if table is not None else GENERIC


def languages() -> list[str]:
    """Language codes that have their own rule table."""
    return sorted(_REGISTRY)


#: Fallback for languages without a table: the terminal punctuation of the common
#: scripts (Latin, Arabic/Persian "؟", Devanagari "।", CJK full stops), no abbreviation
#: lists, and a capitalised (or uncased) next word starts a sentence.
GENERIC = RuleTable(
    lang="generic",
    terminals=".!?…؟।‼⁇⁈⁉",
    tight_terminals="。！？",
    inner=word_set("e.g i.e"),
    starters=None,
)
