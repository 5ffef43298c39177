"""The engine interface: settings from [tool.dossier] and the command line, the registry, and
a third engine added as one module plus one registration."""

from __future__ import annotations

import re
import sys
import types

import polib
import pytest
from cli_helpers import make_project, run

from workflow.draft import engines
from workflow.draft.engines import EngineSettings, Unsupported, create_engine, engine_settings
from workflow.errors import ConfigError
from workflow.states import marks

SENTENCE = "Families still do not know where their loved ones are buried."


def test_settings_from_config_then_command_line(tmp_path):
    table = {"name": "libretranslate", "url": "https://lt.example.org", "api-key-env": "K",
             "batch-size": 8}
    settings = engine_settings(table, tmp_path / "dossier.toml")
    assert settings.name == "libretranslate"
    assert dict(settings.options) == {"url": "https://lt.example.org", "api-key-env": "K",
                                      "batch-size": 8}
    over = engine_settings(table, None, url="http://127.0.0.1:5000", api_key_env=None)
    assert over.option("url") == "http://127.0.0.1:5000" and over.option("api-key-env") == "K"
    # Choosing another engine on the command line starts from no configured options.
    assert dict(engine_settings(table, None, name="argos").options) == {}
    assert engine_settings(None, None).name == "argos"
    assert engine_settings("memory", None).name == "memory"
    assert create_engine(engine_settings("memory", None)) is None
    with pytest.raises(ConfigError, match="unknown engine 'deepl'"):
        engine_settings({"name": "deepl"}, tmp_path / "dossier.toml")
    with pytest.raises(ConfigError, match=r"unknown option\(s\) for engine 'libretranslate': "
                                          "apikey"):
        create_engine(EngineSettings("libretranslate", {"url": "http://x", "apikey": "s"}))
    with pytest.raises(ConfigError, match="needs a url"):
        create_engine(EngineSettings("libretranslate", {}))
    with pytest.raises(ConfigError, match="must not hold credentials"):
        create_engine(EngineSettings("libretranslate", {"url": "http://me:secret@host"}))
    with pytest.raises(ConfigError, match="batch-size must be a number >= 1"):
        create_engine(EngineSettings("libretranslate", {"url": "http://h", "batch-size": 0}))


def test_cli_engine_errors_are_one_line(tmp_path):
    root = make_project(tmp_path / "p", {"s": "---\ntitle: S\n---\n# S\n\nA sentence.\n"},
                        languages=("fa",))
    assert run(root, "update")[0] == 0
    code, _, err = run(root, "draft", "--engine", "nope")
    assert code == 2 and "unknown engine 'nope' (engines: argos, libretranslate, memory)" in err
    code, _, err = run(root, "draft", "--engine", "libretranslate")
    assert code == 2 and len(err.splitlines()) == 1 and "needs a url" in err
    (root / "dossier.toml").write_text(
        'languages = ["fa"]\nengine = { name = "libretranslate", url = "http://h", '
        'timeout = "soon" }\n', encoding="utf-8")
    code, _, err = run(root, "draft")
    assert code == 2 and "dossier.toml: engine option timeout must be a number" in err


class Reverser:
    """A test engine: reverses the letters of each word (so its output differs from its
    input), one call per batch, provenance of its own."""

    name = "reverser"
    group_sentences = 1

    def __init__(self) -> None:
        self.calls: list[list[str]] = []

    def pair(self, source, target):
        if target != "fa":
            return Unsupported(f"reverser has no {source}->{target}", "use fa")
        engine = self

        class Pair:
            label = "reverser 1.0"
            provenance = {"engine": "reverser", "model": "reverser-1.0"}

            def translate(self, sentences, on_progress=None):
                engine.calls.append(list(sentences))
                if on_progress:
                    on_progress(len(sentences))
                return [re.sub(r"[^\W\d_]+", lambda m: m.group()[::-1], s) for s in sentences]

        return Pair()


def test_a_third_engine_is_one_module_and_one_registration(tmp_path, monkeypatch):
    module = types.ModuleType("reverser_engine")
    instance = Reverser()
    module.create = lambda settings: instance
    monkeypatch.setitem(sys.modules, "reverser_engine", module)
    monkeypatch.setitem(engines.REGISTRY, "reverser", "reverser_engine:create")
    root = make_project(tmp_path / "p", {
        "a": f"---\ntitle: A\n---\n# A\n\n{SENTENCE}\n",
        "b": f"---\ntitle: B\n---\n# B\n\n{SENTENCE} In 1988, 30,000 died.\n"},
        languages=("fa", "de"))
    assert run(root, "update")[0] == 0
    code, out, err = run(root, "draft", "--engine", "reverser")
    assert code == 0, err
    assert "fa: drafted 0 from memory, 5 by machine (4 distinct sentences, reverser 1.0)" in out
    assert "de: skipped machine drafts: reverser has no en->de; use fa" in err
    assert instance.calls == [["A", SENTENCE], ["B", "In 1988, 30,000 died."]]  # per catalog
    entry = {e.msgid: e for e in polib.pofile(str(root / "locales/fa/LC_MESSAGES/b.po"))}[
        "In 1988, 30,000 died."]
    assert entry.msgstr == "nI ۱۹۸۸, ۳۰٬۰۰۰ deid."  # numbers checked and localised as ever
    fields = marks(entry, "draft")[0].fields
    assert fields["engine"] == "reverser" and fields["model"] == "reverser-1.0"


def test_models_list_names_a_configured_server_engine(tmp_path, monkeypatch):
    monkeypatch.setenv("ARGOS_PACKAGES_DIR", str(tmp_path / "pk"))
    root = tmp_path / "p"
    root.mkdir()
    (root / "dossier.toml").write_text(
        'languages = ["fa"]\n'
        'engine = { name = "libretranslate", url = "https://lt.example.org" }\n', "utf-8")
    code, out, _ = run(root, "models", "list")
    assert code == 0
    assert "drafting engine: libretranslate at https://lt.example.org" in out
