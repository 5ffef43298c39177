"""The checks themselves: each a small registered function (see :mod:`workflow.check.registry`).

Importing this module registers them, in the order ``dossier check`` reports them.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterator
from decimal import Decimal

from workflow.check.languages import rules_for
from workflow.check.registry import ERROR, WARNING, Context, Problem, check, problem
from workflow.draft.numbers import Style, check_numbers, find_numbers, style_for
from workflow.states import CHANGED_KEY, State, draft_source_changed, is_fuzzy, marks, state_of

# ------------------------------------------------------------------------------------ numbers


_UNITS = {w: i for i, w in enumerate((
    "zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten",
    "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen",
    "nineteen"))}
_TENS = {w: 10 * i for i, w in enumerate((
    "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"), start=2)}
_SCALES = {"hundred": 100, "thousand": 1000, "million": 10**6}
_WORD_ALTERNATIVES = "|".join([*_UNITS, *_TENS, *_SCALES])
_NUMBER_WORDS = re.compile(rf"\b(?:(?:{_WORD_ALTERNATIVES})(?:[\s-]+(?:and[\s-]+)?)?)+\b",
                           re.IGNORECASE)


def spelled_numbers(text: str) -> list[Decimal]:
    """Values of English numbers written in words ("thirty-two" -> 32, "two hundred" -> 200):
    a translation may write them in digits."""
    values = []
    for match in _NUMBER_WORDS.finditer(text):
        total = current = 0
        for word in re.split(r"[\s-]+", match.group().lower()):
            if word in _UNITS:
                current += _UNITS[word]
            elif word in _TENS:
                current += _TENS[word]
            elif word in _SCALES:
                current = max(current, 1) * _SCALES[word]
                if _SCALES[word] > 100:
                    total, current = total + current, 0
        values.append(Decimal(total + current))
    return values


def _unexplained(numbers: list[str], words: list[Decimal], styles: tuple[Style, ...]) -> list[str]:
    """``numbers`` (texts) less those paired, one each, with a value written in ``words``."""
    words, kept = list(words), []
    for text in numbers:
        values = set().union(*(n.values for n in find_numbers(text, styles)))
        match = next((w for w in words if w in values), None)
        if match is None:
            kept.append(text)
        else:
            words.remove(match)
    return kept


@check("numbers", ERROR)
def numbers(ctx: Context) -> Iterator[Problem]:
    """Every number of the source (any digits and separators) in the translation, none extra.

    The glossary's numbers are its own: a form the translation uses for a source term is left
    out (:meth:`Glossary.without_forms`), and a year the glossary maps (1988 -> ۱۳۶۷, ۶۷) may
    stand for the source's year."""
    source, translation = ctx.glossary.without_forms(ctx.source, ctx.translation)
    result = check_numbers(source, translation, ctx.source_lang, ctx.lang,
                           ctx.glossary.year_aliases)
    extra, missing = result.extra, result.missing
    if extra and ctx.source_lang.split("_")[0] == "en":
        # The source may spell out a number the translation writes in digits ("thirty-two").
        styles = (style_for(ctx.lang), style_for(ctx.source_lang), Style(None))
        extra = _unexplained(extra, spelled_numbers(ctx.source), styles)
    rules = rules_for(ctx.lang)
    if missing and rules and rules.spelled_numbers:
        # And the translation one the source writes in digits (a title's «بیست‌وپنجمین»).
        missing = _unexplained(missing, rules.spelled_numbers(translation),
                               (style_for(ctx.source_lang),))
    if not missing and not extra:
        return
    message = type(result)(result.text, missing, extra).warning()
    if ctx.notes():
        # The translator explained a deliberate difference in a "# note:" line: a reviewer
        # should still read it, but it does not block.
        yield problem("numbers", message + " (see the translator's note)", WARNING)
    else:
        yield problem("numbers", message)


# ----------------------------------------------------------------------------------- glossary

_IGNORABLE = re.compile("[\u200c\u200d\u0640\u064b-\u065f\u0670]")  # ZWNJ, tatweel, harakat
_FOLD = str.maketrans({"\u064a": "\u06cc", "\u0643": "\u06a9", "\u06c0": "\u0647",
                       "\u0629": "\u0647"})
_GAP = 2  # words a translation may put inside a glossary form ("systematic impunity")
_PUNCT = re.compile(r"[^\w\s]")


def _words(text: str) -> list[str]:
    """Spelling-tolerant words: case, ZWNJ, ezafe hamza, Arabic/Persian yeh and kaf ignored."""
    text = unicodedata.normalize("NFC", text).casefold().translate(_FOLD)
    return _PUNCT.sub(" ", _IGNORABLE.sub("", text)).split()


def _stems(word: str, suffixes: tuple[str, ...]) -> list[str]:
    return [word] + [word[: -len(s)] for s in suffixes
                     if word.endswith(s) and len(word) - len(s) >= 3]


