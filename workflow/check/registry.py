"""The check registry: small functions that look at one entry and yield problems.

Modelled on Babel's ``babel/messages/checkers.py``: each check is a plain function registered
under a short code (``numbers``, ``glossary``...) with a default severity, so adding a check is
one decorated function and ``--select`` can pick checks by the code users see in the output.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field

import polib

from workflow import states
from workflow.draft.glossary import Glossary

ERROR = "error"
WARNING = "warning"
SEVERITIES = (ERROR, WARNING)


@dataclass(frozen=True)
class Problem:
    """One finding: the check's code, error or warning, and a one-line message."""

    code: str
    severity: str
    message: str


@dataclass
class Context:
    """What a check sees: one source sentence and its translation, with their surroundings."""

    source: str
    translation: str
    entry: polib.POEntry
    lang: str
    source_lang: str = "en"
    glossary: Glossary = field(default_factory=lambda: Glossary([]))
    form: int = 0  # plural form index; entry-level checks run on form 0 only
    # Glossary items the statement mentioned in earlier entries (Glossary.mentions): a term
    # with a later form expects its first-mention form only where it is not among them.
    mentioned: frozenset[str] = frozenset()

    def notes(self) -> list[str]:
        """The translator's ``note:`` lines (deliberate differences explained by the team)."""
        return states.notes(self.entry)


CheckFunc = Callable[[Context], Iterable[Problem]]


@dataclass(frozen=True)
class Check:
    code: str
    severity: str
    func: CheckFunc
    per_entry: bool  # looks at the entry, not the text: run once, not per plural form
    doc: str


CHECKS: dict[str, Check] = {}


def check(code: str, severity: str = ERROR, per_entry: bool = False) -> Callable[[CheckFunc],
                                                                              CheckFunc]:
    """Register ``func`` as check ``code``; its problems default to ``severity``."""
    if severity not in SEVERITIES:
        raise ValueError(f"unknown severity {severity!r}")

    def register(func: CheckFunc) -> CheckFunc:
        doc = (func.__doc__ or "").strip().splitlines()[0] if func.__doc__ else ""
        CHECKS[code] = Check(code, severity, func, per_entry, doc)
        return func

    return register


def problem(code: str, message: str, severity: str | None = None) -> Problem:
    """A problem with the registered default severity of ``code`` unless one is given."""
    return Problem(code, severity or CHECKS[code].severity, message)


def run_checks(ctx: Context, codes: Iterable[str] | None = None) -> Iterator[Problem]:
    """All problems the selected checks (default: all) find in one context."""
    for code in codes if codes is not None else CHECKS:
        registered = CHECKS[code]
        if registered.per_entry and ctx.form:
            continue
        yield from registered.func(ctx)
