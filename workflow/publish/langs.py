"""What a PDF needs to know about a language: direction, digits, dates, and the printed labels.

Only text the build *generates* (labels, page and TOC numbers, dates, counts) is localised
here; a translator's text is never altered beyond bidi isolation (see ``isolate``).
"""

from __future__ import annotations

import datetime as _dt
import re

RTL_LANGUAGES = frozenset({"fa", "ar", "he", "ur", "ps", "ckb", "sd", "ug", "yi", "dv"})

_DIGITS = {"fa": "۰۱۲۳۴۵۶۷۸۹", "ar": "٠١٢٣٤٥٦٧٨٩"}
_COUNTER_STYLES = {"fa": "persian", "ar": "arabic-indic"}
_PERCENT = {"fa": "٪", "ar": "٪"}

FSI, PDI = "\u2068", "\u2069"
ZWNJ = "\u200c"

LANGUAGE_NAMES = {
    "en": ("English", "English"),
    "fa": ("Persian", "فارسی"),
    "ar": ("Arabic", "العربية"),
    "fr": ("French", "Français"),
    "de": ("German", "Deutsch"),
    "es": ("Spanish", "Español"),
}

_Z = ZWNJ
LABELS: dict[str, dict[str, str]] = {
    "dossier_title": {
        "en": "Statements", "fa": "بیانیه" + _Z + "ها", "ar": "بيانات",
        "fr": "Déclarations", "de": "Erklärungen", "es": "Declaraciones",
    },
    "dossier_subtitle": {
        "en": "A bilingual dossier", "fa": "پرونده" + _Z + "ای دوزبانه", "ar": "ملف ثنائي اللغة",
        "fr": "Dossier bilingue", "de": "Zweisprachiges Dossier", "es": "Dosier bilingüe",
    },
    "built": {
        "en": "Built", "fa": "تاریخ ساخت", "ar": "تاريخ الإنشاء",
        "fr": "Produit le", "de": "Erstellt am", "es": "Generado el",
    },
    "status": {
        "en": "Translation status", "fa": "وضعیت ترجمه", "ar": "حالة الترجمة",
        "fr": "État de la traduction", "de": "Stand der Übersetzung",
        "es": "Estado de la traducción",
    },
    "contents": {
        "en": "Contents", "fa": "فهرست", "ar": "المحتويات",
        "fr": "Sommaire", "de": "Inhalt", "es": "Índice",
    },
    "date": {
        "en": "Date", "fa": "تاریخ", "ar": "التاريخ",
        "fr": "Date", "de": "Datum", "es": "Fecha",
    },
    "origin": {
        "en": "Origin", "fa": "منبع", "ar": "المصدر",
        "fr": "Origine", "de": "Herkunft", "es": "Origen",
    },
    "signatories": {
        "en": "Signatories", "fa": "امضاکنندگان", "ar": "الموقّعون",
        "fr": "Signataires", "de": "Unterzeichnende", "es": "Firmantes",
    },
    "provenance": {
        "en": "Provenance", "fa": "منشأ و سابقه", "ar": "المنشأ والسجل",
        "fr": "Provenance", "de": "Herkunftsnachweis", "es": "Procedencia",
    },
    "colophon": {
        "en": "Colophon", "fa": "شناسنامه", "ar": "بيانات النشر",
        "fr": "Colophon", "de": "Impressum", "es": "Colofón",
    },
    "legend": {
        "en": "Legend", "fa": "راهنمای نشانه" + _Z + "ها", "ar": "دليل العلامات",
        "fr": "Légende", "de": "Legende", "es": "Leyenda",
    },
    "approved": {
        "en": "Approved", "fa": "تأییدشده", "ar": "معتمدة",
        "fr": "Approuvé", "de": "Freigegeben", "es": "Aprobado",
    },
    "unreviewed": {
        "en": "Translated, not yet reviewed", "fa": "ترجمه" + _Z + "شده، بازبینی" + _Z + "نشده",
        "ar": "مترجمة، لم تُراجع بعد", "fr": "Traduit, non relu",
        "de": "Übersetzt, nicht geprüft", "es": "Traducido, sin revisar",
    },
    "machine": {
        "en": "Machine draft", "fa": "پیش" + _Z + "نویس ماشینی", "ar": "مسودة آلية",
        "fr": "Brouillon automatique", "de": "Maschineller Entwurf", "es": "Borrador automático",
    },
    "untranslated": {
        "en": "Untranslated", "fa": "ترجمه" + _Z + "نشده", "ar": "غير مترجمة",
        "fr": "Non traduit", "de": "Nicht übersetzt", "es": "Sin traducir",
    },
    "words": {
        "en": "words", "fa": "واژه", "ar": "كلمة",
        "fr": "mots", "de": "Wörter", "es": "palabras",
    },
    "total": {
        "en": "Total", "fa": "جمع", "ar": "المجموع",
        "fr": "Total", "de": "Summe", "es": "Total",
    },
    "imported": {
        "en": "Imported", "fa": "تاریخ ورود", "ar": "تاريخ الاستيراد",
        "fr": "Importé le", "de": "Importiert am", "es": "Importado el",
    },
    "raw_sha": {
        "en": "SHA-256 of the raw file", "fa": "چکیدهٔ SHA-256 فایل خام",
        "ar": "بصمة SHA-256 للملف الخام", "fr": "SHA-256 du fichier brut",
        "de": "SHA-256 der Rohdatei", "es": "SHA-256 del archivo original",
    },
    "catalog": {
        "en": "Catalog", "fa": "کاتالوگ ترجمه", "ar": "ملف الترجمة",
        "fr": "Catalogue", "de": "Katalog", "es": "Catálogo",
    },
    "revision": {
        "en": "Catalog revised", "fa": "آخرین ویرایش کاتالوگ", "ar": "آخر مراجعة للملف",
        "fr": "Catalogue révisé le", "de": "Katalog überarbeitet am", "es": "Catálogo revisado el",
    },
    "translators": {
        "en": "Translators", "fa": "مترجمان", "ar": "المترجمون",
        "fr": "Traducteurs", "de": "Übersetzende", "es": "Traductores",
    },
    "reviewers": {
        "en": "Reviewers", "fa": "بازبینان", "ar": "المراجعون",
        "fr": "Relecteurs", "de": "Prüfende", "es": "Revisores",
    },
    "none": {
        "en": "none", "fa": "هیچ", "ar": "لا أحد",
        "fr": "aucun", "de": "keine", "es": "ninguno",
    },
    "no_catalog": {
        "en": "no catalog yet", "fa": "هنوز کاتالوگی نیست", "ar": "لا يوجد ملف ترجمة بعد",
        "fr": "pas encore de catalogue", "de": "noch kein Katalog", "es": "aún sin catálogo",
    },
    "attached": {
        "en": "attached to this PDF", "fa": "پیوست همین PDF", "ar": "مرفق بهذا الملف",
        "fr": "joint à ce PDF", "de": "diesem PDF beigefügt", "es": "adjunto a este PDF",
    },
    "legend_machine": {
        "en": "Machine draft, not yet reviewed by a person.",
        "fa": "پیش" + _Z + "نویس ماشینی که هنوز کسی آن را بازبینی نکرده است.",
        "ar": "مسودة آلية لم يراجعها أحد بعد.",
        "fr": "Brouillon automatique, pas encore relu.",
        "de": "Maschineller Entwurf, noch von niemandem geprüft.",
        "es": "Borrador automático, aún sin revisar.",
    },
    "legend_draft": {
        "en": "Draft by a person, the team or the translation memory, or a translation whose "
              "English changed in meaning (numbers, negation); not yet reviewed.",
        "fa": "پیش" + _Z + "نویس یک مترجم، گروه یا حافظهٔ ترجمه، یا ترجمه" + _Z + "ای که معنای "
              "متن انگلیسی" + _Z + "اش تغییر کرده است (عدد، نفی)؛ هنوز بازبینی نشده است.",
        "ar": "مسودة من مترجم أو من الفريق أو من ذاكرة الترجمة، أو ترجمة تغيّر معنى نصها "
              "الإنجليزي (أرقام، نفي)؛ لم تُراجع بعد.",
        "fr": "Brouillon d’une personne, de l’équipe ou de la mémoire de traduction, ou "
              "traduction dont l’anglais a changé de sens (nombres, négation) ; non relu.",
        "de": "Entwurf einer Person, des Teams oder des Übersetzungsspeichers, oder eine "
              "Übersetzung, deren Englisch den Sinn änderte (Zahlen, Verneinung); nicht geprüft.",
        "es": "Borrador de una persona, del equipo o de la memoria de traducción, o traducción "
              "cuyo inglés cambió de sentido (números, negación); sin revisar.",
    },
    "legend_untranslated": {
        "en": "Not translated, or the English changed after translation: the English is shown.",
        "fa": "ترجمه" + _Z + "نشده، یا متن انگلیسی پس از ترجمه تغییر کرده است: "
              "متن انگلیسی آمده است.",
        "ar": "غير مترجمة، أو تغيّر النص الإنجليزي بعد الترجمة: يظهر النص الإنجليزي.",
        "fr": "Non traduit, ou l’anglais a changé depuis la traduction : l’anglais est affiché.",
        "de": "Nicht übersetzt oder seit der Übersetzung geändert: der englische Text steht da.",
        "es": "Sin traducir, o el inglés cambió tras la traducción: se muestra el inglés.",
    },
    "legend_plain": {
        "en": "Unmarked text is a translation by a person; the colophon says how much is approved.",
        "fa": "متن بدون نشانه ترجمهٔ انسانی است؛ شناسنامه میزان متن تأییدشده را نشان می" + _Z
              + "دهد.",
        "ar": "النص غير المعلَّم ترجمة بشرية؛ وتبيّن بيانات النشر مقدار النص المعتمد.",
        "fr": "Le texte sans marque est traduit par une personne ; le colophon indique la part "
              "approuvée.",
        "de": "Unmarkierter Text ist von Menschen übersetzt; das Impressum nennt den geprüften "
              "Anteil.",
        "es": "El texto sin marca es traducción humana; el colofón indica cuánto está aprobado.",
    },
    "fonts": {
        "en": "Fonts", "fa": "قلم" + _Z + "ها", "ar": "الخطوط",
        "fr": "Polices", "de": "Schriften", "es": "Tipografías",
    },
    "statement": {
        "en": "Statement", "fa": "بیانیه", "ar": "بيان",
        "fr": "Déclaration", "de": "Erklärung", "es": "Declaración",
    },
}


