"""Language facts in one place: ``language(code)`` and the PDF's printed labels.

``model``  the ``Language`` object: Babel/CLDR data + ``table`` (what CLDR lacks)
``table``  calendar, Latin punctuation written natively, word counting, overrides
``labels`` the labels a PDF prints, read from ``labels/<lang>.po`` (a gettext catalog)

A new language is a ``labels/<code>.po`` catalog and, only where CLDR is not enough, a row
in ``table.EXTRA``.
"""

from workflow.language.labels import label
from workflow.language.model import (
    FSI,
    LRI,
    PDI,
    RLI,
    Language,
    base_code,
    count_words,
    language,
    parse_date,
)

__all__ = ["FSI", "LRI", "PDI", "RLI", "Language", "base_code", "count_words", "label",
           "language", "parse_date"]
