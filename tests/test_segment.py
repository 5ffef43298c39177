"""Sentence segmentation: the Pragmatic Segmenter's golden rules and the statements' own style."""

from __future__ import annotations

import json
import random
from pathlib import Path

import pytest

from workflow.segment import RuleTable, register_rules, rules_for, split_sentences

GOLDEN = Path(__file__).parent / "data" / "golden_en.jsonl"
CASES = [json.loads(line) for line in GOLDEN.read_text(encoding="utf-8").splitlines() if line]

# Golden rules we knowingly fail: id -> reason (strict xfail: a fix must remove the entry).
KNOWN_FAILURES: dict[int, str] = {}


def _norm(sentences: list[str]) -> list[str]:
    """Whitespace-normalised, as the golden data's expected output drops stray newlines."""
    return [" ".join(s.split()) for s in sentences]


@pytest.mark.parametrize(
    "case",
    [
        pytest.param(
            c,
            id=f"{c['id']:02d}-{c['name']}",
            marks=[pytest.mark.xfail(strict=True, reason=KNOWN_FAILURES[c["id"]])]
            if c["id"] in KNOWN_FAILURES
            else [],
        )
        for c in CASES
    ],
)
def test_golden_rule(case):
    assert _norm(split_sentences(case["text"])) == _norm(case["expected"])


def test_golden_data_is_complete():
    assert len(CASES) == 52
    assert [c["id"] for c in CASES] == list(range(1, 53))


STATEMENTS = [
    # Ellipsis inside a sentence; the attribution stays with the quotation.
    (
        "“Khomeini’s fatwa was an explicit decree to execute all the Mojahedin who remained "
        "steadfast… the goal of the regime goes far beyond the execution of several thousand; "
        "it is the obliteration of a generation,” she said.",
        None,
    ),
    # Sentence ending inside curly quotes, after a title.
    (
        "Mrs. Rajavi described the 1988 massacre as “a clear example of genocide.” "
        "The conference went on.",
        [
            "Mrs. Rajavi described the 1988 massacre as “a clear example of genocide.”",
            "The conference went on.",
        ],
    ),
    (
        "The order came from [regime President Ebrahim] Raisi. He denied it.",
        ["The order came from [regime President Ebrahim] Raisi.", "He denied it."],
    ),
    ("The decree of [regime founder Ruhollah] Khomeini was secret.", None),
    (
        "Guy Verhofstadt, Prime Minister of Belgium (1999 to 2008). He spoke first.",
        ["Guy Verhofstadt, Prime Minister of Belgium (1999 to 2008).", "He spoke first."],
    ),
    (
        "Dr. Javad Ahmadi, a survivor, spoke. He was 19 in 1988.",
        ["Dr. Javad Ahmadi, a survivor, spoke.", "He was 19 in 1988."],
    ),
    (
        "It is a test for the U.S. and Europe. They must act.",
        ["It is a test for the U.S. and Europe.", "They must act."],
    ),
    ("Prof. Valeriu M. Ciucă, a legal scholar, signed the letter.", None),
    ("London, 7 September – The names of 59 senior figures in Iran were released.", None),
    # A hard wrap before a dash is not a list item.
    (
        "London, 7 September\n– The names of 59 senior figures in Iran were released.",
        ["London, 7 September – The names of 59 senior figures in Iran were released."],
    ),
    (
        "Iranians worldwide memorialize the 1988 massacre of over 30,000 political prisoners "
        "on August 25th. Attendance rose 1.5 times.",
        [
            "Iranians worldwide memorialize the 1988 massacre of over 30,000 political "
            "prisoners on August 25th.",
            "Attendance rose 1.5 times.",
        ],
    ),
    # Quoted speech with inner sentences: split at the inner boundary (documented choice).
    (
        "“From the onset of the 1988 massacre, the Iranian Resistance provided information to "
        "the United Nations. Unfortunately, they chose to turn a blind eye to these crimes,” "
        "Mrs. Maryam Rajavi said in her keynote speech.",
        [
            "“From the onset of the 1988 massacre, the Iranian Resistance provided information "
            "to the United Nations.",
            "Unfortunately, they chose to turn a blind eye to these crimes,” Mrs. Maryam Rajavi "
            "said in her keynote speech.",
        ],
    ),
    # An ellipsis before a capitalised word ends the sentence, even without a space.
    (
        "to bring the perpetrators to justice… The impunity must end. Inaction is not confined "
        "to Iran…The terrorism spread to Nice, Paris, Brussels, etc. Make your relations "
        "contingent.",
        [
            "to bring the perpetrators to justice…",
            "The impunity must end.",
            "Inaction is not confined to Iran…",
            "The terrorism spread to Nice, Paris, Brussels, etc.",
            "Make your relations contingent.",
        ],
    ),
    # Hard-wrapped lines (PDF extraction) are joined; a paragraph with no final punctuation.
    (
        "the regime of\nIslamic republic commenced on a secret campaign. From\nJune till "
        "September 1988 it went on\n\nLatest news",
        [
            "the regime of Islamic republic commenced on a secret campaign.",
            "From June till September 1988 it went on",
            "Latest news",
        ],
    ),
    (
        "Write to info@iran-hrm.org. Read https://www.ncr-iran.org/en/news. Share it",
        ["Write to info@iran-hrm.org.", "Read https://www.ncr-iran.org/en/news.", "Share it"],
    ),
    (
        "He arrived at 5 p.m. on Aug. 25, 1988. See No. 3 on p. 12.",
        ["He arrived at 5 p.m. on Aug. 25, 1988.", "See No. 3 on p. 12."],
    ),
    (
        "The demands:\n- release all prisoners\n- end the executions",
        ["The demands:", "- release all prisoners", "- end the executions"],
    ),
    ("Mr. Mousavi, Gen. Soleimani and St. Paul vs. the rest, i.e. everyone.", None),
    # Speaker titles.
    (
        "H.E. Mr. John Bercow, former Speaker, spoke. Rt. Hon. David Jones MP agreed.",
        ["H.E. Mr. John Bercow, former Speaker, spoke.", "Rt. Hon. David Jones MP agreed."],
    ),
    (
        "Gen. James Jones (ret.) and Amb. Lincoln Bloomfield Jr. spoke. Sen. Joe Lieberman too.",
        [
            "Gen. James Jones (ret.) and Amb. Lincoln Bloomfield Jr. spoke.",
            "Sen. Joe Lieberman too.",
        ],
    ),
    (
        "The rally began at 10 a.m. Tehran time. It ended at 6 p.m. The crowd left.",
        ["The rally began at 10 a.m. Tehran time.", "It ended at 6 p.m.", "The crowd left."],
    ),
    (
        "He left the U.S. Mr. Trump stayed. Res. 2231 and Art. 6 apply.",
        ["He left the U.S.", "Mr. Trump stayed.", "Res. 2231 and Art. 6 apply."],
    ),
    # Quotes inside quotes.
    (
        "“He told me: ‘We will never forget.’ Then he wept,” she said.",
        ["“He told me: ‘We will never forget.’", "Then he wept,” she said."],
    ),
    ("“He said ‘never again.’ we agree,” she said.", None),
]


