"""Furniture that labels itself inside the text (issue #10, fresh20): a caption, an audio or
video link, a confidentiality notice, an advertisement's mark in another language, a mailing
list's instructions, a blogger's note; each goes, and the report says why."""

from __future__ import annotations

from pathlib import Path

import pytest

from workflow.importer import convert
from workflow.importer.rawinput import raw_from_bytes

TEXT = [
    "Release the detained teachers of Rasht", "",
    "Four teachers were arrested in Rasht after a sit-in against the dismissal of their "
    "colleagues, and they have been held without access to a lawyer since then.", "",
    "{line}", "",
    "The teachers' families say that they were questioned about their contacts with "
    "colleagues abroad and about the union's messages to its members.", "",
    "We call on the authorities to release the four teachers without conditions and to "
    "reinstate every colleague dismissed for taking part in the sit-in.", "",
]


@pytest.mark.parametrize("line", [
    "Caption: The four teachers at a gathering in Rasht last spring. Photo courtesy of the "
    "families.",
    "[Audio-visual] Listen to the union's spokeswoman on the arrests (2'10\")",
    "CONFIDENTIALITY NOTICE: This message and any attachments are intended only for the "
    "addressee; if you have received it in error, please delete it.",
    "Reklam — Rasht'ta gitar dersleri! İlk ders ücretsiz, hemen arayın.",
    "To unsubscribe from our press list, reply to this message with the word REMOVE.",
    "Photo by a teacher who asked not to be named. The sit-in was broken up within an hour.",
    "MORE: Rasht's schools reopen after a week of strikes",
    "Leer también: Las escuelas de Rasht, una semana después",
    "This briefing may be freely reproduced with attribution. Layout: Studio Sarv.",
    "Agenda item 3: Current issues – the human dimension",
    "If your union wants to add its name, write to the address on our contact page.",
    "Blogger's note: I publish the union's statement below with its permission and have "
    "only corrected the spelling.",
])
def test_a_line_labelled_as_furniture_goes_with_its_reason(line):
    lines = [x.format(line=line) for x in TEXT]
    result = convert(raw_from_bytes(("\n".join(lines) + "\n").encode(), Path("p.txt")))
    assert line[:30] not in result.body
    assert "The teachers' families say" in result.body
    assert "We call on the authorities" in result.body
    assert any(e.text.startswith(line[:30]) for e in result.report.removed)


def test_a_persian_sentence_over_its_english_translation_opening_the_text_stays():
    """A channel's post opens on a Persian sentence and its English translation: both stay."""
    page = ["Stop shooting the porters at the border", "",
            "کارگر مرزی قاچاقچی نیست.", "A border porter is not a smuggler.", "",
            "Border guards have shot at least thirty porters this year, most of them young men "
            "carrying goods on their backs over the mountain passes.", "",
            "We call on the authorities to end the use of lethal force against unarmed porters "
            "and to prosecute those responsible for the killings.", ""]
    result = convert(raw_from_bytes(("\n".join(page) + "\n").encode(), Path("p.txt")))
    assert "کارگر مرزی قاچاقچی نیست." in result.body
    assert "A border porter is not a smuggler." in result.body


@pytest.mark.parametrize("bar", ["Dinle   Paylaş   Kaydet   A+   A-", "Okuma süresi: 4 dk",
                                 "Teilen · Drucken · Vorlesen", "Compartir | Imprimir | Escuchar",
                                 "Impressum · Datenschutz · Kontakt"])
def test_a_share_bar_or_reading_time_in_another_language_goes(bar):
    lines = [x.format(line=bar) for x in TEXT]
    result = convert(raw_from_bytes(("\n".join(lines) + "\n").encode(), Path("p.txt")))
    assert bar.split()[0] not in result.body
    assert "We call on the authorities" in result.body


@pytest.mark.parametrize("mark", ["TOGETHER WITH LINGO BRIDGE", "Today's sponsor",
                                  "A word from our sponsor", "Presented by Lingo Bridge"])
def test_a_sponsors_mark_and_its_message_go(mark):
    """A newsletter's sponsor's heading over its message, above the statement's headline:
    both go (one sign of an offer is enough under the mark), the headline stays the title."""
    page = ["Borderlines #47", "", mark, "",
            "Lingo Bridge connects NGOs with vetted Dari and Farsi interpreters in under 24 "
            "hours. Borderlines readers get their first session free.", "", *TEXT]
    result = convert(raw_from_bytes(("\n".join(page) + "\n").encode(), Path("p.txt")))
    assert "Lingo Bridge connects" not in result.body
    assert mark not in result.body
    assert result.meta["title"] == "Release the detained teachers of Rasht"
    assert "We call on the authorities" in result.body


def test_a_statement_presented_by_its_makers_is_no_sponsors_message():
    """"Presented by the Rasht Teachers' Union" over the text: no offer under it, it stays."""
    page = [*TEXT[:2], "Presented by the Rasht Teachers' Union", "", *TEXT[2:]]
    result = convert(raw_from_bytes(("\n".join(page) + "\n").encode(), Path("p.txt")))
    assert "Four teachers were arrested in Rasht" in result.body
