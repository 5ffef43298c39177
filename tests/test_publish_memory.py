"""The cycle collector while a language's PDFs are written (``compose.quiet_collector``).

Assembled variants write each statement's part and let its layout go: the layout must then
really go (its cycles collected), or a build's memory grows with the corpus. Tagged
variants keep every statement laid out until the dossier is written: those layouts are
frozen, out of the collector's way.
"""

from __future__ import annotations

import gc

import pytest

pytest.importorskip("weasyprint")

from workflow.publish.compose import Composer, quiet_collector  # noqa: E402
from workflow.publish.html import Settings  # noqa: E402
from workflow.publish.render import Renderer  # noqa: E402

PAGE = ('<!DOCTYPE html><html><head><meta charset="utf-8"></head><body>'
        + '<p lang="fa" dir="rtl">هزاران زندانی سیاسی در ایران اعدام شدند.</p>' * 40
        + "</body></html>")


@pytest.mark.parametrize("keep", [False, True], ids=["assembled", "tagged"])
def test_a_released_layout_is_collected_unless_layouts_are_kept(tmp_path, keep):
    renderer = Renderer(tmp_path)
    collected = []

    def count(phase, info):
        if phase == "stop":
            collected.append(info["collected"])

    with quiet_collector(keep_layouts=keep):
        composer = Composer(renderer, "none", keep_layouts=keep)
        gc.callbacks.append(count)
        try:
            with composer.collecting():
                part = composer.part(PAGE, Settings(lang="fa"))
                assert not gc.isenabled()  # paused while the part is made and let go
                del part
            assert gc.isenabled()
            collected.append(gc.collect())
        finally:
            gc.callbacks.remove(count)
        if keep:
            assert sum(collected) < 50  # frozen with the layouts kept for the dossier
            assert gc.get_freeze_count() > 0
        else:
            assert collected[0] > 300  # the layout's cycles, collected as it was let go
            assert sum(collected[1:]) < 50
    assert gc.get_freeze_count() == 0  # the job's frozen objects go back to the collector
    if keep:
        assert gc.collect() > 300  # the kept layout's cycles, now garbage


def test_the_collector_is_paused_only_while_a_document_is_laid_out(tmp_path, monkeypatch):
    import weasyprint

    renderer = Renderer(tmp_path)
    during = []
    render = weasyprint.HTML.render

    def watching(self, *args, **kwargs):
        during.append(gc.isenabled())
        return render(self, *args, **kwargs)

    monkeypatch.setattr(weasyprint.HTML, "render", watching)
    renderer.layout(PAGE, "")
    assert during == [False]  # no collection while the layout's objects were being made
    assert gc.isenabled()
