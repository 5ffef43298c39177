"""Three shapes of unseen pages: a news article's head (headline, standfirst, byline, a date
line with its time and zone) read as the body's first lines; a date written in both calendars
("11 Azar 1405 / 2 December 2026"); and a list of asks announced by a line ending in a colon,
its items led by emoji bullets ("▪️ be our voice"), after which the signature stands."""

from __future__ import annotations

from workflow.importer import convert, read_raw
from workflow.importer.metadata import date_line

PROSE = [
    "A teacher held in Qezel Hesar prison has been on hunger strike for nine days in protest "
    "at the denial of medical care, his family and two rights groups said on Thursday.",
    "He was arrested in the spring after leading a peaceful sit-in of teachers in Karaj, and "
    "a Revolutionary Court sentenced him to six years after a trial that lasted an hour.",
    "His wife said that he had lost eleven kilograms and could no longer stand without help, "
    "and that prison doctors had refused to transfer him to a hospital outside the prison.",
    "The groups called on the authorities to release him at once and to allow an independent "
    "doctor to examine him while he remains in custody.",
]


def _convert(tmp_path, text: str, name: str = "page.txt"):
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return convert(read_raw(path))


def test_a_news_head_read_as_the_bodys_first_lines(tmp_path):
    page = "\n\n".join([
        "NORTHERN LEDGER", "News | Opinion | Culture | Sport",
        "UPDATE: Floods close the coastal road — live coverage", "WORLD",
        "Jailed teacher on hunger strike in Qezel Hesar",
        "Rights groups say the father of two, who led a teachers' sit-in, is denied care",
        "By Ledger staff", "Published 4 March 2026, 11:20 (Tehran time)",
        "Reading time: 3 minutes", *PROSE, "© 2026 Northern Ledger"])
    conversion = _convert(tmp_path, page)
    assert conversion.meta["title"] == "Jailed teacher on hunger strike in Qezel Hesar"
    assert conversion.meta["date"] == "2026-03-04"
    body = " ".join(conversion.body.split())
    assert all(p in body for p in PROSE)
    assert "By Ledger staff" not in body and "Published 4 March" not in body


def test_a_date_in_both_calendars_is_a_date_line():
    assert date_line("Tehran, 11 Azar 1405 / 2 December 2026") == "2026-12-02"
    assert date_line("2 December 2026 (11 Azar 1405)") == "2026-12-02"
    assert date_line("1404/12/12 – 3 March 2026") == "2026-03-03"
    assert date_line("Tehran, 3 May 2020 / 4 May 2020") is None  # two days: neither is it


def test_a_list_announced_by_a_colon_and_the_signature_after_it(tmp_path):
    post = "\n\n".join([
        "Voices of Karaj | صداهای کرج", "channel · 12.1K subscribers",
        "Statement of the teachers' families", *PROSE[1:3],
        "We ask every free person in Iran and in the world:\n▪️ be our voice\n"
        "▪️ write his name on the walls\n▪️ do not let him die in silence",
        "Families of the Karaj teachers\nKaraj, 13 Esfand 1404 / 4 March 2026",
        "#FreeTheTeachers\n👁 8.2K   edited   14:32"])
    conversion = _convert(tmp_path, post)
    body = conversion.body
    for ask in ("be our voice", "write his name on the walls", "do not let him die in silence"):
        assert ask in body
    assert conversion.meta["signatories"] == ["Families of the Karaj teachers"]
    assert conversion.meta["date"] == "2026-03-04"
    assert "8.2K" not in body


def test_a_thread_whose_first_post_announces_the_text_takes_the_second_posts_heading(tmp_path):
    thread = "\n\n".join([
        "Post", "Nasrin Taheri\n@nasrin_taheri_law",
        "🧵 1/5 Today 140 lawyers from Iran and abroad publish an open letter demanding the "
        "release of the jailed lawyer Reza Kamali. Thread with the full text ⬇️\n"
        "9:14 AM · Mar 2, 2026 · 21.4K Views",
        "Nasrin Taheri @nasrin_taheri_law · Mar 2\n2/5 Open letter to the Head of the "
        "Judiciary on the imprisonment of Reza Kamali",
        "Nasrin Taheri @nasrin_taheri_law · Mar 2\n3/5 " + PROSE[1],
        "Nasrin Taheri @nasrin_taheri_law · Mar 2\n4/5 " + PROSE[2],
        "Nasrin Taheri @nasrin_taheri_law · Mar 2\n5/5 " + PROSE[3] + " /end",
        "💬 88 🔁 1.2K ♥ 3.4K"])
    conversion = _convert(tmp_path, thread)
    assert conversion.meta["title"] == \
        "Open letter to the Head of the Judiciary on the imprisonment of Reza Kamali"
    assert "Today 140 lawyers from Iran and abroad publish an open letter" in conversion.body


def test_a_footnote_under_the_wrapped_last_line_of_another_stays(tmp_path):
    second = "2 See Human Rights Committee, general comment No. 36 (2018) on the right to life."
    page = "\n\n".join(["Families of the executed denied graves", *PROSE,
                        "___________________\n1 Caspian Rights League, Unmarked: Executions and "
                        "Burial Practices,\n  December 2025.\n" + second])
    conversion = _convert(tmp_path, page)
    assert second in conversion.body


def test_a_thread_with_a_paid_post_and_its_end_mark(tmp_path):
    thread = "\n\n".join([
        "Post", "Karaj Teachers\n@karaj_teachers",
        "1/3 " + PROSE[0], "Karaj Teachers @karaj_teachers · Mar 2\n2/3 " + PROSE[1],
        "Ad\nFleetFuel Logistics\n@fleetfuel\nCut your fleet's fuel costs by 20%. Book a free "
        "demo today.\nPromoted",
        "Karaj Teachers @karaj_teachers · Mar 2\n3/3 " + PROSE[2],
        "Karaj Teachers @karaj_teachers · Mar 2\nPlease share this thread and write to your "
        "representatives about his case. /end", "Show more replies"])
    body = " ".join(_convert(tmp_path, thread).body.split())
    assert "Cut your fleet's fuel costs" not in body
    assert "Please share this thread and write to your representatives" in body
