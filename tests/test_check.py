"""``dossier check``: each check on a small hand-written Persian catalog, through the CLI."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from cli_helpers import run

from workflow.check import CHECKS, Context, run_checks
from workflow.check.checks import spelled_numbers, uses_form
from workflow.draft.glossary import Glossary, Term

REPO = Path(__file__).resolve().parents[1]
SLUG = "alpha"
HEADER = '''msgid ""
msgstr ""
"Project-Id-Version: alpha\\n"
"Language: fa\\n"
"MIME-Version: 1.0\\n"
"Content-Type: text/plain; charset=UTF-8\\n"
"Content-Transfer-Encoding: 8bit\\n"
"Plural-Forms: nplurals=2; plural=(n > 1);\\n"
'''
GLOSSARY = """source,target,kind,note
death commission,هیئت مرگ,term,
political prisoners,زندانیان سیاسی,term,singular after a number
Evin,اوین,name,prison
Amnesty International,,dnt,
"""


def entry(msgid: str, msgstr: str, fuzzy: bool = True, comments: str = "") -> str:
    lines = [f"# {c}" for c in comments.splitlines()] if comments else []
    lines.append("# draft: team; by=Team; date=2026-11-22")
    lines.append("#: sources/alpha.md:5")
    if fuzzy:
        lines.append("#, fuzzy")
    esc = [s.replace("\\", "\\\\").replace('"', '\\"').replace("\n", "\\n")
           for s in (msgid, msgstr)]
    lines += [f'msgid "{esc[0]}"', f'msgstr "{esc[1]}"']
    return "\n".join(lines) + "\n"


def make(tmp_path: Path, *entries: str, tail: str = "") -> Path:
    (tmp_path / "dossier.toml").write_text('[tool.dossier]\nlanguages = ["fa", "fr"]\n',
                                           encoding="utf-8")
    (tmp_path / "sources").mkdir()
    (tmp_path / "sources" / f"{SLUG}.md").write_text("---\ntitle: A\n---\n# A\n",
                                                     encoding="utf-8")
    folder = tmp_path / "locales" / "fa" / "LC_MESSAGES"
    folder.mkdir(parents=True)
    (tmp_path / "locales" / "fa" / "glossary.csv").write_text(GLOSSARY, encoding="utf-8")
    po = folder / f"{SLUG}.po"
    po.write_text("\n".join([HEADER, *entries]) + tail, encoding="utf-8")
    return po


def check_json(root: Path, *args: str) -> tuple[int, list[dict], dict]:
    code, out, err = run(root, "check", "--lang", "fa", "--json", *args)
    assert code in (0, 1), err
    data = json.loads(out)
    return code, data["problems"], data


def codes(problems: list[dict]) -> list[tuple[str, str]]:
    return [(p["code"], p["severity"]) for p in problems]


OK = entry("On 25 August 1988, 30,000 political prisoners were killed in Evin.",
           "در ۲۵ اوت ۱۹۸۸، ۳۰٬۰۰۰ زندانی سیاسی در اوین کشته شدند.")


def test_clean_entry_passes_and_untranslated_obsolete_are_skipped(tmp_path):
    untranslated = entry("Nothing yet 1988.", "", fuzzy=False)
    obsolete = '#~ msgid "Old 5 (sentence."\n#~ msgstr "قديمي ١٠"\n'
    make(tmp_path, OK, untranslated, tail="\n" + obsolete)
    code, problems, data = check_json(tmp_path)
    assert code == 0 and problems == []
    assert data["summary"]["fa"]["checked"] == 1
    assert data["summary"]["fa"]["untranslated"] == 1
    code, out, _ = run(tmp_path, "check", "--lang", "fa")
    assert "fa: 1 catalog(s), 1 entries checked, 1 untranslated skipped: 0 error(s)" in out


@pytest.mark.parametrize("msgid,msgstr,message", [
    ("Over 30,000 were killed in 1988.", "بیش از ۲۰٬۰۰۰ نفر در ۱۹۸۸ کشته شدند.",
     "missing 30,000; unexpected ۲۰٬۰۰۰"),
    ("He was held for 3 years.", "او ۳ سال در سال ۱۹۸۸ زندانی بود.", "unexpected ۱۹۸۸"),
    ("On the 25th anniversary.", "در سالگرد.", "missing 25"),
])
def test_numbers_missing_or_extra_is_an_error(tmp_path, msgid, msgstr, message):
    make(tmp_path, entry(msgid, msgstr))
    code, problems, _ = check_json(tmp_path, "--select", "numbers")
    assert code == 1
    assert codes(problems) == [("numbers", "error")]
    assert message in problems[0]["message"]


def test_numbers_accept_locale_digits_and_spelled_out_source(tmp_path):
    make(tmp_path,
         entry("On the 25th anniversary, 1,000 people.", "در ۲۵مین سالگرد، 1,000 نفر."),
         entry("Thirty-two years have passed since WW2.", "۳۲ سال از جنگ جهانی دوم گذشته است."))
    code, problems, _ = check_json(tmp_path, "--select", "numbers")
    assert code == 0 and problems == []
    assert spelled_numbers("thirty-two years, two hundred and five people") == [32, 205]


def test_numbers_difference_explained_by_a_note_is_a_warning(tmp_path):
    make(tmp_path, entry("execution325 years ago.", "۲۵ سال پیش.",
                         comments="note: a caption glued to '25 years ago'."))
    code, problems, _ = check_json(tmp_path)
    assert code == 0
    assert codes(problems) == [("numbers", "warning")]


def test_glossary_term_name_and_dnt(tmp_path):
    make(tmp_path,
         entry("The death commission met in Evin.", "کمیسیون مرگ در زندان اوین تشکیل شد."),
         entry("Amnesty International spoke.", "عفو بین‌الملل سخن گفت."),
         entry("Thousands of political prisoners.", "هزاران زندانی سیاسی."),
         entry("The death commission of Tehran.", "هیئت‌ مرگ تهران."))
    code, problems, _ = check_json(tmp_path, "--select", "glossary")
    assert code == 0  # glossary problems are warnings
    assert [(p["msgid"][:12], p["severity"]) for p in problems] == [
        ("The death co", "warning"), ("Amnesty Inte", "warning")]
    assert "expected 'هیئت مرگ'" in problems[0]["message"]
    assert "must stay untranslated" in problems[1]["message"]


def test_glossary_form_tolerates_inflection_and_inserted_words():
    assert uses_form("مصونیتی سیستماتیک از مجازات", "مصونیت از مجازات")
    assert uses_form("رئیس وقت قوهٔ قضاییه", "رئیس قوه قضاییه")
    assert uses_form("۳۰٬۰۰۰ زندانی سیاسی", "زندانیان سیاسی", ("ان",))
    assert not uses_form("۳۰٬۰۰۰ زندانی سیاسی", "زندانیان سیاسی")
    assert not uses_form("مصونیت کامل و بی‌سابقه و عجیب از مجازات", "مصونیت از مجازات")


def test_meaning_flip_error_when_fuzzy_was_cleared_warning_while_fuzzy(tmp_path):
    flip = "changed: number 3 -> 5"
    po = make(tmp_path,
              entry("Arrested on 5 May.", "در ۵ مه بازداشت شد.", fuzzy=True, comments=flip),
              entry("Released on 5 June.", "در ۵ ژوئن آزاد شد.", fuzzy=False, comments=flip))
    code, problems, _ = check_json(tmp_path, "--select", "meaning-flip")
    assert code == 1
    assert codes(problems) == [("meaning-flip", "warning"), ("meaning-flip", "error")]
    assert "number 3 -> 5" in problems[1]["message"]
    lines = po.read_text(encoding="utf-8").splitlines()
    assert lines[problems[1]["line"] - 1] == 'msgid "Released on 5 June."'


@pytest.mark.parametrize("msgid,msgstr,message", [
    ("He (the leader) spoke.", "او (رهبر سخن گفت.", "unbalanced brackets"),
    ("He (the leader) spoke.", "او، رهبر، سخن گفت.", "1 bracketed part(s) in the source, 0"),
    ("They said “never again” here.", "آنان گفتند «هرگز دوباره اینجا.", "unbalanced « »"),
    ("The ‘moderate’ reign.", "دوران میانه‌رو.", "1 quoted part(s) in the source, 0"),
])
def test_brackets_and_quotes(tmp_path, msgid, msgstr, message):
    make(tmp_path, entry(msgid, msgstr))
    code, problems, _ = check_json(tmp_path, "--select", "brackets")
    assert code == 0
    assert any(message in p["message"] for p in problems), problems
    assert {p["severity"] for p in problems} == {"warning"}


def test_brackets_accept_persian_quotes_gap_marks_and_added_abbreviations(tmp_path):
    make(tmp_path,
         entry("They said “never again” and ‘moharebe’.", "آنان گفتند «هرگز دوباره» و «محاربه»."),
         entry("He spoke in his factional", "او در […] جناحی خود سخن گفت"),
         entry("Robertson, QC, spoke.", "رابرتسون، مشاور ملکه (QC)، سخن گفت."))
    code, problems, _ = check_json(tmp_path, "--select", "brackets")
    assert problems == []


def test_persian_orthography(tmp_path):
    make(tmp_path, entry("The prisoners were killed.", "زندانيان كشته شدند."),
         entry("In 1988, where?", "در 1988, کجا?"),
         entry("The G20 site www.example.org.", "سایت G20 www.example.org."))
    code, problems, _ = check_json(tmp_path, "--select", "orthography")
    assert code == 1
    found = [(p["msgid"][:6], p["severity"], p["message"][:14]) for p in problems]
    assert found[:2] == [("The pr", "error", "1x Arabic Lett"), ("The pr", "error",
                                                                 "1x Arabic Lett")]
    assert [f[1] for f in found[2:]] == ["warning"] * 3  # digits, comma, question mark
    assert "Latin digits 1988" in problems[2]["message"]


def test_whitespace(tmp_path):
    make(tmp_path, entry("Line one\nline two", "سطر یک سطر دو"),
         entry(" Leading.", "آغاز."), entry("Trailing\n", "پایان"))
    code, problems, _ = check_json(tmp_path, "--select", "whitespace")
    assert code == 0
    assert [p["message"][:20] for p in problems] == [
        "1 line break(s) in t", "leading whitespace '", "trailing whitespace "]


def test_text_output_line_numbers_strict_and_exit_codes(tmp_path):
    po = make(tmp_path, OK, entry("The ‘moderate’ reign.", "دوران میانه‌رو."))
    code, out, err = run(tmp_path, "check", "--lang", "fa")
    assert code == 0, err
    first = out.splitlines()[0]
    path, line, rest = first.split(":", 2)
    assert path == "locales/fa/LC_MESSAGES/alpha.po"
    assert po.read_text(encoding="utf-8").splitlines()[int(line) - 1].startswith(
        'msgid "The ‘moderate’')
    assert rest.startswith(" warning[brackets]: ")
    code, out, err = run(tmp_path, "check", "--lang", "fa", "--strict")
    assert code == 1 and "1 warning(s)" in err
    assert run(tmp_path, "check", "--only", "nope")[0] == 2
    assert run(tmp_path, "check", "--select", "nope")[0] == 2
    assert run(tmp_path, "check", "--lang", "xx")[0] == 2
    assert run(tmp_path, "check", "--only", SLUG, "--lang", "fr")[0] == 0  # no fr catalog


def test_malformed_catalog_is_input_error_with_file_and_line(tmp_path):
    make(tmp_path, OK, 'msgid "Broken\nmsgstr "x"\n')
    code, out, err = run(tmp_path, "check")
    assert code == 2
    assert "locales/fa/LC_MESSAGES/alpha.po:" in err and "syntax error" in err


def test_registry_and_context_api():
    assert list(CHECKS) == ["numbers", "glossary", "meaning-flip", "brackets", "orthography",
                            "whitespace"]
    import polib

    glossary = Glossary([Term("Evin", "اوین", "name")])
    ctx = Context("Held in Evin for 3 years.", "۳ سال در زندان نگه داشته شد.",
                  polib.POEntry(msgid="x", msgstr="y"), "fa", glossary=glossary)
    assert [p.code for p in run_checks(ctx)] == ["glossary"]


def test_bundled_persian_drafts_have_no_errors():
    """The team's drafts pass (warnings allowed): what ``make dossier`` relies on."""
    code, out, err = run(REPO, "check", "--lang", "fa", "--json")
    assert code == 0, out[-2000:] + err
    assert json.loads(out)["summary"]["fa"]["checked"] >= 300


