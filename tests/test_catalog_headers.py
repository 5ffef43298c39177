"""Catalog headers merge like GNU msgmerge: what a translator set survives ``dossier update``."""

from __future__ import annotations

from catalog_helpers import SOURCE, assert_gnu_clean, gnu, make_project, run

from workflow.catalog import header
from workflow.catalog.pofile import read_catalog

EDITED_HEADERS = {
    "Plural-Forms": "nplurals=2; plural=(n != 1);",
    "Language": "fa_IR",
    "Language-Team": "Persian <fa@coalition.example>",
    "Last-Translator": "Sara K. <sara@coalition.example>",
    "X-Poedit-SourceCharset": "UTF-8",
}


def _edit_header(po, values: dict[str, str]) -> None:
    """Change header fields the way a translator's editor does: in the file's own text."""
    text = po.read_text(encoding="utf-8")
    for key, value in values.items():
        lines = text.split("\n")
        for i, line in enumerate(lines):
            if line.startswith(f'"{key}: '):
                lines[i] = f'"{key}: {value}\\n"'
                break
        else:
            at = next(i for i, line in enumerate(lines) if line.startswith('"X-Generator: '))
            lines.insert(at + 1, f'"{key}: {value}\\n"')
        text = "\n".join(lines)
    po.write_text(text, encoding="utf-8")


def test_translator_header_edits_survive_update_and_merges(tmp_path, monkeypatch):
    monkeypatch.setenv("SOURCE_DATE_EPOCH", "1795000000")
    root = make_project(tmp_path, {"alpha": SOURCE}, languages=("fa",))
    assert run(root, "update")[0] == 0
    po = root / "locales/fa/LC_MESSAGES/alpha.po"
    _edit_header(po, EDITED_HEADERS)
    assert gnu("msgfmt", "--check", "-o", "/dev/null", str(po)).returncode == 0
    before = po.read_bytes()
    assert run(root, "update")[0] == 0  # nothing changed: not a byte moves
    assert po.read_bytes() == before
    # A source change merges entries (and refreshes POT-Creation-Date), headers stay.
    source = root / "sources/alpha.md"
    source.write_text(SOURCE.replace("30,000 hours", "40,000 hours"), encoding="utf-8")
    monkeypatch.setenv("SOURCE_DATE_EPOCH", "1796000000")
    assert run(root, "update")[0] == 0
    headers = read_catalog(po).headers
    for key, value in EDITED_HEADERS.items():
        assert headers[key] == value, key
    pot = read_catalog(root / "locales/templates/alpha.pot").headers
    assert headers["POT-Creation-Date"] == pot["POT-Creation-Date"]
    assert_gnu_clean(po, root / "locales/templates/alpha.pot")


def test_a_new_babel_plural_rule_rewrites_no_existing_catalog(tmp_path, monkeypatch):
    root = make_project(tmp_path, {"alpha": SOURCE}, languages=("fa",))
    assert run(root, "update")[0] == 0
    po = root / "locales/fa/LC_MESSAGES/alpha.po"
    before = po.read_bytes()
    # What a Babel upgrade does: other CLDR data, so other values for new catalogs.
    monkeypatch.setattr(header, "plural_forms", lambda lang: "nplurals=3; plural=(n%3);")
    monkeypatch.setattr(header, "language_name", lambda lang: "Farsi (new CLDR)")
    (root / ".dossier-cache").joinpath("catalogs.json").unlink()
    assert run(root, "update")[0] == 0
    assert po.read_bytes() == before


def test_placeholder_and_missing_fields_are_filled(tmp_path):
    root = make_project(tmp_path, {"alpha": SOURCE}, languages=("fa",))
    assert run(root, "update")[0] == 0
    po = root / "locales/fa/LC_MESSAGES/alpha.po"
    text = po.read_text(encoding="utf-8")
    text = "\n".join(line for line in text.split("\n") if not line.startswith('"Language: '))
    po.write_text(text.replace(str(header.plural_forms("fa")),
                               "nplurals=INTEGER; plural=EXPRESSION;"), encoding="utf-8")
    assert run(root, "update")[0] == 0
    headers = read_catalog(po).headers
    assert headers["Language"] == "fa"
    assert headers["Plural-Forms"] == header.plural_forms("fa")
    assert gnu("msgfmt", "--check", "-o", "/dev/null", str(po)).returncode == 0
