"""``dossier import --explain RAW``: every block's decision and its evidence, nothing written."""

from __future__ import annotations

from pathlib import Path

from workflow.config import Project
from workflow.importer.text import shorten


def explain_text(project: Project | None, raw: Path | str, encoding: str | None = None) -> str:
    """One line per raw line with text: keep/drop, who decided and why, and the text; then the
    metadata the import would write and the flags."""
    from workflow.importer.store import open_raw, preview

    data, _ = open_raw(raw, encoding)
    conversion = preview(project, data)
    report = conversion.report
    removed = {}
    for entry in report.removed:
        span = [entry.first] if entry.first is None else \
            range(entry.first, (entry.last or entry.first) + 1)  # a wrapped paragraph's lines
        for no in span:
            removed.setdefault(no, (entry.reason, entry.text))
    decided = {}
    for no, keep, why, text in report.decisions:
        decided.setdefault(no, (keep, why, text))
    flagged = {e.first for e in report.flags if e.first is not None}
    texts = {}
    for no, _keep, _why, text in report.decisions:
        texts.setdefault(no, text)
    lines = [f"# dossier import --explain {data.path.name} ({conversion.layout})"]
    numbers = sorted(set(removed) | set(decided) | _kept_lines(conversion))
    for no in numbers:
        mark = " ?" if no in flagged else "  "
        for verdict, why, text in _rows(no, report, removed, decided, texts):
            lines.append(f"L{no:<4} {verdict}{mark} {why}" + (f' | "{shorten(text, 70)}"'
                                                              if text else ""))
    meta = conversion.meta
    lines.append(f"title: {meta.get('title')}")
    lines.append(f"date: {meta.get('date')}")
    lines.append(f"signatories: {meta.get('signatories') or []}")
    lines += [f"note: {n}" for n in report.notes]
    lines += [f"flag {e.render().strip()}" for e in report.flags]
    return "\n".join(lines) + "\n"


def _rows(no: int, report, removed: dict, decided: dict, texts: dict) -> list[tuple]:
    """The decisions of raw line ``no``: one row, or one per block when the line holds several
    (a minified HTML line: a heading, its paragraph and a footer on one line)."""
    blocks = [(keep, why, text) for n, keep, why, text in report.decisions if n == no and text]
    gone = {" ".join(e.text.split()): e.reason for e in report.removed
            if e.first == no and e.text}
    if len({" ".join(t.split()) for _, _, t in blocks}) > 1:
        return [("drop", gone[key], text) if (key := " ".join(text.split())) in gone else
                ("keep" if keep else "drop", why, text) for keep, why, text in blocks]
    text = texts.get(no, "")
    if no in removed:
        return [("drop", removed[no][0], text or removed[no][1])]
    if no in decided:
        return [("keep", decided[no][1], text)]
    return [("keep", "kept by the structure rules", text)]


def _kept_lines(conversion) -> set[int]:
    return {p.first for p in conversion.pieces}
