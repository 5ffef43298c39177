"""PO reading and writing: GNU msgcat is the judge of our layout; malformed files are errors."""

from __future__ import annotations

import random

import pytest
from catalog_helpers import gnu

from workflow.catalog.pofile import parse_catalog, read_catalog, render_catalog
from workflow.catalog.wrap import escape, wrap_field
from workflow.errors import InputError

HEADER = 'msgid ""\nmsgstr ""\n"Content-Type: text/plain; charset=UTF-8\\n"\n\n'
TOKENS = str.split(
    "the of prisoners massacre 1988 30,000 thirty-two well-known U.S. e.g. (1999 to 2008). "
    "“death decree” \"quoted\" 'single' People’s http://www.example.org/a/b?c=d jane@example.org "
    "— – - ... … ! ? ; : , . / % $5 25th [regime founder Ruhollah] Khomeini "
    "اعدام زندانیان سیاسی در سال ۱۳۶۷ «فرمان مرگ» می‌شود، ؟ إعدام السجناء السياسيين ١٩٨٨ "
    "Gefängnis Menschenrechtsorganisationen l’exécution ¿Qué? 中文字符 \\ "
    "a-b-c-d-e-f-g-h-i-j-k-l-m-n-o-p-q-r-s-t-u-v-w-x-y-z-aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa"
, " ") + ["\t", "\n", "  "]


def _random_text(rng: random.Random) -> str:
    words = [rng.choice(TOKENS) for _ in range(rng.choice([1, 3, 8, 14, 25, 45]))]
    return " ".join(words).strip(" ") or "x"


def test_wrapping_is_byte_identical_to_msgcat(tmp_path):
    """Unwrapped entries in, msgcat's wrapping out: ours must be the same, entry by entry."""
    rng = random.Random(1988)
    raw, ours, seen = [HEADER], [], set()
    for _ in range(400):
        msgid, msgstr = _random_text(rng), _random_text(rng)
        if msgid in seen or msgid.endswith("\n") != msgstr.endswith("\n"):
            continue
        seen.add(msgid)
        if rng.random() < 0.2:
            raw.append(f'#~ msgid "{escape(msgid)}"\n#~ msgstr "{escape(msgstr)}"\n\n')
            ours.append(wrap_field("msgid", msgid, "#~ ") + wrap_field("msgstr", msgstr, "#~ "))
        else:
            prev = _random_text(rng)
            raw.append(f'#, fuzzy\n#| msgid "{escape(prev)}"\nmsgid "{escape(msgid)}"\n'
                       f'msgstr "{escape(msgstr)}"\n\n')
            ours.append("#, fuzzy\n" + wrap_field("msgid", prev, "#| ")
                        + wrap_field("msgid", msgid) + wrap_field("msgstr", msgstr))
    path = tmp_path / "raw.po"
    path.write_text("".join(raw), encoding="utf-8")
    result = gnu("msgcat", str(path))
    assert result.returncode == 0, result.stderr
    theirs = sorted(block.strip("\n") for block in result.stdout.split("\n\n")[1:])
    assert theirs == sorted(block.strip("\n") for block in ours)


def test_read_render_round_trip_matches_msgcat(tmp_path):
    refs = " ".join(f"sources/a-rather-long-statement-slug-{i}.md:{i * 37}" for i in range(1, 6))
    text = HEADER + (
        "# translator comment\n#\n#   indented\n#. type: paragraph\n"
        f"#: {refs}\n#, fuzzy\n#| msgid \"old text\"\nmsgid \"new text\"\nmsgstr \"نو\"\n\n"
        "#, no-wrap\nmsgid \"" + "long line " * 12 + "\"\nmsgstr \"\"\n\n"
        "# kept\n#~ msgid \"gone\"\n#~ msgstr \"رفت\"\n"
    )
    path = tmp_path / "x.po"
    path.write_text(text, encoding="utf-8")
    canonical = gnu("msgcat", str(path)).stdout
    path.write_text(canonical, encoding="utf-8")
    catalog = read_catalog(path)
    assert catalog.entries[0].previous_msgid == "old text"
    assert catalog.entries[0].tcomment == "translator comment\n\n  indented"
    assert catalog.obsolete[0].msgstr == "رفت"
    assert render_catalog(catalog) == canonical


@pytest.mark.parametrize(("body", "line", "message"), [
    ('msgid "a"\nmsgstr "b\n', 6, "syntax error"),
    ('msgid "a"\nmsgstr "b" x\n', 6, "syntax error"),
    ('msgid "a"\nmsgstr "b\\q"\n', 6, "invalid escape"),
    ('msgstr "b"\n', 5, "msgstr without msgid"),
    ('msgid "a"\n\n', 5, "no msgstr"),
    ('msgid "a"\nmsgstr "b"\n\nmsgid "a"\nmsgstr "c"\n', 8, "duplicate msgid 'a' (first"),
    ('bogus line\n', 5, "unexpected 'bogus'"),
])
def test_malformed_catalogs_name_file_and_line(body, line, message):
    with pytest.raises(InputError) as info:
        parse_catalog((HEADER + body).encode("utf-8"), "locales/fa/LC_MESSAGES/x.po")
    assert info.value.one_line().startswith(f"locales/fa/LC_MESSAGES/x.po:{line}: ")
    assert message in info.value.one_line()


def test_wrong_charset_and_bad_bytes_are_errors():
    latin = HEADER.replace("UTF-8", "ISO-8859-1") + 'msgid "a"\nmsgstr "b"\n'
    with pytest.raises(InputError, match="charset is ISO-8859-1, not UTF-8"):
        parse_catalog(latin.encode("latin-1"), "x.po")
    data = (HEADER + 'msgid "caf\xe9"\nmsgstr ""\n').encode("latin-1")
    with pytest.raises(InputError, match=r"x.po:5: not valid UTF-8"):
        parse_catalog(data, "x.po")


def test_pure_python_fallback_matches_libunistring_on_plain_prose(monkeypatch):
    from workflow.catalog import wrap

    text = ("With the passing of more than three decades since this event, some dark corners "
            "of this crime, those who gave the order and those who executed it, have come to "
            "light; there is no doubt that the killing of thousands of captive prisoners was a "
            "purge of the political opposition. ") * 2
    native = wrap.wrap_field.__wrapped__("msgid", text, "#~ ")
    monkeypatch.setattr(wrap, "_LINEBREAKS", None)
    assert wrap.wrap_field.__wrapped__("msgid", text, "#~ ") == native
    assert native.count("\n") > 4