def uses_form(translation: str, form: str, suffixes: tuple[str, ...] = ()) -> bool:
    """Does ``translation`` use glossary ``form``? Its words in order, each possibly inflected
    (a longer word, or the form's word less one of the language's ``suffixes``), with at most
    ``_GAP`` other words between them; spaces and ZWNJ inside words do not matter."""
    words, wanted = _words(translation), _words(form)
    if not wanted or "".join(wanted) in "".join(words):
        return True
    stems = [_stems(w, suffixes) for w in wanted]

    def fits(token: str, options: list[str]) -> bool:
        return any(token.startswith(o) for o in options)

    for start, token in enumerate(words):
        if not fits(token, stems[0]):
            continue
        at, ok = start, True
        for options in stems[1:]:
            nxt = next((i for i in range(at + 1, min(at + 2 + _GAP, len(words)))
                        if fits(words[i], options)), None)
            if nxt is None:
                ok = False
                break
            at = nxt
        if ok:
            return True
    return False


def quote(text: str) -> str:
    """A term as a reader types it: quoted, with its zero-width non-joiners left as they are
    (``repr`` would show Persian «قتل‌عام» as ``'قتل\\u200cعام'``)."""
    return f"'{text}'"


@check("glossary", WARNING)
def glossary(ctx: Context) -> Iterator[Problem]:
    """A glossary term or name in the source whose fixed target form the translation lacks."""
    rules = rules_for(ctx.lang)
    suffixes = rules.suffixes if rules else ()
    reported: set[str] = set()
    seen = set(ctx.mentioned)
    for start, end, term in ctx.glossary.matches(ctx.source):
        found = ctx.source[start:end]
        first = term.key not in seen
        seen.add(term.key)
        if term.kind == "dnt" and not term.target:
            forms = (found,)
        elif first or not term.later:
            forms = (term.target,)
        else:  # a later mention: the later form, or the first one again
            forms = term.forms[::-1]
        if term.source in reported:
            continue
        if any(uses_form(ctx.translation, f, () if term.kind == "dnt" else suffixes)
               for f in forms):
            continue
        reported.add(term.source)
        if term.kind == "dnt":
            yield problem("glossary", f"{quote(found)} must stay untranslated: "
                          f"{quote(forms[0])} not found")
        elif term.later and first:
            yield problem("glossary", f"{term.kind} {quote(found)}: first mention in this "
                          f"statement: expected {quote(term.target)} (later: {quote(term.later)})")
        else:
            yield problem("glossary", f"{term.kind} {quote(found)}: expected {quote(forms[0])}")


# ------------------------------------------------------------------------------- meaning-flip


@check("meaning-flip", ERROR, per_entry=True)
def meaning_flip(ctx: Context) -> Iterator[Problem]:
    """A ``# changed:`` line from the meaning-flip guard that no reviewer has resolved."""
    changes = marks(ctx.entry, CHANGED_KEY)
    if not changes:
        if is_fuzzy(ctx.entry) and draft_source_changed(ctx.entry):
            # Merged by another tool (GNU msgmerge, Weblate) without `dossier update`.
            yield problem("meaning-flip", "the English changed after this draft was made "
                          "(its src= fingerprint differs): review the draft against the English",
                          WARNING)
        return
    what = "; ".join(m.render().partition(": ")[2] for m in changes)
    state = state_of(ctx.entry)
    if state in (State.DRAFT, State.STALE):
        yield problem("meaning-flip", f"source changed ({what}): review the translation, then "
                      "delete the '# changed:' line", WARNING)
    elif state is State.APPROVED:
        yield problem("meaning-flip", f"approved, but the '# changed: {what}' line is still "
                      "there: delete it", WARNING)
    else:
        yield problem("meaning-flip", f"fuzzy cleared without resolving a source change "
                      f"({what}): check the translation, then delete the '# changed:' line")


# -------------------------------------------------------------------------- brackets, quotes

_OPEN, _CLOSE = "([{", ")]}"
# Double quotation marks of any language. Single ones are counted only as an opening ‘ (the
# closing ’ doubles as the apostrophe): English ‘moderate’ is Persian «میانه‌رو».
_QUOTES = "\"“”„‟«»「」『』"
# Not bracketed parts: an editor's gap mark "[…]", and a Latin abbreviation the translation
# adds after a spelled-out name, "(NCRI)" or "(QC)", when the source has it unbracketed.
_GAP_MARK = re.compile(r"\[(?:…|\.\.\.)\]")
_ABBREVIATION = re.compile(r"\(([A-Z][A-Z./&-]*[A-Z])\)")


def _bracket_problem(text: str) -> str | None:
    stack: list[str] = []
    for ch in text:
        if ch in _OPEN:
            stack.append(_CLOSE[_OPEN.index(ch)])
        elif ch in _CLOSE and (not stack or stack.pop() != ch):
            return f"unexpected {ch!r}"
    return f"{stack[-1]!r} missing" if stack else None


