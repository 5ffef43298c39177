"""Near-match translation memory, TMX import/export, and the meaning-flip guard on drafts that
another tool (GNU msgmerge) moved to a changed sentence."""

from __future__ import annotations

import random
import subprocess
import xml.etree.ElementTree as ET

import polib
import pytest
from argos_fixture import copy_archives
from catalog_helpers import assert_gnu_clean
from cli_helpers import make_project, run

from workflow.draft.memory import TranslationMemory, similarity
from workflow.states import DraftKind, State, draft_kind, marks, state_of

EVIN = "In 1988, thousands of political prisoners were executed in Evin prison."
GOHARDASHT = "In 1988, thousands of political prisoners were executed in Gohardasht prison."
EVIN_FA = "در سال ۱۹۸۸ هزاران زندانی سیاسی در زندان اوین اعدام شدند."
OTHER = "Families still do not know where their loved ones are buried."
SAID = "Mohaddessin said the commission sent 30,000 people to their deaths."
SAID_NEW = "Safavi said the commission sent 30,000 people to their deaths."


def source(*sentences: str, title: str = "Statement") -> str:
    return f"---\ntitle: {title}\n---\n# {title}\n\n" + "\n\n".join(sentences) + "\n"


def po_entries(path) -> dict[str, polib.POEntry]:
    return {e.msgid: e for e in polib.pofile(str(path)) if e.msgid}


def translate_by_hand(po, msgid: str, msgstr: str) -> None:
    catalog = polib.pofile(str(po))
    entry = catalog.find(msgid)
    entry.msgstr = msgstr
    entry.flags = [f for f in entry.flags if f != "fuzzy"]  # Poedit: "Needs work" unticked
    entry.previous_msgid = None
    catalog.save(str(po))
    subprocess.run(["msgcat", "-o", str(po), str(po)], check=True)  # GNU layout


@pytest.fixture()
def project(tmp_path, monkeypatch):
    root = make_project(tmp_path / "proj", {"alpha": source(EVIN, OTHER, title="Alpha"),
                                            "beta": source(GOHARDASHT, title="Beta")},
                        languages=("fa",))
    monkeypatch.setenv("ARGOS_PACKAGES_DIR", str(tmp_path / "argos-packages"))
    assert run(root, "update")[0] == 0
    translate_by_hand(root / "locales/fa/LC_MESSAGES/alpha.po", EVIN, EVIN_FA)
    return root


def test_similarity_is_token_levenshtein_like_omegat():
    assert similarity(EVIN, EVIN) == 100
    # 14 tokens, one substituted: 1 - 1/14
    assert similarity(EVIN, GOHARDASHT) == 92
    assert similarity("The court said no.", "the court said no.") == 99  # never 100 unless equal
    assert similarity("Evin prison.", "Families still do not know.") < 30
    memory = TranslationMemory()
    memory.add_pair(EVIN, EVIN_FA, "alpha", rank=1)
    memory.add_pair(GOHARDASHT, "گوهردشت", "gamma", rank=0)
    hit = memory.near("In 1988, thousands of political prisoners were executed in Qezel prison.")
    # equal scores: the approved (rank 0) translation wins
    assert (hit.slug, hit.score, hit.source) == ("gamma", 92, GOHARDASHT)
    assert memory.near("Completely different words here today.") is None
    assert memory.near(EVIN) .source == GOHARDASHT  # the exact pair is lookup()'s, not near()'s


def test_the_prefix_filter_finds_what_a_full_scan_finds():
    rng = random.Random(7)
    words = ["the", "of", "prisoners", "were", "executed", "in", "1988", "Evin", "and",
             "families", ",", ".", "not"]
    sentences = list(dict.fromkeys(" ".join(rng.choice(words) for _ in range(rng.randint(3, 12)))
                                   for _ in range(400)))
    memory = TranslationMemory()
    for i, sentence in enumerate(sentences[:300]):
        memory.add_pair(sentence, f"t{i}", "s", rank=1)
    hits = 0
    for query in sentences[300:360]:
        best = max((similarity(query, s) for s in sentences[:300] if s != query), default=0)
        for threshold in (50, 75, 90):
            hit = memory.near(query, threshold)
            assert (hit.score if hit else None) == (best if best >= threshold else None)
            hits += hit is not None
    assert hits > 10


