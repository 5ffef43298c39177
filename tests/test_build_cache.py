"""The build cache redoes work when anything that shapes it changes: inputs, code, libraries."""

from __future__ import annotations

import shutil
from pathlib import Path

from catalog_helpers import SOURCE, make_project, run

import workflow
from workflow import cache
from workflow.catalog.extract import extract
from workflow.catalog.update import update
from workflow.config import find_project

PACKAGE = Path(workflow.__file__).resolve().parent


def test_every_module_of_the_package_is_in_the_fingerprint(tmp_path):
    copy = tmp_path / "workflow"
    shutil.copytree(PACKAGE, copy, ignore=shutil.ignore_patterns("__pycache__"))
    base = cache.package_digest(copy)
    assert cache.package_digest(copy) == base  # stable
    for module in ("source.py", "states.py", "segment/en.py", "publish/dossier.css"):
        path = copy / module
        original = path.read_bytes()
        path.write_bytes(original + b"\n# edited\n")
        assert cache.package_digest(copy) != base, module
        path.write_bytes(original)
    (copy / "__pycache__").mkdir(exist_ok=True)
    (copy / "__pycache__" / "x.pyc").write_bytes(b"junk")  # byte code does not count
    assert cache.package_digest(copy) == base


def test_library_versions_are_in_the_fingerprint(monkeypatch):
    before = cache.code_fingerprint()
    cache.code_fingerprint.cache_clear()
    monkeypatch.setattr(cache, "library_versions",
                        lambda names=cache.SHAPING_LIBRARIES: {"babel": "99.0"})
    try:
        assert cache.code_fingerprint() != before
    finally:
        cache.code_fingerprint.cache_clear()
    assert "babel" in cache.SHAPING_LIBRARIES and "weasyprint" in cache.SHAPING_LIBRARIES
    assert {"jinja2", "markupsafe"} <= set(cache.SHAPING_LIBRARIES)  # they write the HTML
    assert {"tinyhtml5", "lxml"} <= set(cache.SHAPING_LIBRARIES)  # and these parse it


def test_a_code_change_makes_extract_and_update_redo_their_work(tmp_path, monkeypatch):
    root = make_project(tmp_path, {"alpha": SOURCE}, languages=("fa",))
    assert run(root, "update")[0] == 0
    project = find_project(root)
    again = update(project, ["fa"])
    assert again.extract.skipped == ["alpha"] and again.skipped == ["fa/alpha"]
    # Another dossier (any edited module, another Babel): the cache vouches for nothing.
    monkeypatch.setattr(cache, "code_fingerprint", lambda: "another-version-of-dossier")
    pot, po = project.pot_path("alpha"), project.po_path("fa", "alpha")
    before = pot.read_bytes(), po.read_bytes()
    redone = update(project, ["fa"])
    assert redone.extract.skipped == [] and redone.extract.unchanged == ["alpha"]
    assert redone.skipped == [] and redone.unchanged == ["fa/alpha"]
    assert (pot.read_bytes(), po.read_bytes()) == before  # same code here: same bytes
    assert extract(project).skipped == ["alpha"]  # and now cached under the new key


def test_a_code_change_makes_build_redo_its_pdfs(tmp_path, monkeypatch):
    root = make_project(tmp_path, {"alpha": SOURCE}, languages=("fa",))
    assert run(root, "update")[0] == 0
    po = root / "locales/fa/LC_MESSAGES/alpha.po"  # something translated: worth publishing
    po.write_text(po.read_text(encoding="utf-8").replace(
        'msgid "Alpha statement"\nmsgstr ""', 'msgid "Alpha statement"\nmsgstr "بیانیهٔ آلفا"'),
        encoding="utf-8")
    assert run(root, "build", "-j", "1")[0] == 0
    pdf = root / "output/fa/alpha.pdf"
    built = pdf.stat().st_mtime_ns
    code, out, _ = run(root, "-v", "build", "-j", "1")
    assert code == 0 and "wrote" not in out and pdf.stat().st_mtime_ns == built
    monkeypatch.setattr(cache, "code_fingerprint", lambda: "another-version-of-dossier")
    code, out, _ = run(root, "-v", "build", "-j", "1")
    assert code == 0 and "wrote output/fa/alpha.pdf" in out


def test_draft_dates_honour_source_date_epoch(monkeypatch):
    from workflow import clock, states

    monkeypatch.setenv("SOURCE_DATE_EPOCH", "1795000000")  # 2026-11-18
    assert clock.today() == "2026-11-18"
    assert states.today() == "2026-11-18"
    monkeypatch.setenv("SOURCE_DATE_EPOCH", "soon")
    from workflow.errors import InputError

    try:
        clock.today()
    except InputError as exc:
        assert "SOURCE_DATE_EPOCH" in str(exc)
    else:
        raise AssertionError("a bad SOURCE_DATE_EPOCH must be an error")


def test_another_pango_or_harfbuzz_makes_build_redo_its_pdfs(tmp_path, monkeypatch):
    """Line breaks and shaping come from the system's Pango and HarfBuzz, not a Python package:
    a PDF laid out by another version is not vouched for."""
    from workflow.publish import pipeline, render

    assert render.typesetter_versions().startswith("pango ")
    assert "harfbuzz" in render.typesetter_versions() or "fonttools" in \
        render.typesetter_versions()
    root = make_project(tmp_path, {"alpha": SOURCE}, languages=("fa",))
    assert run(root, "update")[0] == 0
    po = root / "locales/fa/LC_MESSAGES/alpha.po"
    po.write_text(po.read_text(encoding="utf-8").replace(
        'msgid "Alpha statement"\nmsgstr ""', 'msgid "Alpha statement"\nmsgstr "بیانیهٔ آلفا"'),
        encoding="utf-8")
    assert run(root, "build", "-j", "1")[0] == 0
    code, out, _ = run(root, "-v", "build", "-j", "1")
    assert code == 0 and "wrote" not in out
    monkeypatch.setattr(pipeline, "typesetter_versions", lambda: "pango 9.0.0; harfbuzz 99")
    code, out, _ = run(root, "-v", "build", "-j", "1")
    assert code == 0 and "wrote output/fa/alpha.pdf" in out
