"""Rule-based sentence segmentation (``dossier split`` and the catalog extractor).

Public API::

    from workflow.segment import split_sentences
    split_sentences("Mr. Smith left. He was late.", lang="en")
    # -> ["Mr. Smith left.", "He was late."]

Languages without a rule table use the generic one (:data:`rules.GENERIC`); add a
language with :func:`register_rules` (see ``docs/segment.md``).
"""

from __future__ import annotations

from workflow.segment import en as _en  # noqa: F401  (registers the English table)
from workflow.segment.rules import (
    GENERIC,
    RuleTable,
    languages,
    register_rules,
    rules_for,
    word_set,
)
from workflow.segment.splitter import split_sentences

__all__ = [
    "GENERIC",
    "RuleTable",
    "languages",
    "register_rules",
    "rules_for",
    "split_sentences",
    "word_set",
]
