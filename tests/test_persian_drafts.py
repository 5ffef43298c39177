"""The team's Persian drafts of the five statements: complete, honestly labelled, well-formed.

These tests read the committed catalogs, so a later command that damages them fails here.
"""

from __future__ import annotations

import csv
import json
import re
import subprocess
import sys
from pathlib import Path

import pytest

from workflow.catalog.pofile import read_catalog
from workflow.config import find_project
from workflow.draft.glossary import load_glossary
from workflow.states import DraftKind, State, draft_kind, marks, state_of

REPO = Path(__file__).resolve().parents[1]
PROJECT = find_project(REPO)
SLUGS = PROJECT.slugs()
PERSIAN_DIGITS = str.maketrans("۰۱۲۳۴۵۶۷۸۹", "0123456789")
NUMBER = re.compile(r"\d+(?:[,٬]\d{3})*(?:[.٫]\d+)?")


def numbers(text: str) -> list[str]:
    plain = text.translate(PERSIAN_DIGITS)
    return sorted(re.sub(r"[,٬]", "", n).replace("٫", ".") for n in NUMBER.findall(plain))


@pytest.fixture(scope="module", params=SLUGS)
def catalog(request):
    return request.param, read_catalog(PROJECT.po_path("fa", request.param))


def test_five_statements_have_persian_catalogs():
    assert len(SLUGS) == 5
    for slug in SLUGS:
        assert PROJECT.po_path("fa", slug).is_file()


def test_msgfmt_accepts_every_persian_catalog():
    for slug in SLUGS:
        path = PROJECT.po_path("fa", slug)
        proc = subprocess.run(["msgfmt", "--check", "-o", "/dev/null", str(path)],
                              capture_output=True, text=True)
        assert proc.returncode == 0, proc.stderr


def test_every_entry_is_an_honestly_labelled_team_draft(catalog):
    slug, po = catalog
    assert po.headers["Last-Translator"].startswith("Dossier translation team")
    assert "Dossier translation team" in po.headers["Language-Team"]
    for entry in po.entries:
        assert state_of(entry) is State.DRAFT, (slug, entry.msgid)
        assert draft_kind(entry) is DraftKind.TEAM, (slug, entry.msgid)
        (mark,) = marks(entry, "draft")
        assert mark.fields["by"] == "Dossier translation team"
        assert not marks(entry, "approved")


def test_persian_orthography(catalog):
    slug, po = catalog
    for entry in po.entries:
        text = entry.msgstr
        assert not re.search("[يك]", text), (slug, text)  # Arabic yeh/kaf
        assert not re.search(r"[0-9]", text), (slug, text)  # digits in Persian form
        assert not re.search(r"\bمی ", text), (slug, text)  # می‌ prefix takes ZWNJ


def in_source_calendar(source: list[str], translation: list[str], glossary) -> list[str]:
    """The translation's numbers with the glossary's years (۱۳۶۷, ۶۷) read as the source's."""
    back = {str(alias): str(year) for year, aliases in glossary.year_aliases.items()
            for alias in aliases if str(year) in source}
    return sorted(back.get(n, n) for n in translation)


def test_numbers_agree_with_the_source_or_are_explained(catalog):
    """Numbers agree once a glossary form's own numbers are left out and the glossary's years
    are read in the source calendar (the date rule); any other difference has a note."""
    slug, po = catalog
    glossary = load_glossary(PROJECT.glossary_path("fa"))
    for entry in po.entries:
        source, translation = glossary.without_forms(entry.msgid, entry.msgstr)
        if numbers(source) != in_source_calendar(numbers(source), numbers(translation),
                                                 glossary):
            # a deliberate difference (e.g. "WW2", a glued caption digit) must be explained
            notes = [x for x in (entry.tcomment or "").splitlines() if x.startswith("note:")]
            assert notes, (slug, entry.msgid, entry.msgstr)


def test_status_shows_persian_fully_drafted_none_approved():
    proc = subprocess.run([sys.executable, "-m", "workflow", "status", "--lang", "fa", "--json"],
                          cwd=REPO, capture_output=True, text=True)
    assert proc.returncode == 0, proc.stderr
    totals = json.loads(proc.stdout)["totals"]["fa"]
    assert totals["percent_drafted"] == 100.0
    assert totals["percent_approved"] == 0.0


def test_glossary_is_a_clean_csv_with_the_recurring_terms():
    path = PROJECT.glossary_path("fa")
    raw = path.read_bytes()
    assert not raw.startswith(b"\xef\xbb\xbf") and b"\r\n" not in raw
    rows = list(csv.DictReader(raw.decode("utf-8").splitlines()))
    sources = {row["source"].lower(): row for row in rows}
    for term in ("death commission", "1988 massacre", "crimes against humanity", "evin",
                 "khomeini", "political prisoners"):
        assert term in sources, term
    assert {row["kind"] for row in rows} <= {"term", "name", "dnt", "year"}
    assert not any(re.search("[يك]", row["target"] + row["later"]) for row in rows)
    # The date rule: the coalition's own name for the massacre, Solar Hijri years.
    assert sources["1988 massacre"]["target"] == "قتل‌عام ۱۳۶۷ (۱۹۸۸)"
    assert sources["1988 massacre"]["later"] == "قتل‌عام ۶۷"
    assert {(r["source"], r["target"], r["later"]) for r in rows if r["kind"] == "year"} == {
        ("1988", "۱۳۶۷", "۶۷"), ("1980s", "دههٔ ۶۰", "")}


def test_date_rule_applied_first_mention_full_form_later_short(catalog):
    """Every statement names the massacre «قتل‌عام ۱۳۶۷ (۱۹۸۸)» at its first mention (the
    title, where it has one) and «قتل‌عام ۶۷» after it; no Gregorian name, no «دههٔ هشتاد»."""
    slug, po = catalog
    glossary = load_glossary(PROJECT.glossary_path("fa"))
    (term,) = [t for t in glossary.terms if t.source == "1988 massacre"]
    mentions = glossary.mentions(e.msgid for e in po.entries)
    first = [e for e, before in zip(po.entries, mentions, strict=True)
             if term.key not in before and term.pattern().search(e.msgid)]
    for entry in po.entries:
        assert "قتل‌عام ۱۹۸۸" not in entry.msgstr and "دههٔ هشتاد" not in entry.msgstr, slug
        if term.pattern().search(entry.msgid):
            expected = term.target if entry is first[0] else term.later
            assert expected in entry.msgstr, (slug, entry.msgid)