def label(key: str, lang: str) -> str:
    """A printed label in ``lang`` (English when the language has none)."""
    texts = LABELS[key]
    return texts.get(lang) or texts.get(lang.split("_")[0]) or texts["en"]


def is_rtl(lang: str) -> bool:
    return lang.split("_")[0].split("-")[0] in RTL_LANGUAGES


def direction(lang: str) -> str:
    return "rtl" if is_rtl(lang) else "ltr"


def counter_style(lang: str) -> str:
    """The CSS counter style for page and TOC numbers in ``lang``."""
    return _COUNTER_STYLES.get(lang, "decimal")


def digits(text: str, lang: str) -> str:
    """ASCII digits in generated text -> the language's own digits (Persian for fa)."""
    table = _DIGITS.get(lang)
    if not table:
        return text
    return text.translate(str.maketrans("0123456789", table))


def number(value: int, lang: str) -> str:
    return digits(str(value), lang)


def percent(value: float, lang: str) -> str:
    rounded = int(value + 0.5)
    if lang in _PERCENT:
        return digits(str(rounded), lang) + _PERCENT[lang]
    return f"{rounded} %" if lang in ("fr", "de") else f"{rounded}%"


def isolate(text: str) -> str:
    """Wrap a Latin-script or numeric run in FSI...PDI so it keeps its order in RTL text."""
    return f"{FSI}{text}{PDI}"


