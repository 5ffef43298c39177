"""Catalog headers: templates from the source, translations from Babel's locale data.

Dates are never taken from the wall clock for templates: ``POT-Creation-Date`` comes from
``SOURCE_DATE_EPOCH`` when set, else from the source's front matter (``updated``, ``imported``
or ``date``), so extracting an unchanged source gives a byte-identical template.
``PO-Revision-Date`` is left alone unless ``update`` itself changed a translation.
"""

from __future__ import annotations

import datetime as dt
import re

from babel import Locale, UnknownLocaleError
from babel.messages.plurals import get_plural

from workflow import __version__, clock
from workflow.config import Project
from workflow.source import SourceDocument

GENERATOR = f"dossier {__version__}"
_PLACEHOLDERS = {"", "LANGUAGE <LL@li.org>", "FULL NAME <EMAIL@ADDRESS>", "YEAR-MO-DA HO:MI+ZONE",
                 "PACKAGE VERSION"}
EPOCH_DATE = "1970-01-01 00:00+0000"


def format_date(moment: dt.datetime) -> str:
    return moment.strftime("%Y-%m-%d %H:%M%z")


def source_date(doc: SourceDocument) -> str:
    """A deterministic creation date for a template (see module docstring)."""
    epoch = clock.epoch()
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
    return format_date(clock.now())


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
#: Values a new catalog gets from a template or an editor before anyone fills them in.
_PLURAL_PLACEHOLDERS = {"", "nplurals=INTEGER; plural=EXPRESSION;"}
#: Fields GNU msgmerge takes from the template on every merge; everything else is the
#: translators' and is kept as they wrote it.
_FROM_TEMPLATE = ("Report-Msgid-Bugs-To", "POT-Creation-Date")


def translation_headers(
    project: Project, lang: str, template: dict[str, str], old: dict[str, str] | None,
    revised: bool,
) -> dict[str, str]:
    """Headers of ``locales/<lang>/LC_MESSAGES/<slug>.po``, merged as GNU msgmerge does.

    A new catalog gets every field from the project and Babel's locale data. An existing one
    keeps its fields, values and order (``Plural-Forms``, ``Language`` such as ``fa_IR``,
    ``Language-Team``, ``Last-Translator``, custom ``X-`` fields): only the template's own
    fields are refreshed, ``PO-Revision-Date`` moves when ``update`` changed a translation, and
    Babel fills a field that is missing or still a placeholder. So a new Babel release (new
    CLDR plural rules) never rewrites a catalog a translator already has.
    """
    old = {k: v for k, v in (old or {}).items() if k != "Generated-By"}
    created = template.get("POT-Creation-Date", EPOCH_DATE)
    defaults = {
        "Project-Id-Version": template.get("Project-Id-Version", ""),
        "Report-Msgid-Bugs-To": template.get("Report-Msgid-Bugs-To", ""),
        "POT-Creation-Date": created,
        "PO-Revision-Date": created,
        "Last-Translator": project.team,
        "Language-Team": f"{language_name(lang)} ({project.team})",
        "Language": lang,
        "MIME-Version": "1.0",
        "Content-Type": "text/plain; charset=UTF-8",
        "Content-Transfer-Encoding": "8bit",
        "Plural-Forms": plural_forms(lang),
        "X-Generator": GENERATOR,
    }

    def missing(key: str, value: str | None) -> bool:
        if value is None or value.strip() in _PLACEHOLDERS:
            return True
        return key == "Plural-Forms" and value.strip() in _PLURAL_PLACEHOLDERS

    if not old:
        values = dict(defaults)
    else:
        values = dict(old)
        for key in _ORDER:  # missing fields go in GNU's order, after those already there
            if missing(key, values.get(key)):
                values[key] = defaults[key]
        for key in _FROM_TEMPLATE:
            values[key] = defaults[key]
    if revised:
        values["PO-Revision-Date"] = now()
    # We write UTF-8, whatever the old file said (the reader accepts only UTF-8).
    values["Content-Type"] = "text/plain; charset=UTF-8"
    return values
