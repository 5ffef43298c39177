"""``dossier review``: the web workbench where volunteers review translations, from anywhere.

Translators keep editing ``.po`` files in their own tools; reviewers open a personal link (or
``http://127.0.0.1:8765/`` on the coordinator's machine). Works without JavaScript; a small
script of its own (``review.js``) adds keyboard shortcuts and saves without page reloads.

Modules: :mod:`store` (addressing, locked one-entry changes with the concurrent-edit and
confirmation guards), :mod:`text` (normalising typed text), :mod:`validate` (``msgfmt --check``
before every write), :mod:`findings` (the registered checks on one entry), :mod:`views` (what
the templates show), :mod:`reviewers` and :mod:`sessions` (personal tokens, sessions, CSRF),
:mod:`app` (WSGI routes) and :mod:`server` (waitress).
"""