# A run of Latin words and numbers (with the spaces and light punctuation between them):
# "Mojahedin Khalg", "UN Human Rights Council", "30,000", "2018-08-20", "A/HRC/37/24".
_L = r"0-9A-Za-z\u00C0-\u024F\u1E00-\u1EFF"
_TOKEN = rf"(?:[{_L}][{_L}'’.,:/\-&_]*[{_L}%]|[{_L}])"
_LATIN_RUN = re.compile(rf"{_TOKEN}(?:[ \u00A0]+{_TOKEN})*")


def isolate_runs(text: str) -> str:
    """Isolate every Latin/number run inside RTL text; nothing else is changed.

    The characters (U+2068/U+2069) are used instead of elements because WeasyPrint pushes a
    justified RTL line out on the left when it breaks right before an inline element.
    Runs already isolated (inside FSI...PDI) are left alone, so the function is idempotent.
    """
    if FSI in text:
        return text
    return _LATIN_RUN.sub(lambda m: isolate(m.group(0)), text)


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


def format_date(value: object, lang: str) -> str:
    """A date as the reader of ``lang`` expects it.

    Persian: Solar Hijri with Persian digits, the Gregorian ISO date beside it
    (``۲۹ مرداد ۱۳۹۷ (2018-08-20)``); other languages: Babel's long format. A partial date
    ("2020-08", "2020") is printed as written.
    """
    day = parse_date(value)
    if day is None:
        text = str(value or "").strip()
        return isolate(text) if is_rtl(lang) and text else text
    if lang == "fa":
        import jdatetime

        jday = jdatetime.date.fromgregorian(date=day)
        month = jdatetime.date.j_months_fa[jday.month - 1]
        return digits(f"{jday.day} {month} {jday.year}", lang) + f" ({isolate(day.isoformat())})"
    from babel.dates import format_date as babel_format

    try:
        text = babel_format(day, format="long", locale=lang)
    except Exception:  # unknown locale: ISO is unambiguous everywhere
        text = day.isoformat()
    if is_rtl(lang):
        return digits(text, lang) + f" ({isolate(day.isoformat())})"
    return text
