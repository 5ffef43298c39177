"""The one reading of "now": ``SOURCE_DATE_EPOCH`` when set, else the clock.

Every date dossier writes into a file (catalog revision dates, draft and approval dates, PDF
build dates) comes from here, so a reproducible run (``SOURCE_DATE_EPOCH=...``) is
reproducible in every command, ``draft`` included.
"""

from __future__ import annotations

import datetime as dt
import os

from workflow.errors import InputError


def epoch() -> dt.datetime | None:
    """``SOURCE_DATE_EPOCH`` as an aware UTC datetime, or None when unset or empty."""
    value = os.environ.get("SOURCE_DATE_EPOCH", "").strip()
    if not value:
        return None
    if not value.isdigit():
        raise InputError(f"SOURCE_DATE_EPOCH must be a number of seconds, not {value!r}")
    return dt.datetime.fromtimestamp(int(value), dt.UTC)


def now() -> dt.datetime:
    """The current moment to the minute (UTC), or ``SOURCE_DATE_EPOCH``."""
    return epoch() or dt.datetime.now(dt.UTC).replace(second=0, microsecond=0)


def today() -> str:
    """Today's date (ISO 8601) as written in ``# draft:``/``# approved:`` comments."""
    moment = epoch()
    return moment.date().isoformat() if moment else dt.date.today().isoformat()
