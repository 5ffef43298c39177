"""A word broken at a line end: joined whole ("organis-" / "ing" -> "organising") or kept as
the compound it is ("drug-" / "related", "well-" / "being", "non-" / "state"), decided on the
page's own words. One rule for every text that wraps lines: a PDF's extraction and a
hard-wrapped e-mail or plain-text page alike.

The hyphen stays when the page writes the compound with a hyphen elsewhere; when the first half
is one English always hyphenates ("ill", "self", "well", "ex"); or when the second half is a
word of its own the page uses, the joined word is not, and the second half is a common
compound's ("related", "based") or a function word, with a first half that is no closed-up
prefix ("under", "re") and is used on its own or is an open prefix ("non", "anti")."""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable

from workflow.importer.lexicon import stoplist
from workflow.importer.text import words, wordset

# prefixes English writes closed up: broken at a line end they join ("under-" / "signed")
_CLOSED_PREFIXES = wordset("under over out counter inter re pre un dis mis sub super")
# prefixes English writes with a hyphen ("non-state", "self-determination")
_OPEN_PREFIXES = wordset("non anti self ex pro quasi semi neo pan post mid multi")
# first halves English always writes with a hyphen ("ill-treatment", "self-immolation",
# "well-being", "ex-prisoner"): broken at a line end, the hyphen stays whatever the second half
_HYPHENATED_HEADS = wordset("ill self well ex")
# second halves of common English compounds, kept hyphenated when broken at a line end
_COMMON_SECOND = wordset(
    "related based led term free old year years wide scale level run called owned hel"
    "d funded backed affiliated aged born up out like")


class Hyphenation:
    """The page's words, to decide each word broken at a line end."""

    def __init__(self, texts: Iterable[str]) -> None:
        texts = list(texts)
        self.counts = Counter(w.lower() for text in texts for w in words(text))
        # the words the page writes whole: not a line's first word after a line-end hyphen,
        # which may be half a word ("organis-" / "ing")
        self.whole: Counter[str] = Counter()
        broken = False
        for text in texts:
            found = words(text)
            self.whole.update(w.lower() for w in found[1 if broken else 0:])
            broken = text.rstrip().endswith(("-", "\u2010", "\u00ad")) if text.strip() else broken
        self.compounds = {w.lower() for text in texts for w in re.findall(r"\w+-\w+", text)}

    def keeps_hyphen(self, head: str, tail: str) -> bool:
        """Whether "head-" at a line end and "tail" on the next line are a hyphenated
        compound (else one word broken in two)."""
        head, tail = head.lower(), tail.lower()
        joined = head + tail
        compound = f"{head}-{tail}"
        if compound in self.compounds or head in _HYPHENATED_HEADS:
            return True  # (a compound the page writes whole on one line elsewhere)
        return (tail in self.counts and joined not in self.counts
                and joined not in stoplist("latin")  # "with-" / "out": "without"
                and tail in stoplist("latin") | _COMMON_SECOND
                and head not in _CLOSED_PREFIXES
                and (tail in _COMMON_SECOND or self.counts[head] >= 2
                     or head in _OPEN_PREFIXES))

    def joins_wrapped(self, head: str, tail: str) -> bool:
        """For a text wrapped at spaces (an e-mail, a plain-text page), where a hyphen at a
        line end is mostly a compound's own: joined when the page writes the joined word
        elsewhere, or when the second half is no word the page uses (a fragment: "work-" /
        "ers"), unless the compound is one that keeps its hyphen."""
        low_head, low_tail = head.lower(), tail.lower()
        if f"{low_head}-{low_tail}" in self.compounds:
            return False
        if low_head + low_tail in self.counts:
            return True
        return low_tail not in self.whole and low_tail not in _COMMON_SECOND and \
            low_head not in _OPEN_PREFIXES and not self.keeps_hyphen(head, tail)
