"""Gettext catalogs: sources -> ``.pot`` templates -> ``.po`` translations, and their status.

Modules: :mod:`units` (sentences of a source), :mod:`wrap` and :mod:`pofile` (GNU-identical
reading and writing), :mod:`header`, :mod:`extract`, :mod:`merge` (msgmerge semantics),
:mod:`guard` (meaning-flip guard), :mod:`update`, :mod:`status`; the cache is :mod:`workflow.cache`.
"""
