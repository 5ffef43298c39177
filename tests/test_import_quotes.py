"""Spaces round quotation marks (issue #10, fresh21): a space just inside English quotation
marks goes ("“ Free them ”" -> "“Free them”"), but the space after a German or Czech closing mark
(‚…‘ and „…“ close on the marks English opens with) is the text's own and stays."""

from __future__ import annotations

from workflow.importer.text import normalise


def test_a_space_inside_english_quotation_marks_goes():
    assert normalise("They said “ free them ” at the gate.")[0] == \
        "They said “free them” at the gate."


def test_the_space_after_a_german_closing_mark_stays():
    text = ("Sie wurden wegen ‚Spionage‘ zu Haftstrafen und wegen „Propaganda“ zu Geldstrafen "
            "verurteilt.")
    assert normalise(text)[0] == text