def test_near_matches_become_marked_stale_memory_drafts(project):
    code, out, _ = run(project, "draft", "--engine", "memory")
    assert code == 0 and "1 near matches from memory" in out
    beta_po = project / "locales/fa/LC_MESSAGES/beta.po"
    entry = po_entries(beta_po)[GOHARDASHT]
    assert entry.msgstr == EVIN_FA and "fuzzy" in entry.flags
    assert entry.previous_msgid == EVIN  # the old English, for the reviewer and the guard
    assert draft_kind(entry) is DraftKind.MEMORY and state_of(entry) is State.STALE
    fields = marks(entry, "draft")[0].fields
    assert fields["from"] == "alpha" and fields["score"] == "92" and fields["src"]
    assert [m.head for m in marks(entry, "changed")] == ["name Evin -> Gohardasht"]
    assert_gnu_clean(beta_po, project / "locales/templates/beta.pot")
    code, out, _ = run(project, "check", "--lang", "fa", "--only", "beta")
    assert "warning[meaning-flip]: source changed (name Evin -> Gohardasht)" in out
    # Idempotent: a second run changes nothing.
    before = beta_po.read_bytes()
    assert run(project, "draft", "--engine", "memory")[0] == 0
    assert beta_po.read_bytes() == before


def test_threshold_and_machine_drafts_only_for_what_memory_leaves(project):
    assert run(project, "models", "install", str(copy_archives()["en_fa"]))[0] == 0
    code, out, _ = run(project, "draft", "--threshold", "95")  # 92 < 95: no near match
    assert code == 0 and "near matches" not in out
    beta = po_entries(project / "locales/fa/LC_MESSAGES/beta.po")
    assert draft_kind(beta[GOHARDASHT]) is DraftKind.MACHINE
    # Default threshold: memory covers it, the machine gets only the rest (the title).
    for po in (project / "locales/fa/LC_MESSAGES").glob("*.po"):
        po.unlink()
    assert run(project, "update")[0] == 0
    translate_by_hand(project / "locales/fa/LC_MESSAGES/alpha.po", EVIN, EVIN_FA)
    code, out, _ = run(project, "draft")
    assert "1 near matches from memory, 3 by machine (3 distinct sentences" in out
    beta = po_entries(project / "locales/fa/LC_MESSAGES/beta.po")
    assert draft_kind(beta[GOHARDASHT]) is DraftKind.MEMORY
    assert draft_kind(beta["Beta"]) is DraftKind.MACHINE


def test_memory_threshold_setting(project):
    toml = project / "dossier.toml"
    toml.write_text(toml.read_text(encoding="utf-8") + "memory-threshold = 95\n",
                    encoding="utf-8")
    code, out, _ = run(project, "draft", "--engine", "memory")  # 92 < 95: no near match
    assert code == 0 and "near matches" not in out
    assert run(project, "draft", "--engine", "memory", "--threshold", "90")[0] == 0
    beta = po_entries(project / "locales/fa/LC_MESSAGES/beta.po")
    assert draft_kind(beta[GOHARDASHT]) is DraftKind.MEMORY  # the option wins over the setting
    toml.write_text(toml.read_text(encoding="utf-8").replace("= 95", "= 150"), encoding="utf-8")
    code, _, err = run(project, "draft")
    assert code == 2 and "'memory-threshold' must be" in err and "dossier.toml" in err


