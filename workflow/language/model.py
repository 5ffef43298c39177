"""``Language``: every fact dossier uses about a language, in one object.

Built from Babel's CLDR data (names, direction, numbering system, number symbols, list
patterns, date formats) plus the small table of what CLDR lacks (``table.EXTRA``). Publishing,
checks, drafting, status and review all ask ``language(code)``, so they cannot disagree.

Digits follow one rule everywhere: the numbering system CLDR gives the configured locale
(``fa`` -> Persian ۰-۹; plain ``ar`` -> Latin 0-9, as CLDR has it since v42; ``ar_EG`` or
``ar_SA`` -> Arabic-Indic ٠-٩), unless the table overrides it. Drafts, checks, page numbers,
contents, dates and word counts of a language all use the same digits.
"""

from __future__ import annotations

import datetime as _dt
import re
from dataclasses import dataclass, field
from functools import lru_cache

from workflow.language.table import ALIASES, COUNTER_STYLES, EXTRA, ZEROS, Extra

FSI, LRI, RLI, PDI = "\u2068", "\u2066", "\u2067", "\u2069"

# Words: runs of letters and digits; apostrophes, hyphens and separators inside a run
# ("don't", "well-being", "30,000", "A/HRC/37/24", "U.N") keep it one word. Dashes, bullets
# and lone punctuation are not words.
_WORD = re.compile(r"[^\W_]+(?:[’'\-.,:/][^\W_]+)*")
_IDEOGRAPH = re.compile(r"[\u3040-\u30ff\u3400-\u9fff\uf900-\ufaff\u0e00-\u0e7f]")


@dataclass(frozen=True)
class Language:
    """One language: ``language("fa")``; immutable, cached."""

    code: str
    locale: str | None  # the Babel locale (None: Babel does not know the code)
    english_name: str
    native_name: str
    rtl: bool
    numbering_system: str
    group: str
    decimal: str
    extra: Extra = field(default_factory=Extra)

    # -- direction -----------------------------------------------------------------------

    @property
    def direction(self) -> str:
        return "rtl" if self.rtl else "ltr"

    @property
    def calendar(self) -> str:
        return self.extra.calendar

    @property
    def punctuation(self) -> dict[str, str]:
        return dict(self.extra.punctuation)

    # -- digits and numbers --------------------------------------------------------------

    @property
    def zero(self) -> str:
        return ZEROS.get(self.numbering_system, "0")

    @property
    def digits(self) -> str:
        """The language's digits 0-9 as one string ("0123456789" for Latin)."""
        return "".join(chr(ord(self.zero) + i) for i in range(10))

    @property
    def native_digits(self) -> bool:
        return self.zero != "0"

    @property
    def counter_style(self) -> str:
        """The CSS counter style of page and contents numbers."""
        return COUNTER_STYLES.get(self.numbering_system, "decimal")

    def to_digits(self, text: str) -> str:
        """ASCII digits in generated text -> the language's digits."""
        if not self.native_digits:
            return text
        return text.translate(str.maketrans("0123456789", self.digits))

    def number(self, value: int) -> str:
        return self.to_digits(str(value))

    def percent(self, value: float) -> str:
        """A whole percentage the language's way (CLDR pattern, the language's digits)."""
        rounded = int(value + 0.5)
        if self.locale is None:
            return f"{rounded}%"
        from babel import Locale
        from babel.numbers import format_percent

        symbols = Locale.parse(self.locale).number_symbols.get(self.numbering_system, {})
        text = format_percent(rounded / 100, locale=self.locale)
        text = text.replace("%", symbols.get("percentSign", "%"))
        return self.to_digits(re.sub("[\u200e\u200f\u061c]", "", text))

    # -- words and lists -----------------------------------------------------------------

    def count_words(self, text: str) -> int:
        """Words of ``text`` written in this language (the one count status and PDFs print)."""
        if self.extra.word_counting == "characters":
            return len(_IDEOGRAPH.findall(text)) + len(_WORD.findall(_IDEOGRAPH.sub(" ", text)))
        return len(_WORD.findall(text))

    def join(self, items: list[str]) -> str:
        """Items as a list in this language ("A, B et C", "A، B و C"), CLDR's pattern (plain
        text: the PDFs' templates escape it)."""
        if not items:
            return ""
        placeholders = [f"\x00{i}\x00" for i in range(len(items))]
        if self.locale is None:
            pattern = ", ".join(placeholders)
        else:
            from babel.lists import format_list

            pattern = format_list(placeholders, locale=self.locale)
        pattern = pattern.replace("\u200f", "").replace("\u200e", "")
        return re.sub("\x00(\\d+)\x00", lambda m: items[int(m.group(1))], pattern)

    # -- bidi ----------------------------------------------------------------------------

    def isolate(self, text: str) -> str:
        """``text`` (of another direction) wrapped in FSI...PDI when this language is RTL."""
        return f"{FSI}{text}{PDI}" if self.rtl and text else text

    # -- dates ---------------------------------------------------------------------------

    def format_date(self, value: object) -> str:
        """A date as a reader of this language expects it.

        Persian calendar (table): Solar Hijri in the language's digits with the Gregorian
        ISO date beside (``۲۹ مرداد ۱۳۹۷ (2018-08-20)``); otherwise CLDR's long format, and
        in right-to-left languages the ISO date beside it too. A partial date ("2020-08")
        is printed as written.
        """
        day = parse_date(value)
        if day is None:
            return self.isolate(str(value or "").strip())
        if self.calendar == "persian":
            import jdatetime

            jday = jdatetime.date.fromgregorian(date=day)
            month = jdatetime.date.j_months_fa[jday.month - 1]
            text = self.to_digits(f"{jday.day} {month} {jday.year}")
            return f"{text} ({self.isolate(day.isoformat())})"
        text = day.isoformat()
        if self.locale is not None:
            from babel.dates import format_date as babel_format

            text = self.to_digits(babel_format(day, format="long", locale=self.locale))
        if self.rtl:
            return f"{text} ({self.isolate(day.isoformat())})"
        return text


