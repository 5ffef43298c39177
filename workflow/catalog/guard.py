"""The meaning-flip guard: what a fuzzy match must not silently carry over.

A translation inherited from a *similar* old sentence is dangerous when the two sentences differ
in negation, numbers, dates or proper names ("arrested on 3 May" vs "arrested on 5 May" vs
"did not arrest on 3 May"): the inherited text then says the opposite or the wrong fact. The
differences found here are written as one ``# changed:`` translator comment (see
:func:`workflow.states.mark_stale`), so reviewers, checks and the PDF see exactly what changed.
"""

from __future__ import annotations

import re
from collections import Counter

from workflow.segment import rules_for


def _split(text: str) -> tuple[str, ...]:
    return tuple(text.split())


MONTHS = _split("January February March April May June July August September October November "
          "December Jan Feb Mar Apr Jun Jul Aug Sep Sept Oct Nov Dec")
_MONTH = "|".join(MONTHS)
_DAY = r"\d{1,2}(?:st|nd|rd|th)?"
_DATE = re.compile(
    rf"\b(?:{_DAY}\s+(?:of\s+)?(?:{_MONTH})\.?(?:,?\s+\d{{4}})?"
    rf"|(?:{_MONTH})\.?\s+{_DAY}(?:,?\s+\d{{4}})?"
    rf"|(?:{_MONTH})\.?\s+\d{{4}}"
    rf"|\d{{4}}-\d{{2}}-\d{{2}})\b"
)
_NUMBER = re.compile(r"(?<![\w.])\d+(?:[.,]\d+)*(?:st|nd|rd|th)?%?|\b(?:" + "|".join(_split(
    "one two three four five six seven eight nine ten eleven twelve twenty thirty forty fifty "
    "hundred hundreds thousand thousands million millions")) + r")\b", re.IGNORECASE)
NEGATIONS = frozenset(_split("not no never none nobody nothing neither nor without cannot "
                      "n't nowhere"))
_WORD = re.compile(r"[^\W\d_][\w’'-]*|n't", re.UNICODE)
_NAME = re.compile(r"\b[A-Z][\w’'-]*(?:\s+[A-Z][\w’'-]*)*")
_NOT_NAMES = frozenset(MONTHS) | frozenset(_split(
    "The A An This That These Those It He She They We I You His Her Their Our On In At Of For "
    "And But Or As By With From To Since After Before During Mr Mrs Ms Dr Monday Tuesday "
    "Wednesday Thursday Friday Saturday Sunday"))

# Words that typically begin an English sentence ("Several", "However"): never a name there.
_STARTERS = rules_for("en").starters or frozenset()


def _negations(text: str) -> Counter:
    words = [w.lower() for w in _WORD.findall(text.replace("n’t", "n't"))]
    found = Counter(w for w in words if w in NEGATIONS)
    found["n't"] += sum(1 for w in words if w.endswith("n't") and w != "n't")
    return +found


def _dates(text: str) -> tuple[list[str], str]:
    found = [" ".join(m.group(0).split()) for m in _DATE.finditer(text)]
    return found, _DATE.sub(" ", text)


def _names(text: str, other: str) -> Counter:
    """Capitalised runs that look like names. The sentence's first word is capitalised anyway:
    it counts only when the other sentence does not use it as an ordinary word ("Police
    arrested" vs "The police arrested"), so "Khomeini ordered" -> "Khamenei ordered" is seen."""
    names: Counter = Counter()
    other_words = {w.lower() for w in _WORD.findall(other)}
    lead = len(text) - len(text.lstrip(" \"'“‘«([-–—"))
    for match in _NAME.finditer(text):
        words = [w for w in match.group(0).split() if w not in _NOT_NAMES]
        first = match.group(0).split()[0]
        if (match.start() == lead and words and words[0] == first
                and (first.lower() in other_words or first in _STARTERS)):
            words = words[1:]
        if words:
            names[" ".join(words)] += 1
    return names


def _compare(label: str, old: Counter, new: Counter) -> list[str]:
    removed = list((old - new).elements())
    added = list((new - old).elements())
    changes = []
    for before, after in zip(removed, added, strict=False):
        changes.append(f"{label} {before} -> {after}")
    pairs = min(len(removed), len(added))
    changes += [f"{label} removed ({x})" for x in removed[pairs:]]
    changes += [f"{label} added ({x})" for x in added[pairs:]]
    return changes


def meaning_changes(old: str, new: str) -> list[str]:
    """Human-readable differences in negation, dates, numbers and names (empty: none found)."""
    changes = []
    neg_old, neg_new = _negations(old), _negations(new)
    for word in sorted((neg_new - neg_old).elements()):
        changes.append(f"negation added ({word})")
    for word in sorted((neg_old - neg_new).elements()):
        changes.append(f"negation removed ({word})")
    dates_old, rest_old = _dates(old)
    dates_new, rest_new = _dates(new)
    changes += _compare("date", Counter(dates_old), Counter(dates_new))
    nums_old = Counter(m.group(0).lower() for m in _NUMBER.finditer(rest_old))
    nums_new = Counter(m.group(0).lower() for m in _NUMBER.finditer(rest_new))
    changes += _compare("number", nums_old, nums_new)
    changes += _compare("name", _names(rest_old, rest_new), _names(rest_new, rest_old))
    return changes
