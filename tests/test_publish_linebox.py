"""``publish.linebox``: right-to-left lines laid out once, with pages identical to WeasyPrint's.

The fix swaps one recompiled WeasyPrint function in while dossier lays out; these tests
check that it applies to the installed WeasyPrint (else the build silently loses the
speed), that it removes exactly the second pass over each right-to-left line, that it
leaves the laid-out pages and the written PDF byte for byte as WeasyPrint alone makes
them (with a float in the way too, the case the second pass exists for), and that
WeasyPrint is left as released outside a layout.
"""

from __future__ import annotations

import pytest

weasyprint = pytest.importorskip("weasyprint")

from weasyprint.layout import inline  # noqa: E402

from workflow.publish.fonts import font_configuration  # noqa: E402
from workflow.publish.linebox import fixed_get_next_linebox, single_pass_rtl_lines  # noqa: E402

PERSIAN = ("در تابستان ۱۳۶۷ هزاران زندانی سیاسی در ایران اعدام شدند و خانواده‌های آنان هنوز "
           "نمی‌دانند عزیزانشان کجا به خاک سپرده شده‌اند. ") * 6
ENGLISH = ("In the summer of 1988 thousands of political prisoners were executed in Iran, and "
           "their families still do not know where they are buried. ") * 6
PAGE = """<!DOCTYPE html><html><head><meta charset="utf-8"><style>
@page {{ size: A5; margin: 15mm; }}
body {{ font-family: "Noto Serif", "Vazirmatn"; font-size: 10pt; }}
[dir="rtl"] {{ font-family: "Vazirmatn", "Noto Serif"; }}
.float {{ float: right; width: 30mm; height: 25mm; background: #ccc; }}
</style></head><body>
<p lang="fa" dir="rtl">{fa}</p>{float}
<p lang="fa" dir="rtl">{fa}</p>
<p lang="en" dir="ltr">{en}</p>
</body></html>"""


def _html(with_float: bool) -> str:
    return PAGE.format(fa=PERSIAN, en=ENGLISH,
                       float='<div class="float"></div>' if with_float else "")


def _render(html: str, fixed: bool):
    fonts = font_configuration()
    document = weasyprint.HTML(string=html)
    if fixed:
        with single_pass_rtl_lines() as applied:
            assert applied
            laid = document.render(font_config=fonts)
    else:
        laid = document.render(font_config=fonts)
    return laid


def _boxes(page) -> list[tuple]:
    """Every box of a page: its kind, place, size and text."""
    found = []

    def walk(box):
        found.append((type(box).__name__, round(box.position_x, 3), round(box.position_y, 3),
                      round(box.width or 0, 3), round(box.height or 0, 3),
                      getattr(box, "text", None)))
        for child in getattr(box, "children", ()):
            walk(child)

    walk(page._page_box)
    return found


def test_the_fix_applies_to_the_installed_weasyprint():
    original, fixed = fixed_get_next_linebox()
    assert fixed is not None, "WeasyPrint's get_next_linebox changed: review publish/linebox.py"
    assert original is inline.get_next_linebox  # outside a layout WeasyPrint is as released
    with single_pass_rtl_lines():
        assert inline.get_next_linebox is fixed
    assert inline.get_next_linebox is original


def test_right_to_left_lines_are_laid_out_once(monkeypatch):
    calls = {"n": 0}
    split = inline.split_inline_box

    def counting(*args, **kwargs):
        calls["n"] += 1
        return split(*args, **kwargs)

    monkeypatch.setattr(inline, "split_inline_box", counting)
    html = PAGE.format(fa=PERSIAN, en="", float="")
    plain = _render(html, fixed=False)
    twice = calls["n"]
    calls["n"] = 0
    once = _render(html, fixed=True)
    lines = sum(1 for page in once.pages for kind, *_ in _boxes(page) if kind == "LineBox")
    assert calls["n"] == lines  # one pass per line (an empty paragraph would add none)
    assert twice == 2 * lines  # WeasyPrint as released: every right-to-left line twice
    assert [_boxes(p) for p in plain.pages] == [_boxes(p) for p in once.pages]


@pytest.mark.parametrize("with_float", [False, True], ids=["plain", "float"])
def test_pages_and_pdf_are_what_weasyprint_makes(with_float):
    html = _html(with_float)
    plain, fixed = _render(html, fixed=False), _render(html, fixed=True)
    assert [_boxes(p) for p in plain.pages] == [_boxes(p) for p in fixed.pages]
    assert plain.write_pdf() == fixed.write_pdf()
