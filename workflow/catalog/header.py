"""Catalog headers: templates from the source, translations from Babel's locale data.

Dates are never taken from the wall clock for templates: ``POT-Creation-Date`` comes from
``SOURCE_DATE_EPOCH`` when set, else from the source's front matter (``updated``, ``imported``
or ``date``), so extracting an unchanged source gives a byte-identical template.
``PO-Revision-Date`` is left alone unless ``update`` itself changed a translation.
"""

from __future__ import annotations

import datetime as dt
import os
import re

from babel import Locale, UnknownLocaleError
from babel.messages.plurals import get_plural

from workflow import __version__
from workflow.config import Project
from workflow.source import SourceDocument

GENERATOR = f"dossier {__version__}"
_PLACEHOLDERS = {"", "LANGUAGE <LL@li.org>", "FULL NAME <EMAIL@ADDRESS>", "YEAR-MO-DA HO:MI+ZONE",
                 "PACKAGE VERSION"}
EPOCH_DATE = "1970-01-01 00:00+0000"


def _epoch() -> dt.datetime | None:
    value = os.environ.get("SOURCE_DATE_EPOCH", "").strip()
    if value.isdigit():
        return dt.datetime.fromtimestamp(int(value), dt.UTC)
    return None


def format_date(moment: dt.datetime) -> str:
    return moment.strftime("%Y-%m-%d %H:%M%z")


def source_date(doc: SourceDocument) -> str:
    """A deterministic creation date for a template (see module docstring)."""
    epoch = _epoch()
    if epoch:
        return format_date(epoch)
    for key in ("updated", "imported", "date"):
        value = doc.meta.get(key)
        if isinstance(value, dt.datetime):
            return format_date(value if value.tzinfo else value.replace(tzinfo=dt.UTC))
        if isinstance(value, dt.date):
            return f"{value.isoformat()} 00:00+0000"
        if isinstance(value, str) and re.fullmatch(r"\d{4}-\d{2}-\d{2}", value.strip()):
            return f"{value.strip()} 00:00+0000"
    return EPOCH_DATE


def now() -> str:
    """Revision time for a translation changed by ``update`` (SOURCE_DATE_EPOCH honoured)."""
    return format_date(_epoch() or dt.datetime.now(dt.UTC).replace(second=0, microsecond=0))


def template_headers(project: Project, doc: SourceDocument) -> dict[str, str]:
    return {
        "Project-Id-Version": f"{project.name} {doc.slug}",
        "Report-Msgid-Bugs-To": project.bugs_address,
        "POT-Creation-Date": source_date(doc),
        "PO-Revision-Date": "YEAR-MO-DA HO:MI+ZONE",
        "Last-Translator": "FULL NAME <EMAIL@ADDRESS>",
        "Language-Team": "LANGUAGE <LL@li.org>",
        "MIME-Version": "1.0",
        "Content-Type": "text/plain; charset=UTF-8",
        "Content-Transfer-Encoding": "8bit",
        "Generated-By": GENERATOR,
    }


def template_comment(doc: SourceDocument) -> str:
    title = " ".join(doc.title.split()) or doc.slug
    return f"Translation template for: {title}\nSource: sources/{doc.slug}.md"


def language_name(lang: str) -> str:
    try:
        return Locale.parse(lang.replace("-", "_")).english_name or lang
    except (UnknownLocaleError, ValueError):
        return lang


def plural_forms(lang: str) -> str:
    try:
        return str(get_plural(lang.replace("-", "_")))
    except (UnknownLocaleError, ValueError):
        return "nplurals=2; plural=(n != 1);"


_ORDER = ("Project-Id-Version", "Report-Msgid-Bugs-To", "POT-Creation-Date", "PO-Revision-Date",
          "Last-Translator", "Language-Team", "Language", "MIME-Version", "Content-Type",
          "Content-Transfer-Encoding", "Plural-Forms", "X-Generator")


def translation_headers(
    project: Project, lang: str, template: dict[str, str], old: dict[str, str] | None,
    revised: bool,
) -> dict[str, str]:
    """Headers of ``locales/<lang>/LC_MESSAGES/<slug>.po``; translators' own values survive."""
    old = dict(old or {})
    created = template.get("POT-Creation-Date", EPOCH_DATE)

    def kept(key: str, default: str) -> str:
        value = old.get(key, "")
        return default if value in _PLACEHOLDERS else value

    values = {
        "Project-Id-Version": kept("Project-Id-Version", template.get("Project-Id-Version", "")),
        "Report-Msgid-Bugs-To": template.get("Report-Msgid-Bugs-To", ""),
        "POT-Creation-Date": created,
        "PO-Revision-Date": now() if revised else kept("PO-Revision-Date", created),
        "Last-Translator": kept("Last-Translator", project.team),
        "Language-Team": kept("Language-Team", f"{language_name(lang)} ({project.team})"),
        "Language": lang,
        "MIME-Version": "1.0",
        "Content-Type": "text/plain; charset=UTF-8",
        "Content-Transfer-Encoding": "8bit",
        "Plural-Forms": plural_forms(lang),
        "X-Generator": kept("X-Generator", GENERATOR),
    }
    extra = {k: v for k, v in old.items() if k not in values and k != "Generated-By"}
    return {k: values[k] for k in _ORDER} | extra