@pytest.mark.parametrize("text, expected", STATEMENTS, ids=[t[:40] for t, _ in STATEMENTS])
def test_statement_style(text, expected):
    assert split_sentences(text) == (expected if expected is not None else [text])


@pytest.mark.parametrize("text", [c["text"] for c in CASES] + [t for t, _ in STATEMENTS])
def test_no_character_lost_and_no_empty_sentence(text):
    sentences = split_sentences(text)
    assert all(s and s == s.strip() for s in sentences)
    assert "".join("".join(sentences).split()) == "".join(text.split())


def test_random_texts_keep_every_character():
    """Fuzz with the tokens that drive the rules: no crash, no loss, no empty sentence."""
    # fmt: off
    tokens = [
        "Mr.", "U.S.", "e.g.", "a.m.", "I.", "E.", "1.", "2)", "•", "⁃9.", "...", ". . .",
        ". . . .", "…", "“", "”", '"', "'", "(", ")", "[", "]", "[...]", "Hello", "world.",
        "The", "the", "etc.", "?", "!", "?!", "x@y.com.", "http://a.b/c?d=E.", "1,000.",
        "25th.", "N°.", "。", "؟", "p.", "55", "a.", "b.", "Today.Mr.", "-", "–", "1.5", "St.",
        "co.", "Jr.'s", "\n", "\n\n", "\t", " ",
    ]
    # fmt: on
    rnd = random.Random(1988)
    for _ in range(3000):
        text = " ".join(rnd.choice(tokens) for _ in range(rnd.randint(0, 14)))
        if rnd.random() < 0.3:
            text = text.replace(" ", "")
        for lang in ("en", "xx"):
            out = split_sentences(text, lang)
            assert all(s and s == s.strip() for s in out), (text, out)
            assert "".join("".join(out).split()) == "".join(text.split()), (text, out)


def test_empty_and_blank_text():
    assert split_sentences("") == []
    assert split_sentences(" \n\n \t") == []


def test_unknown_language_falls_back_to_generic_rules():
    assert rules_for("xx").lang == "generic"
    assert rules_for("en-GB").lang == "en" and rules_for("EN_us").lang == "en"
    assert split_sentences("Hello there. How are you?", lang="xx") == [
        "Hello there.",
        "How are you?",
    ]
    # Generic rules know the terminals of other scripts.
    assert split_sentences("چرا؟ زیرا این جنایت است.", lang="xx") == ["چرا؟", "زیرا این جنایت است."]
    assert split_sentences("今日は晴れ。明日は雨。", lang="ja") == ["今日は晴れ。", "明日は雨。"]


def test_a_registered_table_extends_the_segmenter():
    register_rules(RuleTable(lang="zz-test", titles=frozenset({"hr"}), starters=None))
    try:
        assert split_sentences("Hr. Müller kam. Er ging.", lang="zz-test") == [
            "Hr. Müller kam.",
            "Er ging.",
        ]
        assert split_sentences("Hr. Müller kam.", lang="en") == ["Hr.", "Müller kam."]
    finally:
        from workflow.segment import rules

        rules._REGISTRY.pop("zz-test", None)
