"""``wrap`` in [tool.dossier] and --width/--no-wrap: catalogs laid out as the team's editors do."""

from __future__ import annotations

from catalog_helpers import SOURCE, gnu, make_project, run

LONG = ("The coalition calls on the United Nations to establish an independent international "
        "investigation into the 1988 prison massacres without any further delay.")
TEXT = SOURCE.replace("A quotation here.", LONG)


def _files(root):
    return sorted(p for p in (root / "locales").rglob("*.po*") if not p.name.startswith("."))


def test_no_wrap_setting_writes_what_msgcat_no_wrap_writes(tmp_path):
    root = make_project(tmp_path, {"alpha": TEXT}, languages=("fa",))
    (root / "dossier.toml").write_text('[tool.dossier]\nlanguages = ["fa"]\nwrap = "none"\n',
                                       encoding="utf-8")
    assert run(root, "update")[0] == 0
    for path in _files(root):
        text = path.read_text(encoding="utf-8")
        assert f'msgid "{LONG}"' in text
        assert gnu("msgcat", "--no-wrap", str(path)).stdout == text, path
    # A Poedit-style team's files stay as they are on the next run.
    before = {p: p.read_bytes() for p in _files(root)}
    assert run(root, "update")[0] == 0
    assert {p: p.read_bytes() for p in _files(root)} == before


def test_width_and_no_wrap_options_override_the_setting(tmp_path):
    root = make_project(tmp_path, {"alpha": TEXT}, languages=("fa",))
    assert run(root, "update")[0] == 0
    po = root / "locales/fa/LC_MESSAGES/alpha.po"
    assert gnu("msgcat", str(po)).stdout == po.read_text(encoding="utf-8")  # GNU's 79
    assert run(root, "update", "--no-wrap")[0] == 0
    assert gnu("msgcat", "--no-wrap", str(po)).stdout == po.read_text(encoding="utf-8")
    assert run(root, "update", "--width", "60")[0] == 0
    assert gnu("msgcat", "--width=60", str(po)).stdout == po.read_text(encoding="utf-8")
    assert run(root, "extract", "--width", "60")[0] == 0
    pot = root / "locales/templates/alpha.pot"
    assert gnu("msgcat", "--width=60", str(pot)).stdout == pot.read_text(encoding="utf-8")


def test_a_bad_width_is_a_usage_error(tmp_path):
    root = make_project(tmp_path, {"alpha": TEXT}, languages=("fa",))
    code, _, err = run(root, "update", "--width", "5")
    assert code == 2 and "--width must be a page width" in err and err.count("\n") == 1
    (root / "dossier.toml").write_text('[tool.dossier]\nwrap = "sometimes"\n', encoding="utf-8")
    code, _, err = run(root, "update")
    assert code == 2 and "dossier.toml" in err and "'wrap' must be" in err
    assert not (root / "locales").exists()