DATE_RULE = GLOSSARY.replace("source,target,kind,note\n", "source,target,kind,note,later\n") + """\
1988 massacre,قتل‌عام ۱۳۶۷ (۱۹۸۸),term,first mention; later the short form,قتل‌عام ۶۷
1980s,دههٔ ۶۰,term,,
Eighties,دههٔ ۶۰,term,,
1988,۱۳۶۷,year,Solar Hijri year of the massacre,۶۷
1980s,دههٔ ۶۰,year,,
"""
YEARS = [
    entry("The summer of 1988 in Evin.", "تابستان ۱۳۶۷ در اوین."),
    entry("In 1988, 30,000 were killed.", "در سال ۶۷، ۳۰٬۰۰۰ نفر کشته شدند."),
    entry("The executions of the 1980s", "اعدام‌های دههٔ ۶۰"),
    entry("Executions in 1988 and later.", "اعدام‌ها در ۱۹۸۸ و پس از آن."),  # Gregorian is fine
]


def test_numbers_accept_the_glossary_year_mapping(tmp_path):
    make(tmp_path, *YEARS)
    glossary = tmp_path / "locales" / "fa" / "glossary.csv"
    glossary.write_text(DATE_RULE, encoding="utf-8")
    code, problems, _ = check_json(tmp_path)
    assert code == 0 and problems == []
    # Without the year rows the same Solar Hijri years are wrong numbers.
    glossary.write_text("\n".join(line for line in DATE_RULE.splitlines()
                                  if ",year," not in line) + "\n", encoding="utf-8")
    code, problems, _ = check_json(tmp_path, "--select", "numbers")
    assert code == 1
    assert [p["message"].split(": ", 1)[1] for p in problems] == [
        "missing 1988; unexpected ۱۳۶۷", "missing 1988; unexpected ۶۷"]


