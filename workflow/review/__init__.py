"""``dossier review``: a small local web page where volunteers review translations.

Translators keep editing ``.po`` files in their own tools; reviewers open a browser on
``http://127.0.0.1:8765/``. Standard library only (``wsgiref``), plain HTML forms, no JavaScript.

Modules: :mod:`store` (which catalogs exist, reading entries, changing exactly one entry with a
concurrent-edit check), :mod:`pages` (escaped HTML), :mod:`app` (the WSGI app: routes, CSRF,
reviewer cookie) and :mod:`server` (a threaded local HTTP server).
"""
