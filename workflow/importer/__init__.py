"""``dossier import``: raw statements as saved from a browser -> clean ``sources/<slug>.md``.

Library API: ``import_raw(project, raw, slug=, origin=, report_path=, encoding=, force=)``
(``raw`` a path, an http(s) address or ``"-"`` for standard input)
returns an ``ImportResult``; ``import_many`` checks every file before writing any;
``convert(read_raw(path))`` does the cleaning without touching the disk.
"""

from workflow.importer.convert import Conversion, convert
from workflow.importer.explain import explain_text
from workflow.importer.rawinput import MAX_BYTES, read_raw
from workflow.importer.store import ImportResult, import_many, import_raw, plan_import, valid_slug

__all__ = ["MAX_BYTES", "Conversion", "ImportResult", "convert", "explain_text", "import_many",
           "import_raw", "plan_import", "read_raw", "valid_slug"]