def parse_date(value: object) -> _dt.date | None:
    """A full ISO date from front matter or a catalog header; None for partial or bad dates."""
    if isinstance(value, _dt.datetime):
        return value.date()
    if isinstance(value, _dt.date):
        return value
    match = re.match(r"\s*(\d{4})-(\d{2})-(\d{2})", str(value or ""))
    if not match:
        return None
    try:
        return _dt.date(*(int(g) for g in match.groups()))
    except ValueError:
        return None


def base_code(code: str) -> str:
    """``fa_IR``, ``fa-AF`` -> ``fa``."""
    return code.replace("-", "_").split("_")[0]


def _capitalised(name: str) -> str:
    return name[:1].upper() + name[1:]


@lru_cache(maxsize=128)
def language(code: str) -> Language:
    """The ``Language`` for a code as configured (``fa``, ``ar_EG``, ``pt-BR``, argos ``pb``)."""
    extra = EXTRA.get(code) or EXTRA.get(base_code(code)) or Extra()
    try:
        from babel import Locale, UnknownLocaleError

        try:
            loc = Locale.parse(ALIASES.get(code, code).replace("-", "_"))
        except (UnknownLocaleError, ValueError):
            loc = None
    except ImportError:  # pragma: no cover - babel is a dependency
        loc = None
    if loc is None:
        return Language(code, None, code, code, False, extra.numbering_system or "latn",
                        ",", ".", extra)
    from babel.numbers import get_decimal_symbol, get_group_symbol

    system = extra.numbering_system or loc.default_numbering_system
    return Language(
        code=code,
        locale=str(loc),
        english_name=loc.get_display_name("en") or code,
        native_name=_capitalised(loc.get_display_name() or code),
        rtl=loc.character_order == "right-to-left",
        numbering_system=system,
        group=get_group_symbol(loc, numbering_system=system),
        decimal=get_decimal_symbol(loc, numbering_system=system),
        extra=extra,
    )


def count_words(text: str, lang: str = "en") -> int:
    """Words of ``text`` in ``lang``: the single word count of status, cover and colophon."""
    return language(lang).count_words(text)
