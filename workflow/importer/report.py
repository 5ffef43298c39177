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


def _wraps(above: str, line: str) -> bool:
    """Whether ``line`` goes on with the sentence of the line above (a hard-wrapped paragraph,
    not a menu's next item): it starts in lowercase, or the line above is a long one left
    unfinished."""
    return line[:1].islower() or (len(above.split()) >= 5 and above.rstrip()[-1:] not in ".!?:")


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
        return {no for e in self.removed if e.first is not None
                for no in range(e.first, (e.last or e.first) + 1)}

    def removed_count(self) -> int:
        """Raw lines removed (an entry may span a wrapped paragraph's lines)."""
        return sum((e.last or e.first) - e.first + 1 if e.first is not None else 1
                   for e in self.removed)

    def coalesce(self) -> None:
        """A hard-wrapped paragraph removed line by line for one reason (a forwarder's note,
        a legal disclaimer) becomes one entry over its lines, its text whole: the report names
        the sentence a reader would look for, not its pieces. Lines the classifier scored one
        by one, a PDF's running lines (each a line of its own) and an HTML page's elements the
        extractor left out (a grid's cells, one per line of the source) stay apart."""
        out: list[Entry] = []
        tail = ""  # the last line's own text of the entry before
        for e in sorted(self.removed, key=lambda e: (e.first is None, e.first or 0)):
            prev = out[-1] if out else None
            if prev is not None and e.first is not None and prev.first is not None and \
                    e.last is None and e.first == (prev.last or prev.first) + 1 and \
                    e.reason == prev.reason and "score" not in e.reason and \
                    not e.reason.startswith(("running ", "not article text (")) and \
                    e.text and prev.text and \
                    _wraps(tail, e.text):
                out[-1] = Entry(prev.first, e.first, prev.reason, f"{prev.text} {e.text}")
            else:
                out.append(e)
            tail = e.text
        self.removed = out

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