def test_glossary_first_mention_form_then_later_form(tmp_path):
    make(tmp_path,
         entry("The 1988 massacre.", "قتل‌عام ۶۷."),  # first mention in the later form
         entry("The 1988 massacre again.", "باز قتل‌عام ۶۷."),
         entry("The 1988 massacre once more.", "بار دیگر قتل‌عام ۱۳۶۷ (۱۹۸۸)."),
         entry("Crimes of the Eighties.", "جنایات دههٔ هشتاد میلادی."))
    (tmp_path / "locales" / "fa" / "glossary.csv").write_text(DATE_RULE, encoding="utf-8")
    code, problems, _ = check_json(tmp_path)
    # Only two warnings: the first mention in the later form, and «دههٔ هشتاد». A later mention
    # may repeat the first form, and a form's own numbers and brackets are no problem.
    assert code == 0
    assert [(p["msgid"], p["code"], p["severity"]) for p in problems] == [
        ("The 1988 massacre.", "glossary", "warning"),
        ("Crimes of the Eighties.", "glossary", "warning")]
    assert problems[0]["message"] == ("term '1988 massacre': first mention in this statement: "
                                      "expected 'قتل‌عام ۱۳۶۷ (۱۹۸۸)' "
                                      "(later: 'قتل‌عام ۶۷')")
    assert problems[1]["message"] == "term 'Eighties': expected 'دههٔ ۶۰'"


def test_numbers_accept_persian_numbers_in_words(tmp_path):
    make(tmp_path,
         entry("On the 25th anniversary.", "به مناسبت بیست‌وپنجمین سالگرد."),
         entry("The 30th anniversary, 32 years.", "سی‌امین سالگرد، سی‌ودو سال."),
         entry("The 25th anniversary.", "سی‌امین سالگرد."))
    code, problems, _ = check_json(tmp_path, "--select", "numbers")
    assert code == 1
    assert [p["msgid"] for p in problems] == ["The 25th anniversary."]
    assert "missing 25" in problems[0]["message"]