OMEGAT_TMX = """<?xml version="1.0" encoding="UTF-8"?>
<!DOCTYPE tmx SYSTEM "tmx11.dtd">
<tmx version="1.1">
  <header creationtool="OmegaT" o-tmf="OmegaT TMX" adminlang="EN-US" datatype="plaintext"
          creationtoolversion="6.0.0" segtype="sentence" srclang="EN-GB"/>
  <body>
    <tu>
      <tuv lang="EN-GB"><seg>Families still do not know where their <bpt i="1">&lt;b&gt;</bpt>
        loved ones<ept i="1">&lt;/b&gt;</ept> are buried.</seg></tuv>
      <tuv lang="FA-IR"><seg>خانواده‌ها هنوز نمی‌دانند عزیزانشان کجا دفن شده‌اند.</seg></tuv>
      <tuv lang="DE"><seg>Die Familien wissen es nicht.</seg></tuv>
    </tu>
    <tu>
      <tuv xml:lang="en"><seg>Evin prison.</seg></tuv>
      <tuv xml:lang="fa"><seg>زندان اوین.</seg></tuv>
    </tu>
  </body>
</tmx>
"""


def tmx_pairs(path) -> set[tuple[str, str, str]]:
    root = ET.parse(path).getroot()
    pairs = set()
    for tu in root.iter("tu"):
        segs = {tuv.get("{http://www.w3.org/XML/1998/namespace}lang"): tuv.find("seg").text
                for tuv in tu.iter("tuv")}
        source = segs.pop("en")
        pairs |= {(lang, source, text) for lang, text in segs.items()}
    return pairs


def test_tmx_from_another_tool_feeds_drafts(project, tmp_path):
    tmx = tmp_path / "omegat.tmx"
    tmx.write_text(OMEGAT_TMX, encoding="utf-8")
    code, out, _ = run(project, "memory", "import", str(tmx))
    assert code == 0 and "fa: 2 pair(s) imported, 0 already known (locales/fa/memory.tmx)" in out
    assert run(project, "memory", "import", str(tmx))[1].startswith(
        "fa: 0 pair(s) imported, 2 already known")
    # The human catalog translation of OTHER wins over the import (alpha is untranslated for it,
    # so the imported pair is used there).
    assert run(project, "draft", "--engine", "memory")[0] == 0
    alpha = po_entries(project / "locales/fa/LC_MESSAGES/alpha.po")
    assert alpha[OTHER].msgstr == "خانواده‌ها هنوز نمی‌دانند عزیزانشان کجا دفن شده‌اند."
    assert marks(alpha[OTHER], "draft")[0].fields["from"] == "memory.tmx"


def test_tmx_export_import_round_trip(project, tmp_path):
    beta_po = project / "locales/fa/LC_MESSAGES/beta.po"
    translate_by_hand(beta_po, "Beta", "بتا")
    out_tmx = tmp_path / "export.tmx"
    code, out, _ = run(project, "memory", "export", str(out_tmx))
    assert code == 0 and "exported 2 pair(s)" in out
    assert tmx_pairs(out_tmx) == {("fa", EVIN, EVIN_FA), ("fa", "Beta", "بتا")}
    # Drafts are never exported.
    assert run(project, "draft", "--engine", "memory")[0] == 0
    assert run(project, "memory", "export", str(out_tmx))[0] == 0
    assert len(tmx_pairs(out_tmx)) == 2
    # Into a fresh project and out again: the same pairs.
    other = make_project(tmp_path / "other", {"gamma": source(EVIN)}, languages=("fa",))
    assert run(other, "memory", "import", str(out_tmx))[0] == 0
    again = tmp_path / "again.tmx"
    assert run(other, "update")[0] == 0 and run(other, "draft", "--engine", "memory")[0] == 0
    stored = other / "locales/fa/memory.tmx"
    assert tmx_pairs(stored) == tmx_pairs(out_tmx)
    gamma = po_entries(other / "locales/fa/LC_MESSAGES/gamma.po")
    assert gamma[EVIN].msgstr == EVIN_FA
    # Once a translator confirms the draft, it exports like the original.
    translate_by_hand(other / "locales/fa/LC_MESSAGES/gamma.po", EVIN, EVIN_FA)
    assert run(other, "memory", "export", str(again))[0] == 0
    assert ("fa", EVIN, EVIN_FA) in tmx_pairs(again)


