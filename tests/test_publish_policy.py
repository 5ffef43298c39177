"""What ``dossier build`` refuses to publish: statements nobody translated (min-translated).

po4a's convention: a document below a minimum translated share is not written (``--keep``);
dossier's default is "something must be translated or drafted", configurable per project and
language in ``[tool.dossier] min-translated``; ``--force`` writes a proof copy anyway.
"""

from __future__ import annotations

import polib
import pytest
from cli_helpers import make_project, run
from pdf_helpers import tool

from workflow.config import find_project
from workflow.publish.model import gather
from workflow.publish.pipeline import translated_share
from workflow.states import mark_translated

ONE = """---
title: First statement
imported: '2026-11-20'
---
# First statement

Prisoners were executed in 1988. Families were not told. Graves remain unmarked.
"""
TWO = ONE.replace("First", "Second").replace("Graves remain unmarked.", "Nobody was tried.")


def translate(po_path, count: int) -> None:
    po = polib.pofile(str(po_path), wrapwidth=0)
    for entry in [e for e in po if not e.obsolete][:count]:
        mark_translated(entry, "ترجمه")
    po.metadata["PO-Revision-Date"] = "2026-11-21 09:30+0000"
    po.save(str(po_path))


@pytest.fixture()
def project(tmp_path):
    root = make_project(tmp_path / "p", {"one": ONE, "two": TWO}, ["fa", "fr"])
    for argv in (("extract",), ("update",)):
        assert run(root, *argv)[0] == 0
    translate(root / "locales" / "fa" / "LC_MESSAGES" / "one.po", 99)  # all
    translate(root / "locales" / "fa" / "LC_MESSAGES" / "two.po", 1)  # the title only
    return root


def test_default_holds_back_a_language_nobody_translated_with_one_line(project):
    code, out, err = run(project, "build")
    assert code == 0, err
    lines = [li for li in out.splitlines() if li.startswith("fr:")]
    assert len(lines) == 1 and "nothing translated or drafted" in lines[0]
    assert "--force" in lines[0]
    assert not (project / "output" / "fr").exists()
    assert sorted(p.name for p in (project / "output" / "fa").glob("*.pdf")) == [
        "dossier.pdf", "one.pdf", "two.pdf"]
    assert "2 held back" in out  # counted per statement
    code, out, err = run(project, "build", "--lang", "fr", "--force")
    assert code == 0, err
    assert sorted(p.name for p in (project / "output" / "fr").glob("*.pdf")) == [
        "dossier.pdf", "one.pdf", "two.pdf"]


def test_threshold_per_language_skips_a_statement_the_dossier_holds_the_rest(project):
    proj = find_project(project)
    share_two = translated_share(gather(proj, "two", "fa"))
    assert 0 < share_two < 100
    cut = int(share_two) + 1
    (project / "dossier.toml").write_text(
        '[tool.dossier]\nlanguages = ["fa", "fr"]\n'
        f'min-translated = {{default = 0, fa = {cut}}}\n', encoding="utf-8")
    code, out, err = run(project, "build", "--lang", "fa")
    assert code == 0, err
    line = next(li for li in out.splitlines() if li.startswith("fa:"))
    assert "skipped two (" in line and f"at least {cut}%" in line and "the other 1" in line
    assert sorted(p.name for p in (project / "output" / "fa").glob("*.pdf")) == [
        "dossier.pdf", "one.pdf"]
    text = tool("pdftotext", str(project / "output" / "fa" / "dossier.pdf"), "-")
    assert "First statement" in text and "Second statement" not in text


def test_bad_threshold_is_a_usage_error(project):
    (project / "dossier.toml").write_text(
        '[tool.dossier]\nlanguages = ["fa"]\nmin-translated = 150\n', encoding="utf-8")
    code, _, err = run(project, "build")
    assert code == 2 and "min-translated" in err and "dossier.toml" in err
