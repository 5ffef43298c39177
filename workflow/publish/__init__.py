"""Publishing: typeset sources and catalogs into bilingual PDF dossiers with WeasyPrint.

A pipeline of small stages, each in its own module:

* ``model``   gather a statement's bilingual content (blocks -> rows of segments with states)
* ``langs``   per-language direction, digits, dates and the few labels the PDFs print
* ``views``   the model as plain data for the templates (labels, digits, dates, bidi runs)
* ``html``    the views as HTML through Jinja2 templates (``templates/``, autoescaped;
  ``lang``/``dir`` on every block)
* ``fonts``   the shipped fonts and a fontconfig set-up that never sees system fonts
* ``fetcher`` a URL fetcher that loads only files under the project and the package
* ``render``  WeasyPrint: PDF variant, metadata, attachments, missing-glyph checks
* ``pipeline`` what to build, content hashes for incremental builds, writing the files

WeasyPrint is imported only inside ``render`` functions, so importing this package is cheap.
"""
