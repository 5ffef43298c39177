"""Titles and dates the importer read wrong (titledates): a publisher's masthead and series
number over a cover's wrapped title, a forwarder's note closed by a colon, a breadcrumb's last
crumb taken for the site's name, a report's title only in its running header, a maker's
"Statement of …" line over a post's headline; a date in Turkish, a paragraph opening on its
publication label, a thread's first post stamped above its title."""

from __future__ import annotations

from pathlib import Path

from workflow.importer import convert, read_raw

PROSE = [
    "At least nine beekeepers from the valley of Oranmir have been held since the spring",
    "for refusing to move their hives off the common pasture.",
    "",
    "Their families say the men were taken from their homes at night and have not been",
    "allowed to see a lawyer since they were first questioned.",
    "",
    "We call on the authorities to release the beekeepers at once and to return the hives",
    "that were seized from them during the raids.",
]


def imported(tmp_path: Path, text: str, name: str = "page.txt"):
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return convert(read_raw(path))


def page(tmp_path: Path, lines: list[str], name: str = "page.txt"):
    return imported(tmp_path, "\n".join(lines) + "\n", name)


def test_a_date_in_turkish_under_the_title_dates_the_post(tmp_path):
    c = page(tmp_path, ["Free the beekeepers of Oranmir", "",
                        "Yazan: Deniz Aydın  |  14 Mart 2026  |  4 dk okuma", "", *PROSE])
    assert c.meta.get("date") == "2026-03-14"


def test_a_paragraph_opening_on_its_publication_date_dates_the_report(tmp_path):
    c = page(tmp_path, ["Hives and handcuffs: the beekeepers of Oranmir", "", "Summary", "",
                        "Published 9 October 2026. This report documents the cases of nine",
                        "beekeepers held for refusing to move their hives.", "", *PROSE])
    assert c.meta.get("date") == "2026-10-09"


def test_a_threads_first_post_stamped_with_its_views_dates_the_thread(tmp_path):
    c = page(tmp_path, [
        "Valley Keepers 🐝 @valleykeepers · Follow",
        "1/ 🧵 OPEN LETTER: We, keepers of the valley, stand with the beekeepers held since",
        "the spring. Thread with the full text ⬇️",
        "3:15 PM · Mar 4, 2026 · 12.1K Views",
        "",
        "──────────",
        "",
        "Valley Keepers 🐝 @valleykeepers · Mar 4",
        "2/ Open letter: \"Let the hives stay\"",
        "",
        *PROSE])
    assert c.meta.get("date") == "2026-03-04"


def test_a_breadcrumbs_last_crumb_is_no_site_name_to_cut_from_the_title(tmp_path):
    head = "Let the hives stay: beekeepers ask the governor to end the pasture ban"
    paras = "".join(f"<p>{' '.join(PROSE[k:k + 2])}</p>" for k in (0, 3, 6))
    html = f"""<html><head><title>{head}</title></head><body>
<header><div class="brand"><a href="/">Valley Keepers · Bees for All</a></div>
<nav><ul><li><a href="/">Home</a></li><li><a href="/letters">Letters</a></li></ul></nav></header>
<div class="grid"><nav class="crumbs"><ol class="breadcrumb"><li>You are here: </li>
<li><a href="/">Home</a></li><li><a href="/letters">Letters</a></li><li>Let the hives stay</li>
</ol></nav>
<div class="item-page"><div class="page-header"><h2>{head}</h2></div>
<dl class="article-info"><dt>Details</dt><dd>Written by <span>Valley Team</span></dd>
<dd>Published: 03 March 2026</dd><dd>Hits: 412</dd></dl>
<div class="article-body">{paras}</div></div></div></body></html>"""
    assert imported(tmp_path, html, "page.html").meta.get("title") == head


def test_a_makers_statement_line_is_no_title_over_the_posts_headline(tmp_path):
    c = page(tmp_path, [
        "Valley Keepers | کندوداران",
        "channel · 9.4K subscribers",
        "",
        "Valley Keepers | کندوداران",
        "Statement of the Oranmir Valley Beekeepers' Rights Association",
        "Hives seized in Oranmir: nine beekeepers enter their fourth month in custody",
        "3 March 2026",
        "",
        *PROSE])
    assert c.meta.get("title") == \
        "Hives seized in Oranmir: nine beekeepers enter their fourth month in custody"


def test_a_forwarders_note_closed_by_a_colon_is_no_title_over_the_statement(tmp_path):
    c = page(tmp_path, [
        "Final text, to go out tomorrow (5 March 2026):", "",
        "Let the hives stay: joint statement on the beekeepers held in Oranmir", "",
        "5 March 2026", "", *PROSE])
    assert c.meta.get("title") == \
        "Let the hives stay: joint statement on the beekeepers held in Oranmir"


PAGE_ONE = [
    "In the spring our keepers counted 212 hives taken from the common pasture, more",
    "than in any year since the counting began. Most were taken at night.",
    "",
    "Families in the valley told us that the seizures came after every market day.",
]
PAGE_TWO = [
    "We call on the water board to publish every order it gave to take the hives,",
    "and to return them to their keepers before the summer.",
    "",
    "We call on the governor to end the pasture ban without delay.",
]


def test_a_report_printed_from_a_section_takes_its_title_from_the_running_header(tmp_path):
    running = "Valley Keepers Monitoring Circle                 Annual Hive Report 2026"
    c = page(tmp_path, [running, "", "", "2. Hives by district", "", *PAGE_ONE, "", "4",
                        f"\f{running}", "", "", "3. What must change", "", *PAGE_TWO, "", "5"])
    assert c.meta.get("title") == "Annual Hive Report 2026"


def test_a_publishers_masthead_and_series_number_are_no_title_over_the_cover(tmp_path):
    column = ["At least nine beekeepers from", "the valley of Oranmir have been",
              "held since the spring for", "refusing to move their hives", "off the pasture.",
              "", "Their families say the men were", "taken from their homes at night",
              "and have not been allowed to", "see a lawyer since they were",
              "first questioned."]
    demands = ["We call on the authorities to", "release the beekeepers at once",
               "and to return the hives that", "were seized from them during", "the raids."]
    c = page(tmp_path, [
        "VALLEY BEE HEALTH MONITOR", "Briefing paper 2026/02", "",
        "Hives and handcuffs: the", "beekeepers held in the valley of", "Oranmir", "",
        "Issued 3 March 2026", "", *column, "",
        "Valley Bee Health Monitor · vbhm.example 1",
        "\fHives and handcuffs — VBHM Briefing 2026/02", "", *demands, "",
        "Valley Bee Health Monitor · vbhm.example 2"])
    assert c.meta.get("title") == \
        "Hives and handcuffs: the beekeepers held in the valley of Oranmir"
