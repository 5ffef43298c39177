"""Language codes and statement slugs, checked before any path is built from them.

Both end up in file names (``locales/<lang>/LC_MESSAGES/<slug>.po``), so a code such as
``../../evil`` must never get that far. A language code is gettext locale syntax
(``pt_BR``, ``sr@latin``) or BCP 47 (``pt-BR``, ``zh-Hant``): a 2-3 letter language, an
optional script, an optional region (2 letters or 3 digits), an optional gettext modifier;
and it must be known to Babel (CLDR) or declared in ``[tool.dossier] declared-languages``.
A slug is letters, digits, ``.``, ``_`` and ``-``, starting with a letter or digit.
"""

from __future__ import annotations

import re

from workflow.errors import InputError

LANGUAGE_SYNTAX = re.compile(
    r"^[A-Za-z]{2,3}(?:[_-][A-Za-z]{4})?(?:[_-](?:[A-Za-z]{2}|[0-9]{3}))?(?:@[A-Za-z0-9]{1,16})?$"
)
SLUG_SYNTAX = re.compile(r"^[A-Za-z0-9][A-Za-z0-9._-]{0,199}$")


def language_syntax_ok(code: str) -> bool:
    return isinstance(code, str) and LANGUAGE_SYNTAX.fullmatch(code) is not None


def known_to_babel(code: str) -> bool:
    from babel import Locale, UnknownLocaleError

    try:
        Locale.parse(code.replace("-", "_"))
    except (UnknownLocaleError, ValueError, TypeError):
        return False
    return True


def language_problem(code: object, declared: tuple[str, ...] = ()) -> str | None:
    """Why ``code`` is not a usable language code, or None when it is."""
    if not isinstance(code, str) or not language_syntax_ok(code):
        return (f"{code!r} is not a language code (gettext 'pt_BR', 'sr@latin' or BCP 47 "
                "'pt-BR', 'zh-Hant')")
    if code in declared or known_to_babel(code):
        return None
    return (f"unknown language code {code!r} (not in Babel's CLDR data; if it is right, add it "
            "to declared-languages in [tool.dossier])")


def check_language_syntax(code: str) -> str:
    """``code`` unchanged when it is safe in a path; an InputError otherwise."""
    if not language_syntax_ok(code):
        raise InputError(language_problem(code) or f"bad language code {code!r}")
    return code


def slug_ok(slug: str) -> bool:
    return isinstance(slug, str) and SLUG_SYNTAX.fullmatch(slug) is not None


def check_slug(slug: str, where: str | None = None) -> str:
    """``slug`` unchanged when it is a valid statement name; an InputError otherwise."""
    if not slug_ok(slug):
        raise InputError(f"{slug!r} is not a valid statement name (letters, digits, '.', '_' "
                         "and '-', starting with a letter or digit)", where)
    return slug
