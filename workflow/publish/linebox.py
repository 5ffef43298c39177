"""Right-to-left lines laid out once, not twice (a WeasyPrint 70 fix, applied while we lay out).

WeasyPrint's ``get_next_linebox`` lays a line out, then checks whether floats moved it
and, if so, lays it out again where it now fits. The check compares the line's position
before and after; for a right-to-left paragraph it compares right edges and takes the
"before" edge from the line box's width *before* the line was laid out, which is 0 when
no float is on the page. The edges then never match, and every line of every
right-to-left paragraph (all of our Persian and Arabic text, the contents and colophons
included) is laid out a second time, at the same place, with the same result: 15% of
the layout time of a side-by-side Persian statement. A right-to-left line box's position
is its right
bound whatever its width (``avoid_collisions``), so comparing positions with the line's
own width on both sides, as the left-to-right branch compares its left edges, gives the
same answer for every line that floats do move and stops the useless second pass.

``single_pass_rtl_lines`` swaps the fixed function in for the duration of a layout, like
``tagging.language_tags``: other code in the process (the benchmark's plain WeasyPrint
baseline) keeps WeasyPrint exactly as released. The fix is one expression, recompiled
from WeasyPrint's own source; where that source differs (another release), nothing is
patched and ``test_publish_linebox`` fails. The laid-out pages are identical with and
without it (the same tests compare the PDFs byte for byte).
"""

from __future__ import annotations

import contextlib
import functools
import inspect
from collections.abc import Callable, Iterator

# The right-to-left branch of the "did floats move the line?" test, as WeasyPrint 70 has it,
# and with the line's own width on both sides.
_BEFORE = """            condition = (position_x + line.width, position_y) == (
                original_position_x + original_width, original_position_y)"""
_AFTER = """            condition = (position_x + line.width, position_y) == (
                original_position_x + line.width, original_position_y)"""


@functools.cache
def fixed_get_next_linebox() -> tuple[Callable | None, Callable | None]:
    """(WeasyPrint's ``get_next_linebox``, the fixed one), or (it, None) when its source is
    not the one this fix was written for."""
    try:
        from weasyprint.layout import inline
    except ImportError:  # pragma: no cover - weasyprint is a dependency
        return None, None
    original = inline.get_next_linebox
    try:
        source = inspect.getsource(original)
    except (OSError, TypeError):  # pragma: no cover - no source shipped
        return original, None
    if source.count(_BEFORE) != 1:
        return original, None
    # Compiled at its own line numbers, so tracebacks point into WeasyPrint's file.
    first = original.__code__.co_firstlineno
    fixed_source = "\n" * (first - 1) + source.replace(_BEFORE, _AFTER)
    made: dict[str, object] = {}  # the copy is bound here; its globals are the module's own
    exec(compile(fixed_source, inspect.getsourcefile(original) or "<weasyprint>", "exec"),
         vars(inline), made)
    fixed = made[original.__name__]
    fixed.__doc__ = original.__doc__
    return original, fixed


@contextlib.contextmanager
def single_pass_rtl_lines() -> Iterator[bool]:
    """While active, right-to-left lines are laid out once; yields whether the fix applies."""
    original, fixed = fixed_get_next_linebox()
    if fixed is None:
        yield False
        return
    from weasyprint.layout import inline

    inline.get_next_linebox = fixed  # iter_line_boxes looks the name up on every line
    try:
        yield True
    finally:
        inline.get_next_linebox = original
