"""Titles and dates the importer read wrong (titledates21): a headline's line break glued its
two words; a report's note on when the statement it quotes came out, its day and month with no
year ("The letter, dated 21 May, reads in part:"), lost to the article's own date; a channel's
day divider over a post under its poster's name and a bilingual kicker taken for the site's
"today"."""

from __future__ import annotations

from pathlib import Path

from workflow.importer import convert, read_raw

QUOTED = [
    "The harvesters of the Velmora estates have not been paid for five months.",
    "",
    "Those who asked for their wages were dismissed and evicted from the estate housing.",
    "",
    "We call on the authorities to pay the harvesters at once and to stop the evictions.",
]


def imported(tmp_path: Path, text: str, name: str = "page.txt"):
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return convert(read_raw(path))


def page(tmp_path: Path, lines: list[str], name: str = "page.txt"):
    return imported(tmp_path, "\n".join(lines) + "\n", name)


def news(lead: str, published: str) -> str:
    """A news page reporting a statement it quotes, its lead noting when the statement came
    out."""
    paragraphs = "".join(f"<p>{p}</p>" for p in QUOTED if p)
    return ("<html><head><title>Unions demand back pay for estate workers - The Orla Post"
            "</title>"
            f'<meta property="article:published_time" content="{published}T08:00:00Z">'
            "</head><body><article><div class='kicker'>Labour</div>"
            "<h1>Unions demand back pay for<br>estate workers</h1>"
            "<p>Four unions called on the government to pay the harvesters of the Velmora "
            "estates, who say they have gone unpaid since the spring.</p>"
            f"<p>{lead}</p><blockquote>{paragraphs}</blockquote>"
            "<p>The ministry did not answer a request for comment.</p>"
            "</article></body></html>")


def test_a_line_break_in_the_headline_is_a_space(tmp_path):
    c = imported(tmp_path, news("The letter, dated 21 May, reads in part:", "2026-05-22"),
                 "page.html")
    assert c.meta["title"] == "Unions demand back pay for estate workers"


def test_a_note_dating_the_letter_without_a_year_beats_the_article_date(tmp_path):
    c = imported(tmp_path, news("The letter, dated 21 May, reads in part:", "2026-05-22"),
                 "page.html")
    assert c.meta.get("date") == "2026-05-21"


def test_the_noted_day_takes_the_year_before_in_january(tmp_path):
    c = imported(tmp_path, news("Their joint statement, published on 30 December, is "
                                "reproduced below.", "2027-01-02"), "page.html")
    assert c.meta.get("date") == "2026-12-30"


def test_a_french_note_with_the_verb_before_the_date(tmp_path):
    c = imported(tmp_path, news("Quatre syndicats ont rendu publique, mardi 19 mai, une "
                                "déclaration commune.", "2026-05-20"), "page.html")
    assert c.meta.get("date") == "2026-05-19"


def test_a_day_written_in_words(tmp_path):
    c = imported(tmp_path, news("The union posted this on its site on the evening of "
                                "Tuesday, the nineteenth of May.", "2026-05-20"), "page.html")
    assert c.meta.get("date") == "2026-05-19"


def test_a_channel_day_divider_over_a_poster_and_a_bilingual_kicker(tmp_path):
    c = page(tmp_path, [
        "Velmora Watch | ولمورا",
        "3.1K subscribers",
        "",
        "Velmora Watch",
        "Power cuts reported across the north — updates below",
        "👁 2.2K  09:14",
        "",
        "March 4, 2026",
        "",
        "Velmora Watch",
        "Forwarded from Estate Workers Network",
        "📢 Joint statement | بیانیه مشترک",
        "",
        "Pay the harvesters of Velmora",
        "",
        *QUOTED,
        "",
        "Velmora Watch",
        "👁 1.9K  10:02",
    ], "chat.txt")
    assert c.meta.get("date") == "2026-03-04"


