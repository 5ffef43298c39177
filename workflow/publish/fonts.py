"""The fonts shipped in ``fonts/`` and a fontconfig set-up that sees only them.

WeasyPrint asks fontconfig for fonts. With the system configuration, a character our fonts
lack is silently drawn from whatever is installed (DejaVu, ...), so the PDF depends on the
machine. Here the ``FontConfiguration`` is created from a fontconfig file that lists only
this package's font folder: every machine typesets alike, and a missing character becomes a
``.notdef`` glyph, which ``render`` turns into a build failure naming the character.
"""

from __future__ import annotations

import os
import tempfile
import threading
from pathlib import Path
from xml.sax.saxutils import escape

FONT_DIR = Path(__file__).resolve().parent / "fonts"
FONT_FILES = (
    "NotoSerif-Regular.ttf",
    "NotoSerif-Bold.ttf",
    "Vazirmatn-Regular.ttf",
    "Vazirmatn-Bold.ttf",
)
LICENCES = ("OFL-NotoSerif.txt", "OFL-Vazirmatn.txt")
LATIN_FAMILY = "Noto Serif"
ARABIC_FAMILY = "Vazirmatn"
# How ``pdffonts`` names the embedded fonts (after the subset tag "ABCDEF+").
PDF_FONT_NAMES = ("Noto-Serif", "NotoSerif", "Vazirmatn")

_lock = threading.Lock()


def family_stack(rtl: bool) -> str:
    """CSS font-family value: the script's own font first, the other as fallback."""
    first, second = (ARABIC_FAMILY, LATIN_FAMILY) if rtl else (LATIN_FAMILY, ARABIC_FAMILY)
    return f'"{first}", "{second}"'


def _fontconfig_xml() -> str:
    """A fontconfig file listing only ``FONT_DIR`` (no rescans, no system fonts)."""
    return (
        '<?xml version="1.0"?>\n'
        '<!DOCTYPE fontconfig SYSTEM "urn:fontconfig:fonts.dtd">\n'
        "<fontconfig>\n"
        f"  <dir>{escape(str(FONT_DIR))}</dir>\n"
        "  <config><rescan><int>0</int></rescan></config>\n"
        "</fontconfig>\n"
    )


def font_configuration():
    """A WeasyPrint ``FontConfiguration`` whose fontconfig knows only the shipped fonts.

    fontconfig reads ``FONTCONFIG_FILE`` when a configuration is loaded, so the variable is
    set just for that moment and restored: nothing else in the process is affected. Share
    the result between every ``CSS()`` and ``render()`` of a build (loading fonts is slow,
    and WeasyPrint ignores fonts of a configuration that is not passed to both).
    """
    from weasyprint.text.fonts import FontConfiguration

    missing = [name for name in FONT_FILES if not (FONT_DIR / name).is_file()]
    if missing:
        from workflow.errors import ConfigError

        raise ConfigError(f"shipped font missing: {', '.join(missing)}", FONT_DIR)
    # fontconfig reads the file only while the configuration loads, so it is removed at
    # once: worker processes end with os._exit, where an atexit clean-up would never run.
    with _lock, tempfile.TemporaryDirectory(prefix="dossier-fontconfig-") as folder:
        conf = Path(folder) / "fonts.conf"
        conf.write_text(_fontconfig_xml(), encoding="utf-8")
        previous = os.environ.get("FONTCONFIG_FILE")
        os.environ["FONTCONFIG_FILE"] = str(conf)
        try:
            return FontConfiguration()
        finally:
            if previous is None:
                os.environ.pop("FONTCONFIG_FILE", None)
            else:
                os.environ["FONTCONFIG_FILE"] = previous
