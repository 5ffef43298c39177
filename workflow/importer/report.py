"""The import report: every raw line that was removed or altered, and spots a human should check.

Written next to the source as ``sources/<slug>.import.txt``. It contains nothing that changes
between two imports of the same raw bytes (no timestamps), so re-imports are byte-identical.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from workflow.importer.text import shorten

REPORT_HEADER = "# dossier import report\n"


@dataclass(frozen=True)
class Entry:
    """One report line: where (raw line numbers), why, and the text concerned."""

    first: int | None
    last: int | None
    reason: str
    text: str = ""

    def render(self) -> str:
        if self.first is None:
            where = "whole text"
        elif self.last is None or self.last == self.first:
            where = f"L{self.first}"
        else:
            where = f"L{self.first}-{self.last}"
        tail = f': "{shorten(self.text)}"' if self.text else ""
        return f"  {where}: {self.reason}{tail}"


@dataclass
class Report:
    """Collects what the importer did, in the order it did it; rendered sorted by line."""

    removed: list[Entry] = field(default_factory=list)
    altered: list[Entry] = field(default_factory=list)
    flags: list[Entry] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)
    decisions: list[tuple[int, bool, str, str]] = field(default_factory=list)
    unsure: list[tuple[int, str, str]] = field(default_factory=list)  # kept, near the threshold
    # what the line numbers count (a minified HTML page's are of its laid-out form)
    line_numbers: str = "the raw file's"

    def flag_unsure(self) -> None:
        """Flag the classifier's unsure keeps that no later rule removed."""
        gone = self.removed_lines()
        for no, reason, text in self.unsure:
            if no not in gone:
                self.flag(no, reason, text)
        self.unsure.clear()

    def remove(self, no: int, reason: str, text: str) -> None:
        self.removed.append(Entry(no, None, reason, text))

    def decide(self, no: int, decision, text: str) -> None:
        """Record the classifier's decision on a line (for ``dossier import --explain``)."""
        self.decisions.append((no, decision.keep, decision.explain(), text))

    def alter(self, first: int | None, reason: str, text: str = "",
              last: int | None = None) -> None:
        self.altered.append(Entry(first, last, reason, text))

    def flag(self, first: int | None, reason: str, text: str = "", last: int | None = None) -> None:
        self.flags.append(Entry(first, last, reason, text))

    def removed_lines(self) -> set[int]:
        return {e.first for e in self.removed if e.first is not None}

    def render(self, header: list[str]) -> str:
        def section(title: str, entries: list[Entry]) -> list[str]:
            ordered = sorted(entries, key=lambda e: (e.first is None, e.first or 0, e.last or 0))
            body = [e.render() for e in ordered] or ["  (none)"]
            return ["", f"{title} ({len(entries)})", *body]

        lines = [REPORT_HEADER.strip(), *header]
        lines += ["", "NOTES", *(f"  {n}" for n in self.notes)] if self.notes else []
        lines += section("REMOVED", self.removed)
        lines += section("ALTERED", self.altered)
        lines += section("FLAGS for a human", self.flags)
        return "\n".join(lines) + "\n"
