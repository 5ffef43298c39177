"""The one organisation that publishes a document it speaks for (a report's, a briefing's, a
submission's issuer), found where printed documents name their publisher: the cover's first
lines, the cells of a running header or footer, and the closing "About X" paragraph ("X is an
independent research group"). An organisation named in two of those places, or in one of them
while the text speaks as "we" or by the organisation's short form ("The Monitor calls on …"),
issues the document and signs it. The signatory finder asks only when nothing else names
signers (workflow.importer.signers)."""

from __future__ import annotations

import re

from workflow.importer.signatory_names import GLUE, HEAD_NOUNS, WEAK_HEADS, name_shape
from workflow.importer.text import words

# "X (ABBR) is an independent research group", "X is a network of …", "X is the …"
_IS_A = re.compile(r"^(?:the\s+)?(?P<org>[A-Z][^,.;:()]{2,80}?)(?:\s+\((?P<abbr>[A-Z]{2,10})\))?"
                   r",?\s+(?:is|was\s+founded|was\s+established)\s+(?:an?|the|in)\b")
# "About Hengaw-e Edalat: an independent …", "ABOUT THE MONITOR"
_ABOUT = re.compile(r"^about\s+(?:the\s+|us\b)?(?P<org>[^:.;]{2,80}?)\s*(?::|$)", re.IGNORECASE)
_CELLS = re.compile(r"\s{3,}|\s+[|·•–—]\s+|\t+")
_FOLIO = re.compile(r"^(?:page\s+)?[-–—\s]*\d{1,3}(?:\s*(?:/|of)\s*\d{1,3})?[-–—\s]*$",
                    re.IGNORECASE)
_VOICE = re.compile(r"\b(?:we|our|us)\b", re.IGNORECASE)


def _cased(name: str) -> str:
    """A name printed in capitals, as it reads in a sentence ("IRAN PRISON HEALTH MONITOR" ->
    "Iran Prison Health Monitor")."""
    if not name.isupper():
        return name
    out = []
    for n, w in enumerate(name.split()):
        low = w.lower()
        out.append(low if n and low in GLUE else w[:1] + w[1:].lower())
    return " ".join(out)


def _org(text: str) -> str | None:
    """``text`` as an organisation's whole name, or None."""
    text = text.strip().strip("·|•-–— ")
    if not text or len(words(text)) > 10:
        return None
    shape = name_shape(_cased(text))
    return _cased(text) if shape.kind == "organisation" and shape.complete and \
        _head(text) else None  # (not "Alternative Report to CESCR")


def _head(name: str) -> str:
    """The head noun a text calls its organisation by ("Monitor" of "Iran Prison Health
    Monitor"), or ""."""
    return next((w for w in reversed(words(name)) if w.lower() in HEAD_NOUNS and
                 w.lower() not in WEAK_HEADS), "")


def publisher(decisions: list, running: tuple[str, ...], body_texts: list[str],
              first_body: int | None) -> list[str]:
    """The document's publisher as [name], or []: ``decisions`` are the classifier's (raw
    line number, kept, why, text), ``running`` the running headers and footers as laid out,
    ``body_texts`` the text's paragraphs, ``first_body`` the raw number of its first one."""
    found: dict[str, dict] = {}  # by lowercased name: its printed form and where it stood

    def note(name: str | None, where: str) -> None:
        if name:
            entry = found.setdefault(name.lower(), {"name": name, "where": set()})
            entry["where"].add(where)
            if entry["name"].isupper() or (not name.isupper() and len(name) > len(entry["name"])):
                entry["name"] = name

    for line in running:
        for cell in _CELLS.split(line.strip()):
            if not _FOLIO.match(cell):
                note(_org(re.sub(r"\s+\d{1,3}$", "", cell)), "running")
    cover = [(no, text) for no, _keep, _why, text in decisions
             if text and first_body is not None and no < first_body][:4]
    for _no, text in cover:
        note(_org(text), "cover")
    abouts: list[str] = []
    for _no, _keep, _why, text in decisions:
        if not text:
            continue
        if (m := _IS_A.match(text.strip())) and (org := _org(m["org"])):
            note(org, "about")
        elif m := _ABOUT.match(text.strip()):
            abouts.append(m["org"].strip())
    for name in abouts:  # "About Hengaw-e Edalat:" / "ABOUT THE MONITOR": a known one's
        low = name.lower()
        for entry in found.values():
            full = entry["name"].lower()
            if full.startswith(low) or low == _head(entry["name"]).lower():
                entry["where"].add("about")
    text = " ".join(body_texts)
    best: list[str] = []
    for entry in found.values():
        name, where = entry["name"], entry["where"]
        head = _head(name)
        voiced = bool(_VOICE.search(text)) or bool(
            head and re.search(rf"\b[Tt]he\s+{re.escape(head)}\b", text))
        if len(where) >= 2 or (where & {"running", "cover"} and voiced and
                               (name.lower() in text.lower() or len(where & {"running"}))):
            best.append(name)
    return best if len(best) == 1 else []