def test_malformed_tmx_is_a_one_line_error_naming_the_line(project, tmp_path):
    bad = tmp_path / "bad.tmx"
    bad.write_text('<?xml version="1.0"?>\n<tmx version="1.4">\n<body>\n<tu>\n</body>\n',
                   encoding="utf-8")
    code, _, err = run(project, "memory", "import", str(bad))
    assert code == 2 and f"{bad}:5: not well-formed XML" in err and len(err.splitlines()) == 1
    bomb = tmp_path / "bomb.tmx"
    bomb.write_text('<?xml version="1.0"?><!DOCTYPE tmx [<!ENTITY a "aaaa">]><tmx/>', "utf-8")
    code, _, err = run(project, "memory", "import", str(bomb))
    assert code == 2 and "entity declarations are not accepted" in err
    assert not (project / "locales/fa/memory.tmx").exists()


def test_a_draft_moved_by_gnu_msgmerge_to_a_changed_sentence_is_flagged(tmp_path, monkeypatch):
    """GNU msgmerge --previous writes no `#|` for an entry that was already fuzzy, so only the
    draft's src= fingerprint shows that its English changed (Mohaddessin -> Safavi)."""
    root = make_project(tmp_path / "proj", {"s": source(SAID)}, languages=("fa",))
    monkeypatch.setenv("ARGOS_PACKAGES_DIR", str(tmp_path / "argos-packages"))
    assert run(root, "update")[0] == 0
    assert run(root, "models", "install", str(copy_archives()["en_fa"]))[0] == 0
    assert run(root, "draft")[0] == 0
    po, pot = root / "locales/fa/LC_MESSAGES/s.po", root / "locales/templates/s.pot"
    drafted = po_entries(po)[SAID]
    assert state_of(drafted) is State.DRAFT and marks(drafted, "draft")[0].fields["src"]
    # The English changes; the catalog is merged by GNU msgmerge, not by dossier update.
    (root / "sources/s.md").write_text(source(SAID_NEW), encoding="utf-8")
    assert run(root, "extract")[0] == 0
    subprocess.run(["msgmerge", "--quiet", "--previous", "-U", "--backup=off", str(po),
                    str(pot)], check=True)
    moved = po_entries(po)[SAID_NEW]
    assert moved.previous_msgid is None  # GNU wrote no #| msgid
    assert moved.msgstr == drafted.msgstr and draft_kind(moved) is DraftKind.MACHINE
    assert state_of(moved) is State.STALE  # the fingerprint says so
    code, out, _ = run(root, "check", "--lang", "fa")
    assert "warning[meaning-flip]: the English changed after this draft was made" in out
    code, out, _ = run(root, "status", "--lang", "fa", "--json")
    assert code == 0
    # dossier update, run afterwards, writes it down for every other tool to see.
    assert run(root, "update")[0] == 0
    entry = po_entries(po)[SAID_NEW]
    assert "the English changed after this draft was made" in marks(entry, "changed")[0].head
    code, out, _ = run(root, "check", "--lang", "fa")
    assert "warning[meaning-flip]: source changed (the English changed" in out
    assert_gnu_clean(po, pot)


def test_tmx_keeps_markup_characters_as_text(tmp_path):
    """``<``, ``&`` and quotes in a sentence, a note or a language code are text in the TMX
    (escaped by the XML writer), and read back as they were."""
    from workflow.draft.tmx import Unit, read_tmx, render_tmx

    units = [Unit("fa", 'Tom & Jerry said "<b>no</b>" & it\'s over.', 'تام & جری گفتند "<b>نه</b>"',
                  'a<b>&"c'),
             Unit("fa_IR", "A < B > C", "الف < ب")]
    path = tmp_path / "out.tmx"
    path.write_text(render_tmx(units, "en"), encoding="utf-8")
    root = ET.parse(path).getroot()  # well-formed, and no element came from the text
    assert {el.tag for el in root.iter()} == {"tmx", "header", "body", "tu", "prop", "tuv",
                                              "seg"}
    assert root.find("body/tu/prop").text == 'a<b>&"c'
    read, skipped = read_tmx(path, "en", ["fa", "fa_IR"])
    assert read == [Unit("fa", units[0].source, units[0].target, "out.tmx"),
                    Unit("fa_IR", units[1].source, units[1].target, "out.tmx")]
    assert not skipped
