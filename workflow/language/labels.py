"""The labels a PDF prints ("Contents", "Provenance", ...), from gettext catalogs of our own.

``labels/labels.pot`` holds the English texts (msgid) under a key (msgctxt);
``labels/<lang>.po`` their translations, edited like any catalog (Poedit, Weblate, msgfmt
--check). A label a catalog lacks, or leaves fuzzy or empty, falls back to English.
"""

from __future__ import annotations

from functools import lru_cache
from pathlib import Path

import polib

LABELS_DIR = Path(__file__).resolve().parent / "labels"
TEMPLATE = LABELS_DIR / "labels.pot"


@lru_cache(maxsize=1)
def _english() -> dict[str, str]:
    return {e.msgctxt: e.msgid for e in polib.pofile(str(TEMPLATE))}


@lru_cache(maxsize=64)
def _translations(code: str) -> dict[str, str]:
    from workflow.language.model import base_code

    for name in (code, code.replace("-", "_"), base_code(code)):
        path = LABELS_DIR / f"{name}.po"
        if path.is_file():
            return {e.msgctxt: e.msgstr for e in polib.pofile(str(path))
                    if e.msgstr and not e.fuzzy and not e.obsolete}
    return {}


def label(key: str, lang: str) -> str:
    """The label ``key`` in ``lang``; English when the language's catalog lacks it."""
    english = _english()
    if key not in english:
        raise KeyError(f"no label {key!r} in {TEMPLATE}")
    return _translations(lang).get(key) or english[key]


def label_languages() -> list[str]:
    """Languages with a labels catalog."""
    return sorted(p.stem for p in LABELS_DIR.glob("*.po"))


def catalog_files() -> list[Path]:
    """Every labels file (for build cache keys)."""
    return sorted(LABELS_DIR.glob("*.po*"))