def test_a_running_header_whose_last_page_lost_its_number_is_no_title(tmp_path):
    c = page(tmp_path, [
        "                    JOINT NGO LETTER", "", "", "",
        "      Pay the harvesters of the Velmora estates", "", "", "",
        "      To the Ministers of Labour of the Region", "", "", "",
        "                       9 March 2026", "", "", "",
        "                 Coordinated by the Estate Workers Network",
        " Joint NGO letter – Velmora 12                                                  1",
        "",
        "Excellencies,",
        "",
        "We, the undersigned organisations, write to you about the harvesters of the Velmora",
        "estates, who have not been paid for five months and have been evicted from their",
        "homes for asking for their wages.",
        "",
        "Those who asked for their wages were dismissed and evicted from the estate housing,",
        "and their children have been sent away from the estate school.",
        "",
        "We call on you to see that the harvesters are paid at once and that the evictions",
        "stop.",
        "",
        "Sincerely,",
        "",
        "Estate Workers Network",
        "",
        " Joint NGO letter – Velmora 12",
    ])
    assert c.meta["title"] == "Pay the harvesters of the Velmora estates"


def test_a_persian_title_over_its_english_rendering_above_an_english_text(tmp_path):
    c = page(tmp_path, [
        "کارگران ولمورا | Velmora Workers' Council",
        "channel · 3.1K subscribers",
        "",
        "📌 Pinned message",
        "Our statements are also published in English below the Persian text. Please share "
        "only from this channel.",
        "",
        "---",
        "",
        "Forwarded from کانون کارگران ولمورا",
        "",
        "[Photo]",
        "👁 2.4K   ✏️ edited   1 May 2026, 19:06",
        "",
        "🔴 بیانیه شورای کارگران ولمورا به مناسبت روز کارگر",
        "🔴 Statement of the Velmora Workers' Council on Labour Day",
        "",
        "Labour Day is not a holiday for us this year, because many of our colleagues spend it "
        "in prison.",
        "",
        "امسال روز کارگر برای ما جشن نیست.",
        "This year, Labour Day is not a holiday for us.",
        "",
        *QUOTED,
    ], "chat.txt")
    assert c.meta["title"] == "Statement of the Velmora Workers' Council on Labour Day"


def _paged(n: int, paragraphs: list[str]) -> list[str]:
    """One page of a report copied from a PDF: its running header with the page's number."""
    return ["   Joint submission – Velmora – harvesters" + " " * 40 + str(n), "", *paragraphs,
            "", "\f"]


def test_a_cover_title_broken_on_and_goes_on_with_one_word_and_its_years(tmp_path):
    c = page(tmp_path, [
        "", "",
        "                 JOINT STAKEHOLDER SUBMISSION",
        "                 Periodic review of the Republic of Velmora",
        "", "", "",
        "                 Unpaid harvesters of Velmora:",
        "                 wage theft, estate evictions and",
        "                 dismissals, 2023–2026",
        "", "", "",
        "                 Submitted by a coalition of 4 organisations",
        "", "", "\f",
        *_paged(1, [
            "I. SUMMARY", "",
            "1. The harvesters of the Velmora estates have had no wages for five months, and",
            "the wage theft has spread from the northern estates to the coast since the",
            "previous review."]),
        *_paged(2, [
            "2. Those who asked for their wages were dismissed and evicted from the estate",
            "housing, and their children have been sent away from the estate school."]),
        *_paged(3, [
            "3. We call on the authorities to see that the harvesters are paid at once and that",
            "the evictions stop."]),
    ])
    assert c.meta["title"] == ("Unpaid harvesters of Velmora: wage theft, estate evictions and "
                               "dismissals, 2023–2026")


def test_a_cover_short_title_over_its_subtitle_joined_as_the_running_header_joins_them(tmp_path):
    def paged(n: int, paragraphs: list[str]) -> list[str]:
        return ["Paid Nothing: Harvesters of the Velmora estates" + " " * 30 + str(n), "",
                *paragraphs, "", "\f"]

    c = page(tmp_path, [
        "",
        "        Paid Nothing",
        "        Harvesters of the Velmora estates",
        "",
        "        A joint submission to the Labour Rights Committee on",
        "        wage theft on the estates",
        "",
        "        March 2026",
        "", "\f",
        *paged(2, [
            "The harvesters of the Velmora estates have had no wages for five months, and",
            "the wage theft has spread from the northern estates to the coast."]),
        *paged(3, [
            "Those who asked for their wages were dismissed and evicted from the estate",
            "housing, and their children have been sent away from the estate school."]),
        *paged(4, [
            "We call on the authorities to see that the harvesters are paid at once and that",
            "the evictions stop."]),
    ])
    assert c.meta["title"] == "Paid Nothing: Harvesters of the Velmora estates"
