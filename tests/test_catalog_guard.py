"""The meaning-flip guard and the nearest-sentence matcher."""

from __future__ import annotations

import polib

from workflow.catalog.guard import meaning_changes
from workflow.catalog.merge import nearest

OLD = "Police arrested him on 3 May in Tehran."


def test_flags_dates_negation_numbers_and_names():
    assert meaning_changes(OLD, "Police arrested him on 5 May in Tehran.") == [
        "date 3 May -> 5 May"]
    assert meaning_changes(OLD, "Police did not arrest him on 3 May in Tehran.") == [
        "negation added (not)"]
    assert meaning_changes(OLD, "Police arrested him on 3 May in Mashhad.") == [
        "name Tehran -> Mashhad"]
    assert meaning_changes("Over 30,000 were killed.", "Over 3,000 were killed.") == [
        "number 30,000 -> 3,000"]
    assert meaning_changes("He didn’t sign it.", "He did sign it.") == ["negation removed (n't)"]


def test_a_name_that_starts_the_sentence_is_seen():
    assert meaning_changes("Khomeini ordered the killings.", "Khamenei ordered the killings.") \
        == ["name Khomeini -> Khamenei"]
    assert meaning_changes("“Rouhani lied,” she said.", "“Raisi lied,” she said.") == [
        "name Rouhani -> Raisi"]
    assert meaning_changes("Khomeini ordered it.", "The regime ordered it.") == [
        "name removed (Khomeini)"]
    assert meaning_changes("Several prisoners died.", "Many prisoners died.") == []


def test_harmless_rewording_is_not_flagged():
    assert meaning_changes(OLD, "The police arrested him on 3 May in Tehran.") == []
    assert meaning_changes(OLD, "Police arrested him in Tehran on 3 May.") == []


def test_nearest_picks_the_most_similar_old_sentence():
    old = [polib.POEntry(msgid=m, msgstr="x") for m in
           ("Completely unrelated words.", OLD, "Police arrested her on 9 June in Shiraz.")]
    assert nearest("Police arrested him on 5 May in Tehran.", old).msgid == OLD
    assert nearest("Nothing like the others at all, truly.", old) is None