def _bracketed_parts(text: str, source: str | None = None) -> int:
    """Opening brackets, less gap marks and (with ``source``: in a translation) abbreviations
    added in brackets that the source has without."""
    text = _GAP_MARK.sub("", text)
    if source is not None:
        text = _ABBREVIATION.sub(
            lambda m: "" if m.group(1) in source and m.group() not in source else m.group(), text)
    return sum(text.count(c) for c in _OPEN)


def _quote_problem(text: str) -> str | None:
    if text.count("«") != text.count("»"):
        return "unbalanced « »"
    if "„" not in text and text.count("“") != text.count("”"):
        return "unbalanced “ ”"
    if sum(text.count(q) for q in _QUOTES) % 2:
        return "odd number of quotation marks"
    return None


def _quoted_parts(text: str) -> int:
    return (sum(text.count(q) for q in _QUOTES) + 1) // 2 + text.count("‘")


@check("brackets", WARNING)
def brackets(ctx: Context) -> Iterator[Problem]:
    """Unbalanced brackets or quotes, or a different number of bracketed/quoted parts."""
    # A glossary form brings its own brackets: «قتل‌عام ۱۳۶۷ (۱۹۸۸)» for "1988 massacre".
    src, tgt = ctx.glossary.without_forms(ctx.source, ctx.translation)
    bad = _bracket_problem(tgt)
    if bad and not _bracket_problem(src):
        yield problem("brackets", f"unbalanced brackets in the translation: {bad}")
    src_n, tgt_n = _bracketed_parts(src), _bracketed_parts(tgt, src)
    if src_n != tgt_n:
        yield problem("brackets", f"{src_n} bracketed part(s) in the source, {tgt_n} in the "
                      "translation")
    bad = _quote_problem(tgt)
    if bad and not _quote_problem(src):
        yield problem("brackets", f"quotes in the translation: {bad}")
    src_n, tgt_n = _quoted_parts(src), _quoted_parts(tgt)
    if src_n != tgt_n:
        yield problem("brackets", f"{src_n} quoted part(s) in the source, {tgt_n} in the "
                      "translation")


# ------------------------------------------------------------------------------- orthography

_LATIN_RUN = re.compile(r"[A-Za-z0-9][\w./:@-]*[A-Za-z0-9]|[A-Za-z0-9]")


def _latin_mark(text: str, match: re.Match) -> bool:
    """A mark inside Latin text ("Smith, QC") or a number ("30,000") is not Persian prose."""
    before = text[: match.start()].rstrip()[-1:]
    after = text[match.end(): match.end() + 1]
    return bool(re.fullmatch("[A-Za-z]", before)) or (before.isdigit() and after.isdigit())


@check("orthography", ERROR)
def orthography(ctx: Context) -> Iterator[Problem]:
    """Language rules from :mod:`workflow.check.languages` (Persian: ی ک, digits, ، ؛ ؟)."""
    rules = rules_for(ctx.lang)
    if rules is None:
        return
    text = ctx.translation
    for wrong, right in rules.wrong_chars.items():
        if wrong in text:
            name = unicodedata.name(wrong, hex(ord(wrong))).title()
            yield problem("orthography", f"{text.count(wrong)}x {name} {wrong!r}: write "
                          f"{right!r} (U+{ord(right):04X})")
    if rules.native_digits:
        # Digits inside a Latin-script run ("G20", a URL) stay as they are.
        runs = [m.group() for m in _LATIN_RUN.finditer(text)
                if m.group().isdigit() or re.fullmatch(r"[\d.,]+", m.group())]
        if runs:
            yield problem("orthography", f"Latin digits {', '.join(runs)}: write them with "
                          f"{rules.native_digits}", WARNING)
    if rules.punctuation and rules.script and re.search(f"[{rules.script}]", text):
        for mark, native in rules.punctuation.items():
            hits = [m for m in re.finditer(re.escape(mark), text) if not _latin_mark(text, m)]
            if hits:
                yield problem("orthography", f"{len(hits)}x Latin {mark!r} in {ctx.lang} text: "
                              f"write {native!r}", WARNING)


# -------------------------------------------------------------------------------- whitespace


def _edges(text: str) -> tuple[str, str]:
    return text[: len(text) - len(text.lstrip())], text[len(text.rstrip()):]


@check("whitespace", WARNING)
def whitespace(ctx: Context) -> Iterator[Problem]:
    """Leading/trailing whitespace or line breaks that differ from the source."""
    (src_lead, src_trail), (tgt_lead, tgt_trail) = _edges(ctx.source), _edges(ctx.translation)
    for where, a, b in (("leading", src_lead, tgt_lead), ("trailing", src_trail, tgt_trail)):
        if bool(a) != bool(b) or a.count("\n") != b.count("\n"):
            yield problem("whitespace", f"{where} whitespace {b!r} differs from the source's "
                          f"{a!r}")
    src_n, tgt_n = ctx.source.strip().count("\n"), ctx.translation.strip().count("\n")
    if src_n != tgt_n:
        yield problem("whitespace", f"{src_n} line break(s) in the source, {tgt_n} in the "
                      "translation")
